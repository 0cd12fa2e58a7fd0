"""Keys beyond ``id`` over JSON-RPC, on SQLite and PostgreSQL (tests/server/models/keys.json):
composite unique constraints (``entity.indexes`` with ``unique``) refuse a duplicate
combination with -32002 naming every field of it, on create, update and bulkCreate."""

from __future__ import annotations

import pytest


def _make(srv, entity, **data):
    return srv.rpc("createEntity", {"entity": entity, "data": data})


@pytest.fixture
def sale(keys_server):
    return _make(keys_server, "Sale", note="a sale")["id"]


@pytest.fixture
def products(keys_server):
    return [_make(keys_server, "Product", name=f"p{i}")["id"] for i in range(2)]


def _conflict(err, fields):
    assert err["code"] == -32002, err
    assert err["data"]["entity"] == "SaleLine"
    assert err["data"]["fields"] == fields
    for f in fields:
        assert f"`{f}`" in err["message"]


def test_a_duplicate_combination_is_refused_naming_the_fields(keys_server, sale, products):
    srv = keys_server
    line = _make(srv, "SaleLine", saleId=sale, productId=products[0], quantity=1)
    err = srv.error("createEntity", {"entity": "SaleLine", "data": {"saleId": sale, "productId": products[0], "quantity": 5}})
    _conflict(err, ["saleId", "productId"])
    assert err["message"] == "Conflict: another SaleLine already has this combination of `saleId` and `productId`"
    # the same product on another line of the sale by update, and a named constraint
    other = _make(srv, "SaleLine", saleId=sale, productId=products[1], quantity=2, position=1)
    _conflict(srv.error("updateEntity", {"entity": "SaleLine", "id": other["id"], "data": {"productId": products[0]}}),
              ["saleId", "productId"])
    _conflict(srv.error("updateEntity", {"entity": "SaleLine", "id": line["id"], "data": {"position": 1}}), ["saleId", "position"])
    # in one bulk: nothing is written
    before = srv.total("SaleLine")
    err = srv.error("bulkCreate", {"entity": "SaleLine", "items": [
        {"saleId": sale, "quantity": 1, "position": 7}, {"saleId": sale, "quantity": 1, "position": 7}]})
    _conflict(err, ["saleId", "position"])
    assert srv.total("SaleLine") == before


def test_parts_alone_may_repeat_and_nulls_never_conflict(keys_server, sale, products):
    srv = keys_server
    other_sale = _make(srv, "Sale", note="another")["id"]
    _make(srv, "SaleLine", saleId=sale, productId=products[0], quantity=1)
    _make(srv, "SaleLine", saleId=other_sale, productId=products[0], quantity=1)  # same product, other sale
    _make(srv, "SaleLine", saleId=sale, productId=products[1], quantity=1)  # same sale, other product
    for _ in range(2):  # no product, no position: a null part never conflicts
        _make(srv, "SaleLine", saleId=sale, quantity=3)


def test_a_freed_combination_can_be_used_again(keys_server, sale, products):
    srv = keys_server
    line = _make(srv, "SaleLine", saleId=sale, productId=products[0], quantity=1, position=3)
    srv.rpc("updateEntity", {"entity": "SaleLine", "id": line["id"], "data": {"position": 4}})
    _make(srv, "SaleLine", saleId=sale, quantity=1, position=3)
    srv.rpc("deleteEntity", {"entity": "SaleLine", "id": line["id"]})
    _make(srv, "SaleLine", saleId=sale, productId=products[0], quantity=9, position=4)


# --------------------------------------------------------------------------- sequences (Sale.number)


def test_the_database_numbers_a_sequence_field(keys_server):
    srv = keys_server
    a = _make(srv, "Sale", note="first")
    b = _make(srv, "Sale", note="second")
    assert isinstance(a["number"], int) and b["number"] == a["number"] + 1
    assert srv.rpc("getEntity", {"entity": "Sale", "id": b["id"]})["number"] == b["number"]
    bulk = srv.rpc("bulkCreate", {"entity": "Sale", "items": [{"note": "x"}, {"note": "y"}]})
    numbers = [r["number"] for r in (bulk["items"] if isinstance(bulk, dict) else bulk)]
    assert numbers == [b["number"] + 1, b["number"] + 2]
    # an update keeps the number
    again = srv.rpc("updateEntity", {"entity": "Sale", "id": a["id"], "data": {"note": "renamed"}})
    assert again["number"] == a["number"]


