"""Torque Studio's page and flow editors in real Chromium, on `torquec watch` of a copy of the todo
sample: components dragged onto a page and configured in their property panels land in the model
file (which checks clean); flows are edited as a graph, their JavaScript shows the compiler's
diagnostics at the right place, and the Run panel runs them with a per-node trace.
Screenshots go to test-artifacts/studio/."""

from __future__ import annotations

import json
import time

from torquec.driver import analyze

from .test_studio import SHOTS, read, studio, studio_page, undo, wait_file, wait_shown  # noqa: F401 - fixture

__all__ = ["studio"]


def settled_box(page, locator, tries: int = 30) -> dict:
    """The locator's box once two reads 100 ms apart agree."""
    box = locator.bounding_box()
    for _ in range(tries):
        page.wait_for_timeout(100)
        again = locator.bounding_box()
        if again == box:
            break
        box = again
    return box


def drag(page, source, target, dx: float = 0, dy: float = 0) -> None:
    """A real pointer drag (Puck and React Flow listen to pointer events, not HTML5 drag).
    The target is measured once the drag has begun and the layout has stopped moving: the canvas
    renders the app's own components, which grow when their data arrives, and Puck opens its
    drop zones when a drag starts (a box measured before that is a stale place to drop)."""
    s = settled_box(page, source)
    page.mouse.move(s["x"] + s["width"] / 2, s["y"] + s["height"] / 2)
    page.mouse.down()
    page.mouse.move(s["x"] + s["width"] / 2 + 5, s["y"] + s["height"] / 2 + 5, steps=3)
    t = settled_box(page, target)
    page.mouse.move(t["x"] + t["width"] / 2 + dx, t["y"] + t["height"] / 2 + dy, steps=15)
    page.wait_for_timeout(200)
    page.mouse.up()


def test_page_editor_drops_and_configures_components(browser, studio):
    watch, model_path = studio
    with studio_page(browser, watch) as page:
        page.get_by_text("Pages", exact=True).click()
        grid = page.locator('[aria-label="canvas DataGrid todoGrid"]')
        grid.wait_for()
        wait_shown(page, read(model_path))
        before = read(model_path)

        # Drag a Text block from the palette onto the canvas, above the grid.
        drag(page, page.get_by_text("Text", exact=True).first, grid, dy=-grid.bounding_box()["height"] / 2 + 4)
        text = wait_file(model_path, lambda t: len(json.loads(t)["layouts"][0]["components"]) == 7)
        components = json.loads(text)["layouts"][0]["components"]
        added = [c for c in components if c["type"] == "Text" and c["id"] != "heading"]
        # A full-width row of its own where it was dropped; the rows below move down one.
        assert added == [{"id": "text", "type": "Text", "text": "Text", "position": {"row": 2, "col": 1, "span": 12}}], components
        assert [c["position"]["row"] for c in components if "position" in c] == [1, 1, 1, 2, 3]
        result = analyze(model_path, text)
        assert result.ok and not list(result.diagnostics), [str(d) for d in result.diagnostics]
        # Untouched components keep their bytes: lines were added, and only the grid's row changed.
        import difflib
        removed = [l for l in difflib.ndiff(before.splitlines(), text.splitlines()) if l.startswith("- ")]
        assert removed == ['-           "position": { "row": 2, "col": 1, "span": 12 }'], removed
        wait_shown(page, text)

        # Its property panel: the text typed lands in the file once typing pauses.
        page.locator('[aria-label="canvas Text text"]').click()
        box = page.get_by_role("textbox", name="Text", exact=True)
        box.fill("Everything due this week")
        text = wait_file(model_path, lambda t: '"text": "Everything due this week"' in t)
        wait_shown(page, text)

        # The grid's columns come from its entity's fields: uncheck one.
        grid.click()
        page.get_by_role("checkbox", name="Columns done").uncheck()
        text = wait_file(model_path, lambda t: '"columns": ["title", "priority", "dueDate", "projectId"]' in t)
        assert analyze(model_path, text).ok
        wait_shown(page, text)
        page.screenshot(path=str(SHOTS / "page-editor.png"))

        # Undo (the studio's, across editors) puts the page back and the canvas follows.
        undo(page, model_path, 3)
        wait_file(model_path, lambda t: t == before)
        page.locator('[aria-label="canvas Text text"]').wait_for(state="detached")


