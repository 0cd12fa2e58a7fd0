"""Display names of records with no string field (issue 16, item 2): a Loan is
"Dune to Ada" (its ``ui.displayTemplate``), a Fine "Emma to Grace" (the default
template: its reference, named by the Loan's own template), never a UUID — in
grids, reference selects, confirmations, toasts, server messages and MCP."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import page_on, serve_model
from .test_customer_order import dialog, wait_grid

MODEL = Path(__file__).parent / "models" / "library.json"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


@pytest.fixture(scope="module")
def lib_server(tmp_path_factory):
    srv = serve_model(tmp_path_factory, MODEL, "library")
    yield srv
    srv.stop()


lib_page = page_on("lib_server")


def test_grid_rows_and_confirmation_use_the_template(lib_page: Page):
    page = lib_page
    page.goto("/")
    wait_grid(page, "loanGrid")
    expect(page.get_by_role("button", name="Edit Dune to Ada")).to_be_visible()
    page.get_by_role("button", name="Delete Emma to Grace").click()
    d = dialog(page, "Delete loan?")
    expect(d.get_by_text("This permanently deletes loan “Emma to Grace”.")).to_be_visible()
    d.get_by_role("button", name="Delete").click()
    # restricted by its fine: the server's message names the loan the same way
    expect(page.get_by_text("Emma to Grace has 1 fine; delete or reassign it first.")).to_be_visible()
    assert not UUID.search(page.locator("body").inner_text())


def test_default_template_names_a_reference_by_its_own_template(lib_page: Page, lib_server):
    page = lib_page
    page.goto("/fines")
    wait_grid(page, "fineGrid")
    cells = [t.strip() for t in page.locator('[data-grid="fineGrid"] tbody td[data-field="loanId"]').all_inner_texts()]
    assert cells == ["Emma to Grace"]
    expect(page.get_by_role("button", name="Delete Emma to Grace")).to_be_visible()
    # reference select and toast of a new fine
    page.get_by_role("button", name="New fine").click()
    d = dialog(page, "New fine")
    d.get_by_role("combobox", name="Loan").click()
    expect(page.get_by_role("option", name="Emma to Grace")).to_be_visible()
    options = [t.strip() for t in page.get_by_role("option").all_inner_texts()]
    assert sorted(options) == ["Dune to Ada", "Emma to Grace"], options
    page.get_by_role("option", name="Dune to Ada").click()
    d.get_by_label("Amount").fill("1.25")
    d.get_by_role("button", name=re.compile("^Create")).click()
    toast = page.locator(".mantine-Notification-root", has_text="Fine created")
    expect(toast).to_contain_text("Dune to Ada")
    # the server names the options of a form the same way
    form = lib_server.rpc("getFormDefinition", {"entity": "Fine", "mode": "create"})
    loan = next(f for f in form["fields"] if f["name"] == "loanId")
    assert sorted(o["label"] for o in loan["options"]) == ["Dune to Ada", "Emma to Grace"]
