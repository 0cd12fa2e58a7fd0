"""Hostile and malformed requests: each gets the exact JSON-RPC error (never a
500, never a traceback), and the database is unchanged afterwards. SQLite and
PostgreSQL."""

from __future__ import annotations

import json

import pytest

ALICE = "c1000000-0000-4000-8000-000000000001"
ORDER1 = "0d000000-0000-4000-8000-000000000001"
ENTITIES = ("Customer", "Order")


def rpc(method, params):
    return {"jsonrpc": "2.0", "method": method, "params": params, "id": 1}


def deep(n: int) -> str:
    return "[" * n + "]" * n


GOOD_ORDER = {"orderNumber": "ORD-7777", "customerId": ALICE, "totalAmount": 1, "orderDate": "2024-01-01"}

# (name, body (dict or raw text), expected error code — or "empty" for a successful query that must match nothing)
CASES = [
    ("sqli in filter value", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "name", "op": "eq", "value": "x' OR '1'='1"}]}), "empty"),
    ("sqli in contains value", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "name", "op": "contains", "value": "'; DROP TABLE customer; --"}]}), "empty"),
    ("sqli in search", rpc("loadEntityData", {"entity": "Customer", "search": "%' OR 1=1 --"}), "empty"),
    ("like wildcard search", rpc("loadEntityData", {"entity": "Customer", "search": "_%_"}), "empty"),
    ("sqli in in-list", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "name", "op": "in", "value": ["a') OR ('1'='1"]}]}), "empty"),
    ("sqli in field name", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "name\" OR 1=1 --", "op": "eq", "value": "x"}]}), -32602),
    ("sqli in sort field", rpc("loadEntityData", {"entity": "Customer", "sort": [{"field": "name; DROP TABLE customer", "dir": "asc"}]}), -32602),
    ("sqli in sort dir", rpc("loadEntityData", {"entity": "Customer", "sort": [{"field": "name", "dir": "asc; DROP TABLE customer"}]}), -32602),
    ("sqli in entity", rpc("loadEntityData", {"entity": "Customer\"; DROP TABLE \"order"}), -32602),
    ("sqli in include", rpc("loadEntityData", {"entity": "Customer", "include": ["orders; DELETE FROM customer"]}), -32602),
    ("sqli in op", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "name", "op": "= 'x' OR 1=1 --", "value": "x"}]}), -32602),
    ("sqli as id", rpc("getEntity", {"entity": "Customer", "id": "' OR '1'='1"}), -32602),
    ("unknown entity", rpc("getEntity", {"entity": "Invoice", "id": ALICE}), -32602),
    ("unknown field on create", rpc("createEntity", {"entity": "Customer", "data": {"name": "x", "email": "x@y.zz", "isAdmin": True}}), -32602),
    ("system field on create", rpc("createEntity", {"entity": "Customer", "data": {"name": "x", "email": "x@y.zz", "version": 99}}), -32602),
    ("unknown op", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "name", "op": "like", "value": "%"}]}), -32602),
    ("op not for type", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "isActive", "op": "gt", "value": True}]}), -32602),
    ("filter value object", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "creditLimit", "op": "gt", "value": {"$gt": 0}}]}), -32602),
    ("in with non-list", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "name", "op": "in", "value": "abc"}]}), -32602),
    ("in with 501 values", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "name", "op": "in", "value": ["a"] * 501}]}), -32602),
    ("wrong type string", rpc("createEntity", {"entity": "Customer", "data": {"name": 123, "email": "x@y.zz"}}), -32602),
    ("words as a decimal", rpc("createEntity", {"entity": "Customer", "data": {"name": "x", "email": "x@y.zz", "creditLimit": "1,000"}}), -32602),
    ("bool as string", rpc("createEntity", {"entity": "Customer", "data": {"name": "x", "email": "x@y.zz", "isActive": "yes"}}), -32602),
    ("data not an object", rpc("createEntity", {"entity": "Customer", "data": [1, 2]}), -32602),
    ("huge pageSize", rpc("loadEntityData", {"entity": "Customer", "pageSize": 100000}), -32602),
    ("zero pageSize", rpc("loadEntityData", {"entity": "Customer", "pageSize": 0}), -32602),
    ("negative page", rpc("loadEntityData", {"entity": "Customer", "page": -1}), -32602),
    ("float page", rpc("loadEntityData", {"entity": "Customer", "page": 1.5}), -32602),
    ("invalid uuid id", rpc("getEntity", {"entity": "Customer", "id": "not-a-uuid"}), -32602),
    ("uuid wrong length", rpc("deleteEntity", {"entity": "Customer", "id": ALICE + "0"}), -32602),
    ("invalid uuid reference", rpc("createEntity", {"entity": "Order", "data": {**GOOD_ORDER, "customerId": "123"}}), -32602),
    ("invalid uuid in filter", rpc("loadEntityData", {"entity": "Order", "filters": [{"field": "customerId", "op": "eq", "value": "zzz"}]}), -32602),
    ("invalid date in filter", rpc("loadEntityData", {"entity": "Order", "filters": [{"field": "orderDate", "op": "gt", "value": "2024-02-30"}]}), -32602),
    ("int64 overflow in filter", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "version", "op": "gt", "value": 2**70}]}), -32602),
    ("decimal beyond precision", rpc("createEntity", {"entity": "Order", "data": {**GOOD_ORDER, "totalAmount": 1e15}}), -32602),
    ("NUL byte in string", rpc("createEntity", {"entity": "Customer", "data": {"name": "a\u0000b", "email": "nul@example.com"}}), -32602),
    ("NUL byte in json", rpc("createEntity", {"entity": "Order", "data": {**GOOD_ORDER, "items": {"k": "a\u0000"}}}), -32602),
    ("NUL byte in filter", rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "name", "op": "eq", "value": "\u0000"}]}), -32602),
    ("NUL byte in search", rpc("loadEntityData", {"entity": "Customer", "search": "a\u0000"}), -32602),
    ("json nested 300 deep", '{"jsonrpc":"2.0","method":"createEntity","params":{"entity":"Order","data":{"orderNumber":"ORD-7777","customerId":"%s","totalAmount":1,"orderDate":"2024-01-01","items":%s}},"id":1}' % (ALICE, deep(300)), -32602),
    ("params as array", rpc("getEntity", ["Customer", ALICE]), -32602),
    ("unknown param", rpc("getEntity", {"entity": "Customer", "id": ALICE, "where": "1=1"}), -32602),
    ("missing param", rpc("updateEntity", {"entity": "Customer", "id": ALICE}), -32602),
    ("expectedVersion string", rpc("updateEntity", {"entity": "Customer", "id": ALICE, "data": {}, "expectedVersion": "1"}), -32602),
    ("bulk too many", rpc("bulkCreate", {"entity": "Customer", "items": [{"name": "x", "email": "x@y.zz"}] * 501}), -32602),
    ("bulk empty", rpc("bulkDelete", {"entity": "Customer", "items": []}), -32602),
    ("reserved method", {"jsonrpc": "2.0", "method": "rpc.shutdown", "id": 1}, -32601),
    ("dunder method", {"jsonrpc": "2.0", "method": "__class__", "id": 1}, -32601),
    ("batch over 100", [{"jsonrpc": "2.0", "method": "getCapabilities", "id": i} for i in range(101)], -32600),
    ("deeply nested JSON", '{"jsonrpc":"2.0","method":"getCapabilities","params":{"x":' + deep(100000) + '},"id":1}', -32700),
    ("number overflow", '{"jsonrpc":"2.0","method":"createEntity","params":{"entity":"Customer","data":{"name":"x","email":"x@y.zz","creditLimit":1e400}},"id":1}', -32700),
    ("lone surrogate", '{"jsonrpc":"2.0","method":"createEntity","params":{"entity":"Customer","data":{"name":"\\ud800","email":"x@y.zz"}},"id":1}', -32700),
    ("invalid utf-8", b'{"jsonrpc":"2.0","method":"getCapabilities","params":{"x":"\xff\xfe"},"id":1}', -32700),
    ("not json", "SELECT * FROM customer", -32700),
    # Duplicate keys: a proxy or log reading the first `method` must see what runs (before: the last one ran).
    ("duplicate method key", '{"jsonrpc":"2.0","method":"getCapabilities","method":"deleteEntity","params":{"entity":"Order","id":"%s"},"id":1}' % ORDER1, -32600),
    ("duplicate key in params", '{"jsonrpc":"2.0","method":"deleteEntity","params":{"entity":"Customer","entity":"Order","id":"%s"},"id":1}' % ORDER1, -32600),
    ("duplicate key in a batch item", '[{"jsonrpc":"2.0","method":"getCapabilities","id":1},{"jsonrpc":"2.0","method":"getCapabilities","method":"deleteEntity","params":{"entity":"Order","id":"%s"},"id":2}]' % ORDER1, -32600),
    ("duplicate key behind an escaped colon", '{"jsonrpc":"2.0","method":"getCapabilities","method":"deleteEntity","params":{"entity":"Order","id":"%s"},"id":"a\\u003ab"}' % ORDER1, -32600),
    ("oversized body", rpc("createEntity", {"entity": "Customer", "data": {"name": "x", "email": "x@y.zz", "notes": "x" * (2 << 20)}}), -32008),
]


@pytest.fixture(scope="module")
def baseline(co_server):
    return co_server.counts(ENTITIES)


@pytest.mark.parametrize("name,body,expected", CASES, ids=[c[0] for c in CASES])
def test_hostile(co_server, baseline, name, body, expected):
    r = co_server.post(body if isinstance(body, (str, bytes)) else json.dumps(body))
    assert r.status_code in (200, 413), r.text[:300]
    assert "Traceback" not in r.text and "psycopg" not in r.text and "sqlite3" not in r.text
    resp = r.json()
    if isinstance(resp, list):
        resp = resp[0]
    if expected == "empty":
        assert "result" in resp, resp
        assert resp["result"]["total"] == 0 and resp["result"]["items"] == []
    else:
        assert "error" in resp, str(resp)[:300]
        assert resp["error"]["code"] == expected, resp["error"]
        if expected == -32008:
            assert r.status_code == 413
    assert co_server.counts(ENTITIES) == baseline
    assert co_server.rpc("getEntity", {"entity": "Customer", "id": ALICE})["name"] == "Alice Johnson"


def test_tables_intact(co_server, baseline):
    assert co_server.counts(ENTITIES) == baseline
    assert co_server.client.get("/health").json()["database"] == "ok"
