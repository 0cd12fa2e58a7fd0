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
    status = httpx.get(watch.url + "/__torque/status", headers=watch.dev_headers).json()
    assert status["type"] == "build-succeeded"


def test_dev_script_is_served(watch):
    r = httpx.get(watch.url + "/__torque/dev.js", headers=watch.dev_headers)
    assert r.status_code == 200 and "EventSource" in r.text and "build-failed" in r.text
