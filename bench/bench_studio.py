"""Torque Studio benchmark (real Chromium through Playwright, `torquec watch` in-process).

  python bench/bench_studio.py [--runs 7] [--no-web]
  python bench/bench_studio.py --synthetic      # the 200-entity model: open, entity list, JSON view, diagram, one edit

With --synthetic it also pans and zooms the diagram with the mouse (drag on the pane, wheel in
past the zoom where entities show their fields, drag, wheel out) and prints the intervals between
animation frames meanwhile (60 Hz: 16.7 ms is every frame drawn), and moves an entity in the
diagram (saved to the file, and the diagram drawn from the answer).

* open: a new browser context opens the printed studio URL (sign-in redirect, assets,
  model + diagnostics) until the entity editor is shown. Target ≤ 1 s.
* page editor: from the click on Pages until the canvas shows the app's own DataGrid with the
  served app's rows loaded (the lazy Puck chunk, /__torque/app.json, the first JSON-RPC call).
* rename: a field renamed by typing in the studio (the Todo `title` field's
  label, which the preview shows as a column header, and — separately — a field's
  name) → the file saved → watch rebuilt and swapped the app → the app in the preview
  re-rendered it in place (live front-end: /__torque/app.json, no reload, no wait for
  the background vite build). Target ≤ 500 ms median. --no-web skips the preview.
Prints medians over --runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

from watch.harness import WatchThread  # noqa: E402


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def main() -> None:
    from playwright.sync_api import sync_playwright

    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--web", action=argparse.BooleanOptionalAction, default=True,
                    help="rebuild the web front-end (the preview) after edits")
    ap.add_argument("--synthetic", action="store_true", help="the synthetic 200-entity model instead of the sample")
    args = ap.parse_args()
    if args.synthetic:
        synthetic(args.runs)
        return
    work = tempfile.mkdtemp(prefix="torquec-bench-studio-")
    model_path = os.path.join(work, "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    watch = WatchThread(model_path, os.path.join(work, "app"), web=args.web).start(timeout=300)
    opens, frames, pages, saved, rebuilt, visible, renamed = [], [], [], [], [], [], []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            for _ in range(args.runs):
                ctx = browser.new_context(viewport={"width": 1600, "height": 950})
                page = ctx.new_page()
                t0 = time.perf_counter()
                page.goto(watch.session.studio_url)
                page.locator('[aria-label="entity Project"]').wait_for()
                opens.append(time.perf_counter() - t0)
                # The page editor (a lazy chunk): its canvas renders the app's own grid with the
                # served app's rows (metadata from /__torque/app.json, data through api/rpc).
                t0 = time.perf_counter()
                page.get_by_text("Pages", exact=True).click()
                page.locator('[aria-label="canvas DataGrid todoGrid"]').wait_for()
                frames.append(time.perf_counter() - t0)
                page.locator('[data-grid="todoGrid"][data-loading="false"]').wait_for()
                pages.append(time.perf_counter() - t0)
                ctx.close()

            ctx = browser.new_context(viewport={"width": 1600, "height": 950})
            page = ctx.new_page()
            page.set_default_timeout(60_000)
            page.goto(watch.session.studio_url)
            page.get_by_label("open entity Todo").click()
            frame = page.frame_locator('iframe[title="live preview"]')
            if args.web:
                frame.get_by_text("Title").first.wait_for()
            for i in range(args.runs):
                label = f"Heading {i}"
                generation = watch.session.generation
                field = page.locator('[aria-label="field title"]').get_by_label("Label")
                field.fill(label)
                t0 = time.perf_counter()
                field.press("Enter")
                while f'"label": "{label}"' not in open(model_path, encoding="utf-8").read():
                    time.sleep(0.002)
                saved.append(time.perf_counter() - t0)
                while watch.session.generation == generation:
                    time.sleep(0.002)
                rebuilt.append(time.perf_counter() - t0)
                if args.web:
                    frame.get_by_text(label, exact=True).first.wait_for()
                    visible.append(time.perf_counter() - t0)
            # A field name: saved and served (getModelMetadata shows it).
            page.get_by_label("open entity Project").click()
            for i in range(args.runs):
                old, new = ("description", f"summary{i}") if i == 0 else (f"summary{i - 1}", f"summary{i}")
                box = page.locator(f'[aria-label="field {old}"]').get_by_label("Field name")
                box.fill(new)
                t0 = time.perf_counter()
                box.press("Enter")
                while True:
                    meta = watch.rpc("getModelMetadata").json().get("result", {})
                    names = [f["name"] for e in meta.get("entities", []) if e["name"] == "Project" for f in e["fields"]]
                    if new in names:
                        break
                    time.sleep(0.005)
                renamed.append(time.perf_counter() - t0)
            browser.close()
    finally:
        watch.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"studio open (new context, sign-in, model + diagnostics):  median {median_ms(opens)}  (n={len(opens)})")
    print(f"page editor open -> its canvas shown (lazy chunk):       median {median_ms(frames)}")
    print(f"page editor open -> the app's grid loaded on its canvas: median {median_ms(pages)}")
    print(f"label edit -> saved to the file:                          median {median_ms(saved)}")
    print(f"label edit -> rebuilt and swapped by watch:               median {median_ms(rebuilt)}")
    if visible:
        print(f"label edit -> visible in the preview (web front-end):   median {median_ms(visible)}")
    print(f"field rename -> served by the app (getModelMetadata):     median {median_ms(renamed)}")


# Animation frame timestamps in the page until __stopFrames() (pan/zoom smoothness).
RECORD_FRAMES = """() => {
  const frames = []; let on = true;
  const tick = (t) => { frames.push(t); if (on) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  window.__stopFrames = () => { on = false; return frames; };
}"""

# A point of the diagram's empty pane (a drag there pans; on an entity it would move it).
EMPTY_PANE_POINT = """(b) => {
  for (let dy = 0; dy < b.height / 2; dy += 7)
    for (let dx = 0; dx < b.width / 2; dx += 7) {
      const x = b.x + b.width / 4 + dx, y = b.y + b.height / 4 + dy;
      const el = document.elementFromPoint(x, y);
      if (el && el.classList.contains("react-flow__pane")) return [x, y];
    }
  return [b.x + 5, b.y + 5];
}"""


# From the next `kind` event (mouseup, keydown) to the studio showing a new version in its header,
# timed in the page (Playwright's own polling adds hundreds of ms on a loaded machine).
TIME_TO_NEW_VERSION = """(kind) => {
  const m = {}; window.__latency = m;
  window.addEventListener(kind, () => { m.start = performance.now(); }, { capture: true, once: true });
  const watched = document.querySelector('[aria-label="version"]');
  const seen = new MutationObserver(() => {
    if (m.start !== undefined) { m.shown = performance.now(); seen.disconnect(); }
  });
  seen.observe(watched, { subtree: true, characterData: true, childList: true });
}"""


def shown_after(page) -> float:
    """Seconds from the timed event to the new version shown (TIME_TO_NEW_VERSION armed before)."""
    page.wait_for_function("() => window.__latency.shown !== undefined")
    return page.evaluate("() => (window.__latency.shown - window.__latency.start) / 1000")


def pan_and_zoom(page) -> list[float]:
    """Frame intervals (ms) while the diagram is dragged, zoomed in with the wheel, dragged, zoomed out."""
    def drag(x: float, y: float, dx: float, dy: float) -> None:
        page.mouse.move(x, y)
        page.mouse.down()
        for i in range(1, 41):
            page.mouse.move(x + dx * i / 40, y + dy * i / 40)
        page.mouse.up()

    def point() -> tuple[float, float]:
        return page.evaluate(EMPTY_PANE_POINT, page.locator(".react-flow__pane").bounding_box())

    page.evaluate(RECORD_FRAMES)
    x, y = point()
    drag(x, y, 240, 160)
    x, y = point()
    for _ in range(10):
        page.mouse.move(x, y)
        page.mouse.wheel(0, -150)
        page.wait_for_timeout(40)
    x, y = point()
    drag(x, y, -300, -200)
    x, y = point()
    for _ in range(10):
        page.mouse.move(x, y)
        page.mouse.wheel(0, 150)
        page.wait_for_timeout(40)
    frames = page.evaluate("() => window.__stopFrames()")
    return [b - a for a, b in zip(frames, frames[1:])]


def synthetic(runs: int) -> None:
    import json

    from playwright.sync_api import sync_playwright

    sys.path.insert(0, os.path.join(ROOT, "bench"))
    from synthetic_model import make_model

    work = tempfile.mkdtemp(prefix="torquec-bench-studio-200-")
    model_path = os.path.join(work, "scale.json")
    with open(model_path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(make_model(), indent=2) + "\n")
    watch = WatchThread(model_path, os.path.join(work, "app"), web=False).start(timeout=600)
    opens, diagrams, saves, edits, scrolls, rendered, jsons, intervals, moves = [], [], [], [], [], [], [], [], []
    last_name = make_model()["entities"][-1]["name"]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            for i in range(runs):
                ctx = browser.new_context(viewport={"width": 1600, "height": 950})
                page = ctx.new_page()
                page.set_default_timeout(60_000)
                t0 = time.perf_counter()
                page.goto(watch.session.studio_url)
                page.get_by_text("ENTITIES").wait_for()
                page.locator('[aria-label^="entity "]').first.wait_for()
                opens.append(time.perf_counter() - t0)
                # The entity list is virtualised: rows rendered, and a jump to its end.
                rendered.append(page.locator('[aria-label^="open entity "]').count())
                t0 = time.perf_counter()
                page.get_by_label("entity list").evaluate("el => { el.scrollTop = el.scrollHeight; }")
                page.get_by_label(f"open entity {last_name}", exact=True).wait_for()
                scrolls.append(time.perf_counter() - t0)
                page.get_by_label("entity list").evaluate("el => { el.scrollTop = 0; }")
                t0 = time.perf_counter()
                page.get_by_text("JSON", exact=True).click()
                page.locator(".cm-line").first.wait_for()
                jsons.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                page.get_by_text("Diagram", exact=True).click()
                page.locator('[aria-label^="diagram entity "]').first.wait_for()
                diagrams.append(time.perf_counter() - t0)
                intervals += pan_and_zoom(page)
                # Move the entity nearest the pane's centre: saved, and the diagram drawn again from the answer.
                page.wait_for_timeout(500)
                pane = page.get_by_label("ER diagram").bounding_box()
                cx, cy = pane["x"] + pane["width"] / 2, pane["y"] + pane["height"] / 2
                box = min((b for b in (e.bounding_box() for e in page.locator('[aria-label^="diagram entity "]').all()) if b),
                          key=lambda b: abs(b["x"] + b["width"] / 2 - cx) + abs(b["y"] + b["height"] / 2 - cy))
                # Armed before the drag starts: React Flow's drag handler, added on mousedown, stops the
                # mouseup from reaching listeners added after it.
                page.evaluate(TIME_TO_NEW_VERSION, "mouseup")
                generation = watch.session.generation
                page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 8)
                page.mouse.down()
                page.mouse.move(box["x"] + box["width"] / 2 + 30, box["y"] + 38, steps=5)
                page.mouse.up()
                moves.append(shown_after(page))
                page.get_by_label("open entity " + page.locator('[aria-label^="open entity "]').nth(3).get_attribute("aria-label")[12:]).click()
                box = page.get_by_label("Entity description")
                box.fill(f"edited {i}")
                # The move's rebuild done first (it shares the process's CPU: an edit saved during it
                # waits for its share).
                while watch.session.generation == generation:
                    time.sleep(0.01)
                page.wait_for_timeout(300)
                page.evaluate(TIME_TO_NEW_VERSION, "keydown")
                t0 = time.perf_counter()
                box.press("Enter")
                while f'"edited {i}"' not in open(model_path, encoding="utf-8").read():
                    time.sleep(0.002)
                saves.append(time.perf_counter() - t0)
                edits.append(shown_after(page))
                ctx.close()
            browser.close()
    finally:
        watch.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"200 entities: studio open:                 median {median_ms(opens)}  (n={len(opens)})")
    print(f"200 entities: entity rows rendered:        {statistics.median(rendered):.0f} of 200 (virtualised list)")
    print(f"200 entities: entity list to its end:      median {median_ms(scrolls)}")
    print(f"200 entities: JSON view (CodeMirror) shown: median {median_ms(jsons)}")
    print(f"200 entities: diagram shown:               median {median_ms(diagrams)}")
    print(f"200 entities: description edit -> saved to the file:        median {median_ms(saves)}")
    print(f"200 entities: description edit -> new version shown (page): median {median_ms(edits)}")
    print(f"200 entities: diagram entity moved -> new version shown (page): median {median_ms(moves)}")
    intervals.sort()
    print(f"200 entities: diagram pan/zoom frame interval: median {statistics.median(intervals):.1f} ms, "
          f"p95 {intervals[int(len(intervals) * 0.95)]:.1f} ms, max {intervals[-1]:.0f} ms ({len(intervals)} frames)")


if __name__ == "__main__":
    main()
