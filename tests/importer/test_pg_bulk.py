"""`torquec data import` into PostgreSQL (runtime/db/pg_bulk.py): rows stream in COPY chunks while the
rest is checked, and the import fills the unique side tables itself with their triggers disabled.
The database still refuses what it refused before — a duplicate unique value, a missing reference,
a CHECK — with nothing written; readers are not blocked; a failed import leaves the triggers on."""

from __future__ import annotations

import json
import threading

import psycopg
import pytest

from torquec.commands.serve import load_app_module
from torquec.driver import build
from torquec.runtime.dataio import DataImporter, ImportFailed
from torquec.runtime.db import pg_bulk
from torquec.runtime.errors import RpcError

MODEL = {
    "name": "pg-bulk", "title": "PostgreSQL bulk import", "version": "1.0.0",
    "entities": [
        {"id": "ent-sensor", "name": "Sensor", "fields": [
            {"id": "f-s-code", "name": "code", "type": "string", "unique": True, "required": True}]},
        {"id": "ent-reading", "name": "Reading", "fields": [
            {"id": "f-r-seq", "name": "seq", "type": "integer", "unique": True, "required": True},
            {"id": "f-r-tag", "name": "tag", "type": "string", "unique": True},
            {"id": "f-r-count", "name": "count", "type": "integer", "validation": {"min": 0}},
            {"id": "f-r-sensor", "name": "sensorId", "type": "reference", "target": "Sensor", "required": True}]},
        {"id": "ent-slot", "name": "Slot", "indexes": [{"fields": ["row", "seat"], "unique": True}], "fields": [
            {"id": "f-sl-row", "name": "row", "type": "integer", "required": True},
            {"id": "f-sl-seat", "name": "seat", "type": "string"}]},
    ],
    "relationships": [], "flows": [], "layouts": [],
}
ROWS = 3 * pg_bulk.STREAM_ROWS + 123  # several chunks: the later problems come after rows went in


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("pgbulk")
    (d / "m.json").write_text(json.dumps(MODEL))
    assert build(str(d / "m.json"), str(d / "app")).ok
    return d / "app"


@pytest.fixture
def svc(app_dir, pg_url):
    rt = load_app_module(str(app_dir)).create_app(pg_url).state.torque
    importer = DataImporter(rt.service)
    importer.run([("Sensor", "s", [(i + 1, {"code": f"S{i}"}) for i in range(4)], False)])
    yield rt.service
    rt.db.close()


def readings(n: int = ROWS, **at: dict) -> list[tuple[int, dict]]:
    """``n`` valid rows; ``at={index: changes}`` alters some."""
    rows = [{"seq": i, "tag": f"t{i}" if i % 3 else None, "count": i % 7, "sensorId": f"S{i % 3}"} for i in range(n)]
    for i, change in at.items():
        rows[int(i)].update(change)
    return list(enumerate(rows, 1))


def state(url: str) -> dict:
    """Row counts of the table and its side tables, and whether every side-table row trigger
    (of the table and of each partition) is enabled."""
    with psycopg.connect(url) as c:
        def one(sql):
            return c.execute(sql).fetchone()[0]
        return {
            "rows": one('SELECT count(*) FROM "reading"'),
            "seq side": one('SELECT count(*) FROM "reading__uq_seq"'),
            "tag side": one('SELECT count(*) FROM "reading__uq_tag"'),
            "side = table": one('SELECT NOT EXISTS (SELECT "seq", "id" FROM "reading" EXCEPT SELECT "value", "id" FROM "reading__uq_seq")'
                                ' AND NOT EXISTS (SELECT "tag", "id" FROM "reading" WHERE "tag" IS NOT NULL'
                                ' EXCEPT SELECT "value", "id" FROM "reading__uq_tag")'),
            "triggers off": one("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'tg_uq_%' AND tgenabled <> 'O'"),
            "triggers": one("SELECT count(*) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid"
                            " WHERE r.relname LIKE 'reading%' AND tgname IN ('tg_uq_seq', 'tg_uq_tag')"),
        }


def run(svc, rows, **kw):
    return DataImporter(svc, **kw).run([("Reading", "Reading.ndjson", rows, False)])


def sensor_id(url: str, code: str) -> str:
    with psycopg.connect(url) as c:
        return str(c.execute('SELECT "id" FROM "sensor" WHERE "code" = %s', (code,)).fetchone()[0])