def test_flow_editor_code_diagnostics_graph_edits_and_run(browser, studio):
    watch, model_path = studio
    with studio_page(browser, watch) as page:
        page.get_by_text("Flows", exact=True).click()
        page.locator('[aria-label="flow node count"]').wait_for()
        before = read(model_path)
        wait_shown(page, before)

        # JavaScript in CodeMirror: a syntax error is saved and the compiler's diagnostic is marked
        # exactly where it points inside the expression.
        page.locator('[aria-label="flow node count"]').click()
        editor = page.get_by_label("count expression")
        editor.click()
        page.keyboard.press("Control+a")
        page.keyboard.type("prev.length + ;")
        page.get_by_label("Label").click()  # leave the editor: saved
        text = wait_file(model_path, lambda t: '"expression": "prev.length + ;"' in t)
        wait_shown(page, text)
        mark = page.locator('[data-code-field="count expression"] .cm-lintRange-error')
        mark.wait_for()
        assert mark.inner_text() == ";"  # the compiler's column, inside the string, not the file's
        page.screenshot(path=str(SHOTS / "flow-editor-diagnostic.png"))
        # The diagnostic, clicked from anywhere, opens this node.
        page.get_by_label("open entity Todo").click()
        page.locator('[aria-label^="diagnostic E6"]').first.click()
        page.get_by_label("count expression").wait_for()

        editor = page.get_by_label("count expression")
        editor.click()
        page.keyboard.press("Control+a")
        page.keyboard.type("({ open: prev.length })")
        page.get_by_label("Label").click()
        text = wait_file(model_path, lambda t: '"expression": "({ open: prev.length })"' in t)
        assert analyze(model_path, text).ok
        wait_shown(page, text)
        mark.wait_for(state="detached")

        # The palette adds a node; a drag from one node's handle to another's adds an edge.
        page.get_by_role("button", name="javascript", exact=True).click()
        page.locator('[aria-label="flow node script"]').wait_for()
        text = wait_file(model_path, lambda t: '"id": "script"' in t)
        wait_shown(page, text)
        source = page.locator('[aria-label="flow node openTodos"] .react-flow__handle-bottom')
        target = page.locator('[aria-label="flow node script"] .react-flow__handle-top')
        s, t = source.bounding_box(), target.bounding_box()
        page.mouse.move(s["x"] + s["width"] / 2, s["y"] + s["height"] / 2)
        page.mouse.down()
        page.mouse.move(t["x"] + t["width"] / 2, t["y"] + t["height"] / 2, steps=12)
        page.mouse.up()
        text = wait_file(model_path, lambda t: '{ "from": "openTodos", "to": "script" }' in t or
                         '"from": "openTodos", "to": "script"' in t)
        flow = json.loads(text)["flows"][0]
        assert {"from": "openTodos", "to": "script"} in flow["edges"]
        wait_shown(page, text)
        page.screenshot(path=str(SHOTS / "flow-editor.png"))

        # Back to the fixed flow, then run it from the Run panel: output and a trace row per node.
        undo(page, model_path, 2)
        fixed = wait_file(model_path, lambda t: '"script"' not in t)
        assert '"expression": "({ open: prev.length })"' in fixed
        deadline = time.monotonic() + 60
        while True:  # the app runs its last good build: wait for the fixed flow to be served
            page.get_by_role("button", name="Run countOpen").click()
            page.locator('[aria-label="run output"], [aria-label="run failed"]').first.wait_for()
            out = page.locator('[aria-label="run output"]')
            # The fixed expression's shape (the old one also counted `overdue`).
            if out.count() and out.inner_text().startswith('output: {"open":') and "overdue" not in out.inner_text():
                break
            assert time.monotonic() < deadline, out.inner_text() if out.count() else "run failed"
            page.wait_for_timeout(500)
        rows = page.locator('[aria-label="run trace"] tbody tr')
        assert [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())] == ["start", "openTodos", "count", "end"]
        page.screenshot(path=str(SHOTS / "flow-run.png"))


def test_json_view_completes_from_the_schema_and_marks_problems_while_typing(browser, studio):
    watch, model_path = studio
    with studio_page(browser, watch) as page:
        page.get_by_text("JSON", exact=True).click()
        before = read(model_path)
        page.get_by_label("model JSON").wait_for()
        page.locator(".cm-line", has_text='"title": "Todo",').click()
        page.keyboard.press("End")
        page.keyboard.press("Enter")
        page.keyboard.type('"')
        page.keyboard.press("Control+Space")
        options = page.locator(".cm-tooltip-autocomplete li")
        options.first.wait_for()
        # The LSP's completion: top-level keys the JSON schema allows and the file lacks, described.
        labels = [l.split("\n")[0] for l in options.all_inner_texts()]
        assert any(l.startswith("ui") for l in labels) and not any(l.startswith("entities") for l in labels), labels
        page.keyboard.press("Escape")
        page.keyboard.type('colour": 1,')
        mark = page.locator(".cm-lintRange-error")
        mark.wait_for()
        page.screenshot(path=str(SHOTS / "json-view.png"))
        assert read(model_path) == before  # nothing saved yet
        page.get_by_role("button", name="Revert").click()
        mark.wait_for(state="detached")
