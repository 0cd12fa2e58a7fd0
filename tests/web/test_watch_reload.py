"""`torquec watch` in a real browser: an open page reloads after an edit, a broken
edit shows the diagnostics overlay (while the last good build keeps serving), and
the fix clears it."""

from __future__ import annotations

import json
import contextlib
import os
import shutil
import time

from watch.harness import WatchThread, load, save_like_an_editor

from .harness import ROOT


@contextlib.contextmanager
def watched_todo(browser, tmp_path):
    """`torquec watch` (web on) of a copy of sample/todo.json and a page on it (not opened yet):
    (watch, model path, page, console errors)."""
    model_path = str(tmp_path / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    watch = WatchThread(model_path, str(tmp_path / "app"), web=True).start(timeout=180)
    ctx = browser.new_context(base_url=watch.url)
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        yield watch, model_path, page, errors
    finally:
        ctx.close()
        watch.stop()


def test_open_page_follows_edits_and_shows_overlay_for_broken_model(browser, tmp_path):
    with watched_todo(browser, tmp_path) as (watch, model_path, page, errors):
        page.goto(watch.dev_url)  # the URL watch prints: its token unlocks the dev routes
        assert page.url == watch.url + "/"  # ... and is kept in a cookie, not in the address bar
        page.get_by_role("heading", name="Todos").wait_for()
        model = load(model_path)
        model["layouts"][0]["components"][0]["text"] = "Todos, edited live"
        save_like_an_editor(model_path, json.dumps(model, indent=2))
        page.get_by_role("heading", name="Todos, edited live").wait_for()

        save_like_an_editor(model_path, json.dumps(model, indent=2)[:-3])  # broken JSON
        overlay = page.get_by_role("alertdialog", name="torquec build failed")
        overlay.wait_for()
        assert "E001" in overlay.inner_text()
        # The last good build is still what the page shows behind the overlay.
        assert page.get_by_role("heading", name="Todos, edited live").count() == 1

        model["layouts"][0]["components"][0]["text"] = "Todos, fixed"
        save_like_an_editor(model_path, json.dumps(model, indent=2))
        page.get_by_role("heading", name="Todos, fixed").wait_for()
        assert overlay.count() == 0
        assert errors == [], errors  # dev.js and the event stream were admitted every time


def test_a_model_rebuild_does_not_wait_for_the_web_build_and_a_superseded_one_is_cancelled(tmp_path):
    """Two saves 200 ms apart, both changing the front-end: the second schema is served over /rpc
    without waiting for the first `vite build`, which is killed (its bundle would be stale)."""

    model_path = str(tmp_path / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    watch = WatchThread(model_path, str(tmp_path / "app"), web=True).start(timeout=180)
    session = watch.session
    try:
        model = load(model_path)
        todo = next(e for e in model["entities"] if e["name"] == "Todo")

        def fields_of_todo() -> list[str]:
            meta = watch.rpc("getModelMetadata").json()["result"]
            return [f["name"] for e in meta["entities"] if e["name"] == "Todo" for f in e["fields"]]

        todo["fields"].append({"id": "fld-first", "name": "firstAdded", "type": "string"})
        save_like_an_editor(model_path, json.dumps(model, indent=2))
        deadline = time.monotonic() + 30
        while "firstAdded" not in fields_of_todo():
            assert time.monotonic() < deadline, watch.log.getvalue()
            time.sleep(0.005)
        time.sleep(0.2)  # the first vite build is running now (it takes 0.6 s or more)
        todo["fields"].append({"id": "fld-second", "name": "secondAdded", "type": "string"})
        saved = time.perf_counter()
        save_like_an_editor(model_path, json.dumps(model, indent=2))
        while "secondAdded" not in fields_of_todo():
            assert time.perf_counter() - saved < 30, watch.log.getvalue()
            time.sleep(0.005)
        served = time.perf_counter()
        # wait for the last web build to end
        deadline = time.monotonic() + 60
        while any(b.status == "running" for b in session.web_builds):
            assert time.monotonic() < deadline, watch.log.getvalue()
            time.sleep(0.05)
        first, second = session.web_builds[-2:]
        assert first.status == "cancelled", (session.web_builds, watch.log.getvalue())
        assert second.status == "built", (session.web_builds, watch.log.getvalue())
        # The second schema was served sooner than one full vite build takes (before the change it
        # waited for the rest of the first build, then rebuilt).
        full_build = second.ended - second.started
        assert served - saved < full_build, (served - saved, full_build)
        # No vite build left behind, and the bundle in place is the second one.
        assert not [p for p in os.listdir(tmp_path / "app" / "web") if p.startswith("dist.")]
        assert (tmp_path / "app" / "web" / "dist" / "index.html").is_file()
    finally:
        watch.stop()


def test_label_column_and_page_edits_show_in_the_open_page_without_a_reload(browser, tmp_path):
    """The live front-end: watch serves the model as data (/__torque/app.json) and the page
    re-renders from it after each rebuild — a field label, a new grid column and a new page
    appear in place; the page is not reloaded (a marker on window survives) and the grid's
    search box keeps what was typed."""
    with watched_todo(browser, tmp_path) as (watch, model_path, page, errors):
        page.goto(watch.dev_url)
        grid = page.locator("[data-grid=todoGrid]")
        grid.get_by_role("columnheader", name="Title").wait_for()
        page.evaluate("window.__notReloaded = true")
        search = page.get_by_role("textbox", name="Search Todos")
        search.fill("milk")

        model = load(model_path)
        todo = next(e for e in model["entities"] if e["name"] == "Todo")
        todo["fields"][0]["ui"]["label"] = "Task title"
        save_like_an_editor(model_path, json.dumps(model, indent=2))
        grid.get_by_role("columnheader", name="Task title").wait_for()

        todo["fields"].append({"id": "fld-todo-estimate", "name": "estimate", "type": "integer",
                               "ui": {"label": "Estimate (h)"}})
        model["layouts"][0]["components"][3]["columns"].append("estimate")
        save_like_an_editor(model_path, json.dumps(model, indent=2))
        grid.get_by_role("columnheader", name="Estimate (h)").wait_for()

        model["layouts"].append({"id": "lay-about", "name": "about", "route": "/about", "title": "About",
                                 "components": [{"id": "aboutText", "type": "Text", "text": "Written live",
                                                 "position": {"row": 1, "col": 1, "span": 12}}]})
        save_like_an_editor(model_path, json.dumps(model, indent=2))
        nav = page.get_by_role("navigation", name="Pages")
        nav.get_by_role("link", name="About").wait_for()

        # The background vite builds end with a `reload` event: the live page already shows that build.
        deadline = time.monotonic() + 120
        while any(b.status == "running" for b in watch.session.web_builds):
            assert time.monotonic() < deadline, watch.log.getvalue()
            time.sleep(0.05)
        assert any(b.status == "built" for b in watch.session.web_builds[1:]), watch.session.web_builds
        page.wait_for_timeout(500)
        assert page.evaluate("window.__notReloaded === true"), "the page was reloaded"
        assert search.input_value() == "milk"
        nav.get_by_role("link", name="About").click()
        page.get_by_text("Written live").wait_for()
        assert errors == [], errors