def test_streamed_rows_fill_the_side_tables_and_the_triggers_work_again_after(svc, pg_url):
    report = run(svc, readings())
    assert report.inserted == {"Reading": ROWS}
    st = state(pg_url)
    assert st["rows"] == st["seq side"] == ROWS and st["tag side"] == sum(1 for i in range(ROWS) if i % 3)
    assert st["side = table"] and st["triggers off"] == 0 and st["triggers"] == 2 * 9  # the table + 8 partitions
    # the triggers are back: a used value is refused by the side table, through the API and in plain SQL
    with pytest.raises(RpcError) as refused:
        svc.create("Reading", {"seq": 17, "sensorId": sensor_id(pg_url, "S1")})
    assert "seq" in json.dumps(refused.value.to_error_object()), refused.value.to_error_object()
    with psycopg.connect(pg_url) as c, pytest.raises(psycopg.errors.UniqueViolation):
        c.execute('INSERT INTO "reading" ("seq", "sensor_id") SELECT 17, "id" FROM "sensor" LIMIT 1')
    # a second import into the filled table: a value of the first is taken, nothing of the second is written
    with pytest.raises(ImportFailed) as failed:
        run(svc, [(n, {**r, "seq": r["seq"] + ROWS, "tag": None}) for n, r in readings(8000, **{"7000": {"seq": 5 - ROWS}})])
    assert [(p.line, p.field) for p in failed.value.report.problems] == [(7001, "seq")]
    assert state(pg_url)["rows"] == ROWS


@pytest.mark.parametrize("where", [10, ROWS - 10])
def test_a_duplicate_in_the_file_or_a_check_violation_writes_nothing(svc, pg_url, where):
    for change, field in (({"seq": 3}, "seq"), ({"tag": "t1"}, "tag"), ({"count": -1}, "count"), ({"sensorId": "nope"}, "sensorId")):
        with pytest.raises(ImportFailed) as failed:
            run(svc, readings(**{str(where): change}))
        assert [p.field for p in failed.value.report.problems] == [field]
        st = state(pg_url)
        assert (st["rows"], st["seq side"], st["tag side"], st["triggers off"]) == (0, 0, 0, 0)


def test_skip_invalid_streams_the_valid_rows(svc, pg_url):
    report = run(svc, readings(**{"7000": {"seq": 3}, "12000": {"count": -5}}), skip_invalid=True)
    assert report.inserted == {"Reading": ROWS - 2} and [p.line for p in report.rejected] == [7001, 12001]
    st = state(pg_url)
    assert st["rows"] == st["seq side"] == ROWS - 2 and st["side = table"] and st["triggers off"] == 0


def _meanwhile(svc, at: int, action):
    """Run ``action()`` (another connection) when the import has checked ``at`` rows; returns the
    importer whose run will call it."""
    def progress(entity, n, total):
        if entity == "Reading" and n == at:
            action()
    return DataImporter(svc, progress=progress)


def test_the_database_refuses_a_value_taken_meanwhile_and_nothing_is_written(svc, pg_url):
    """The importer checked the file against the table as it was; a row committed by another
    session before the import's COPY takes the same value: the side table's key refuses it."""
    def insert_taken():
        with psycopg.connect(pg_url) as c:
            c.execute('INSERT INTO "reading" ("id", "seq", "sensor_id") '
                      "SELECT gen_random_uuid(), %s, \"id\" FROM \"sensor\" LIMIT 1", (ROWS - 5,))
    with pytest.raises(ImportFailed) as failed:
        _meanwhile(svc, pg_bulk.STREAM_ROWS, insert_taken).run([("Reading", "Reading.ndjson", readings(), False)])
    assert "uq_reading_seq" in failed.value.report.problems[0].message
    st = state(pg_url)
    assert (st["rows"], st["seq side"], st["triggers off"]) == (1, 1, 0)


def test_the_database_refuses_a_reference_deleted_meanwhile_and_nothing_is_written(svc, pg_url):
    rows = readings(**{str(ROWS - 7): {"sensorId": "S3"}})  # the only reading of S3, in the last chunk

    def delete_s3():
        with psycopg.connect(pg_url) as c:
            c.execute('DELETE FROM "sensor" WHERE "code" = \'S3\'')
    with pytest.raises(ImportFailed) as failed:
        _meanwhile(svc, pg_bulk.STREAM_ROWS, delete_s3).run([("Reading", "Reading.ndjson", rows, False)])
    assert "fk_reading_sensor_id" in failed.value.report.problems[0].message
    st = state(pg_url)
    assert (st["rows"], st["seq side"], st["triggers off"]) == (0, 0, 0)


def test_readers_are_not_blocked_during_an_import_and_writers_wait(svc, pg_url):
    seen: dict = {}

    def probe():
        with psycopg.connect(pg_url, autocommit=True) as c:
            # the import holds its lock from its first chunk on (sent at STREAM_ROWS, written by a thread)
            for _ in range(200):
                locked = c.execute("SELECT count(*) FROM pg_locks l JOIN pg_class r ON r.oid = l.relation "
                                   "WHERE r.relname = 'reading' AND l.mode = 'ShareRowExclusiveLock' AND l.granted").fetchone()[0]
                if locked:
                    break
                threading.Event().wait(0.05)
            seen["locked"] = locked
            c.execute("SET lock_timeout = '3s'")
            seen["read"] = c.execute('SELECT count(*) FROM "reading"').fetchone()[0]
            seen["page"] = len(c.execute('SELECT * FROM "reading" ORDER BY "created_at", "id" LIMIT 50').fetchall())
            c.execute("SET lock_timeout = '200ms'")
            try:
                c.execute('INSERT INTO "sensor" ("code") VALUES (\'other table\')')  # another table: goes on
                c.execute('INSERT INTO "reading" ("seq", "sensor_id") SELECT -1, "id" FROM "sensor" LIMIT 1')
                seen["write"] = "went through"
            except psycopg.errors.LockNotAvailable:
                seen["write"] = "waits"

    report = _meanwhile(svc, 2 * pg_bulk.STREAM_ROWS, probe).run([("Reading", "Reading.ndjson", readings(), False)])
    assert report.inserted == {"Reading": ROWS}
    assert seen == {"locked": 1, "read": 0, "page": 0, "write": "waits"}
    assert state(pg_url)["triggers off"] == 0


