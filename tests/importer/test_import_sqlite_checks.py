"""SQLite bulk import with the table's CHECKs verified after the insert (torquec/runtime/db/sqlite_bulk.py).

The row checks are made to accept a value the table's CHECK refuses (fault injection: the
compiled check's date canonicaliser, or a unique lookup, is replaced), and the import must still
fail as a whole, naming file, line, field and constraint, with the connection enforcing CHECKs
again afterwards. Tables whose SQL the reader cannot follow take the ordinary path.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from torquec.commands.serve import load_app_module
from torquec.driver import build
from torquec.runtime import dataio, import_rows
from torquec.runtime.dataio import DataImporter, ImportFailed
from torquec.runtime.db.base import DbError
from torquec.runtime.db.sqlite_bulk import CheckedBulkInsert, checks_ignored, parse_checks, read_table_checks

MODEL = {
    "name": "checked-import", "title": "Checked import", "version": "1.0.0",
    "entities": [
        {"id": "ent-event", "name": "Event", "fields": [
            {"id": "f-e-seq", "name": "seq", "type": "integer", "unique": True, "required": True},
            {"id": "f-e-label", "name": "label", "type": "string", "required": True, "validation": {"maxLength": 10}},
            {"id": "f-e-day", "name": "day", "type": "date"}]},
        {"id": "ent-tag", "name": "Tag", "fields": [
            {"id": "f-t-name", "name": "name", "type": "string", "unique": True, "required": True}]},
        {"id": "ent-post", "name": "Post", "fields": [
            {"id": "f-p-title", "name": "title", "type": "string", "required": True}]},
    ],
    "relationships": [{"id": "rel-post-tags", "name": "tags", "from": "Post", "to": "Tag", "kind": "manyToMany",
                       "inverseName": "posts"}],
    "flows": [], "layouts": [],
}
ROWS = 60  # above dataio.COMPILE_FROM_ROWS
BAD_LINE = 37


@pytest.fixture
def svc(tmp_path: Path):
    (tmp_path / "m.json").write_text(json.dumps(MODEL))
    res = build(str(tmp_path / "m.json"), str(tmp_path / "app"))
    assert res.ok, [d.message for d in res.diagnostics]
    rt = load_app_module(str(tmp_path / "app")).create_app(str(tmp_path / "data.db")).state.torque
    rt.service.create("Event", {"seq": -1, "label": "before", "day": "2024-01-01"})
    try:
        yield rt.service
    finally:
        rt.db.close()


def _rows(bad_day: str | None = None) -> list[tuple[int, dict]]:
    rows = [(n, {"seq": n, "label": f"e{n}", "day": "2024-02-28"}) for n in range(1, ROWS + 1)]
    if bad_day is not None:
        rows[BAD_LINE - 1][1]["day"] = bad_day
    return rows


def _count(svc) -> int:
    with svc.transaction(write=False) as tx:
        return tx.fetchone('SELECT count(*) FROM "event"')[0]


def _assert_checks_enforced(svc) -> None:
    """The importing thread's (reused) connection: pragma and cache back to normal, and a direct
    insert of a value the CHECK refuses is refused."""
    es = svc.spec.entities["Event"]
    with svc.transaction() as tx:
        assert tx.fetchone("PRAGMA ignore_check_constraints")[0] == 0
        assert tx.fetchone("PRAGMA cache_size")[0] == sqlite3.connect(":memory:").execute("PRAGMA cache_size").fetchone()[0]
        with pytest.raises(DbError) as err:
            tx.execute(es.queries["insert"], ("0190f0f0-0000-7000-8000-000000000001", 99, "x" * 11, "2024-01-01",
                                              "2024-01-01T00:00:00.000000Z", "2024-01-01T00:00:00.000000Z", 1))
        assert err.value.kind == "check" and err.value.constraint == "ck_event_label_max_length"
    svc.create("Event", {"seq": 100, "label": "after", "day": "2024-03-01"})  # and good writes go on


def _lenient_dates(monkeypatch) -> None:
    """The compiled check takes any date text as it is (the runtime's parser would refuse 2024-02-30)."""
    monkeypatch.setattr(import_rows, "_date_text", lambda v: v)


@pytest.mark.parametrize("skip_invalid", [False, True])
def test_check_the_row_checks_missed_fails_the_import(svc, monkeypatch, skip_invalid: bool) -> None:
    _lenient_dates(monkeypatch)
    with pytest.raises(ImportFailed) as failed:
        DataImporter(svc, skip_invalid=skip_invalid, compiled=True).run([("Event", "Event.ndjson", _rows("2024-02-30"), False)])
    problems = failed.value.report.problems
    assert [(p.file, p.line, p.field) for p in problems] == [("Event.ndjson", BAD_LINE, "day")]
    assert "CHECK constraint ck_event_day_type failed" in problems[0].message
    assert "nothing was imported, even with --skip-invalid" in problems[0].message
    assert _count(svc) == 1  # only the row from before the import
    _assert_checks_enforced(svc)


def test_without_the_fault_the_same_rows_go_in(svc, monkeypatch) -> None:
    report = DataImporter(svc, compiled=True).run([("Event", "Event.ndjson", _rows(), False)])
    assert report.inserted == {"Event": ROWS} and _count(svc) == ROWS + 1
    _assert_checks_enforced(svc)


def test_database_error_while_checks_are_ignored_restores_them(svc, monkeypatch) -> None:
    """A UNIQUE conflict the importer did not foresee (its lookup of taken values is emptied) is
    raised inside ``executemany``, while CHECKs are ignored: the import fails and the pragma is back."""
    monkeypatch.setattr(DataImporter, "_existing", staticmethod(lambda es, f, tx: set()))
    rows = _rows()
    rows[BAD_LINE - 1][1]["seq"] = -1  # the row from before has it
    with pytest.raises(ImportFailed) as failed:
        DataImporter(svc, compiled=True).run([("Event", "Event.ndjson", rows, False)])
    assert "already has this seq" in failed.value.report.problems[0].message
    assert _count(svc) == 1
    _assert_checks_enforced(svc)


def test_link_rows_are_verified_too(svc, monkeypatch) -> None:
    """The join table's CHECKs, after its insert: its rows' creation time is made bad (the entity
    rows' is not), and the row that listed the link is named."""
    real = dataio.now_utc
    calls = iter(range(10))

    def now_utc():
        dt, text = real()
        return (dt, text) if next(calls) == 0 else (dt, text.replace("T", " "))

    monkeypatch.setattr(dataio, "now_utc", now_utc)
    posts = [(n, {"title": f"p{n}"}) for n in range(1, 11)]
    posts[4][1]["tags"] = ["red", "blue"]
    tags = [(1, {"name": "red"}), (2, {"name": "blue"})]
    with pytest.raises(ImportFailed) as failed:
        DataImporter(svc, compiled=True).run([("Tag", "Tag.ndjson", tags, False), ("Post", "Post.ndjson", posts, False)])
    problems = failed.value.report.problems
    assert {(p.file, p.line, p.field) for p in problems} == {("Post.ndjson", 5, "tags")} and len(problems) == 2
    assert "CHECK constraint ck_post_tags_created_at_type failed" in problems[0].message
    with svc.transaction(write=False) as tx:
        assert tx.fetchone('SELECT count(*) FROM "tag"')[0] == 0
        assert tx.fetchone('SELECT count(*) FROM "post"')[0] == 0
    _assert_checks_enforced(svc)


def test_table_sql_it_cannot_follow_takes_the_ordinary_path(svc, monkeypatch) -> None:
    with svc.transaction() as tx:  # a hand-altered schema: a column with a CHECK without a name
        tx.execute('ALTER TABLE "event" ADD COLUMN "note" TEXT CHECK (length("note") < 5)')
        assert read_table_checks(tx.conn, "event") is None
        assert CheckedBulkInsert(tx.conn).executemany("event", 'INSERT INTO "event" ("note") VALUES (?)', [], ("id",)) == []
    _lenient_dates(monkeypatch)
    with pytest.raises(ImportFailed) as failed:
        DataImporter(svc, compiled=True).run([("Event", "Event.ndjson", _rows("2024-02-30"), False)])
    # the CHECK fired inside the insert, as before the verify-after scheme: the database's own words
    assert failed.value.report.problems[0].file == "(database)"
    assert "ck_event_day_type" in failed.value.report.problems[0].message
    assert _count(svc) == 1
    _assert_checks_enforced(svc)


def test_reads_the_generated_checks(svc) -> None:
    with svc.transaction(write=False) as tx:
        plan = read_table_checks(tx.conn, "event")
    names = [n for n, _e in plan.checks]
    assert plan.rowid == "rowid"
    assert {"ck_event_label_max_length", "ck_event_day_type", "ck_event_id_type"} <= set(names)
    # every CHECK the build wrote is one the runtime can name a field for, or a system column's
    assert all(n in svc.spec.constraints or n.split("_", 2)[2].startswith(("id_", "created_at", "updated_at", "version"))
               for n in names)
    assert dict(plan.checks)["ck_event_label_max_length"] == 'length("label") <= 10'


def test_other_fallbacks(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "t.db")
    conn.executescript("""
        CREATE TABLE plain (a INTEGER, CONSTRAINT "a_pos" CHECK (a > 0));
        CREATE TABLE "has trigger" (a INTEGER, CONSTRAINT a_pos CHECK (a > 0));
        CREATE TABLE log (a INTEGER);
        CREATE TRIGGER t AFTER INSERT ON "has trigger" BEGIN INSERT INTO log VALUES (new.a); END;
        CREATE TABLE shadow (rowid INTEGER, _rowid_ INTEGER, oid INTEGER, CONSTRAINT a_pos CHECK (oid > 0));
        CREATE TABLE nocheck (a INTEGER);
    """)
    assert read_table_checks(conn, "plain").checks == (("a_pos", "a > 0"),)
    assert read_table_checks(conn, "has trigger") is None  # the trigger's own writes would skip CHECKs too
    assert read_table_checks(conn, "shadow") is None  # no name left for the rowid
    assert read_table_checks(conn, "nocheck") is None
    bulk = CheckedBulkInsert(conn)
    with checks_ignored(conn):  # a bad row from before: not this statement's to report
        conn.execute("INSERT INTO plain VALUES (-9)")
    conn.executemany("INSERT INTO plain VALUES (?)", [(7,), (8,), (9,)])
    conn.execute("DELETE FROM plain WHERE a = 9")  # its rowid is free again: the next row takes it
    found = bulk.executemany("plain", "INSERT INTO plain VALUES (?)", [(1,), (None,), (-2,), (3,), (-4,)], ("a",))
    assert [(v.key, v.constraints) for v in found] == [((-2,), ("a_pos",)), ((-4,), ("a_pos",))]  # NULL passes a CHECK
    assert conn.execute("SELECT count(*) FROM plain").fetchone()[0] == 8  # inserted: the caller rolls back
    assert conn.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO plain VALUES (-1)")


@pytest.mark.parametrize("sql, expected", [
    ('CREATE TABLE t (a INT, CONSTRAINT "x""y" CHECK (a > 0 AND a < \')\'), b TEXT) STRICT', (('x"y', "a > 0 AND a < ')'"),)),
    ("CREATE TABLE t (a INT, /* a, ) comment */ CONSTRAINT [b c] CHECK ((a) IN (1, 2)) -- end\n)", (("b c", "(a) IN (1, 2)"),)),
    ("CREATE TABLE t (a INT)", ()),
    ("CREATE TABLE t (a INT CHECK (a > 0))", None),  # a column's CHECK without a name
    ("CREATE TABLE t (a INT, CHECK (a > 0))", None),  # a table CHECK without a name
    ("CREATE TABLE t (a INT, CONSTRAINT x CHECK (a > 0)) WITHOUT ROWID", None),
    ("CREATE TABLE t (a INT, CONSTRAINT x CHECK (a > 0) ON CONFLICT FAIL)", None),
    ("CREATE TABLE t (a INT CONSTRAINT x CHECK (a > 0))", None),
    ("CREATE TABLE t AS SELECT 1 AS a", None),
    ("CREATE TABLE t (a INT, CONSTRAINT x CHECK (a > 'open", None),
])
def test_parse_checks(sql: str, expected) -> None:
    assert parse_checks(sql) == expected



@pytest.mark.parametrize("app", ["customer-order", "todo", "checked-import"])
def test_every_generated_table_is_read(app: str, tmp_path: Path) -> None:
    """The DDL writer's tables (entities and join tables) all take the verified path: a change to
    how it writes CHECKs must not quietly send imports back to the slow one."""
    if app == "checked-import":
        (tmp_path / "m.json").write_text(json.dumps(MODEL))
        assert build(str(tmp_path / "m.json"), str(tmp_path / "app")).ok
        schema = (tmp_path / "app" / "sql" / "sqlite" / "schema.sql").read_text()
    else:
        schema = (Path(__file__).resolve().parents[2] / "generated" / app / "sql" / "sqlite" / "schema.sql").read_text()
    conn = sqlite3.connect(":memory:")
    conn.create_function("regexp", 2, lambda p, v: None)
    conn.executescript(schema)
    tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%CHECK%'").fetchall()
    assert tables
    for name, sql in tables:
        plan = read_table_checks(conn, name)
        assert plan is not None and len(plan.checks) == sql.count(" CHECK ("), name