def test_setting_a_sequence_field_is_refused(keys_server):
    srv = keys_server
    a = _make(srv, "Sale", note="mine")
    for method, params in (("createEntity", {"entity": "Sale", "data": {"note": "n", "number": 5}}),
                           ("updateEntity", {"entity": "Sale", "id": a["id"], "data": {"number": 5}})):
        err = srv.error(method, params)
        assert err["code"] == -32602
        assert err["data"]["errors"] == [{"field": "number", "rule": "readOnly", "message": "is numbered by the database and cannot be set"}]
    err = srv.error("bulkCreate", {"entity": "Sale", "items": [{"note": "ok"}, {"note": "n", "number": 1}]})
    assert [(e["field"], e["rule"], e.get("index")) for e in err["data"]["errors"]] == [("number", "readOnly", 1)]


# --------------------------------------------------------------------------- references by natural key


def _country(srv, code, name):
    return _make(srv, "Country", code=code, name=name)


def test_a_reference_holds_the_key_and_the_database_keeps_it(keys_server):
    srv = keys_server
    suffix = chr(65 + (srv.total("Country") % 26))
    code = "Q" + suffix
    _country(srv, code, "Quux")
    p = _make(srv, "Product", name="widget", countryCode=code)
    assert p["countryCode"] == code
    got = srv.rpc("getEntity", {"entity": "Product", "id": p["id"], "include": ["country"]})
    assert got["countryCode"] == code and got["country"]["name"] == "Quux"
    rel = srv.rpc("getRelated", {"entity": "Product", "id": p["id"], "relationship": "country"})
    assert rel["item"]["code"] == code
    country_id = rel["item"]["id"]
    back = srv.rpc("getRelated", {"entity": "Country", "id": country_id, "relationship": "products"})
    assert [x["id"] for x in back["items"]] == [p["id"]]
    listed = srv.rpc("loadEntityData", {"entity": "Product", "filters": [{"field": "countryCode", "op": "eq", "value": code}]})
    assert [x["id"] for x in listed["items"]] == [p["id"]]
    # an unknown key is a -32602 naming the field and the key
    err = srv.error("createEntity", {"entity": "Product", "data": {"name": "x", "countryCode": "ZZ"}})
    assert err["code"] == -32602
    assert err["data"]["errors"] == [{"field": "countryCode", "rule": "reference", "message": "no Country with code 'ZZ'"}]
    # a UUID is not a key of Country
    err = srv.error("createEntity", {"entity": "Product", "data": {"name": "x", "countryCode": country_id}})
    assert err["code"] == -32602
    # renaming the key updates the references (ON UPDATE CASCADE); deleting sets them to null (onDelete: setNull)
    new_code = "R" + suffix
    srv.rpc("updateEntity", {"entity": "Country", "id": country_id, "data": {"code": new_code}})
    assert srv.rpc("getEntity", {"entity": "Product", "id": p["id"]})["countryCode"] == new_code
    srv.rpc("deleteEntity", {"entity": "Country", "id": country_id})
    assert srv.rpc("getEntity", {"entity": "Product", "id": p["id"]})["countryCode"] is None


def test_an_integer_key_and_cascading_delete(keys_server):
    srv = keys_server
    no = 1000 + srv.total("Store")
    store = _make(srv, "Store", storeNo=no, name="Main street")
    sale = _make(srv, "Sale", note="at the store", storeNo=no)
    assert sale["storeNo"] == no
    err = srv.error("createEntity", {"entity": "Sale", "data": {"note": "n", "storeNo": "1"}})
    assert err["code"] == -32602 and err["data"]["errors"][0]["field"] == "storeNo"
    listed = srv.rpc("loadEntityData", {"entity": "Store", "filters": [{"field": "storeNo", "op": "eq", "value": no}], "include": ["sales"]})
    assert [s["id"] for s in listed["items"][0]["sales"]] == [sale["id"]]
    srv.rpc("deleteEntity", {"entity": "Store", "id": store["id"]})
    assert srv.error("getEntity", {"entity": "Sale", "id": sale["id"]})["code"] == -32001
