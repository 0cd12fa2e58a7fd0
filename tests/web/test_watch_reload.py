"""`torquec watch` in a real browser: an open page reloads after an edit, a broken
edit shows the diagnostics overlay (while the last good build keeps serving), and
the fix clears it."""

from __future__ import annotations

import json
import os
import shutil

from watch.harness import WatchThread, load, save_like_an_editor

from .harness import ROOT


def test_open_page_reloads_on_edit_and_shows_overlay_for_broken_model(browser, tmp_path):
    model_path = str(tmp_path / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    watch = WatchThread(model_path, str(tmp_path / "app"), web=True).start(timeout=180)
    ctx = browser.new_context(base_url=watch.url)
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    try:
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
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
    finally:
        ctx.close()
        watch.stop()
