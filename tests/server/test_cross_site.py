"""Cross-site and rebinding protection of a generated app (issue 10, items 2, 3 and 5/metrics):
`serve` refuses to expose an app without `auth` beyond loopback unless told to; `/rpc`
and `/ws` refuse foreign Host (421) and Origin (403) headers and non-JSON request
bodies (415) before anything runs; `/metrics` wants its own bearer token."""

from __future__ import annotations

import json

import httpx
import pytest
import websockets.sync.client as wsc
from websockets.exceptions import InvalidStatus

from .conftest import fresh_copy
from .harness import Server
from .test_serve_cli import run_serve

METRICS_TOKEN = "scrape-me-0123456789"


@pytest.fixture(scope="module")
def todo(apps, tmp_path_factory):
    app_dir = fresh_copy(apps["todo"], tmp_path_factory, "xsite")
    s = Server(app_dir, env={"TORQUE_METRICS_TOKEN": METRICS_TOKEN, "TORQUE_ALLOWED_ORIGINS": "https://ui.example.com"},
               extra_args=["--allowed-host", "app.internal"])
    yield s
    s.stop()


def create(title: str) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": 1, "method": "createEntity",
                       "params": {"entity": "Todo", "data": {"title": title}}}).encode()


def titles(srv) -> list[str]:
    return [t["title"] for t in srv.rpc("loadEntityData", {"entity": "Todo", "pageSize": 100})["items"]]


@pytest.mark.parametrize("headers, status", [
    # the reviewer's request: a cross-site text/plain form post through a rebinding host name
    ({"content-type": "text/plain", "origin": "http://evil.example", "host": "evil.example"}, 421),
    ({"content-type": "application/json", "host": "evil.example"}, 421),
    ({"content-type": "application/json", "origin": "http://evil.example"}, 403),
    ({"content-type": "application/json", "origin": "null"}, 403),  # sandboxed frames, file:// pages
    ({"content-type": "text/plain"}, 415),  # what <form enctype="text/plain"> sends
    ({"content-type": "application/x-www-form-urlencoded"}, 415),
    ({}, 415),
])
def test_cross_site_rpc_is_refused_and_changes_nothing(todo, headers, status):
    before = titles(todo)
    r = todo.client.post("/rpc", content=create("pwned"), headers=headers)
    assert r.status_code == status, r.text
    if status == 415:
        assert r.json()["error"]["code"] == -32600 and "application/json" in r.json()["error"]["message"]
    assert titles(todo) == before and "pwned" not in titles(todo)


def test_loopback_own_and_configured_origins_are_served(todo):
    port = todo.port
    for headers in ({"origin": f"http://127.0.0.1:{port}"}, {"origin": f"http://localhost:{port}", "host": f"localhost:{port}"},
                    {"origin": "https://ui.example.com"},  # TORQUE_ALLOWED_ORIGINS
                    {"host": "app.internal", "origin": "http://app.internal"},  # --allowed-host, and its own origin
                    {"content-type": "application/json; charset=utf-8"}):
        h = {"content-type": "application/json", **headers}
        r = todo.client.post("/rpc", content=b'{"jsonrpc":"2.0","id":1,"method":"getCapabilities"}', headers=h)
        assert r.status_code == 200 and "result" in r.json(), (headers, r.text)


def test_websocket_from_a_foreign_origin_is_refused(todo):
    url = todo.base.replace("http", "ws") + "/ws"
    with pytest.raises(InvalidStatus) as e:
        wsc.connect(url, origin="http://evil.example", open_timeout=5)
    assert e.value.response.status_code == 403
    with pytest.raises(InvalidStatus):
        wsc.connect(url, additional_headers={"Host": "evil.example"}, open_timeout=5)
    with wsc.connect(url, origin=f"http://127.0.0.1:{todo.port}", open_timeout=5) as ws:
        assert json.loads(ws.recv(timeout=5)) == {"type": "ready"}


def test_metrics_need_the_metrics_token(todo):
    assert todo.client.get("/metrics").status_code == 401
    assert todo.client.get("/metrics", headers={"authorization": "Bearer wrong"}).status_code == 401
    r = todo.client.get("/metrics", headers={"authorization": f"Bearer {METRICS_TOKEN}"})
    assert r.status_code == 200 and "torque_http_requests_total" in r.text
    # capabilities stay public (documented): clients read them before signing in
    assert "result" in todo.call("getCapabilities")


def test_metrics_are_refused_when_no_token_is_configured(apps, tmp_path_factory):
    s = Server(fresh_copy(apps["todo"], tmp_path_factory, "nometrics"))
    try:
        r = s.client.get("/metrics")
        assert r.status_code == 401 and "TORQUE_METRICS_TOKEN" in r.text
    finally:
        s.stop()


def test_serve_refuses_to_expose_an_app_without_auth(apps):
    r = run_serve([str(apps["todo"]), "--no-web", "--host", "0.0.0.0"])
    assert r.returncode == 2, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "no `auth`" in lines[0] and "--allow-remote-without-auth" in lines[0], r.stderr
    assert "Traceback" not in r.stderr


def test_serve_exposes_an_app_without_auth_when_told(apps, tmp_path_factory):
    s = Server(fresh_copy(apps["todo"], tmp_path_factory, "remote"), extra_args=["--host", "0.0.0.0", "--allow-remote-without-auth"])
    try:
        assert "reachable beyond this machine" in s.output()
        assert httpx.get(f"http://127.0.0.1:{s.port}/health").status_code == 200
        assert s.total("Todo") == 5
    finally:
        s.stop()
