"""A scripted `torquec watch` session: 20 edits while a client keeps calling the app.

Requirements (issue 7): no failed request during reloads, every edit visible
through JSON-RPC, data written before an edit still there after it, and a
broken edit never served (the last good build keeps serving).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import statistics
import threading
import time

import httpx
import pytest

from .harness import WatchThread, load, save_like_an_editor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def field_names(meta: dict, entity: str) -> list[str]:
    for e in meta["entities"]:
        if e["name"] == entity:
            return [f["name"] for f in e["fields"]]
    return []


def entity_names(meta: dict) -> list[str]:
    return [e["name"] for e in meta["entities"]]


def wait_until(watch: WatchThread, predicate, timeout: float = 20.0) -> float:
    """Seconds until getModelMetadata satisfies ``predicate``."""
    t0 = time.perf_counter()
    deadline = t0 + timeout
    last = None
    while time.perf_counter() < deadline:
        r = watch.rpc("getModelMetadata")
        last = r.json()
        if "result" in last and predicate(last["result"]):
            return time.perf_counter() - t0
        time.sleep(0.01)
    raise AssertionError(f"edit not visible after {timeout}s; last answer {str(last)[:300]}\n{watch.log.getvalue()[-3000:]}")


class ClientLoop(threading.Thread):
    """Calls the app as fast as it can; every non-200 or unexpected error counts."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.stop_flag = threading.Event()
        self.ok = 0
        self.failures: list[str] = []

    def run(self) -> None:
        body = {"jsonrpc": "2.0", "id": 1, "method": "loadEntityData", "params": {"entity": "Todo", "pageSize": 5}}
        with httpx.Client(timeout=10) as client:
            while not self.stop_flag.is_set():
                try:
                    r = client.post(self.url + "/rpc", json=body)
                    if r.status_code != 200 or "result" not in r.json():
                        self.failures.append(f"{r.status_code} {r.text[:200]}")
                    else:
                        self.ok += 1
                except httpx.HTTPError as exc:
                    self.failures.append(repr(exc))


