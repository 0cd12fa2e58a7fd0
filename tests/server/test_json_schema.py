"""A json field's ``jsonSchema`` (customer-order: ``Order.items``, a list of order lines) is
enforced by every write path on SQLite and PostgreSQL: createEntity, updateEntity,
bulkCreate/bulkUpdate and importEntityData refuse a value that does not match with -32602,
one field error per failure naming the field, the rule ``jsonSchema``, the failing keyword and
the JSON Pointer ``path`` of the failing part; a matching value is stored as given. The
OpenRPC document carries the schema (``rpc.discover``)."""

from __future__ import annotations

import json
import uuid

import pytest

CUSTOMER = "c1000000-0000-4000-8000-000000000002"  # Bob Smith, credit limit 15000
GOOD = [{"sku": "NB-A5", "description": "A5 notebook", "quantity": 2, "unitPrice": 4.5}]


def _order(**extra) -> dict:
    return {"orderNumber": f"ORD-{uuid.uuid4().int % 10**8:08d}", "customerId": CUSTOMER, "orderDate": "2024-05-01",
            "totalAmount": "9.00", **extra}


def _errors(err: dict) -> list[tuple]:
    assert err["code"] == -32602, err
    return [(e["field"], e["rule"], e.get("path"), e.get("keyword"), e.get("index")) for e in err["data"]["errors"]]


def test_a_matching_value_is_stored_as_given(co_server):
    rec = co_server.rpc("createEntity", {"entity": "Order", "data": _order(items=GOOD)})
    assert rec["items"] == GOOD
    assert co_server.rpc("getEntity", {"entity": "Order", "id": rec["id"]})["items"] == GOOD


@pytest.mark.parametrize("items, path, keyword", [
    ([{"sku": "NB-A5", "quantity": 0, "unitPrice": 1}], "/0/quantity", "minimum"),
    ([{"sku": "NB-A5", "quantity": 1}], "/0", "required"),
    ([{"sku": "", "quantity": 1, "unitPrice": 1}], "/0/sku", "minLength"),
    ([{"sku": "NB-A5", "quantity": 1, "unitPrice": 1, "colour": "red"}], "/0", "additionalProperties"),
    ({"sku": "NB-A5"}, "", "type"),
])
def test_create_refuses_a_value_that_does_not_match(co_server, items, path, keyword):
    err = co_server.error("createEntity", {"entity": "Order", "data": _order(items=items)})
    assert _errors(err) == [("items", "jsonSchema", path, keyword, None)]
    message = err["data"]["errors"][0]["message"]
    assert message.startswith(f"at {path}: ") if path else message


def test_every_failure_is_reported_with_its_path(co_server):
    bad = [{"sku": "NB-A5", "quantity": 1, "unitPrice": -1}, {"sku": "X", "quantity": 1.5, "unitPrice": 1}]
    err = co_server.error("createEntity", {"entity": "Order", "data": _order(items=bad)})
    assert sorted(_errors(err)) == [("items", "jsonSchema", "/0/unitPrice", "minimum", None),
                                    ("items", "jsonSchema", "/1/quantity", "type", None)]


def test_update_bulk_and_import_check_it_too(co_server):
    rec = co_server.rpc("createEntity", {"entity": "Order", "data": _order(items=GOOD)})
    bad = [{"sku": "NB-A5", "quantity": -3, "unitPrice": 1}]
    err = co_server.error("updateEntity", {"entity": "Order", "id": rec["id"], "data": {"items": bad}})
    assert _errors(err) == [("items", "jsonSchema", "/0/quantity", "minimum", None)]
    assert co_server.rpc("getEntity", {"entity": "Order", "id": rec["id"]})["items"] == GOOD

    err = co_server.error("bulkCreate", {"entity": "Order", "items": [_order(items=GOOD), _order(items=bad)]})
    assert _errors(err) == [("items", "jsonSchema", "/0/quantity", "minimum", 1)]
    err = co_server.error("bulkUpdate", {"entity": "Order", "items": [{"id": rec["id"], "data": {"items": [{"sku": "A"}]}}]})
    assert _errors(err) == [("items", "jsonSchema", "/0", "required", 0)] * 2  # quantity, unitPrice

    lines = "\n".join(json.dumps(_order(items=v)) for v in (GOOD, bad))
    err = co_server.error("importEntityData", {"entity": "Order", "format": "ndjson", "content": lines})
    assert err["code"] == -32602
    # an import names the line; the message says where in the value
    assert [(e["field"], e["line"], e["message"]) for e in err["data"]["errors"]] == [
        ("items", 2, "at /0/quantity: -3 is less than the minimum of 1")]

    fixed = co_server.rpc("updateEntity", {"entity": "Order", "id": rec["id"], "data": {"items": GOOD * 2}})
    assert fixed["items"] == GOOD * 2
    cleared = co_server.rpc("updateEntity", {"entity": "Order", "id": rec["id"], "data": {"items": None}})
    assert cleared["items"] is None  # not required: null is no value, not a value to check


def test_the_api_document_carries_the_schema(co_server):
    doc = co_server.rpc("rpc.discover")
    items = doc["components"]["schemas"]["OrderCreate"]["properties"]["items"]
    line = items["anyOf"][0]["items"]
    assert items["anyOf"][1] == {"type": "null"}
    assert line["required"] == ["sku", "quantity", "unitPrice"] and line["properties"]["quantity"]["minimum"] == 1


def test_a_large_failing_value_is_quoted_short(co_server):
    err = co_server.error("createEntity", {"entity": "Order", "data": _order(items=[{"sku": "X" * 20000, "quantity": 1, "unitPrice": 1}])})
    assert _errors(err) == [("items", "jsonSchema", "/0/sku", "maxLength", None)]
    assert len(err["data"]["errors"][0]["message"]) < 120
