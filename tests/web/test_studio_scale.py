"""Torque Studio in real Chromium on a large model (the synthetic benchmark model, 60 entities):
the diagram's first paint is the fitted overview with folded entities (names, no field lines), the
fields show once zoomed in; a move in the diagram is saved and shown; and the studio's own edit
does not make it download the whole model again when watch reports the build."""

from __future__ import annotations

import json
import sys

import pytest

from watch.harness import WatchThread

from .harness import ROOT
from .test_studio import read, studio_page, wait_file, wait_shown

sys.path.insert(0, str(ROOT / "bench"))

from synthetic_model import make_model  # noqa: E402


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("studio-scale")
    model_path = str(tmp / "scale.json")
    with open(model_path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(make_model(entities=60, fields=12, flows=4, layouts=4), indent=2) + "\n")
    watch = WatchThread(model_path, str(tmp / "app"), web=False).start(timeout=300)
    yield watch, model_path
    watch.stop()


def test_a_large_diagram_opens_folded_and_shows_fields_when_zoomed_in(browser, large):
    watch, model_path = large
    with studio_page(browser, watch) as page:
        page.set_default_timeout(30_000)
        page.get_by_text("Diagram", exact=True).click()
        first = page.locator('[aria-label="diagram entity Thing000"]')
        first.wait_for()
        # Fitted to the pane, 60 entities are too small to read their fields: names only.
        assert "field01" not in first.inner_text()
        assert page.locator('[aria-label^="diagram entity "]').count() == 60
        for _ in range(4):
            page.locator(".react-flow__controls-zoomin").click()
        page.locator('[aria-label^="diagram entity "]', has_text="field01: text").first.wait_for()
        # Zoomed in, only the entities in view are drawn.
        assert page.locator('[aria-label^="diagram entity "]').count() < 60

        # A move on the large model: saved, and the studio shows the new version.
        pane = page.get_by_label("ER diagram").bounding_box()
        box = next(b for b in (e.bounding_box() for e in page.locator('[aria-label^="diagram entity "]').all())
                   if b and b["x"] > pane["x"] + 60 and b["y"] > pane["y"] + 60
                   and b["x"] + b["width"] + 60 < pane["x"] + pane["width"] and b["y"] + b["height"] + 60 < pane["y"] + pane["height"])
        before = read(model_path)
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 8)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] / 2 + 40, box["y"] + 48, steps=6)
        page.mouse.up()
        text = wait_file(model_path, lambda t: t != before and '"positions"' in t)
        wait_shown(page, text)


def test_an_own_edit_is_not_downloaded_again_after_the_build(browser, large):
    watch, model_path = large
    with studio_page(browser, watch) as page:
        page.set_default_timeout(30_000)
        wait_shown(page, read(model_path))
        page.get_by_label("open entity Thing002", exact=True).click()
        reads: list[str] = []
        page.on("request", lambda r: reads.append(r.url) if r.method == "GET" and r.url.endswith("/studio/api/model") else None)
        generation = watch.session.generation
        box = page.get_by_label("Entity description")
        box.fill("edited in the studio")
        box.press("Enter")
        text = wait_file(model_path, lambda t: '"edited in the studio"' in t)
        wait_shown(page, text)
        page.get_by_text("build ok").wait_for()
        while watch.session.generation == generation:
            page.wait_for_timeout(50)
        page.wait_for_timeout(1200)  # the build events and two version polls have been answered
        # The edit's answer carried the new file; the build events only confirm its version.
        assert reads == []