@pytest.mark.slow
def test_twenty_edits_while_serving(tmp_path):
    model_path = str(tmp_path / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    watch = WatchThread(model_path, str(tmp_path / "app")).start()
    client = ClientLoop(watch.url)
    try:
        created = watch.rpc("createEntity", {"entity": "Todo", "data": {"title": "written before the edits"}}).json()
        assert "result" in created, created
        todo_id = created["result"]["id"]
        client.start()
        model = load(model_path)
        latencies = []

        def apply(mutate, visible, label):
            nonlocal model
            new = copy.deepcopy(model)
            mutate(new)
            save_like_an_editor(model_path, json.dumps(new, indent=2))
            latencies.append(wait_until(watch, visible))
            model = new
            still = watch.rpc("getEntity", {"entity": "Todo", "id": todo_id}).json()
            assert "result" in still and still["result"]["title"] == "written before the edits", (label, still)

        todo = lambda m: next(e for e in m["entities"] if e["name"] == "Todo")  # noqa: E731
        project_index = next(i for i, e in enumerate(model["entities"]) if e["name"] == "Project")

        # 1-6: add fields
        for i in range(6):
            apply(lambda m, i=i: todo(m)["fields"].append({"id": f"fld-extra-{i}", "name": f"extra{i}", "type": "string"}),
                  lambda meta, i=i: f"extra{i}" in field_names(meta, "Todo"), f"add field {i}")
        # 7-9: rename fields (same ids)
        for i in range(3):
            def rename(m, i=i):
                f = next(f for f in todo(m)["fields"] if f["id"] == f"fld-extra-{i}")
                f["name"] = f"renamed{i}"
            apply(rename, lambda meta, i=i: f"renamed{i}" in field_names(meta, "Todo") and f"extra{i}" not in field_names(meta, "Todo"),
                  f"rename field {i}")
        # 10: rename an entity (same id)
        def rename_entity(m):
            old = m["entities"][project_index]["name"]
            m["entities"][project_index]["name"] = "Group"
            for r in m.get("relationships", []):
                for k in ("from", "to"):
                    if r[k] == old:
                        r[k] = "Group"
            for f in todo(m)["fields"]:
                if f.get("target") == old:
                    f["target"] = "Group"
            for lay in m.get("layouts", []):
                for c in lay.get("components", []):
                    if c.get("entity") == old:
                        c["entity"] = "Group"
            if old in m.get("sampleData", {}):
                m["sampleData"]["Group"] = m["sampleData"].pop(old)
        apply(rename_entity, lambda meta: "Group" in entity_names(meta) and "Project" not in entity_names(meta), "rename entity")
        # 11-13: change a validation rule
        for n in (150, 160, 170):
            def rule(m, n=n):
                f = next(f for f in todo(m)["fields"] if f["name"] == "title")
                f.setdefault("validation", {})["maxLength"] = n
            def shows(meta, n=n):
                f = next(f for e in meta["entities"] if e["name"] == "Todo" for f in e["fields"] if f["name"] == "title")
                return json.dumps(f).count(str(n)) > 0
            apply(rule, shows, f"maxLength {n}")
        # 14-16: add pages
        for i in range(3):
            apply(lambda m, i=i: m["layouts"].append({"id": f"page-extra-{i}", "name": f"extra{i}", "route": f"/extra-{i}",
                                                      "title": f"Extra {i}", "components": [
                                                          {"id": "t", "type": "Text", "text": f"Extra page {i}"}]}),
                  lambda meta, i=i: any(p.get("name") == f"extra{i}" for p in meta.get("layouts", [])), f"add page {i}")
        # 17: break the JSON — never served; the app keeps answering with the last good model
        good_fields = field_names(watch.rpc("getModelMetadata").json()["result"], "Todo")
        save_like_an_editor(model_path, json.dumps(model, indent=2)[:-20] + ",,")
        time.sleep(1.0)
        assert field_names(watch.rpc("getModelMetadata").json()["result"], "Todo") == good_fields
        assert "E001" in watch.log.getvalue()
        # 18: a semantic error is not served either
        broken = copy.deepcopy(model)
        todo(broken)["fields"].append({"id": "fld-bad", "name": "bad", "type": "reference", "target": "Nowhere"})
        save_like_an_editor(model_path, json.dumps(broken, indent=2))
        time.sleep(1.0)
        assert "bad" not in field_names(watch.rpc("getModelMetadata").json()["result"], "Todo")
        # 19-20: fix it, then one more edit
        apply(lambda m: todo(m)["fields"].append({"id": "fld-fixed", "name": "fixed", "type": "integer"}),
              lambda meta: "fixed" in field_names(meta, "Todo"), "fix")
        apply(lambda m: todo(m)["fields"].append({"id": "fld-last", "name": "last", "type": "boolean"}),
              lambda meta: "last" in field_names(meta, "Todo"), "last")
        assert len(latencies) == 18
    finally:
        client.stop_flag.set()
        client.join(timeout=10)
        watch.stop()
    assert client.failures == [], client.failures[:5]
    assert client.ok > 50
    print(f"\nwatch: save→visible median {statistics.median(latencies) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms over {len(latencies)} edits; {client.ok} client requests, 0 failed")


@pytest.mark.slow
def test_an_edit_that_would_lose_data_is_refused_and_nothing_changes(tmp_path):
    model_path = str(tmp_path / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    model = load(model_path)
    todo = next(e for e in model["entities"] if e["name"] == "Todo")
    todo["fields"].append({"id": "fld-keep", "name": "keep", "type": "string"})
    save_like_an_editor(model_path, json.dumps(model, indent=2))
    watch = WatchThread(model_path, str(tmp_path / "app")).start()
    try:
        rec = watch.rpc("createEntity", {"entity": "Todo", "data": {"title": "t", "keep": "precious"}}).json()["result"]
        todo["fields"] = [f for f in todo["fields"] if f["name"] != "keep"]
        save_like_an_editor(model_path, json.dumps(model, indent=2))
        deadline = time.time() + 20
        while "would lose data" not in watch.log.getvalue() and time.time() < deadline:
            time.sleep(0.05)
        assert "would lose data" in watch.log.getvalue()
        # The previous generation keeps serving, with the data.
        again = watch.rpc("getEntity", {"entity": "Todo", "id": rec["id"]}).json()["result"]
        assert again["keep"] == "precious"
        assert "keep" in field_names(watch.rpc("getModelMetadata").json()["result"], "Todo")
    finally:
        watch.stop()
