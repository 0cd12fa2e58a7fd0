"""WebSocket change events, /health, /metrics, request logging, static files with SPA fallback."""

from __future__ import annotations

import json
import uuid

import pytest
import websockets.sync.client as wsc

from .conftest import ADMIN, TOKENS, fresh_copy
from .harness import Server


@pytest.fixture(scope="module")
def srv(apps, tmp_path_factory):
    app_dir = fresh_copy(apps["customer-order"], tmp_path_factory, "rt")
    dist = app_dir / "web" / "dist"
    (dist / "assets").mkdir(parents=True, exist_ok=True)
    (dist / "index.html").write_text("<!doctype html><title>spa</title><div id=root></div>")
    (dist / "assets" / "app.js").write_text("console.log('hi')")
    s = Server(app_dir, tokens=TOKENS, token=ADMIN, extra_args=["--log-level", "info"], env={"TORQUE_METRICS_TOKEN": "m-token"})
    yield s
    s.stop()


def ws_url(srv, token=ADMIN):
    return srv.base.replace("http", "ws") + f"/ws?token={token}"


def test_events_after_commit(srv):
    with wsc.connect(ws_url(srv), open_timeout=5) as ws:
        assert json.loads(ws.recv(timeout=5)) == {"type": "ready"}
        c = srv.rpc("createEntity", {"entity": "Customer", "data": {"name": "WS", "email": f"{uuid.uuid4().hex[:8]}@ws.example"}})
        assert json.loads(ws.recv(timeout=5)) == {"type": "change", "entity": "Customer", "id": c["id"], "kind": "created", "version": 1}
        srv.rpc("updateEntity", {"entity": "Customer", "id": c["id"], "data": {"notes": "x"}})
        assert json.loads(ws.recv(timeout=5))["kind"] == "updated"
        # a failed write publishes nothing
        srv.error("createEntity", {"entity": "Customer", "data": {"name": "Dup", "email": c["email"]}})
        srv.rpc("deleteEntity", {"entity": "Customer", "id": c["id"]})
        msg = json.loads(ws.recv(timeout=5))
        assert msg == {"type": "change", "entity": "Customer", "id": c["id"], "kind": "deleted"}
        ws.send("ping")
        assert ws.recv(timeout=5) == "pong"


def test_bulk_events(srv):
    with wsc.connect(ws_url(srv), open_timeout=5) as ws:
        ws.recv(timeout=5)
        res = srv.rpc("bulkCreate", {"entity": "Customer", "items": [
            {"name": f"B{i}", "email": f"{uuid.uuid4().hex[:8]}@bulk.example"} for i in range(3)]})
        got = [json.loads(ws.recv(timeout=5))["id"] for _ in range(3)]
        assert got == [r["id"] for r in res["items"]]


def test_health(srv):
    r = srv.client.get("/health")
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["database"] == "ok"


def test_metrics(srv):
    srv.rpc("loadEntityData", {"entity": "Order"})
    srv.call("nonexistent")
    text = srv.client.get("/metrics", headers={"authorization": "Bearer m-token"}).text
    assert '# TYPE torque_rpc_requests_total counter' in text
    assert 'torque_rpc_requests_total{method="loadEntityData",outcome="ok"}' in text
    assert 'torque_rpc_request_duration_seconds_bucket{method="loadEntityData",le="+Inf"}' in text
    assert 'torque_rpc_request_duration_seconds_count{method="loadEntityData"}' in text
    assert 'method="nonexistent"' not in text  # unknown names never become labels
    assert 'torque_http_requests_total{method="POST",path="/rpc",status="200"}' in text


def test_request_log_is_json_lines(srv):
    import time

    srv.rpc("getEntity", {"entity": "Customer", "id": "c1000000-0000-4000-8000-000000000001"})
    deadline = time.monotonic() + 5  # the line is written just after the response is sent
    while True:
        lines = [json.loads(x) for x in srv.output().splitlines() if x.startswith("{")]
        reqs = [x for x in lines if x.get("logger") == "torquec.access"]
        if any(x.get("rpc") == ["getEntity"] and x["status"] == 200 and x["path"] == "/rpc" and "ms" in x for x in reqs):
            break
        assert time.monotonic() < deadline, reqs[-5:]
        time.sleep(0.05)


def test_static_and_spa_fallback(srv):
    r = srv.client.get("/")
    assert r.status_code == 200 and "spa" in r.text
    assert srv.client.get("/assets/app.js").text == "console.log('hi')"
    r = srv.client.get("/customers/123")  # a client-side route
    assert r.status_code == 200 and "spa" in r.text
    assert srv.client.get("/assets/missing.js").status_code == 404
    assert srv.client.get("/../../etc/passwd").status_code in (200, 404) and "root:" not in srv.client.get("/..%2F..%2Fetc/passwd").text
    assert srv.client.get("/rpc/x").status_code == 404
    assert srv.client.post("/nope").status_code == 404
