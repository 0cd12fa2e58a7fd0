"""previewEntity on the customer-order sample (SQLite and PostgreSQL): the order
total its before-create flow works out from the lines, before anything is saved
(issue 16, item 3), with nothing written."""

from __future__ import annotations

from .test_crud import ALICE

EVAN = "c1000000-0000-4000-8000-000000000005"  # inactive in the sample data
LINES = [{"sku": "nb-a5", "quantity": 2, "unitPrice": 4.5}]


def preview(srv, data, token=..., **params):
    return srv.rpc("previewEntity", {"entity": "Order", "data": data, **params}, token)


def test_the_total_is_worked_out_and_nothing_is_written(co_server):
    before = co_server.total("Order")
    out = preview(co_server, {"customerId": ALICE, "items": LINES, "shippingAddress": "  1 Main   St "})
    assert out["errors"] == [] and "flowError" not in out
    data = out["data"]
    assert float(data["totalAmount"]) == 9  # what the flow worked out (the draft had no total)
    assert data["items"][0]["sku"] == "NB-A5" and data["shippingAddress"] == "1 Main St"  # tidied by the same flow
    assert "customerId" not in data and "status" not in data  # unchanged fields are not repeated
    assert co_server.total("Order") == before


def test_an_incomplete_or_partly_invalid_draft_is_still_worked_out(co_server):
    out = preview(co_server, {"orderNumber": "nope", "customerId": ALICE, "totalAmount": "abc", "items": LINES})
    assert {(e["field"], e["rule"]) for e in out["errors"]} >= {("orderNumber", "pattern")}
    assert {e["field"] for e in out["errors"]} == {"orderNumber", "totalAmount"}
    assert float(out["data"]["totalAmount"]) == 9  # the invalid fields were left out, the rest worked out


def test_a_failing_flow_is_reported_as_the_save_would(co_server):
    out = preview(co_server, {"customerId": EVAN, "items": LINES})
    assert out["data"] == {}
    err = out["flowError"]
    assert err["code"] == -32005 and err["data"]["errorCode"] == "CUSTOMER_INACTIVE"
    over = preview(co_server, {"customerId": ALICE, "items": [{"sku": "X", "quantity": 1000, "unitPrice": 100}]})
    assert over["flowError"]["data"]["errorCode"] == "CREDIT_LIMIT_EXCEEDED"
    missing = preview(co_server, {"customerId": "c1000000-0000-4000-8000-0000000000ff", "items": LINES})
    assert [(e["field"], e["rule"]) for e in missing["errors"]] == [("customerId", "reference")]


def test_permissions_are_those_of_the_write(co_server):
    assert preview(co_server, {"customerId": ALICE, "items": LINES}, token="sales-token")["data"]["totalAmount"]
    err = co_server.error("previewEntity", {"entity": "Order", "data": {"items": LINES}}, token="viewer-token")
    assert err["code"] == -32007
    # an edit: the update's flows run (the sample has none for orders), with update permission
    orders = co_server.rpc("loadEntityData", {"entity": "Order", "pageSize": 1})["items"]
    assert preview(co_server, {"status": "Pending"}, id=orders[0]["id"]) == {"data": {}, "errors": []}
    assert co_server.error("previewEntity", {"entity": "Order", "data": {}, "id": orders[0]["id"]}, token="viewer-token")["code"] == -32007
    assert co_server.error("previewEntity", {"entity": "Order", "data": {}, "id": "c1000000-0000-4000-8000-0000000000ff"})["code"] == -32001
    assert co_server.error("previewEntity", {"entity": "Order", "data": {}, "nope": 1})["code"] == -32602
    assert co_server.error("previewEntity", {"entity": "Order", "data": []})["code"] == -32602


def test_openrpc_lists_preview(co_server):
    doc = co_server.rpc("rpc.discover")
    method = next(m for m in doc["methods"] if m["name"] == "previewEntity")
    assert [p["name"] for p in method["params"]] == ["entity", "data", "id"]
