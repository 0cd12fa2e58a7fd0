"""Decimals are stored as sent or refused, never rounded: on SQLite and PostgreSQL, over JSON-RPC
(createEntity, updateEntity, bulkCreate). customer-order's ``Customer.creditLimit`` and
``Order.totalAmount`` are NUMERIC(12, 2) with ``min: 0``."""

from __future__ import annotations

import pytest

from .test_crud import ALICE, new_customer


def _errors(err):
    assert err["code"] == -32602
    return [(e["field"], e["rule"], e["message"]) for e in err["data"]["errors"]]


@pytest.mark.parametrize("value", [0, 0.5, 1234.56, 56000, 9999999999.99, 0.01])
def test_values_within_the_scale_round_trip(co_server, value):
    c = new_customer(co_server, creditLimit=value)
    assert c["creditLimit"] == value
    assert co_server.rpc("getEntity", {"entity": "Customer", "id": c["id"]})["creditLimit"] == value


@pytest.mark.parametrize("value", [1.234, 0.001, 56000.125])
def test_more_places_than_the_scale_is_an_error_naming_the_field(co_server, value):
    err = co_server.error("createEntity", {"entity": "Customer", "data": {"name": "Too precise", "email": "p@example.com",
                                                                          "creditLimit": value}})
    assert _errors(err) == [("creditLimit", "scale", "must have at most 2 decimal places (it is not rounded)")]
    err = co_server.error("updateEntity", {"entity": "Customer", "id": ALICE, "data": {"creditLimit": value}})
    assert _errors(err) == [("creditLimit", "scale", "must have at most 2 decimal places (it is not rounded)")]
    err = co_server.error("bulkCreate", {"entity": "Customer", "items": [
        {"name": "Fine", "email": "fine@example.com", "creditLimit": 1}, {"name": "Bad", "email": "bad@example.com", "creditLimit": value}]})
    assert err["code"] == -32602
    assert [(e["field"], e["rule"], e.get("index")) for e in err["data"]["errors"]] == [("creditLimit", "scale", 1)]


def test_a_number_a_double_does_not_carry_exactly_is_refused(co_server):
    # 1234567890.123456789 reaches the server as the double 1234567890.1234567: more digits than
    # 15 are refused (not reported as "more places than the scale", which the sender did not write)
    body = '{"jsonrpc": "2.0", "id": 1, "method": "createEntity", "params": {"entity": "Order", "data": {' \
           '"orderNumber": "ORD-77777", "customerId": "%s", "totalAmount": 1234567890.123456789, "orderDate": "2024-01-01"}}}' % ALICE
    res = co_server.client.post("/rpc", content=body, headers={**co_server.headers(), "content-type": "application/json"})
    err = res.json()["error"]
    assert [(f, r) for f, r, _ in _errors(err)] == [("totalAmount", "precision")]


def test_bound_messages_read_as_the_model_wrote_them(co_server):
    err = co_server.error("updateEntity", {"entity": "Customer", "id": ALICE, "data": {"creditLimit": -1}})
    assert _errors(err) == [("creditLimit", "min", "must be ≥ 0")]