def test_a_role_that_does_not_own_the_table_leaves_the_side_tables_to_the_triggers(svc, pg_url):
    from torquec.runtime.db.postgres import PostgresTx

    es = svc.spec.entities["Reading"]
    sides = svc.spec.unique_sides["reading"]
    with psycopg.connect(pg_url) as c:
        c.execute("CREATE ROLE bulk_writer")
        c.execute("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO bulk_writer")
        tx = PostgresTx(c, c.cursor(), True)
        assert len(pg_bulk.fill_sides(tx, sides, es.qtable, es.row_columns, set())) == 2  # the owner
        assert pg_bulk.fill_sides(tx, sides, es.qtable, es.row_columns, {"seq"}) == []  # numbered by the database
        c.execute("SET ROLE bulk_writer")
        assert pg_bulk.fill_sides(tx, sides, es.qtable, es.row_columns, set()) == []
        c.rollback()


def test_bulk_create_checks_its_rows_with_generic_plans_and_leaves_the_setting_as_it_was(svc, pg_url):
    s1 = sensor_id(pg_url, "S1")
    with svc.transaction() as tx:
        made = svc.bulk_create("Reading", [{"seq": i, "sensorId": s1} for i in range(600, 700)], tx=tx)
        assert len(made) == 100
        assert tx.fetchone("SHOW plan_cache_mode")[0] == "auto"
    with pytest.raises(RpcError):  # a taken value: refused by the side table, as before
        svc.bulk_create("Reading", [{"seq": 650, "sensorId": s1}, {"seq": 1650, "sensorId": s1}])
    assert state(pg_url)["rows"] == 100


def test_two_files_of_one_entity_and_a_unique_pair_of_fields(svc, pg_url):
    """Each file is its own stream (the triggers off and on again); a composite unique side table is
    filled with both values; a pair in two files is refused, a NULL part never conflicts."""
    half = [(n, r) for n, r in readings()]
    report = DataImporter(svc).run([("Reading", "a.ndjson", half[:9000], False), ("Reading", "b.ndjson", half[9000:], False)])
    assert report.inserted == {"Reading": ROWS} and state(pg_url)["side = table"] and state(pg_url)["triggers off"] == 0
    slots = [(i + 1, {"row": i // 100, "seat": None if i % 50 == 0 else f"s{i % 100}"}) for i in range(12_000)]
    report = DataImporter(svc).run([("Slot", "slots.ndjson", slots, False)])
    assert report.inserted == {"Slot": 12_000}
    with psycopg.connect(pg_url) as c:
        side = c.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE 'slot__uq%'").fetchone()[0]
        assert c.execute(f'SELECT count(*) FROM "{side}"').fetchone()[0] == 12_000 - 240
        assert c.execute(f'SELECT NOT EXISTS (SELECT "row", "seat", "id" FROM "slot" WHERE "seat" IS NOT NULL'
                         f' EXCEPT SELECT "row", "seat", "id" FROM "{side}")').fetchone()[0]
    with pytest.raises(ImportFailed) as failed:
        DataImporter(svc).run([("Slot", "more.ndjson", [(1, {"row": 500, "seat": None}), (2, {"row": 7, "seat": "s1"})], False)])
    assert [(p.line, p.field) for p in failed.value.report.problems] == [(2, "row, seat")]
    with psycopg.connect(pg_url) as c, pytest.raises(psycopg.errors.UniqueViolation):  # the trigger is on again
        c.execute('INSERT INTO "slot" ("row", "seat") VALUES (8, \'s5\')')


def test_the_switch_interval_is_quick_during_a_stream_and_back_after_it(svc, pg_url):
    import sys

    from torquec.runtime.db import pg_bulk

    before = sys.getswitchinterval()
    seen: list[float] = []
    importer = DataImporter(svc, progress=lambda entity, n, total: seen.append(sys.getswitchinterval()))
    importer.run([("Reading", "Reading.ndjson", readings(), False)])
    assert pg_bulk.HANDOFF_SECONDS in seen  # while its writer thread ran
    assert sys.getswitchinterval() == before
    with pytest.raises(ImportFailed):  # a refused import puts it back too
        run(svc, readings(**{str(ROWS - 10): {"seq": 3}}))
    assert sys.getswitchinterval() == before
