"""A model using every field type, widget, component and action
(models/kitchen-sink.json): automatic create/edit forms, a route with a
parameter, row actions (edit, runFlow, navigate, delete), containers,
page-level forms and modals."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import page_on, serve_model, wait_grid

MODEL = Path(__file__).parent / "models" / "kitchen-sink.json"


@pytest.fixture(scope="module")
def ks_server(tmp_path_factory):
    srv = serve_model(tmp_path_factory, MODEL, "kitchen-sink")
    yield srv
    srv.stop()


ks_page = page_on("ks_server")


def test_every_widget_in_an_automatic_form(ks_page: Page, ks_server, artifacts):
    page = ks_page
    page.goto("/")
    wait_grid(page, "grid")
    wait_grid(page, "cats")
    expect(page.get_by_role("heading", name='Gadgets {and} "quotes" </script>')).to_be_visible()
    page.screenshot(path=str(artifacts / "kitchen-sink-home.png"), full_page=True)

    page.get_by_role("button", name="New gadget").click()  # `create` without a modal: an automatic form
    d = page.get_by_role("dialog", name="New gadget")
    expect(d).to_be_visible()
    expect(d.get_by_role("radio", name="M")).to_be_checked()
    expect(d.get_by_label("Count")).to_have_value("3")
    d.get_by_label("Title").fill("Widget Prime")
    d.get_by_label("Body").fill("Line one\nLine two")
    d.get_by_label("Weight").fill("1.5")
    d.get_by_label("Price").fill("9.125")
    d.get_by_role("switch", name="Enabled").check()
    d.get_by_label("Release day").fill("2025-02-03")
    d.get_by_label("Release day").press("Tab")
    d.get_by_label("Contact").fill("ops@example.com")
    d.get_by_label("Homepage").fill("https://example.com/widget")
    d.get_by_role("radio", name="XL").check()
    d.get_by_role("combobox", name="Color").click()
    page.get_by_role("option", name="Red ish").click()  # snake_case values are shown as words
    d.get_by_role("combobox", name="Category").click()
    page.get_by_role("option", name="ABC").click()
    d.get_by_label("Labels").fill("alpha")
    d.get_by_label("Labels").press("Enter")
    d.get_by_label("Scores").fill("7")
    d.get_by_label("Scores").press("Enter")
    d.get_by_label("Meta").fill('{"k": [1, 2, 3]}')
    # Client-side rules: the count is limited to 0..1000, external id must be a UUID.
    d.get_by_label("Count").fill("5000")
    d.get_by_label("External id").fill("nope")
    d.get_by_role("button", name="Create gadget").click()
    expect(d.get_by_text("Must be at most 1000")).to_be_visible()
    expect(d.get_by_text("Enter a UUID")).to_be_visible()
    page.screenshot(path=str(artifacts / "kitchen-sink-form.png"), full_page=True)
    d.get_by_label("Count").fill("12")
    d.get_by_label("External id").fill("")
    d.get_by_role("button", name="Create gadget").click()
    expect(d).to_be_hidden()

    rec = ks_server.rpc("loadEntityData", {"entity": "Gadget", "search": "Widget Prime"})["items"][0]
    assert rec["count"] == 12 and rec["weight"] == 1.5 and float(rec["price"]) == 9.125 and rec["enabled"] is True
    assert rec["releaseDay"] == "2025-02-03" and rec["size"] == "XL" and rec["color"] == "red_ish"
    assert rec["labels"] == ["alpha"] and rec["scores"] == [7] and rec["meta"] == {"k": [1, 2, 3]}
    assert rec["body"] == "Line one\nLine two" and rec["externalId"] is None and rec["categoryId"]
    row = page.locator(f'tr[data-record-id="{rec["id"]}"]')
    expect(row.locator('td[data-field="categoryId"]')).to_have_text("ABC")
    expect(row.locator('td[data-field="price"]')).to_have_text("9.125")


def test_row_actions_and_parameterised_route(ks_page: Page, ks_server):
    page = ks_page
    first = ks_server.rpc("loadEntityData", {"entity": "Gadget", "search": "First"})["items"][0]
    page.goto("/")
    wait_grid(page, "grid")
    page.get_by_role("button", name="Touch gadget for First").click()  # runFlow with the row's id
    expect(page.locator(".mantine-Notification-root", has_text=first["id"])).to_be_visible()

    page.get_by_role("button", name="Edit First").click()  # `edit` without a modal
    d = page.get_by_role("dialog", name="Edit gadget")
    expect(d.get_by_label("Title")).to_have_value("First")
    d.get_by_role("button", name="Cancel").click()

    page.get_by_role("button", name="Open First").click()  # navigate to /gadgets/:id
    page.wait_for_url(f"**/gadgets/{first['id']}")
    title = page.get_by_label("Title")
    expect(title).to_have_value("First")
    title.fill("First, renamed")
    page.get_by_role("button", name="Save gadget").click()
    page.wait_for_url(ks_server.base + "/")  # onSuccess: navigate home
    expect(page.locator(f'tr[data-record-id="{first["id"]}"] td[data-field="title"]')).to_have_text("First, renamed")

    # A page-level create form resets after saving; a Category appears in the side grid.
    form = page.locator('form[data-form="catForm"]')
    form.get_by_label("Code").fill("xyz")
    form.get_by_role("button", name="Create category").click()
    expect(form.get_by_text("Does not match the required format")).to_be_visible()
    form.get_by_label("Code").fill("XYZ")
    form.get_by_role("button", name="Create category").click()
    expect(form.get_by_label("Code")).to_have_value("")
    expect(page.locator('[data-grid="cats"] tbody tr', has_text="XYZ")).to_be_visible()

    page.goto("/gadgets/00000000-0000-4000-8000-000000000000")
    expect(page.get_by_role("alert")).to_contain_text("not found", ignore_case=True)
