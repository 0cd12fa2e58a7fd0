"""Many-to-many links in forms (models/playlists.json): a multi-select with server-side search
creates a playlist with its tracks, and editing adds and removes tracks (saved as
addLinks/removeLinks), in Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import page_on, serve_model

MODEL = Path(__file__).parent / "models" / "playlists.json"
JAZZ = "e1000000-0000-4000-8000-000000000001"


@pytest.fixture(scope="module")
def pl_server(tmp_path_factory):
    srv = serve_model(tmp_path_factory, MODEL, "playlists")
    yield srv
    srv.stop()


pl_page = page_on("pl_server")


def titles(srv, playlist_id: str) -> set[str]:
    got = srv.rpc("getRelated", {"entity": "Playlist", "id": playlist_id, "relationship": "tracks"})
    return {t["title"] for t in got["items"]}


def test_create_and_edit_links_in_a_form(pl_page: Page, pl_server, artifacts):
    page = pl_page
    page.goto("/")
    page.wait_for_selector('[data-grid="playlists"][data-loading="false"]')
    page.get_by_role("button", name="New playlist").click()
    d = page.get_by_role("dialog", name="New playlist")
    d.get_by_label("Name").fill("Blues")
    tracks = d.get_by_label("Tracks")
    tracks.click()
    tracks.fill("blue")  # searched on the server: two of the four tracks
    expect(page.get_by_role("option", name="Blue in Green")).to_be_visible()
    expect(page.get_by_role("option", name="So What")).to_have_count(0)
    page.get_by_role("option", name="Blue Train").click()
    page.get_by_role("option", name="Blue in Green").click()
    page.screenshot(path=str(artifacts / "links-form.png"))
    d.get_by_label("Name").click()  # closes the dropdown (it covers the buttons)
    d.get_by_role("button", name="Create playlist").click()
    expect(d).to_be_hidden()
    blues = pl_server.rpc("loadEntityData", {"entity": "Playlist", "filters": [{"field": "name", "op": "eq", "value": "Blues"}]})["items"][0]
    assert titles(pl_server, blues["id"]) == {"Blue Train", "Blue in Green"}

    # edit the seeded playlist: its links are shown, one removed, one added
    page.get_by_role("button", name="Edit Jazz").click()
    d = page.get_by_role("dialog", name="Edit playlist")
    expect(d.get_by_text("So What")).to_be_visible()
    expect(d.get_by_text("Blue in Green")).to_be_visible()
    d.locator(".mantine-Pill-root", has_text="So What").locator("button").click()  # the pill's remove button
    tracks = d.get_by_label("Tracks")
    tracks.click()
    tracks.fill("nai")
    page.get_by_role("option", name="Naima").click()
    d.get_by_label("Name").click()
    d.get_by_role("button", name="Save", exact=True).click()
    expect(d).to_be_hidden()
    assert titles(pl_server, JAZZ) == {"Blue in Green", "Naima"}
    assert pl_server.rpc("getEntity", {"entity": "Playlist", "id": JAZZ})["version"] == 3  # removeLinks, addLinks


def test_grid_exports_and_imports_csv(pl_page: Page, pl_server, tmp_path):
    page = pl_page
    page.goto("/")
    page.wait_for_selector('[data-grid="playlists"][data-loading="false"]')
    with page.expect_download() as dl:
        page.locator('[data-csv-export="Playlist"]').click()
    assert dl.value.suggested_filename == "Playlist.csv"
    text = Path(dl.value.path()).read_text()
    assert text.splitlines()[0].startswith("id,name") and "Jazz" in text
    before = pl_server.total("Playlist")
    page.locator('input[data-csv-import="Playlist"]').set_input_files(
        files=[{"name": "more.csv", "mimeType": "text/csv", "buffer": b"name\nCSV one\nCSV two\n"}])
    expect(page.get_by_text("Imported 2 playlists")).to_be_visible()
    expect(page.locator('[data-grid="playlists"]').get_by_text("CSV two")).to_be_visible()
    assert pl_server.total("Playlist") == before + 2
    # a refused file: all or nothing, the problem is shown with its line
    page.locator('input[data-csv-import="Playlist"]').set_input_files(
        files=[{"name": "bad.csv", "mimeType": "text/csv", "buffer": b"name,colour\nx,red\n"}])
    expect(page.get_by_text("Nothing imported from bad.csv")).to_be_visible()
    expect(page.get_by_text("line 2: colour")).to_be_visible()
    assert pl_server.total("Playlist") == before + 2
