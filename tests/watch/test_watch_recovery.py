"""Watch correctness (issue 14, section 1): after a failed build, saving the file back to the
last good content clears the failure (status, overlay event, terminal line); watch says which
migration it ran."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time

import httpx

from .harness import WatchThread, load, save_like_an_editor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def wait_for(predicate, what: str, watch: WatchThread, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"{what} not seen in {timeout}s\n{watch.log.getvalue()[-3000:]}")


def status(watch: WatchThread) -> dict:
    return httpx.get(watch.url + "/__torque/status", headers=watch.dev_headers, timeout=10).json()


def test_saving_the_last_good_content_after_a_failure_clears_it(tmp_path):
    model_path = str(tmp_path / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    good = open(model_path, encoding="utf-8").read()
    watch = WatchThread(model_path, str(tmp_path / "app")).start()
    events: list[dict] = []

    def listen():
        try:
            with httpx.stream("GET", watch.url + "/__torque/events", headers=watch.dev_headers, timeout=60) as resp:
                kind = None
                for line in resp.iter_lines():
                    if line.startswith("event: "):
                        kind = line[7:]
                    elif line.startswith("data: ") and kind:
                        events.append({"type": kind, **json.loads(line[6:])})
        except httpx.RemoteProtocolError:  # the stream ends when watch stops
            pass

    threading.Thread(target=listen, daemon=True).start()
    try:
        time.sleep(0.3)
        save_like_an_editor(model_path, good[:-3])  # broken JSON
        wait_for(lambda: status(watch)["type"] == "build-failed", "build-failed status", watch)
        assert "E001" in status(watch)["text"]
        printed = len(watch.log.getvalue())

        save_like_an_editor(model_path, good)  # exactly the last good content
        st = wait_for(lambda: (s := status(watch))["type"] == "build-succeeded" and s, "recovery", watch, timeout=10)
        assert st["upToDate"] is True and st["written"] == 0
        # the browser hook hides its overlay on build-succeeded (dev.js)
        wait_for(lambda: [e["type"] for e in events][-1:] == ["build-succeeded"], "build-succeeded event", watch)
        assert "up to date again" in watch.log.getvalue()[printed:]

        save_like_an_editor(model_path, good)  # the same content once more: still a clear answer
        time.sleep(0.5)
        assert status(watch)["type"] == "build-succeeded"
        js = httpx.get(watch.url + "/__torque/dev.js", headers=watch.dev_headers, timeout=10).text
        assert "addEventListener('build-succeeded', hide)" in js
    finally:
        watch.stop()


def test_watch_prints_the_migration_it_ran(tmp_path):
    model_path = str(tmp_path / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    model = load(model_path)
    todo = next(e for e in model["entities"] if e["name"] == "Todo")
    todo["fields"].append({"id": "fld-note", "name": "note", "type": "string"})
    save_like_an_editor(model_path, json.dumps(model, indent=2))
    watch = WatchThread(model_path, str(tmp_path / "app")).start()
    try:
        assert "migrated the database" not in watch.log.getvalue()  # the first build creates the schema
        steps = [
            (lambda f: f.update(name="remark"), 'rename column "note" → "remark"'),
            (lambda f: todo["fields"].append({"id": "fld-extra", "name": "extra", "type": "integer"}), 'add column "extra"'),
            (lambda f: todo["fields"].remove(f), 'drop column "remark"'),  # empty: no data lost
        ]
        for edit, expected in steps:
            edit(next(f for f in todo["fields"] if f["id"] == "fld-note"))
            save_like_an_editor(model_path, json.dumps(model, indent=2))
            line = wait_for(lambda: next((ln for ln in watch.log.getvalue().splitlines()
                                          if ln.startswith("watch: migrated the database:") and expected in ln), None),
                            expected, watch)
            assert '"todo"' in line or '"Todo"' in line.lower() or "todo" in line, line
    finally:
        watch.stop()
