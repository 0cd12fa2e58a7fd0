"""The page editor's canvas in real Chromium renders the generated app's own components (compiled
from templates/web/src/torque) with the served app's real data: on `torquec watch --seed` of the
customer-order sample, the Customers page's grid shows the seeded customers, a column unchecked or
search turned off in its property panel leaves the file (which checks clean) and the real grid at
once, and the modal's form shows the entity's real fields. With roles, the
canvas reads the data as the role chosen above it, with that role's rights.
Screenshots go to test-artifacts/studio/."""

from __future__ import annotations

import json
import os

import pytest

from torquec.driver import analyze

from .harness import ROOT
from .test_studio import SHOTS, read, studio_page, wait_file, wait_shown, watching_model


def customer_order() -> dict:
    with open(os.path.join(ROOT, "sample", "customer-order.json"), encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    with watching_model(tmp_path_factory, "customer-order", customer_order(), web=False, seed=True) as served:
        yield served


def open_page(page, name: str) -> None:
    page.get_by_text("Pages", exact=True).click()
    select = page.get_by_role("combobox", name="page", exact=True)
    value = select.locator("option", has_text=f"{name} (").get_attribute("value")
    select.select_option(value)


def test_the_canvas_grid_is_the_apps_grid_with_real_rows(browser, seeded):
    watch, model_path = seeded
    with studio_page(browser, watch) as page:
        open_page(page, "customers")
        frame = page.locator('[aria-label="canvas DataGrid customerGrid"]')
        # The app's DataGrid itself (its data attributes), not a drawing of one...
        grid = frame.locator('[data-grid="customerGrid"][data-entity="Customer"]')
        grid.wait_for()
        # ...with the rows the served app holds (seeded from the sample data), loaded through api/rpc.
        grid.get_by_role("cell", name="Alice Johnson", exact=True).wait_for()
        grid.get_by_role("cell", name="bob@smith-hardware.example.com", exact=True).wait_for()
        assert grid.get_attribute("data-total") == str(len(json.loads(read(model_path))["sampleData"]["Customer"]))
        assert grid.get_by_role("columnheader", name="Phone", exact=True).count() == 1
        before = read(model_path)
        wait_shown(page, before)

        # A prop changed in the property panel lands in the file and in the real grid.
        frame.click()
        page.get_by_role("checkbox", name="Columns phone").uncheck()
        columns = ["name", "email", "customerType", "company", "creditLimit", "isActive"]
        text = wait_file(model_path, lambda t: [c.get("columns") for c in json.loads(t)["layouts"][1]["components"]
                                                if c["id"] == "customerGrid"] == [columns])
        result = analyze(model_path, text)
        assert result.ok and not list(result.diagnostics), [str(d) for d in result.diagnostics]
        grid.get_by_role("columnheader", name="Phone", exact=True).wait_for(state="detached")
        grid.get_by_role("cell", name="Alice Johnson", exact=True).wait_for()
        wait_shown(page, text)

        # Every prop the format allows has a field: no search box once `searchable` is false.
        search = grid.get_by_placeholder("Search customers…")
        assert search.count() == 1
        no = page.locator("input[name=searchable][value='{\"value\":false}']")
        page.locator("label:visible", has=no).click()
        text = wait_file(model_path, lambda t: '"searchable": false' in t)
        assert analyze(model_path, text).ok
        search.wait_for(state="detached")
        page.screenshot(path=str(SHOTS / "page-canvas.png"))

        # The form in the New customer modal is the app's form: its fields' labels, inputs and widgets.
        form = page.locator('[aria-label="canvas TorqueForm newCustomerForm"]')
        form.get_by_role("textbox", name="E-mail").wait_for()
        form.get_by_role("button", name="Create customer").wait_for()


def admin_and_order_reader(model: dict) -> None:
    model["auth"] = {"roles": [
        {"name": "admin", "permissions": {"*": ["read", "create", "update", "delete"]}, "flows": ["*"]},
        {"name": "reader", "permissions": {"Order": ["read"]}, "flows": []},  # no Customer
    ]}


@pytest.fixture(scope="module")
def with_roles(tmp_path_factory):
    model = customer_order()
    admin_and_order_reader(model)
    with watching_model(tmp_path_factory, "customer-order", model, web=False, seed=True) as served:
        yield served


def test_the_canvas_reads_as_the_chosen_role(browser, with_roles):
    watch, _ = with_roles
    with studio_page(browser, watch) as page:
        open_page(page, "customers")
        grid = page.locator('[aria-label="canvas DataGrid customerGrid"] [data-grid="customerGrid"]')
        assert page.get_by_role("combobox", name="canvas role", exact=True).input_value() == "admin"
        grid.get_by_role("cell", name="Alice Johnson", exact=True).wait_for()
        # The reader may not read customers: the app's refusal shows in its own grid.
        page.get_by_role("combobox", name="canvas role", exact=True).select_option("reader")
        grid.get_by_role("cell", name="Alice Johnson", exact=True).wait_for(state="detached")
        grid.get_by_role("alert").wait_for()
        page.get_by_role("combobox", name="canvas role", exact=True).select_option("admin")
        grid.get_by_role("cell", name="Alice Johnson", exact=True).wait_for()
