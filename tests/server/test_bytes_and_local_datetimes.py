"""Binary data and local date-times on SQLite and PostgreSQL (models/archive.json).

* ``bytes``: standard base64 in and out (JSON-RPC, MCP), the exact bytes in the database
  (BLOB / BYTEA), ``maxBytes`` enforced by the API (-32602 naming the field) and by a CHECK;
  only ``isNull`` filters.
* ``localDateTime``: a wall-clock time without a zone, answered exactly as written
  (``2021-01-01T00:00:00``), never converted; a value with ``Z`` or an offset is refused;
  sorted and compared in time order on both databases (PostgreSQL ``TIMESTAMP``)."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

import pytest

from .harness import on_both_databases

ARCHIVE = Path(__file__).resolve().parent / "models" / "archive.json"
PDF = b"%PDF-1.4\n\x00\x01\x02\xff\xfe binary \x00 data"


@pytest.fixture(scope="module")
def archives(tmp_path_factory, pg_cluster):
    """The archive app, with its sample data, on SQLite and on PostgreSQL."""
    with on_both_databases(ARCHIVE, tmp_path_factory.mktemp("archive"), pg_cluster, "archive", seed=True) as servers:
        yield servers


def _errors(err):
    assert err["code"] == -32602, err
    return [(e["field"], e["rule"]) for e in err["data"]["errors"]]


def test_bytes_round_trip_exactly(archives):
    b64 = base64.b64encode(PDF).decode()
    for srv in archives:
        doc = srv.rpc("createEntity", {"entity": "Document", "data": {"title": "scan", "content": b64, "thumbnail": ""}})
        assert doc["content"] == b64 and doc["thumbnail"] == ""
        got = srv.rpc("getEntity", {"entity": "Document", "id": doc["id"]})
        assert base64.b64decode(got["content"]) == PDF and got["thumbnail"] == ""
        seeded = srv.rpc("loadEntityData", {"entity": "Document", "filters": [{"field": "title", "op": "eq", "value": "Invoice 1"}]})
        assert base64.b64decode(seeded["items"][0]["content"]) == b"%PDF-1.4\n"
        has = srv.rpc("loadEntityData", {"entity": "Document", "filters": [{"field": "content", "op": "isNull", "value": False}]})
        assert {r["title"] for r in has["items"]} >= {"scan", "Invoice 1"}


@pytest.mark.parametrize("value, rule", [("not base64!", "type"), ("QUJD\nREVG", "type"), ("QUJ", "type"), (12, "type"),
                                         ("-_-_", "type"), (base64.b64encode(b"x" * 1025).decode(), "maxBytes")])
def test_bytes_that_are_not_base64_or_too_large_are_refused(archives, value, rule):
    for srv in archives:
        err = srv.error("createEntity", {"entity": "Document", "data": {"title": "bad", "content": value}})
        assert _errors(err) == [("content", rule)]
    err = archives[0].error("loadEntityData", {"entity": "Document", "filters": [{"field": "content", "op": "eq", "value": "QUJD"}]})
    assert err["code"] == -32602


def test_bytes_size_limit_is_a_database_check_too(archives):
    db = next((archives[0].app_dir / "data").glob("*.db"))
    conn = sqlite3.connect(db)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute('INSERT INTO "document" ("id", "title", "content", "created_at", "updated_at", "version") '
                         "VALUES ('01000000-0000-7000-8000-000000000001', 'big', ?, '2024-01-01T00:00:00.000000Z', "
                         "'2024-01-01T00:00:00.000000Z', 1)", (b"x" * 1025,))
        assert conn.execute('SELECT typeof("content") FROM "document" WHERE "content" IS NOT NULL LIMIT 1').fetchone() == ("blob",)
    finally:
        conn.close()


TIMES = ["2021-01-01T00:00:00", "2020-12-31T19:00:00", "2021-01-01T00:00:00.500000", "1999-12-31T23:59:59", "2021-06-30T12:30:00"]


def test_local_datetimes_come_back_as_written_and_sort_in_time_order(archives):
    for srv in archives:
        for i, t in enumerate(TIMES):
            srv.rpc("createEntity", {"entity": "Document", "data": {"title": f"t{i}", "issuedAt": t}})
        items = srv.rpc("loadEntityData", {"entity": "Document", "filters": [{"field": "title", "op": "startsWith", "value": "t"}],
                                           "sort": [{"field": "issuedAt"}]})["items"]
        assert [r["issuedAt"] for r in items] == sorted(TIMES)
        assert {r["dueAt"] for r in items} == {"2021-01-01T00:00:00"}  # the default
        after = srv.rpc("loadEntityData", {"entity": "Document", "filters": [
            {"field": "issuedAt", "op": "gte", "value": "2021-01-01T00:00"}, {"field": "title", "op": "startsWith", "value": "t"}]})
        assert sorted(r["issuedAt"] for r in after["items"]) == ["2021-01-01T00:00:00", "2021-01-01T00:00:00.500000", "2021-06-30T12:30:00"]


@pytest.mark.parametrize("value, answer", [("2021-01-01 08:15", "2021-01-01T08:15:00"), ("2021-01-01T08:15:30.25", "2021-01-01T08:15:30.250000")])
def test_local_datetime_input_forms_are_canonical(archives, value, answer):
    for srv in archives:
        assert srv.rpc("createEntity", {"entity": "Document", "data": {"title": "c", "issuedAt": value}})["issuedAt"] == answer


@pytest.mark.parametrize("value", ["2021-01-01T00:00:00Z", "2021-01-01T00:00:00+01:00", "2021-02-30T00:00:00", "yesterday", 5])
def test_zoned_or_invalid_local_datetimes_are_refused(archives, value):
    for srv in archives:
        err = srv.error("createEntity", {"entity": "Document", "data": {"title": "z", "issuedAt": value}})
        assert _errors(err) in ([("issuedAt", "format")], [("issuedAt", "type")])
