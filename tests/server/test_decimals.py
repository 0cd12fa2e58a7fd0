"""Decimals are exact on SQLite and PostgreSQL and every API surface: a value goes in as a string
(or a JSON number of at most 15 significant digits) and comes back as the same digits, a string
with exactly ``scale`` places; nothing is ever rounded (extra places, too many integer digits
or an inexact JSON number are -32602 errors naming the field). Sorting, range filters and
CHECK bounds follow numeric order on both databases, including SQLite's fixed-width text form
for precisions beyond 18 digits.

customer-order's ``Customer.creditLimit`` and ``Order.totalAmount`` are NUMERIC(12, 2) with
``min: 0``; the ledger test model has decimals of 12, 20 and 38 digits."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from .harness import on_both_databases
from .test_crud import ALICE, new_customer

LEDGER = Path(__file__).resolve().parent / "models" / "ledger.json"


def _errors(err):
    assert err["code"] == -32602
    return [(e["field"], e["rule"], e["message"]) for e in err["data"]["errors"]]


@pytest.mark.parametrize("value, answer", [(0, "0.00"), (0.5, "0.50"), (1234.56, "1234.56"), (56000, "56000.00"),
                                           (9999999999.99, "9999999999.99"), (0.01, "0.01"), ("12.5", "12.50"),
                                           ("0012.30", "12.30")])
def test_values_within_the_scale_round_trip_as_strings(co_server, value, answer):
    c = new_customer(co_server, creditLimit=value)
    assert c["creditLimit"] == answer
    assert co_server.rpc("getEntity", {"entity": "Customer", "id": c["id"]})["creditLimit"] == answer


@pytest.mark.parametrize("value", [1.234, 0.001, 56000.125, "1.234"])
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
    err = co_server.error("updateEntity", {"entity": "Customer", "id": ALICE, "data": {"creditLimit": "-0.01"}})
    assert _errors(err) == [("creditLimit", "min", "must be ≥ 0")]


@pytest.mark.parametrize("value, rule", [("12,50", "type"), ("1e3", "type"), (" 1", "type"), (True, "type"), ("", "type"),
                                         ("12345678901.00", "precision"), (12345678901, "precision")])
def test_what_is_not_a_decimal_of_the_field_is_refused(co_server, value, rule):
    err = co_server.error("updateEntity", {"entity": "Customer", "id": ALICE, "data": {"creditLimit": value}})
    assert [(f, r) for f, r, _ in _errors(err)] == [("creditLimit", rule)]


# --------------------------------------------------------------------------- ledger: every storage form


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory, pg_cluster):
    """The ledger app on SQLite and on PostgreSQL."""
    with on_both_databases(LEDGER, tmp_path_factory.mktemp("ledger"), pg_cluster, "ledger", seed=False) as servers:
        yield servers


AMOUNTS = ["12345678901234567.89", "-12345678901234567.89", "0.01", "-0.01", "0.00", "99999999999999999.99",
           "-99999999999999999.99", "100.00", "99.99", "-100.00", "7.10"]
RATES = ["1234567890123456789012345678.0123456789", "-0.0000000001", "0.0000000001", "3.1415926535",
         "-1234567890123456789012345678.9999999999", "0.0000000000", "42.0000000000", "41.9999999999", "-42.0000000000",
         "5.5000000000", "-5.5000000000"]


@pytest.fixture(scope="module")
def loaded(ledgers):
    for srv in ledgers:
        for i, (amount, rate) in enumerate(zip(AMOUNTS, RATES)):
            srv.rpc("createEntity", {"entity": "Entry", "data": {"name": f"e{i:02}", "amount": amount, "rate": rate,
                                                                  "price": f"{i}.{i:02}"}})
    return ledgers


def _all(srv, **params):
    res = srv.rpc("loadEntityData", {"entity": "Entry", "pageSize": 100, **params})
    return res["items"]


def test_every_digit_comes_back_on_both_databases(loaded):
    for srv in loaded:
        items = {r["name"]: r for r in _all(srv)}
        assert [items[f"e{i:02}"]["amount"] for i in range(len(AMOUNTS))] == AMOUNTS
        assert [items[f"e{i:02}"]["rate"] for i in range(len(RATES))] == RATES
        assert {r["units"] for r in items.values()} == {"1"}  # the default, at scale 0


@pytest.mark.parametrize("field, values", [("amount", AMOUNTS), ("rate", RATES), ("price", None)])
def test_sorting_is_numeric_order_on_both_databases(loaded, field, values):
    for srv in loaded:
        for direction in ("asc", "desc"):
            got = [r[field] for r in _all(srv, sort=[{"field": field, "dir": direction}])]
            assert got == sorted(got, key=Decimal, reverse=direction == "desc"), (srv.base, field, direction)
            if values:
                assert sorted(got) == sorted(values)


@pytest.mark.parametrize("field, op, value", [
    ("amount", "gt", "0"), ("amount", "lt", "-0.01"), ("amount", "gte", 100), ("amount", "lte", "99.99"),
    ("amount", "eq", "12345678901234567.89"), ("amount", "in", ["7.1", "-100", "1"]), ("amount", "ne", "0"),
    ("rate", "gt", "42"), ("rate", "lt", "0"), ("rate", "gte", "-0.0000000001"), ("rate", "eq", 5.5),
    ("price", "gte", "5.05"), ("price", "lt", 3)])
def test_range_filters_follow_numeric_order_on_both_databases(loaded, field, op, value):
    expected_by = {"gt": lambda a, b: a > b, "lt": lambda a, b: a < b, "gte": lambda a, b: a >= b, "lte": lambda a, b: a <= b,
                   "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "in": lambda a, b: a in b}
    answers = []
    for srv in loaded:
        every = _all(srv)
        bound = [Decimal(str(v)) for v in value] if isinstance(value, list) else Decimal(str(value))
        expected = sorted(r["name"] for r in every if r[field] is not None and expected_by[op](Decimal(r[field]), bound))
        got = sorted(r["name"] for r in _all(srv, filters=[{"field": field, "op": op, "value": value}]))
        assert got == expected, (srv.base, field, op, value)
        answers.append(got)
    assert answers[0] == answers[1]


def test_paging_by_cursor_over_decimals_is_exact(loaded):
    for srv in loaded:
        seen, cursor = [], None
        while True:
            params = {"entity": "Entry", "pageSize": 3, "sort": [{"field": "rate", "dir": "desc"}]}
            if cursor:
                params["after"] = cursor
            res = srv.rpc("loadEntityData", params)
            seen += [r["rate"] for r in res["items"]]
            cursor = res.get("nextCursor")
            if not cursor:
                break
        assert seen == sorted(RATES, key=Decimal, reverse=True)


def test_bounds_and_precision_are_enforced_the_same_way(loaded):
    for srv in loaded:
        err = srv.error("createEntity", {"entity": "Entry", "data": {"name": "x", "price": "100000.01"}})
        assert _errors(err) == [("price", "max", "must be ≤ 100000")]
        err = srv.error("createEntity", {"entity": "Entry", "data": {"name": "x", "amount": "1234567890123456789.00"}})
        assert _errors(err) == [("amount", "precision", "must have at most 18 digits before the decimal point")]
        err = srv.error("createEntity", {"entity": "Entry", "data": {"name": "x", "rate": "0.00000000001"}})
        assert _errors(err) == [("rate", "scale", "must have at most 10 decimal places (it is not rounded)")]
        err = srv.error("loadEntityData", {"entity": "Entry", "filters": [{"field": "price", "op": "gt", "value": "1.001"}]})
        assert err["code"] == -32602
        empty = srv.rpc("createEntity", {"entity": "Entry", "data": {"name": "no values"}})
        assert (empty["price"], empty["amount"], empty["rate"], empty["units"]) == (None, None, None, "1")


def test_sqlite_stores_decimals_exactly_in_numeric_order(loaded):
    """The SQLite file itself: scaled integers up to 18 digits (SQL SUM is exact), fixed-width
    text beyond; CHECKs hold the bounds in that storage form."""
    db = next((loaded[0].app_dir / "data").glob("*.db"))
    conn = sqlite3.connect(db)
    try:
        rows = dict(conn.execute('SELECT "name", "price" FROM "entry"').fetchall())
        assert rows["e03"] == 303 and conn.execute('SELECT typeof("price") FROM "entry" LIMIT 1').fetchone() == ("integer",)
        total = conn.execute('SELECT SUM("price") FROM "entry"').fetchone()[0]
        assert Decimal(total).scaleb(-2) == sum(Decimal(f"{i}.{i:02}") for i in range(len(AMOUNTS)))
        text = dict(conn.execute('SELECT "name", "amount" FROM "entry"').fetchall())
        assert text["e00"] == "012345678901234567.89"
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute('UPDATE "entry" SET "price" = 10000001 WHERE "name" = \'e01\'')  # 100000.01 > max
    finally:
        conn.close()


@pytest.mark.parametrize("text, precision, scale", [("99999999999999999999999999.9999", 30, 4),
                                                    ("-1234567890123456789012345678.9012345678", 38, 10),
                                                    ("12345678901234567890123456789", 29, 0)])
def test_more_than_28_significant_digits_are_accepted_exactly(text, precision, scale):
    # parse() normalised with the default 28-digit context, which rounded 30 nines up to 1E+26
    # and refused a value that fits ("must have at most 26 digits before the decimal point")
    from torquec.runtime import decimals

    assert decimals.api_text(text, precision, scale) == text
