"""Stopping `torquec watch`, and the swap of a migrated app.

- Stopping while a rebuild runs ends cleanly: no internal error ("cannot
  schedule new futures after shutdown"), and the rebuilt app is not started.
- Stopping ends running flows at once (``SandboxPool.interrupt_all``), not at
  their time limit.
- While the database is migrated to a new model, the old app answers nothing:
  requests wait for the new app instead of failing with "no such table"
  after an entity rename.
"""

from __future__ import annotations

import json
import os
import threading
import time

import httpx

from torquec.watch import apploader

from .harness import WatchThread, load, save_like_an_editor
from .test_watch_session import wait_until

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SPIN_FLOW = {
    "id": "flow-spin", "name": "spin", "trigger": {"type": "manual"}, "timeoutMs": 60000,
    "nodes": [{"id": "start", "type": "start"}, {"id": "loop", "type": "javascript", "code": "while (true) {}"},
              {"id": "end", "type": "end"}],
    "edges": [{"from": "start", "to": "loop"}, {"from": "loop", "to": "end"}],
}


def _todo(tmp_path, edit=None) -> tuple[str, str, dict]:
    model = load(os.path.join(ROOT, "sample", "todo.json"))
    if edit:
        edit(model)
    path = str(tmp_path / "todo.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(model, fh, indent=2)
    return path, str(tmp_path / "out"), model


def test_stopping_during_a_rebuild_is_clean(tmp_path, monkeypatch):
    """Stop while the rebuilt app is being created (after its migration): the stop waits for
    it, the app is never started and its database connections are closed."""
    path, out, model = _todo(tmp_path)
    watch = WatchThread(path, out).start()
    preparing = threading.Event()
    created = []
    real_load_app = apploader.load_app

    def slow_load_app(*args, **kwargs):
        created.append(real_load_app(*args, **kwargs))
        preparing.set()
        time.sleep(1.0)  # the stop request arrives now
        return created[-1]

    monkeypatch.setattr(apploader, "load_app", slow_load_app)
    model["entities"][1]["fields"].append({"id": "fld-todo-estimate", "name": "estimate", "type": "integer"})
    save_like_an_editor(path, json.dumps(model, indent=2))
    assert preparing.wait(30), watch.log.getvalue()
    watch.stop()
    assert not watch.thread.is_alive()
    log = watch.log.getvalue()
    assert "internal error" not in log and "cannot schedule new futures" not in log, log
    assert watch.session.generation == 1 and watch.session.app.current is None  # the rebuilt app never started
    assert created[0].state.torque.db._closed


def test_stopping_interrupts_a_running_flow(tmp_path):
    path, out, _model = _todo(tmp_path, lambda m: m["flows"].append(SPIN_FLOW))
    watch = WatchThread(path, out).start()
    answers: list[httpx.Response] = []
    caller = threading.Thread(target=lambda: answers.append(watch.rpc("executeXFlow", {"flow": "spin", "input": {}}, client=httpx.Client(timeout=70))))
    caller.start()
    time.sleep(1.0)  # the flow is spinning
    t0 = time.monotonic()
    watch.stop()
    caller.join(30)
    assert not watch.thread.is_alive() and time.monotonic() - t0 < 10  # not the flow's 60 s
    assert answers and "timeout" in answers[0].text, answers[0].text if answers else "no answer"


def test_requests_wait_while_an_entity_rename_is_migrated(tmp_path):
    """Todo becomes Task (same id): a table rename. A client reading Todo (the old
    name) and Project in a loop gets answers from the old app or the new one,
    never a database error from the old app reading a table that is gone."""
    path, out, model = _todo(tmp_path)
    watch = WatchThread(path, out).start()
    try:
        failures: list[str] = []
        stop = threading.Event()

        def client() -> None:
            with httpx.Client(timeout=30) as c:
                while not stop.is_set():
                    for entity in ("Todo", "Project"):
                        body = {"jsonrpc": "2.0", "id": 1, "method": "loadEntityData", "params": {"entity": entity, "pageSize": 5}}
                        r = c.post(watch.url + "/rpc", json=body)
                        data = r.json()
                        unknown = "error" in data and "Todo" in data["error"].get("message", "") and data["error"]["code"] != -32603
                        if r.status_code != 200 or not ("result" in data or unknown):
                            failures.append(f"{r.status_code} {r.text[:300]}")

        threads = [threading.Thread(target=client) for _ in range(3)]
        for t in threads:
            t.start()
        time.sleep(0.3)
        text = json.dumps(model, indent=2)
        renamed = text.replace('"Todo"', '"Task"')
        save_like_an_editor(path, renamed)
        wait_until(watch, lambda meta: "Task" in [e["name"] for e in meta["entities"]])
        time.sleep(0.3)
        stop.set()
        for t in threads:
            t.join(30)
        assert failures == [], failures[:5]
        assert "rename table" in watch.log.getvalue()
    finally:
        watch.stop()


def test_stopping_ends_open_event_streams_cleanly(tmp_path):
    """A Studio or app tab keeps /__torque/events open. Stopping watch ends that stream at once
    with a proper last chunk; before, uvicorn waited its 5 s graceful period, then cancelled the
    stream (a CancelledError traceback on the terminal, a truncated response for the tab)."""
    path, out, _model = _todo(tmp_path)
    watch = WatchThread(path, out).start()
    outcome: list[str] = []
    connected = threading.Event()

    def listen():
        try:
            with httpx.stream("GET", watch.url + "/__torque/events", timeout=30, headers=watch.dev_headers) as resp:
                for line in resp.iter_lines():
                    if line.startswith(": connected"):
                        connected.set()
            outcome.append("ended")
        except httpx.HTTPError as e:
            outcome.append(f"{type(e).__name__}: {e}")

    reader = threading.Thread(target=listen, daemon=True)
    reader.start()
    assert connected.wait(30)
    t0 = time.monotonic()
    watch.stop()
    reader.join(30)
    assert outcome == ["ended"], outcome
    assert not watch.thread.is_alive() and time.monotonic() - t0 < 5, time.monotonic() - t0
