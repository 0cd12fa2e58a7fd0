"""CRUD, pagination, filters, sort, search, include, getRelated, bulk and
optimistic concurrency on the customer-order sample, over HTTP, on SQLite and
PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from .harness import RpcError

ALICE = "c1000000-0000-4000-8000-000000000001"
BOB = "c1000000-0000-4000-8000-000000000002"
ORDER1 = "0d000000-0000-4000-8000-000000000001"


def new_customer(srv, **over):
    data = {"name": "Test " + uuid.uuid4().hex[:6], "email": f"{uuid.uuid4().hex[:10]}@example.com", **over}
    return srv.rpc("createEntity", {"entity": "Customer", "data": data})


def new_order(srv, customer_id, **over):
    data = {"orderNumber": f"ORD-{uuid.uuid4().int % 10**8:08d}", "customerId": customer_id, "totalAmount": 10, "orderDate": "2024-05-01", **over}
    return srv.rpc("createEntity", {"entity": "Order", "data": data})


def test_seeded(co_server):
    assert co_server.total("Customer") >= 5
    assert co_server.total("Order") >= 6
    bob = co_server.rpc("getEntity", {"entity": "Customer", "id": BOB})
    assert bob["company"] == "Smith Hardware LLC"
    assert bob["creditLimit"] == "15000.00" and bob["isActive"] is True and bob["tags"] == ["wholesale"]
    o = co_server.rpc("getEntity", {"entity": "Order", "id": ORDER1})
    assert o["orderDate"] == "2024-03-02" and o["shippedAt"] == "2024-03-03T10:15:00.000000Z"
    assert o["items"][0]["sku"] == "NB-A5" and o["totalAmount"] == "13.50"


def test_create_get_update_delete(co_server):
    c = new_customer(co_server, phone="+44 20 7946 0958", creditLimit=1234.56, tags=["a", "b"])
    assert c["version"] == 1 and c["createdAt"] == c["updatedAt"] and c["createdAt"].endswith("Z")
    assert c["customerType"] == "Individual" and c["isActive"] is True  # model defaults
    assert c["creditLimit"] == "1234.56"  # exact text; more places than the scale are refused (test_decimals.py)
    uuid.UUID(c["id"])
    got = co_server.rpc("getEntity", {"entity": "Customer", "id": c["id"]})
    assert got == c
    up = co_server.rpc("updateEntity", {"entity": "Customer", "id": c["id"], "data": {"company": "ACME", "phone": None}})
    assert up["version"] == 2 and up["company"] == "ACME" and up["phone"] is None and up["name"] == c["name"]
    assert up["updatedAt"] >= c["updatedAt"] and up["createdAt"] == c["createdAt"]
    assert co_server.rpc("getEntity", {"entity": "Customer", "id": c["id"]}) == up
    assert co_server.rpc("deleteEntity", {"entity": "Customer", "id": c["id"]}) == {"id": c["id"], "deleted": True}
    err = co_server.error("getEntity", {"entity": "Customer", "id": c["id"]})
    assert err["code"] == -32001 and err["data"]["entity"] == "Customer"
    assert co_server.error("deleteEntity", {"entity": "Customer", "id": c["id"]})["code"] == -32001
    assert co_server.error("updateEntity", {"entity": "Customer", "id": c["id"], "data": {}})["code"] == -32001


def test_validation_errors_list_every_field(co_server):
    err = co_server.error("createEntity", {"entity": "Order", "data": {
        "orderNumber": "X-1", "status": "Lost", "totalAmount": -1, "customerId": "nope", "extra": 1}})
    assert err["code"] == -32602
    rules = {(e["field"], e["rule"]) for e in err["data"]["errors"]}
    assert {("orderNumber", "pattern"), ("status", "enum"), ("totalAmount", "min"), ("customerId", "format"),
            ("orderDate", "required"), ("extra", "unknown")} <= rules
    # a reference that does not exist
    err = co_server.error("createEntity", {"entity": "Order", "data": {
        "orderNumber": "ORD-99999", "customerId": str(uuid.uuid4()), "totalAmount": 1, "orderDate": "2024-01-01"}})
    assert err["code"] == -32602 and err["data"]["errors"][0]["field"] == "customerId" and err["data"]["errors"][0]["rule"] == "reference"
    # required fields may not be nulled by an update
    err = co_server.error("updateEntity", {"entity": "Customer", "id": ALICE, "data": {"name": None}})
    assert err["code"] == -32602 and err["data"]["errors"] == [{"field": "name", "rule": "required", "message": "is required (may not be null)"}]


def test_unique_conflict(co_server):
    c = new_customer(co_server)
    err = co_server.error("createEntity", {"entity": "Customer", "data": {"name": "Dup", "email": c["email"]}})
    assert err["code"] == -32002 and err["data"]["field"] == "email" and err["data"]["entity"] == "Customer"
    other = new_customer(co_server)
    err = co_server.error("updateEntity", {"entity": "Customer", "id": other["id"], "data": {"email": c["email"]}})
    assert err["code"] == -32002 and err["data"]["field"] == "email"


def test_optimistic_concurrency(co_server):
    c = new_customer(co_server)
    a = co_server.rpc("updateEntity", {"entity": "Customer", "id": c["id"], "data": {"notes": "first"}, "expectedVersion": 1})
    assert a["version"] == 2
    err = co_server.error("updateEntity", {"entity": "Customer", "id": c["id"], "data": {"notes": "stale"}, "expectedVersion": 1})
    assert err["code"] == -32003 and err["data"]["currentVersion"] == 2 and err["data"]["expectedVersion"] == 1
    assert co_server.rpc("getEntity", {"entity": "Customer", "id": c["id"]})["notes"] == "first"
    assert co_server.error("deleteEntity", {"entity": "Customer", "id": c["id"], "expectedVersion": 1})["code"] == -32003
    assert co_server.rpc("deleteEntity", {"entity": "Customer", "id": c["id"], "expectedVersion": 2})["deleted"]


def test_pagination(co_server):
    tag = uuid.uuid4().hex[:8]
    made = [new_customer(co_server, company=f"pg-{tag}", name=f"P{tag} {i:02d}") for i in range(7)]
    f = [{"field": "company", "op": "eq", "value": f"pg-{tag}"}]
    seen = []
    for page in (1, 2, 3):
        res = co_server.rpc("loadEntityData", {"entity": "Customer", "filters": f, "page": page, "pageSize": 3, "sort": [{"field": "name"}]})
        assert res["total"] == 7 and res["page"] == page and res["pageSize"] == 3
        seen += [r["name"] for r in res["items"]]
    assert seen == sorted(m["name"] for m in made)
    res = co_server.rpc("loadEntityData", {"entity": "Customer", "filters": f, "page": 9, "pageSize": 3})
    assert res["items"] == [] and res["total"] == 7
    assert co_server.rpc("loadEntityData", {"entity": "Customer", "filters": f})["pageSize"] == 20


@pytest.fixture(scope="module")
def filter_data(co_server):
    tag = uuid.uuid4().hex[:8]
    rows = [
        new_customer(co_server, name=f"Fa {tag}", company=f"f-{tag}", creditLimit=100, customerType="Business", phone="+1 555 000 0001", tags=["x", "vip"]),
        new_customer(co_server, name=f"Fb {tag}", company=f"f-{tag}", creditLimit=200, customerType="Premium", isActive=False, tags=[]),
        new_customer(co_server, name=f"Gc {tag}", company=f"f-{tag}", creditLimit=None, customerType="Business", notes="100%_done"),
    ]
    return tag, rows


@pytest.mark.parametrize("flt,expect", [
    ({"field": "creditLimit", "op": "eq", "value": 100}, ["Fa"]),
    ({"field": "creditLimit", "op": "ne", "value": 100}, ["Fb", "Gc"]),  # ne keeps NULLs
    ({"field": "creditLimit", "op": "lt", "value": 200}, ["Fa"]),
    ({"field": "creditLimit", "op": "lte", "value": 200}, ["Fa", "Fb"]),
    ({"field": "creditLimit", "op": "gt", "value": 100}, ["Fb"]),
    ({"field": "creditLimit", "op": "gte", "value": 100}, ["Fa", "Fb"]),
    ({"field": "customerType", "op": "in", "value": ["Premium", "Enterprise"]}, ["Fb"]),
    ({"field": "customerType", "op": "in", "value": []}, []),
    ({"field": "name", "op": "contains", "value": "B "}, ["Fb"]),  # case-insensitive
    ({"field": "name", "op": "startsWith", "value": "f"}, ["Fa", "Fb"]),
    ({"field": "notes", "op": "contains", "value": "%_"}, ["Gc"]),  # LIKE wildcards are literal
    ({"field": "notes", "op": "contains", "value": "_d"}, ["Gc"]),
    ({"field": "phone", "op": "isNull", "value": True}, ["Fb", "Gc"]),
    ({"field": "phone", "op": "isNull", "value": False}, ["Fa"]),
    ({"field": "isActive", "op": "eq", "value": False}, ["Fb"]),
    ({"field": "tags", "op": "contains", "value": "vip"}, ["Fa"]),
    ({"field": "creditLimit", "op": "eq", "value": None}, ["Gc"]),
])
def test_filter_ops(co_server, filter_data, flt, expect):
    tag, rows = filter_data
    res = co_server.rpc("loadEntityData", {"entity": "Customer", "filters": [{"field": "company", "op": "eq", "value": f"f-{tag}"}, flt],
                                           "sort": [{"field": "name", "dir": "asc"}]})
    assert [r["name"].split()[0] for r in res["items"]] == expect
    assert res["total"] == len(expect)


def test_filter_system_fields(co_server, filter_data):
    tag, rows = filter_data
    base = {"field": "company", "op": "eq", "value": f"f-{tag}"}
    res = co_server.rpc("loadEntityData", {"entity": "Customer", "filters": [base, {"field": "id", "op": "eq", "value": rows[1]["id"].upper()}]})
    assert [r["id"] for r in res["items"]] == [rows[1]["id"]]
    res = co_server.rpc("loadEntityData", {"entity": "Customer", "filters": [base, {"field": "createdAt", "op": "gte", "value": rows[1]["createdAt"]}]})
    assert {r["id"] for r in res["items"]} == {rows[1]["id"], rows[2]["id"]}
    res = co_server.rpc("loadEntityData", {"entity": "Order", "filters": [{"field": "orderDate", "op": "lt", "value": "2024-03-06"}], "sort": [{"field": "orderDate"}]})
    assert [r["orderNumber"] for r in res["items"]][:2] == ["ORD-1001", "ORD-1002"]


def test_sort_multi_and_nulls(co_server, filter_data):
    tag, rows = filter_data
    base = [{"field": "company", "op": "eq", "value": f"f-{tag}"}]
    res = co_server.rpc("loadEntityData", {"entity": "Customer", "filters": base, "sort": [{"field": "customerType", "dir": "asc"}, {"field": "name", "dir": "desc"}]})
    assert [r["name"].split()[0] for r in res["items"]] == ["Gc", "Fa", "Fb"]
    res = co_server.rpc("loadEntityData", {"entity": "Customer", "filters": base, "sort": [{"field": "creditLimit", "dir": "asc"}]})
    assert [r["name"].split()[0] for r in res["items"]] == ["Fa", "Fb", "Gc"]  # NULLs last ascending
    res = co_server.rpc("loadEntityData", {"entity": "Customer", "filters": base, "sort": [{"field": "creditLimit", "dir": "desc"}]})
    assert [r["name"].split()[0] for r in res["items"]] == ["Gc", "Fb", "Fa"]  # NULLs first descending


def test_default_sort(co_server):
    res = co_server.rpc("loadEntityData", {"entity": "Order", "pageSize": 500})
    dates = [r["orderDate"] for r in res["items"]]
    assert dates == sorted(dates, reverse=True)  # model: defaultSort orderDate desc


def test_search(co_server):
    res = co_server.rpc("loadEntityData", {"entity": "Customer", "search": "NORTHWIND"})  # company, case-insensitive
    assert [r["name"] for r in res["items"]] == ["Dana Wu"]
    res = co_server.rpc("loadEntityData", {"entity": "Order", "search": "ord-100", "filters": [{"field": "status", "op": "eq", "value": "Shipped"}]})
    assert [r["orderNumber"] for r in res["items"]] == ["ORD-1002"]
    assert co_server.rpc("loadEntityData", {"entity": "Customer", "search": "%"})["total"] == 0


def test_include_both_directions(co_server):
    res = co_server.rpc("loadEntityData", {"entity": "Order", "include": ["customer"], "filters": [{"field": "id", "op": "eq", "value": ORDER1}]})
    assert res["items"][0]["customer"]["id"] == ALICE
    res = co_server.rpc("getEntity", {"entity": "Customer", "id": BOB, "include": ["orders"]})
    assert sorted(o["orderNumber"] for o in res["orders"]) == ["ORD-1002", "ORD-1005"]
    c = new_customer(co_server)
    res = co_server.rpc("getEntity", {"entity": "Customer", "id": c["id"], "include": ["orders"]})
    assert res["orders"] == []


def test_get_related_both_ways(co_server):
    one = co_server.rpc("getRelated", {"entity": "Order", "id": ORDER1, "relationship": "customer"})
    assert one["cardinality"] == "one" and one["entity"] == "Customer" and one["item"]["name"] == "Alice Johnson"
    many = co_server.rpc("getRelated", {"entity": "Customer", "id": BOB, "relationship": "orders", "sort": [{"field": "orderNumber"}], "pageSize": 1})
    assert many["cardinality"] == "many" and many["total"] == 2 and [o["orderNumber"] for o in many["items"]] == ["ORD-1002"]
    assert co_server.error("getRelated", {"entity": "Customer", "id": BOB, "relationship": "nope"})["code"] == -32602
    assert co_server.error("getRelated", {"entity": "Customer", "id": str(uuid.uuid4()), "relationship": "orders"})["code"] == -32001


def test_bulk_create_all_or_nothing(co_server):
    before = co_server.total("Customer")
    items = [{"name": f"Bulk {i}", "email": f"bulk{i}-{uuid.uuid4().hex[:6]}@example.com"} for i in range(5)]
    bad = list(items)
    bad[2] = {"name": "Bad", "email": "not-an-email"}
    err = co_server.error("bulkCreate", {"entity": "Customer", "items": bad})
    assert err["code"] == -32602 and err["data"]["errors"][0]["index"] == 2 and err["data"]["errors"][0]["field"] == "email"
    assert co_server.total("Customer") == before
    dup = list(items)
    dup[3] = {"name": "Dup", "email": items[0]["email"]}  # passes validation, fails in the database
    err = co_server.error("bulkCreate", {"entity": "Customer", "items": dup})
    assert err["code"] == -32002 and err["data"]["index"] == 3
    assert co_server.total("Customer") == before
    res = co_server.rpc("bulkCreate", {"entity": "Customer", "items": items})
    assert len(res["items"]) == 5 and co_server.total("Customer") == before + 5
    ids = [r["id"] for r in res["items"]]
    # bulkUpdate: a stale version in the middle rolls back every update
    upd = [{"id": i, "data": {"notes": "bulk"}, "expectedVersion": 1} for i in ids]
    upd[2]["expectedVersion"] = 7
    err = co_server.error("bulkUpdate", {"entity": "Customer", "items": upd})
    assert err["code"] == -32003 and err["data"]["index"] == 2
    assert all(co_server.rpc("getEntity", {"entity": "Customer", "id": i})["notes"] is None for i in ids)
    upd[2]["expectedVersion"] = 1
    res = co_server.rpc("bulkUpdate", {"entity": "Customer", "items": upd})
    assert [r["version"] for r in res["items"]] == [2] * 5
    # bulkDelete: a missing id in the middle deletes nothing
    err = co_server.error("bulkDelete", {"entity": "Customer", "items": [ids[0], str(uuid.uuid4()), ids[1]]})
    assert err["code"] == -32001 and err["data"]["index"] == 1
    assert co_server.total("Customer") == before + 5
    res = co_server.rpc("bulkDelete", {"entity": "Customer", "items": [ids[0], {"id": ids[1], "expectedVersion": 2}, *ids[2:]]})
    assert res["deleted"] == 5 and co_server.total("Customer") == before


def test_restrict_on_delete(co_server):
    c = new_customer(co_server)
    o = new_order(co_server, c["id"])
    err = co_server.error("deleteEntity", {"entity": "Customer", "id": c["id"]})
    assert err["code"] == -32004 and err["data"]["referencedBy"] == {"entity": "Order", "field": "customerId", "id": o["id"]}
    # said in the model's words; the technical detail stays in data
    assert err["message"] == f"{c['name']} has 1 order; delete or reassign it first"
    assert err["data"]["count"] == 1
    assert err["data"]["detail"] == f"Customer {c['id']} is still referenced by Order.customerId (onDelete: restrict)"
    o2 = new_order(co_server, c["id"])
    err = co_server.error("deleteEntity", {"entity": "Customer", "id": c["id"]})
    assert err["message"] == f"{c['name']} has 2 orders; delete or reassign them first"
    co_server.rpc("deleteEntity", {"entity": "Order", "id": o2["id"]})
    assert co_server.rpc("getEntity", {"entity": "Customer", "id": c["id"]})["id"] == c["id"]
    co_server.rpc("deleteEntity", {"entity": "Order", "id": o["id"]})
    co_server.rpc("deleteEntity", {"entity": "Customer", "id": c["id"]})


def test_metadata_page_form(co_server):
    meta = co_server.rpc("getModelMetadata")
    names = [e["name"] for e in meta["entities"]]
    assert names == ["Customer", "Order"]
    cust = meta["entities"][0]
    assert cust["count"] == co_server.total("Customer") and cust["permissions"] == ["read", "create", "update", "delete"]
    assert [r["name"] for r in cust["relations"]] == ["orders"]
    assert {f["name"] for f in meta["flows"]} == {"validateOrder", "orderStatusChanged"}
    assert [lay["name"] for lay in meta["layouts"]] == ["dashboard", "customers", "orders"]
    page = co_server.rpc("loadPage", {"page": "orders"})
    grid = next(c for c in page["components"] if c["type"] == "DataGrid")
    assert grid["entity"] == "Order" and grid["pageSize"] == 20 and grid["columns"][0]["field"] == "orderNumber"
    assert co_server.rpc("loadPage", {"page": "/"})["name"] == "dashboard"
    assert co_server.error("loadPage", {"page": "nope"})["code"] == -32001
    form = co_server.rpc("getFormDefinition", {"entity": "Order", "mode": "create"})
    ref = next(f for f in form["fields"] if f["name"] == "customerId")
    assert ref["widget"] == "reference" and any(o["label"] == "Alice Johnson" for o in ref["options"])
    status = next(f for f in form["fields"] if f["name"] == "status")
    assert status["default"] == "Draft" and [o["value"] for o in status["options"]][0] == "Draft"
    edit = co_server.rpc("getFormDefinition", {"entity": "Customer", "mode": "edit", "id": ALICE})
    assert edit["values"]["name"] == "Alice Johnson"


def test_discover(co_server):
    doc = co_server.rpc("rpc.discover")
    assert doc["openrpc"].startswith("1.")
    names = {m["name"] for m in doc["methods"]}
    assert {"loadEntityData", "createEntity", "getRelated", "bulkDelete", "rpc.discover"} <= names
    assert "CustomerCreate" in doc["components"]["schemas"]
    caps = co_server.rpc("getCapabilities", token=None)  # public
    assert set(caps["methods"]) >= names - {"executeXFlow"} and caps["features"]["maxPageSize"] == 500


def test_concurrent_updates_one_wins(co_server):
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    c = new_customer(co_server)

    def attempt(i):
        with httpx.Client(base_url=co_server.base, timeout=30) as client:
            body = {"jsonrpc": "2.0", "method": "updateEntity", "id": i,
                    "params": {"entity": "Customer", "id": c["id"], "data": {"notes": f"writer {i}"}, "expectedVersion": 1}}
            return client.post("/rpc", json=body, headers=co_server.headers()).json()

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(attempt, range(8)))
    ok = [r for r in results if "result" in r]
    assert len(ok) == 1
    assert all(r["error"]["code"] == -32003 for r in results if "error" in r)
    final = co_server.rpc("getEntity", {"entity": "Customer", "id": c["id"]})
    assert final["version"] == 2 and final["notes"] == ok[0]["result"]["notes"]
