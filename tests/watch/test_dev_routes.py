"""Editor integration of `torquec watch`: submit a model and get diagnostics as JSON,
the build-event stream, and the browser hook injected into HTML pages."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time

import httpx
import pytest

from .harness import WatchThread, load

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope="module")
def watch(tmp_path_factory):
    base = tmp_path_factory.mktemp("dev")
    model_path = str(base / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    w = WatchThread(model_path, str(base / "app")).start()
    w.model_path = model_path
    yield w
    w.stop()


def test_submitting_a_broken_model_returns_diagnostics_and_writes_nothing(watch):
    before = open(watch.model_path, encoding="utf-8").read()
    model = json.loads(before)
    model["entities"][0]["fields"][0]["type"] = "strng"
    r = httpx.post(watch.url + "/__torque/model?write=1", content=json.dumps(model, indent=2), timeout=30,
                   headers={**watch.dev_headers, "content-type": "application/json"})
    body = r.json()
    assert r.status_code == 200 and body["ok"] is False and body["written"] is False
    d = body["diagnostics"][0]
    assert d["code"] == "E104" and d["line"] > 1 and d["pointer"].endswith("/type") and "string" in d["hint"]
    assert "error[E104]" in body["text"]
    assert open(watch.model_path, encoding="utf-8").read() == before


def test_event_stream_reports_a_rebuild_triggered_by_a_submitted_model(watch):
    events: list[str] = []

    def listen():
        with httpx.stream("GET", watch.url + "/__torque/events", timeout=30, headers=watch.dev_headers) as resp:
            for line in resp.iter_lines():
                if line.startswith("event: "):
                    events.append(line[7:])
                    if line == "event: reload":
                        return

    t = threading.Thread(target=listen, daemon=True)
    t.start()
    time.sleep(0.3)
    model = load(watch.model_path)
    model["title"] = "Todo (submitted by an editor)"
    r = httpx.post(watch.url + "/__torque/model?write=1", content=json.dumps(model, indent=2), timeout=30,
                   headers={**watch.dev_headers, "content-type": "application/json"}).json()
    assert r["ok"] and r["written"]
    t.join(timeout=30)
    assert events[:1] == ["build-started"] and "build-succeeded" in events and events[-1] == "reload", events
    assert events.index("app-updated") > events.index("build-succeeded"), events
    status = httpx.get(watch.url + "/__torque/status", headers=watch.dev_headers).json()
    assert status["type"] == "build-succeeded"


def test_dev_script_is_served(watch):
    r = httpx.get(watch.url + "/__torque/dev.js", headers=watch.dev_headers)
    assert r.status_code == 200 and "EventSource" in r.text and "build-failed" in r.text


def test_app_json_is_the_served_model_as_the_live_front_end_renders_it(watch):
    """/__torque/app.json carries what the bundle compiles in (pages.tsx, model.ts): the live
    front-end renders it instead, so both must agree; it follows each rebuild, behind the guard."""
    from torquec.backends.web.generate import WebNames, pages_tsx
    from torquec.driver import analyze

    assert httpx.get(watch.url + "/__torque/app.json").status_code == 401
    spec = httpx.get(watch.url + "/__torque/app.json", headers=watch.dev_headers).json()
    assert spec["generation"] == watch.session.generation and spec["format"] == 1
    model = analyze(watch.model_path, open(watch.model_path, encoding="utf-8").read()).model
    todo = spec["entities"]["Todo"]
    assert todo["fields"]["title"]["label"] == "Title" and "id" not in todo["fields"]  # system fields added by the page
    home = spec["pages"][0]
    assert (home["route"], home["icon"], home["inNav"]) == ("/", "IconCheckbox", True)
    grid = next(n for n in home["nodes"] if n["kind"] == "DataGrid")
    assert grid["cell"] == [2, 1, 12] and grid["props"]["entity"] == "Todo"
    assert grid["props"]["columns"] == ["title", "done", "priority", "dueDate", "projectId"]
    modal = next(n for n in home["nodes"] if n["kind"] == "Modal")
    assert "cell" not in modal and modal["children"][0]["kind"] == "TorqueForm"
    # pages.tsx is printed from the same nodes: every prop value appears in it.
    tsx = pages_tsx(model, WebNames(model))
    assert 'columns={["title", "done", "priority", "dueDate", "projectId"]}' in tsx
    assert 'action={{ type: "openModal", modal: "newTodoModal", needs: [["Todo", "create"]] }}' in tsx

    before = watch.session.generation
    edited = load(watch.model_path)
    edited["entities"][1]["fields"][0]["ui"]["label"] = "Task title"
    r = httpx.post(watch.url + "/__torque/model?write=1", content=json.dumps(edited, indent=2), timeout=30,
                   headers={**watch.dev_headers, "content-type": "application/json"}).json()
    assert r["written"]
    deadline = time.monotonic() + 30
    while watch.session.generation == before:
        assert time.monotonic() < deadline, watch.log.getvalue()
        time.sleep(0.02)
    spec = httpx.get(watch.url + "/__torque/app.json", headers=watch.dev_headers).json()
    assert spec["generation"] == before + 1
    assert spec["entities"]["Todo"]["fields"]["title"]["label"] == "Task title"
