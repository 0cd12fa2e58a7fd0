"""The examples of section 7 of the JSON-RPC 2.0 specification, replayed against
the running server's /rpc (on SQLite and on PostgreSQL). The spec's own method names (subtract, sum, …) do
not exist in a generated app, so the success examples use the app's methods
with the same request shapes; the error examples are byte-for-byte the spec's."""

from __future__ import annotations

import json
import uuid

import pytest


ALICE = "c1000000-0000-4000-8000-000000000001"


@pytest.fixture
def srv(co_server):
    return co_server


def post(srv, text: str):
    r = srv.post(text)
    return r.status_code, (r.json() if r.content else None)


def test_call_with_named_params(srv):
    status, resp = post(srv, '{"jsonrpc": "2.0", "method": "getEntity", "params": {"entity": "Customer", "id": "%s"}, "id": 3}' % ALICE)
    assert status == 200 and resp["id"] == 3 and resp["result"]["name"] == "Alice Johnson"
    status, resp = post(srv, '{"jsonrpc": "2.0", "method": "getEntity", "params": {"id": "%s", "entity": "Customer"}, "id": 4}' % ALICE)
    assert resp["id"] == 4 and resp["result"]["id"] == ALICE


def test_call_with_positional_params_is_invalid_params(srv):
    # --> {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}: our API is by-name.
    status, resp = post(srv, '{"jsonrpc": "2.0", "method": "getEntity", "params": ["Customer", "%s"], "id": 1}' % ALICE)
    assert status == 200 and resp["id"] == 1 and resp["error"]["code"] == -32602


def test_notification(srv):
    # --> {"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]}
    status, resp = post(srv, '{"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]}')
    assert status == 204 and resp is None
    # --> {"jsonrpc": "2.0", "method": "foobar"}
    status, resp = post(srv, '{"jsonrpc": "2.0", "method": "foobar"}')
    assert status == 204 and resp is None


def test_notification_is_executed(srv):
    before = srv.total("Customer")
    status, resp = post(srv, json.dumps({"jsonrpc": "2.0", "method": "createEntity", "params": {"entity": "Customer", "data": {"name": "Notified", "email": f"notified-{uuid.uuid4().hex[:8]}@example.com"}}}))
    assert status == 204 and resp is None
    assert srv.total("Customer") == before + 1


def test_non_existent_method(srv):
    status, resp = post(srv, '{"jsonrpc": "2.0", "method": "foobar", "id": "1"}')
    assert status == 200 and resp == {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found: `foobar`", "data": {"kind": "method_not_found", "method": "foobar"}}, "id": "1"}


def test_invalid_json(srv):
    status, resp = post(srv, '{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]')
    assert status == 200 and resp == {"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": None}


def test_invalid_request_object(srv):
    status, resp = post(srv, '{"jsonrpc": "2.0", "method": 1, "params": "bar"}')
    assert status == 200 and resp == {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": None}


def test_batch_invalid_json(srv):
    status, resp = post(srv, '[\n  {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},\n  {"jsonrpc": "2.0", "method"\n]')
    assert resp == {"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": None}


def test_empty_array(srv):
    status, resp = post(srv, "[]")
    assert resp == {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": None}


def test_invalid_batch_not_empty(srv):
    status, resp = post(srv, "[1]")
    assert resp == [{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": None}]


def test_invalid_batch(srv):
    status, resp = post(srv, "[1,2,3]")
    assert resp == [{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": None}] * 3


def test_mixed_batch(srv):
    body = json.dumps([
        {"jsonrpc": "2.0", "method": "getEntity", "params": {"entity": "Customer", "id": ALICE}, "id": "1"},
        {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
        {"jsonrpc": "2.0", "method": "loadEntityData", "params": {"entity": "Order", "pageSize": 1}, "id": "2"},
        {"foo": "boo"},
        {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
        {"jsonrpc": "2.0", "method": "getCapabilities", "id": "9"},
    ])
    status, resp = post(srv, body)
    assert status == 200 and len(resp) == 5
    assert resp[0]["id"] == "1" and resp[0]["result"]["id"] == ALICE
    assert resp[1]["id"] == "2" and len(resp[1]["result"]["items"]) == 1
    assert resp[2] == {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": None}
    assert resp[3]["error"]["code"] == -32601 and resp[3]["id"] == "5" and resp[3]["error"]["data"]["method"] == "foo.get"
    assert resp[4]["id"] == "9" and "methods" in resp[4]["result"]


def test_batch_all_notifications(srv):
    status, resp = post(srv, '[\n {"jsonrpc": "2.0", "method": "notify_sum", "params": [1,2,4]},\n {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}\n]')
    assert status == 204 and resp is None


def test_batch_runs_in_order(srv):
    email = f"batch-{uuid.uuid4().hex[:8]}@example.com"
    body = [
        {"jsonrpc": "2.0", "method": "createEntity", "params": {"entity": "Customer", "data": {"name": "Batch", "email": email}}, "id": 1},
        {"jsonrpc": "2.0", "method": "loadEntityData", "params": {"entity": "Customer", "filters": [{"field": "email", "op": "eq", "value": email}]}, "id": 2},
    ]
    resp = srv.post(body).json()
    assert resp[1]["result"]["items"][0]["id"] == resp[0]["result"]["id"]


@pytest.mark.parametrize("rid", ["abc", 0, -5, 1.5, None])
def test_ids_are_echoed(srv, rid):
    resp = srv.post({"jsonrpc": "2.0", "method": "getCapabilities", "id": rid}).json()
    assert resp["id"] == rid and "result" in resp


@pytest.mark.parametrize("req", [
    {"jsonrpc": "1.0", "method": "getCapabilities", "id": 1},
    {"method": "getCapabilities", "id": 1},
    {"jsonrpc": "2.0", "method": "getCapabilities", "id": [1]},
    {"jsonrpc": "2.0", "method": "getCapabilities", "id": {"a": 1}},
    {"jsonrpc": "2.0", "method": "getCapabilities", "id": True},
    {"jsonrpc": "2.0", "method": "getCapabilities", "params": "x", "id": 1},
    {"jsonrpc": "2.0", "method": "getCapabilities", "id": 1, "extra": 1},
    "just a string",
    42,
    None,
])
def test_invalid_requests(srv, req):
    resp = srv.post(json.dumps(req)).json()
    assert resp["error"]["code"] == -32600


def test_reserved_rpc_names(srv):
    assert srv.call("rpc.nonexistent")["error"]["code"] == -32601
    assert "methods" in srv.rpc("rpc.discover")


def test_internal_details_never_leak(srv):
    resp = srv.call("getEntity", {"entity": "Customer", "id": ALICE, "include": ["orders"], "bogus": 1})
    assert resp["error"]["code"] == -32602 and "Traceback" not in json.dumps(resp)


def test_http_level(srv):
    assert srv.client.get("/rpc").status_code == 405
    r = srv.client.post("/rpc", content=b'{"jsonrpc":"2.0","method":"getCapabilities","id":1}', headers={"content-type": "application/json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    # any other media type: HTTP 415 with a JSON-RPC error object (nothing is run)
    r = srv.client.post("/rpc", content=b'{"jsonrpc":"2.0","method":"getCapabilities","id":1}', headers={"content-type": "text/plain"})
    assert r.status_code == 415 and r.json() == {"jsonrpc": "2.0", "id": None, "error": {
        "code": -32600, "message": "Unsupported Media Type: send the request with Content-Type: application/json"}}
