"""Values shown and edited exactly in Chromium (tests/server/models/archive.json), with the browser in
New York's time zone:

* a local date-time 2021-01-01T00:00 is shown as Jan 1, 2021, 12:00 AM (not Dec 31, 7:00 PM) in the
  grid and edited as written in the form;
* a decimal of 20 digits is shown and saved with every digit;
* a bytes field shows its size and a download link in the grid, and a form uploads a file as base64.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import _finish, open_page, serve_model
from .harness import AppServer

MODEL = Path(__file__).resolve().parents[1] / "server" / "models" / "archive.json"


@pytest.fixture(scope="module")
def archive_server(tmp_path_factory):
    srv = serve_model(tmp_path_factory, MODEL, "archive")
    yield srv
    srv.stop()


@pytest.fixture
def ny_page(browser, archive_server, request):
    ctx, page = open_page(browser, archive_server, timezone_id="America/New_York", locale="en-US")
    yield page
    _finish(request, ctx, page)


def _row(page: Page, server: AppServer, title: str):
    rec = server.rpc("loadEntityData", {"entity": "Document", "filters": [{"field": "title", "op": "eq", "value": title}]})["items"][0]
    return rec, page.locator(f'tr[data-record-id="{rec["id"]}"]')


def test_local_datetime_is_shown_as_written_in_new_york(ny_page: Page, archive_server, artifacts):
    page = ny_page
    assert page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == "America/New_York"
    assert page.evaluate("new Date('2021-01-01T00:00:00Z').getHours()") == 19  # the zone really shifts instants
    page.goto("/")
    page.wait_for_selector('[data-grid="docs"][data-loading="false"]')
    rec, row = _row(page, archive_server, "Invoice 1")
    expect(row.locator('td[data-field="issuedAt"]')).to_have_text("Jan 1, 2021, 12:00 AM")
    expect(row.locator('td[data-field="dueAt"]')).to_have_text("Jan 1, 2021, 12:00 AM")
    expect(row.locator('td[data-field="amount"]')).to_have_text("12,345,678,901,234,567.89")
    expect(row.locator('td[data-field="content"]')).to_contain_text("9 B")
    link = row.locator('td[data-field="content"] a', has_text="Download")
    assert link.get_attribute("href") == "data:application/octet-stream;base64,JVBERi0xLjQK"
    page.screenshot(path=str(artifacts / "exact-values-grid.png"), full_page=True)

    row.get_by_role("button", name="Edit Invoice 1").click()
    d = page.get_by_role("dialog", name="Edit document")
    expect(d.get_by_label("Issued at")).to_have_value("2021-01-01T00:00")
    expect(d.get_by_label("Amount")).to_have_value("12345678901234567.89")
    d.get_by_label("Issued at").fill("2021-07-04T09:30")
    d.get_by_label("Amount").fill("-98765432109876543.21")
    d.get_by_role("button", name="Save", exact=True).click()
    expect(d).to_be_hidden()
    saved = archive_server.rpc("getEntity", {"entity": "Document", "id": rec["id"]})
    assert saved["issuedAt"] == "2021-07-04T09:30:00" and saved["amount"] == "-98765432109876543.21"
    assert saved["content"] == "JVBERi0xLjQK"  # not touched by the edit
    expect(row.locator('td[data-field="issuedAt"]')).to_have_text("Jul 4, 2021, 9:30 AM")
    expect(row.locator('td[data-field="amount"]')).to_have_text("-98,765,432,109,876,543.21")


def test_a_form_uploads_bytes_as_base64(ny_page: Page, archive_server, tmp_path):
    page = ny_page
    data = bytes(range(256)) * 3
    path = tmp_path / "scan.bin"
    path.write_bytes(data)
    page.goto("/")
    page.wait_for_selector('[data-grid="docs"][data-loading="false"]')
    page.get_by_role("button", name="New document").click()
    d = page.get_by_role("dialog", name="New document")
    d.get_by_label("Title").fill("Uploaded scan")
    d.locator('input[type="file"]').last.set_input_files(str(path))  # thumbnail (content is first)
    expect(d.locator("[data-bytes-size]")).to_have_text("768 B")
    d.get_by_role("button", name="Create document").click()
    expect(d).to_be_hidden()
    rec, _ = _row(page, archive_server, "Uploaded scan")
    assert base64.b64decode(rec["thumbnail"]) == data and rec["content"] is None
    # too large for `content` (maxBytes 1024): refused in the form, nothing sent
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 2000)
    page.get_by_role("button", name="New document").click()
    d = page.get_by_role("dialog", name="New document")
    d.get_by_label("Title").fill("Too big")
    d.locator('input[type="file"]').first.set_input_files(str(big))
    d.get_by_role("button", name="Create document").click()
    expect(d.get_by_text("Must be at most 1.0 KB")).to_be_visible()
