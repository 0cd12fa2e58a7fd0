"""The customer-order sample's two flows doing real work through the running server:
`validateOrder` (before create: totals the order from its lines, rejects inactive
customers and orders above the credit limit — nothing written) and
`orderStatusChanged` (after update: stamps shippedAt when an order ships)."""

from __future__ import annotations

import pytest

from server.harness import Server
from torquec.driver import build

ROOT_SAMPLE = __import__("pathlib").Path(__file__).resolve().parents[2] / "sample" / "customer-order.json"
ALICE = "c1000000-0000-4000-8000-000000000001"  # active, credit limit 2000
EVAN = "c1000000-0000-4000-8000-000000000005"  # inactive


@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    out = tmp_path_factory.mktemp("co") / "app"
    assert build(str(ROOT_SAMPLE), str(out)).ok
    s = Server(out, tokens="admin-token:admin", token="admin-token", seed=True)
    yield s
    s.stop()


def order(number: str, customer: str, total: float, items: list[dict]) -> dict:
    return {"orderNumber": number, "customerId": customer, "status": "Pending", "paymentMethod": "CreditCard",
            "totalAmount": total, "orderDate": "2026-11-26", "shippingAddress": "  1   Main   Street  ", "items": items}


def test_validate_order_totals_from_lines_and_normalises(srv):
    items = [{"sku": " ab-1 ", "quantity": 2, "unitPrice": 10.25}, {"sku": "cd-2", "quantity": 1, "unitPrice": 0.1}]
    created = srv.rpc("createEntity", {"entity": "Order", "data": order("ORD-9001", ALICE, 1, items)})
    assert float(created["totalAmount"]) == 20.6  # 2 × 10.25 + 0.10, not the client's 1
    assert created["shippingAddress"] == "1 Main Street"
    assert [line["sku"] for line in created["items"]] == ["AB-1", "CD-2"]


def test_validate_order_rejects_inactive_customer_and_writes_nothing(srv):
    before = srv.total("Order")
    err = srv.error("createEntity", {"entity": "Order", "data": order("ORD-9002", EVAN, 5, [{"sku": "x", "quantity": 1, "unitPrice": 5}])})
    assert err["code"] == -32005
    assert "inactive" in err["message"] or "CUSTOMER_INACTIVE" in str(err.get("data"))
    assert srv.total("Order") == before


def test_validate_order_rejects_orders_over_the_credit_limit(srv):
    before = srv.total("Order")
    err = srv.error("createEntity", {"entity": "Order", "data": order("ORD-9003", ALICE, 1, [{"sku": "x", "quantity": 3, "unitPrice": 1000}])})
    assert err["code"] == -32005
    assert "CREDIT_LIMIT_EXCEEDED" in str(err.get("data")) or "credit limit" in err["message"]
    assert srv.total("Order") == before


def test_order_status_changed_stamps_shipped_at(srv):
    created = srv.rpc("createEntity", {"entity": "Order", "data": order("ORD-9004", ALICE, 0, [{"sku": "s", "quantity": 1, "unitPrice": 3}])})
    assert created.get("shippedAt") is None
    srv.rpc("updateEntity", {"entity": "Order", "id": created["id"], "data": {"status": "Shipped"}})
    after = srv.rpc("getEntity", {"entity": "Order", "id": created["id"]})
    assert after["status"] == "Shipped" and after["shippedAt"]
