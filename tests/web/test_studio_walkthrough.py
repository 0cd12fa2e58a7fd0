"""Torque Studio on a real-world model of 12 entities: Northwind as `torquec import` makes it from
tests/fixtures/realdb/northwind.sql (natural-key references, a composite unique index, bytes,
many-to-many). One tab clicks through every screen — diagram, entity editor, relationships, roles,
sample data, pages, flows, JSON, diagnostics — and edits something on each; after every edit the
file checks clean, at the end `torquec check` accepts it, and no screen logged a console error.
Screenshots of each screen go to test-artifacts/studio/northwind-*.png."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .harness import ROOT
from .test_studio import SHOTS, commit, read, studio_page, wait_shown, watching
from .test_studio_format_controls import Steps, entity

NORTHWIND_SQL = ROOT / "tests" / "fixtures" / "realdb" / "northwind.sql"


def torquec(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "torquec", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def northwind(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("northwind")
    model_path = str(tmp / "northwind.json")
    run = torquec("import", str(NORTHWIND_SQL), "-o", model_path, "--name", "northwind")
    assert run.returncode == 0, run.stderr
    with watching(model_path, str(tmp / "app"), web=False) as watch:
        yield watch, model_path


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"northwind-{name}.png"))


def test_every_screen_edits_the_northwind_model(browser, northwind):
    watch, model_path = northwind
    model = json.loads(read(model_path))
    assert len(model["entities"]) >= 8
    with studio_page(browser, watch) as page:
        steps = Steps(page, model_path)
        wait_shown(page, read(model_path))

        # Overview: the ER diagram of all 12 entities; auto layout saves a position for each.
        page.get_by_text("Diagram", exact=True).click()
        page.get_by_role("button", name="Auto layout").click()
        steps.expect(lambda m: len(m.get("ui", {}).get("diagram", {}).get("positions", {})) == len(m["entities"]))
        shot(page, "diagram")

        # Entity editor: a label, and a display template over two natural-key references.
        page.get_by_label("open entity Customer", exact=True).click()
        commit(page.get_by_label("Entity label", exact=True), "Client")
        steps.expect(lambda m: entity(m, "Customer")["ui"]["label"] == "Client", changed_lines=1)
        page.get_by_label("open entity OrderDetail", exact=True).click()
        commit(page.get_by_label("Display template", exact=True), "{productId} on order {orderId}")
        steps.expect(lambda m: entity(m, "OrderDetail")["ui"].get("displayTemplate") == "{productId} on order {orderId}", changed_lines=1)
        page.get_by_label("indexes of OrderDetail").get_by_label("Index 1 fields", exact=True).scroll_into_view_if_needed()
        shot(page, "entity-editor")

        # Relationships: a category's products go with it.
        page.get_by_text("Relationships", exact=True).click()
        products = page.locator('[aria-label="relationship products"]').first
        products.get_by_label("On delete").select_option("cascade")
        rel = next(i for i, r in enumerate(model["relationships"]) if r["from"] == "Category" and r["name"] == "products")
        steps.expect(lambda m: m["relationships"][rel]["onDelete"] == "cascade", changed_lines=1)
        shot(page, "relationships")

        # Roles: authentication, then a role that may read customers and their fields but not change a name.
        page.get_by_text("Roles", exact=True).click()
        page.get_by_role("button", name="Add authentication (admin role)").click()
        steps.expect(lambda m: m.get("auth", {}).get("roles", [{}])[0].get("name") == "admin")
        page.get_by_role("button", name="Add role").click()
        steps.expect(lambda m: len(m["auth"]["roles"]) == 2)
        page.get_by_label("role Customer read").click()
        steps.expect(lambda m: m["auth"]["roles"][1]["permissions"] == {"Customer": ["read"]})
        page.get_by_label("read-only Customer fields for role: add").select_option("companyName")
        steps.expect(lambda m: m["auth"]["roles"][1].get("readOnlyFields") == {"Customer": ["companyName"]})
        shot(page, "roles")

        # Sample data: a category, then a product that refers to it by its key (categoryId), picked by name.
        page.get_by_text("Sample data", exact=True).click()
        page.get_by_label("sample data entity").select_option("Category")
        page.get_by_role("button", name="Add row").click()
        steps.expect(lambda m: len(m.get("sampleData", {}).get("Category", [])) == 1, clean=False)  # required fields come next
        commit(page.get_by_label("Category row 1 categoryId"), "1")
        steps.expect(lambda m: m["sampleData"]["Category"][0].get("categoryId") == 1, clean=False)
        commit(page.get_by_label("Category row 1 categoryName"), "Beverages")
        steps.expect(lambda m: m["sampleData"]["Category"][0].get("categoryName") == "Beverages")
        page.get_by_label("sample data entity").select_option("Product")
        page.get_by_role("button", name="Add row").click()
        steps.expect(lambda m: len(m["sampleData"].get("Product", [])) == 1, clean=False)
        for key, value in (("productId", "1"), ("productName", "Chai"), ("discontinued", "0")):
            commit(page.get_by_label(f"Product row 1 {key}", exact=True), value)
            steps.expect(lambda m, key=key: key in m["sampleData"]["Product"][0], clean=False)
        page.get_by_label("Product row 1 categoryId").select_option(label="Beverages (1)")
        steps.expect(lambda m: m["sampleData"]["Product"][0].get("categoryId") == 1)
        shot(page, "sample-data")

        # Pages: the imported page of categories, retitled.
        page.get_by_text("Pages", exact=True).click()
        page.locator('[aria-label="page editor"]').wait_for()
        page.locator('[aria-label="canvas DataGrid categoryGrid"]').wait_for()
        commit(page.get_by_label("Page title"), "Product categories")
        steps.expect(lambda m: m["layouts"][0]["title"] == "Product categories", changed_lines=1)
        shot(page, "pages")

        # Flows: the import made none; add one.
        page.get_by_text("Flows", exact=True).click()
        page.get_by_role("button", name="Add flow").click()
        steps.expect(lambda m: len(m.get("flows", [])) == 1)
        page.locator('[aria-label="flow node start"]').wait_for()
        shot(page, "flows")

        # JSON: typed into the whole file, saved.
        page.get_by_text("JSON", exact=True).click()
        editor = page.get_by_label("model JSON")
        editor.click()
        page.keyboard.press("Control+Home")
        page.keyboard.press("End")
        page.keyboard.type(' "description": "Northwind Traders, imported",')
        page.keyboard.press("Escape")  # the completion popup, if one opened
        page.get_by_role("button", name="Save JSON").click()
        steps.expect(lambda m: m.get("description") == "Northwind Traders, imported", changed_lines=1)
        shot(page, "json")

        page.get_by_text("Diagnostics (0)", exact=True).click()
        page.get_by_text("The model checks clean.").wait_for()
        shot(page, "diagnostics")

    check = torquec("check", model_path)
    assert check.returncode == 0, check.stdout + check.stderr
