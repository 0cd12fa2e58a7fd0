"""Role ``readOnlyFields`` (issue 16: fields by role): the sample's `sales` role may
read a customer's credit limit but not set it. The server refuses every write that
sets the field (create, update, bulk; -32007 naming the field), whatever the form shows."""

from __future__ import annotations

import uuid

from .conftest import ADMIN

SALES = "sales-token"
ALICE = "c1000000-0000-4000-8000-000000000001"


def customer(**extra) -> dict:
    return {"name": "Ro " + uuid.uuid4().hex[:6], "email": f"ro.{uuid.uuid4().hex[:8]}@example.com", **extra}


def test_sales_cannot_set_the_credit_limit(co_server):
    err = co_server.error("createEntity", {"entity": "Customer", "data": customer(creditLimit=50)}, token=SALES)
    assert err["code"] == -32007 and err["data"]["fields"] == ["creditLimit"], err
    assert "Customer.creditLimit" in err["message"]
    made = co_server.rpc("createEntity", {"entity": "Customer", "data": customer()}, token=SALES)
    assert float(made["creditLimit"]) == 1000  # the default applies
    err = co_server.error("updateEntity", {"entity": "Customer", "id": made["id"], "data": {"creditLimit": 2000}}, token=SALES)
    assert err["code"] == -32007
    assert co_server.rpc("updateEntity", {"entity": "Customer", "id": made["id"], "data": {"company": "Acme"}}, token=SALES)["company"] == "Acme"
    err = co_server.error("bulkUpdate", {"entity": "Customer", "items": [{"id": made["id"], "data": {"creditLimit": 1}}]}, token=SALES)
    assert err["code"] == -32007 and err["data"]["index"] == 0
    err = co_server.error("bulkCreate", {"entity": "Customer", "items": [customer(), customer(creditLimit=5)]}, token=SALES)
    assert err["code"] == -32007 and err["data"]["index"] == 1
    # still readable, and the admin may set it
    assert float(co_server.rpc("getEntity", {"entity": "Customer", "id": made["id"]}, token=SALES)["creditLimit"]) == 1000
    assert float(co_server.rpc("updateEntity", {"entity": "Customer", "id": made["id"], "data": {"creditLimit": 3000}}, token=ADMIN)["creditLimit"]) == 3000


def test_metadata_tells_the_role_its_read_only_fields(co_server):
    meta = co_server.rpc("getModelMetadata", {}, token=SALES)
    customer_meta = next(e for e in meta["entities"] if e["name"] == "Customer")
    assert customer_meta["readOnlyFields"] == ["creditLimit"]
    admin = co_server.rpc("getModelMetadata", {}, token=ADMIN)
    assert all("readOnlyFields" not in e for e in admin["entities"])
