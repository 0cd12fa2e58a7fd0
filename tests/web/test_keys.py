"""References by natural key and sequence fields in Chromium (tests/server/models/keys.json):
a form's reference select stores the target's key (not its id), grids show the target's
display field for it, and a sequence field is shown in the grid but not in forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import page_on, serve_model, wait_grid

MODEL = Path(__file__).resolve().parents[1] / "server" / "models" / "keys.json"


@pytest.fixture(scope="module")
def keys_server(tmp_path_factory):
    srv = serve_model(tmp_path_factory, MODEL, "keys")
    yield srv
    srv.stop()


keys_page = page_on("keys_server")


def test_a_natural_key_reference_in_a_form_and_a_grid(keys_page: Page, keys_server):
    srv, page = keys_server, keys_page
    for code, name in (("FR", "France"), ("JP", "Japan")):
        srv.rpc("createEntity", {"entity": "Country", "data": {"code": code, "name": name}})
    page.goto("/")
    wait_grid(page, "productGrid")
    page.get_by_role("button", name="New product").click()
    d = page.get_by_role("dialog", name="New product")
    d.get_by_label("Name").fill("Tea pot")
    d.get_by_role("combobox", name="Country code").click()
    page.get_by_role("option", name="Japan").click()
    d.get_by_role("button", name="Create").click()
    expect(d).to_be_hidden()
    rec = srv.rpc("loadEntityData", {"entity": "Product", "filters": [{"field": "name", "op": "eq", "value": "Tea pot"}]})["items"][0]
    assert rec["countryCode"] == "JP"  # the key, not the country's id
    row = page.locator(f'[data-grid="productGrid"] tr[data-record-id="{rec["id"]}"]')
    expect(row.locator('td[data-field="countryCode"]')).to_have_text("Japan")
    # the edit form shows the current value by its name, and changing it stores the other key
    page.get_by_role("button", name="Edit Tea pot").click()
    d = page.get_by_role("dialog", name="Edit product")
    select = d.get_by_role("combobox", name="Country code")
    expect(select).to_have_value("Japan")
    select.click()
    page.get_by_role("option", name="France").click()
    d.get_by_role("button", name="Save").click()
    expect(d).to_be_hidden()
    expect(row.locator('td[data-field="countryCode"]')).to_have_text("France")
    assert srv.rpc("getEntity", {"entity": "Product", "id": rec["id"]})["countryCode"] == "FR"


def test_a_sequence_field_is_numbered_and_not_in_forms(keys_page: Page, keys_server):
    srv, page = keys_server, keys_page
    srv.rpc("createEntity", {"entity": "Store", "data": {"storeNo": 7, "name": "Harbour"}})
    page.goto("/sales")
    wait_grid(page, "saleGrid")
    page.get_by_role("button", name="New sale").click()
    d = page.get_by_role("dialog", name="New sale")
    expect(d.get_by_label("Number")).to_have_count(0)  # the database numbers it
    d.get_by_label("Note").fill("first sale")
    d.get_by_role("combobox", name="Store no").click()
    page.get_by_role("option", name="Harbour").click()
    d.get_by_role("button", name="Create").click()
    expect(d).to_be_hidden()
    rec = srv.rpc("loadEntityData", {"entity": "Sale", "filters": [{"field": "note", "op": "eq", "value": "first sale"}]})["items"][0]
    assert rec["storeNo"] == 7 and isinstance(rec["number"], int)  # an integer key is sent as a number
    row = page.locator(f'[data-grid="saleGrid"] tr[data-record-id="{rec["id"]}"]')
    expect(row.locator('td[data-field="number"]')).to_have_text(str(rec["number"]))
    expect(row.locator('td[data-field="storeNo"]')).to_have_text("Harbour")
