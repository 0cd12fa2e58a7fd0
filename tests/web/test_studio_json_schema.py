"""Torque Studio's `jsonSchema` box on json fields, in real Chromium on `torquec watch`: the text
is written to the file as the field's jsonSchema (one changed line), a schema the compiler refuses
shows its diagnostic on the field, text that is not a JSON object is refused in place (file
untouched), empty removes the key, and retyping the field drops it (E530 otherwise)."""

from __future__ import annotations

import json

import pytest

from .test_studio import read, studio_page, wait_file, wait_shown, watching_model

MODEL = {
    "name": "notes",
    "entities": [{"id": "ent-note", "name": "Note", "fields": [
        {"id": "fld-note-title", "name": "title", "type": "string", "required": True},
        {"id": "fld-note-meta", "name": "meta", "type": "json"},
    ]}],
    "sampleData": {"Note": [{"title": "First", "meta": {"tags": ["a"]}}]},
}


@pytest.fixture(scope="module")
def notes(tmp_path_factory):
    with watching_model(tmp_path_factory, "notes", MODEL, web=False) as watched:
        yield watched


def _meta(text: str) -> dict:
    return json.loads(text)["entities"][0]["fields"][1]


def test_json_schema_box(browser, notes):
    watch, path = notes
    with studio_page(browser, watch) as page:
        wait_shown(page, read(path))
        page.get_by_label("open entity Note").click()
        row = page.get_by_label("field meta")
        box = row.get_by_label("jsonSchema")
        box.fill('{"type": "object", "required": ["tags"]}')
        box.press("Enter")
        text = wait_file(path, lambda t: _meta(t).get("jsonSchema") == {"type": "object", "required": ["tags"]})
        wait_shown(page, text)
        # the sample value breaks the next schema: E813 shows (in the app's problem list)
        box.fill('{"type": "object", "properties": {"tags": {"type": "string"}}}')
        box.press("Enter")
        text = wait_file(path, lambda t: "properties" in _meta(t).get("jsonSchema", {}))
        wait_shown(page, text)
        page.locator('[aria-label="diagnostic E813"]').first.wait_for()
        # not a JSON object: refused where it was typed, the file stays as it is
        box.fill("[1, 2")
        box.press("Enter")
        row.get_by_text("A JSON object").wait_for()
        assert read(path) == text
        box.fill("")
        box.press("Enter")
        text = wait_file(path, lambda t: "jsonSchema" not in _meta(t))
        wait_shown(page, text)
        box.fill('{"type": "object"}')
        box.press("Enter")
        text = wait_file(path, lambda t: _meta(t).get("jsonSchema") == {"type": "object"})
        wait_shown(page, text)
        row.get_by_label("Type").select_option("text")
        text = wait_file(path, lambda t: _meta(t)["type"] == "text")
        assert "jsonSchema" not in _meta(text)
