"""Migrations applied to populated SQLite and PostgreSQL databases.

Every change kind is applied to a database holding rows; the rows are checked
afterwards, and the migrated schema is compared with a fresh install of the
new model. Refused (data-losing) and failing migrations leave the database
exactly as it was.
"""

from __future__ import annotations

import copy
import json

import pytest

from torquec import migrate
from torquec.backends.sql import schema_sql
from torquec.driver import analyze
from torquec.migrate import database

C1, C2, C3 = (f"c0000000-0000-4000-8000-00000000000{i}" for i in (1, 2, 3))
O1, O2 = (f"0d000000-0000-4000-8000-00000000000{i}" for i in (1, 2))
T1 = "7a000000-0000-4000-8000-000000000001"

BASE = {
    "name": "mig-test",
    "database": {"partitions": 4},
    "entities": [
        {
            "id": "e-cust",
            "name": "Customer",
            "fields": [
                {"id": "f-name", "name": "name", "type": "string", "required": True, "validation": {"maxLength": 100}},
                {"id": "f-email", "name": "email", "type": "email", "unique": True},
                {"id": "f-age", "name": "age", "type": "integer"},
                {"id": "f-notes", "name": "notes", "type": "text"},
                {"id": "f-code", "name": "code", "type": "string"},
            ],
        },
        {
            "id": "e-order",
            "name": "Order",
            "fields": [
                {"id": "f-num", "name": "number", "type": "string", "required": True},
                {"id": "f-cust", "name": "customerId", "type": "reference", "target": "Customer", "required": True},
                {"id": "f-total", "name": "total", "type": "decimal", "precision": 10, "scale": 2},
            ],
        },
        {"id": "e-tag", "name": "Tag", "fields": [{"id": "f-label", "name": "label", "type": "string", "required": True}]},
    ],
    "relationships": [
        {"id": "r-orders", "name": "orders", "from": "Customer", "to": "Order", "kind": "oneToMany", "foreignKey": "customerId", "onDelete": "restrict", "inverseName": "customer"},
        {"id": "r-tags", "name": "tags", "from": "Customer", "to": "Tag", "kind": "manyToMany", "inverseName": "customers"},
    ],
}


def compile_model(d: dict):
    text = json.dumps(d, indent=2)
    result = analyze("<test model>", text=text)
    assert result.ok, [f"{x.code} {x.message}" for x in result.diagnostics]
    return result.model, text


class MigDB:
    def __init__(self, dialect: str, url: str):
        self.dialect, self.url = dialect, url
        self.conn = database.connect(url)
        if dialect == "postgres":
            import psycopg

            self.check = psycopg.connect(url, autocommit=True)
        else:
            self.check = self.conn.raw

    def close(self):
        self.conn.close()
        if self.dialect == "postgres":
            self.check.close()

    def apply(self, d: dict, allow: bool = False) -> migrate.Plan:
        m, text = compile_model(d)
        return migrate.apply(self.conn, m, text, allow_data_loss=allow)

    def plan(self, d: dict) -> migrate.Plan:
        m, text = compile_model(d)
        try:
            return migrate.plan_for(self.conn, m, text)
        finally:
            if self.dialect == "postgres":
                self.conn.raw.rollback()

    def q(self, sql: str, params=()):
        if self.dialect == "postgres" and params:
            sql = sql.replace("?", "%s")
        cur = self.check.execute(sql, tuple(params)) if params else self.check.execute(sql)
        return cur.fetchall() if cur.description else []

    def one(self, sql, params=()):
        return self.q(sql, params)[0][0]

    # -- snapshots -------------------------------------------------------

    def tables(self) -> list[str]:
        if self.dialect == "postgres":
            rows = self.q("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition ORDER BY 1")
        else:
            rows = self.q("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
        return [r[0] for r in rows]

    def describe(self, exclude=("_torque_schema",)) -> dict:
        """Columns, constraints, indexes, partitions and triggers, order-insensitive."""
        out = {}
        for t in self.tables():
            if t in exclude:
                continue
            if self.dialect == "postgres":
                cols = self.q(
                    "SELECT column_name, data_type, is_nullable, coalesce(column_default, '') FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND table_name = ? ORDER BY column_name", [t])
                cons = self.q(
                    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ?::regclass ORDER BY 1", [f'"{t}"'])
                idx = self.q("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ? ORDER BY 1", [t])
                parts = self.q("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = ?::regclass ORDER BY 1", [f'"{t}"'])
                trig = self.q("SELECT tgname FROM pg_trigger WHERE tgrelid = ?::regclass AND NOT tgisinternal ORDER BY 1", [f'"{t}"'])
                out[t] = {"columns": cols, "constraints": cons, "indexes": idx, "partitions": parts, "triggers": trig}
            else:
                import re

                cols = sorted(self.q(f'PRAGMA table_info("{t}")'), key=lambda r: r[1])
                cols = [r[1:] for r in cols]
                fks = sorted(r[2:] for r in self.q(f'PRAGMA foreign_key_list("{t}")'))
                sql = self.one("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [t])
                checks = sorted(re.findall(r'CONSTRAINT "([^"]+)" (?:CHECK|UNIQUE) \((.*)\),?$', sql, re.M))
                idx = sorted(
                    (r[1], tuple(c[2] for c in self.q(f'PRAGMA index_info("{r[1]}")')), r[2])
                    for r in self.q(f'PRAGMA index_list("{t}")')
                )
                out[t] = {"columns": cols, "fks": fks, "checks": checks, "indexes": idx}
        return out

    def data(self) -> dict:
        return {t: sorted(map(repr, self.q(f'SELECT * FROM "{t}"'))) for t in self.tables()}


@pytest.fixture
def mdb(dialect, request, tmp_path):
    url = request.getfixturevalue("pg_url") if dialect == "postgres" else str(tmp_path / "app.db")
    db = MigDB(dialect, url)
    request.addfinalizer(db.close)
    return db


def fresh(dialect: str, d: dict, request, tmp_path) -> MigDB:
    """A database created from scratch for ``d`` (to compare a migrated one with)."""
    if dialect == "postgres":
        cluster = request.getfixturevalue("pg_cluster")
        import uuid

        name = f"fresh_{uuid.uuid4().hex[:10]}"
        url = cluster.create_database(name)
        request.addfinalizer(lambda: cluster.drop_database(name))
    else:
        url = str(tmp_path / "fresh.db")
    db = MigDB(dialect, url)
    request.addfinalizer(db.close)
    m, _ = compile_model(d)
    db.conn.script(schema_sql(m, dialect))
    if dialect == "postgres":
        db.conn.raw.commit()
    return db


def seed(db: MigDB) -> None:
    cents = 100 if db.dialect == "sqlite" else 1  # SQLite stores a decimal(10, 2) as a scaled integer
    rows = [
        ('INSERT INTO "customer" ("id", "name", "email", "age", "notes", "code") VALUES (?, ?, ?, ?, ?, ?)', [C1, "Ada", "ada@example.com", 36, "likes long notes " * 5, "12"]),
        ('INSERT INTO "customer" ("id", "name", "email", "age", "notes", "code") VALUES (?, ?, ?, ?, ?, ?)', [C2, "Bob", "bob@example.com", None, None, "x7"]),
        ('INSERT INTO "customer" ("id", "name", "email", "age", "notes", "code") VALUES (?, ?, ?, ?, ?, ?)', [C3, "Cy", None, 20, "short", None]),
        ('INSERT INTO "order" ("id", "number", "customer_id", "total") VALUES (?, ?, ?, ?)', [O1, "N-1", C1, 10.5 * cents]),
        ('INSERT INTO "order" ("id", "number", "customer_id", "total") VALUES (?, ?, ?, ?)', [O2, "N-2", C2, 99 * cents]),
        ('INSERT INTO "tag" ("id", "label") VALUES (?, ?)', [T1, "vip"]),
        ('INSERT INTO "customer_tags" ("from_id", "to_id") VALUES (?, ?)', [C1, T1]),
    ]
    for sql, params in rows:
        db.q(sql, params)


@pytest.fixture
def populated(mdb):
    plan = mdb.apply(BASE)
    assert plan.initial
    seed(mdb)
    return mdb


def changed(fn) -> dict:
    d = copy.deepcopy(BASE)
    fn(d)
    return d


def entity(d, name):
    return next(e for e in d["entities"] if e["name"] == name)


def fld(d, ent, name):
    return next(f for f in entity(d, ent)["fields"] if f["name"] == name)


def assert_like_fresh(db: MigDB, d: dict, request, tmp_path):
    other = fresh(db.dialect, d, request, tmp_path)
    assert db.describe() == other.describe()


# --------------------------------------------------------------------------- tests


def test_reapply_is_a_no_op(populated):
    before = populated.data()
    plan = populated.apply(BASE)
    assert plan.empty and populated.data() == before
    assert populated.one('SELECT count(*) FROM "_torque_schema"') == 1


def test_add_columns(populated, request, tmp_path):
    d = changed(lambda d: entity(d, "Customer")["fields"].extend([
        {"id": "f-vip", "name": "vip", "type": "boolean", "required": True, "default": False},
        {"id": "f-score", "name": "score", "type": "float", "default": 1.5},
        {"id": "f-nick", "name": "nickname", "type": "string", "indexed": True},
    ]))
    plan = populated.apply(d)
    assert not plan.data_loss
    rows = populated.q('SELECT "name", "vip", "score", "nickname" FROM "customer" ORDER BY "name"')
    assert [(r[0], bool(r[1]), r[2], r[3]) for r in rows] == [("Ada", False, 1.5, None), ("Bob", False, 1.5, None), ("Cy", False, 1.5, None)]
    assert populated.one('SELECT count(*) FROM "order"') == 2
    assert_like_fresh(populated, d, request, tmp_path)


def test_drop_column_refused_then_allowed(populated, request, tmp_path):
    d = changed(lambda d: entity(d, "Customer")["fields"].remove(fld(d, "Customer", "notes")))
    before, schema_before = populated.data(), populated.describe()
    with pytest.raises(migrate.DataLossRefused) as exc:
        populated.apply(d)
    assert "Customer.notes" in str(exc.value) and "2 rows" in str(exc.value)
    assert populated.data() == before and populated.describe() == schema_before
    populated.apply(d, allow=True)
    cols = [c[0] for c in populated.describe()["customer"]["columns"]] if populated.dialect == "postgres" else [c[0] for c in populated.describe()["customer"]["columns"]]
    assert "notes" not in cols
    assert populated.q('SELECT "name", "age" FROM "customer" ORDER BY "name"') == [("Ada", 36), ("Bob", None), ("Cy", 20)]
    assert populated.one('SELECT count(*) FROM "customer_tags"') == 1  # join rows survive the rebuild
    assert_like_fresh(populated, d, request, tmp_path)


def test_drop_empty_column_is_not_data_loss(populated):
    populated.q('UPDATE "customer" SET "code" = NULL')
    d = changed(lambda d: entity(d, "Customer")["fields"].remove(fld(d, "Customer", "code")))
    plan = populated.apply(d)
    assert not plan.data_loss


def test_rename_column_and_table(populated, request, tmp_path):
    def edit(d):
        fld(d, "Customer", "name")["name"] = "fullName"
        entity(d, "Customer")["name"] = "Client"
        d["relationships"][0]["from"] = "Client"
        d["relationships"][1]["from"] = "Client"
        fld(d, "Order", "customerId")["target"] = "Client"

    d = changed(edit)
    plan = populated.apply(d)
    assert not plan.data_loss
    assert populated.q('SELECT "full_name" FROM "client" ORDER BY 1') == [("Ada",), ("Bob",), ("Cy",)]
    assert "customer" not in populated.tables()
    # The foreign key follows the rename and still holds (restrict).
    with pytest.raises(Exception):
        populated.q('DELETE FROM "client" WHERE "id" = ?', [C1])
    with pytest.raises(Exception):
        populated.q('INSERT INTO "order" ("id", "number", "customer_id") VALUES (?, ?, ?)', ["0d000000-0000-4000-8000-0000000000ff", "N-9", "c0000000-0000-4000-8000-0000000000ff"])
    # Unique still enforced under the new names.
    with pytest.raises(Exception):
        populated.q('INSERT INTO "client" ("id", "full_name", "email") VALUES (?, ?, ?)', ["c0000000-0000-4000-8000-0000000000aa", "Dup", "ada@example.com"])
    assert populated.one('SELECT count(*) FROM "order"') == 2
    # manyToMany join table is named after the from-entity: renamed with its rows.
    assert populated.one('SELECT count(*) FROM "client_tags"') == 1
    assert_like_fresh(populated, d, request, tmp_path)


def test_drop_table_refused_then_allowed(populated, request, tmp_path):
    def edit(d):
        d["entities"] = [e for e in d["entities"] if e["name"] != "Tag"]
        d["relationships"] = [r for r in d["relationships"] if r["name"] != "tags"]

    d = changed(edit)
    before = populated.data()
    with pytest.raises(migrate.DataLossRefused) as exc:
        populated.apply(d)
    msg = str(exc.value)
    assert 'table "tag"' in msg and 'table "customer_tags"' in msg
    assert populated.data() == before
    populated.apply(d, allow=True)
    assert "tag" not in populated.tables() and "customer_tags" not in populated.tables()
    assert_like_fresh(populated, d, request, tmp_path)


def test_safe_type_changes(populated, request, tmp_path):
    def edit(d):
        fld(d, "Customer", "age")["type"] = "float"
        total = fld(d, "Order", "total")
        total["type"] = "string"
        del total["precision"], total["scale"]

    d = changed(edit)
    plan = populated.apply(d)
    assert not plan.data_loss
    assert populated.q('SELECT "age" FROM "customer" ORDER BY "name"') == [(36.0,), (None,), (20.0,)]
    assert sorted(r[0] for r in populated.q('SELECT "total" FROM "order"')) == ["10.50", "99.00"]
    assert_like_fresh(populated, d, request, tmp_path)


def test_lossy_type_change(populated, request, tmp_path):
    d = changed(lambda d: fld(d, "Customer", "code").update(type="integer"))
    plan = populated.plan(d)
    assert [(x.kind, x.field, x.rows) for x in plan.data_loss] == [("convert", "code", 1)]
    before = populated.data()
    with pytest.raises(migrate.DataLossRefused):
        populated.apply(d)
    assert populated.data() == before
    populated.apply(d, allow=True)
    assert populated.q('SELECT "code" FROM "customer" ORDER BY "name"') == [(12,), (None,), (None,)]
    assert_like_fresh(populated, d, request, tmp_path)


def test_narrowing_max_length_truncates_when_allowed(populated):
    d = changed(lambda d: fld(d, "Customer", "notes").update(type="string", validation={"maxLength": 10}))
    with pytest.raises(migrate.DataLossRefused) as exc:
        populated.apply(d)
    assert "truncated" in str(exc.value)
    populated.apply(d, allow=True)
    assert populated.q('SELECT "notes" FROM "customer" ORDER BY "name"') == [("likes long",), (None,), ("short",)]


def test_required_without_default(populated, request, tmp_path):
    d = changed(lambda d: fld(d, "Customer", "age").update(required=True))
    plan = populated.plan(d)
    assert [(x.kind, x.rows) for x in plan.data_loss] == [("delete_rows", 1)]
    with pytest.raises(migrate.DataLossRefused):
        populated.apply(d)
    # Bob has an order (restrict): deleting him must fail, and nothing changes.
    before = populated.data()
    with pytest.raises(migrate.MigrationError):
        populated.apply(d, allow=True)
    assert populated.data() == before
    populated.q('DELETE FROM "order" WHERE "id" = ?', [O2])
    populated.apply(d, allow=True)
    assert populated.q('SELECT "name" FROM "customer" ORDER BY 1') == [("Ada",), ("Cy",)]
    assert_like_fresh(populated, d, request, tmp_path)


def test_required_with_default_fills(populated, request, tmp_path):
    d = changed(lambda d: fld(d, "Customer", "age").update(required=True, default=18))
    plan = populated.apply(d)
    assert not plan.data_loss
    assert populated.q('SELECT "age" FROM "customer" ORDER BY "name"') == [(36,), (18,), (20,)]
    assert_like_fresh(populated, d, request, tmp_path)


def test_new_required_field_without_default_on_rows(populated):
    d = changed(lambda d: entity(d, "Tag")["fields"].append({"id": "f-color", "name": "color", "type": "string", "required": True}))
    with pytest.raises(migrate.DataLossRefused) as exc:
        populated.apply(d)
    assert "Tag.color" in str(exc.value)


def test_constraint_changes(populated, request, tmp_path):
    # Widen: fine. Tighten past existing rows: the database refuses, nothing changes.
    d = changed(lambda d: fld(d, "Customer", "age").update(validation={"min": 0, "max": 150}))
    populated.apply(d)
    assert_like_fresh(populated, d, request, tmp_path)
    d2 = changed(lambda d: fld(d, "Customer", "age").update(validation={"max": 30}))
    before, schema = populated.data(), populated.describe()
    with pytest.raises(migrate.MigrationError) as exc:
        populated.apply(d2)
    assert "ck_customer_age_max" in str(exc.value) and "Customer.age" in str(exc.value)
    assert populated.data() == before and populated.describe() == schema


def test_unique_added_and_removed(populated, request, tmp_path):
    d = changed(lambda d: fld(d, "Order", "number").update(unique=True))
    populated.apply(d)
    with pytest.raises(Exception):
        populated.q('INSERT INTO "order" ("id", "number", "customer_id") VALUES (?, ?, ?)', ["0d000000-0000-4000-8000-000000000003", "N-1", C1])
    assert_like_fresh(populated, d, request, tmp_path)
    populated.apply(BASE)
    populated.q('INSERT INTO "order" ("id", "number", "customer_id") VALUES (?, ?, ?)', ["0d000000-0000-4000-8000-000000000003", "N-1", C1])
    # Now a duplicate exists: making it unique fails and rolls back.
    with pytest.raises(migrate.MigrationError) as exc:
        populated.apply(d)
    assert "uq_order_number" in str(exc.value) or "UNIQUE" in str(exc.value)


def test_composite_unique_and_index_added_and_removed(populated, request, tmp_path):
    d = changed(lambda d: entity(d, "Order").update(indexes=[{"fields": ["customerId", "number"], "unique": True}, {"fields": ["total", "number"]}]))
    plan = populated.apply(d)
    assert plan.rebuilds == ([] if populated.dialect == "postgres" else ["order"])  # SQLite cannot add a UNIQUE in place
    assert_like_fresh(populated, d, request, tmp_path)
    dup = ["0d000000-0000-4000-8000-000000000003", "N-1", C1]
    with pytest.raises(Exception):
        populated.q('INSERT INTO "order" ("id", "number", "customer_id") VALUES (?, ?, ?)', dup)
    populated.q('INSERT INTO "order" ("id", "number", "customer_id") VALUES (?, ?, ?)', ["0d000000-0000-4000-8000-000000000004", "N-1", C2])
    populated.apply(BASE)
    (tmp_path / "again").mkdir()
    assert_like_fresh(populated, BASE, request, tmp_path / "again")
    populated.q('INSERT INTO "order" ("id", "number", "customer_id") VALUES (?, ?, ?)', dup)
    # Now (C1, N-1) is there twice: adding the constraint fails, names it and changes nothing.
    before, schema = populated.data(), populated.describe()
    with pytest.raises(migrate.MigrationError) as exc:
        populated.apply(d)
    assert "uq_order_customer_id_number" in str(exc.value) or "UNIQUE" in str(exc.value)
    assert populated.data() == before and populated.describe() == schema


def test_sequence_field_added_and_removed(populated, request, tmp_path):
    def add(d):
        entity(d, "Order")["fields"].append({"id": "f-seq", "name": "serial", "type": "integer", "sequence": True})
    d = changed(add)
    populated.apply(d)
    assert_like_fresh(populated, d, request, tmp_path)
    if populated.dialect == "postgres":  # rows already there have no number; new ones are numbered, given ones move it on
        populated.q('INSERT INTO "order" ("id", "number", "customer_id", "serial") VALUES (?, ?, ?, ?)', ["0d000000-0000-4000-8000-000000000005", "N-5", C1, 40])
        populated.q('INSERT INTO "order" ("id", "number", "customer_id") VALUES (?, ?, ?)', ["0d000000-0000-4000-8000-000000000006", "N-6", C1])
        assert populated.one('SELECT "serial" FROM "order" WHERE "number" = ?', ["N-6"]) == 41
    populated.apply(BASE, allow=True)
    if populated.dialect == "postgres":
        assert populated.q("SELECT 1 FROM pg_class WHERE relname = 'order__seq_serial'") == []
    (tmp_path / "again").mkdir()
    assert_like_fresh(populated, BASE, request, tmp_path / "again")


def test_natural_key_reference_added_and_removed(populated, request, tmp_path):
    def add(d):
        fld(d, "Customer", "code").update(unique=True)
        entity(d, "Order")["fields"].append({"id": "f-ccode", "name": "customerCode", "type": "reference", "target": "Customer", "targetField": "code"})
    d = changed(add)
    populated.apply(d)
    assert_like_fresh(populated, d, request, tmp_path)
    populated.q('UPDATE "order" SET "customer_code" = ? WHERE "id" = ?', ["12", O1])
    with pytest.raises(Exception):
        populated.q('UPDATE "order" SET "customer_code" = ? WHERE "id" = ?', ["nope", O2])
    populated.q('UPDATE "customer" SET "code" = ? WHERE "id" = ?', ["13", C1])  # the reference follows its key
    assert populated.one('SELECT "customer_code" FROM "order" WHERE "id" = ?', [O1]) == "13"
    populated.apply(BASE, allow=True)
    (tmp_path / "again").mkdir()
    assert_like_fresh(populated, BASE, request, tmp_path / "again")


def test_relationship_changes(populated, request, tmp_path):
    def edit(d):
        d["relationships"][0]["onDelete"] = "cascade"
        entity(d, "Order")["fields"].append({"id": "f-tag", "name": "tagId", "type": "reference", "target": "Tag"})
        d["relationships"].append({"id": "r-order-tag", "name": "tag", "from": "Order", "to": "Tag", "kind": "manyToOne", "foreignKey": "tagId", "onDelete": "setNull", "inverseName": "orders"})

    d = changed(edit)
    populated.apply(d)
    populated.q('UPDATE "order" SET "tag_id" = ? WHERE "id" = ?', [T1, O1])
    populated.q('DELETE FROM "customer" WHERE "id" = ?', [C2])  # cascades now
    assert populated.one('SELECT count(*) FROM "order"') == 1
    populated.q('DELETE FROM "tag" WHERE "id" = ?', [T1])  # setNull
    assert populated.one('SELECT "tag_id" FROM "order" WHERE "id" = ?', [O1]) is None
    assert_like_fresh(populated, d, request, tmp_path)


def test_many_to_many_added(populated, request, tmp_path):
    d = changed(lambda d: d["relationships"].append({"id": "r-fav", "name": "favourites", "from": "Customer", "to": "Tag", "kind": "manyToMany", "inverseName": "fans"}))
    populated.apply(d)
    populated.q('INSERT INTO "customer_favourites" ("from_id", "to_id") VALUES (?, ?)', [C2, T1])
    assert_like_fresh(populated, d, request, tmp_path)


def test_index_change(populated, request, tmp_path):
    d = changed(lambda d: fld(d, "Customer", "age").update(indexed=True))
    plan = populated.apply(d)
    assert plan.rebuilds == []  # an index needs no rebuild on either database
    assert_like_fresh(populated, d, request, tmp_path)


def test_partition_count_change(dialect, populated, request, tmp_path):
    if dialect != "postgres":
        pytest.skip("PostgreSQL only")
    d = changed(lambda d: d.update(database={"partitions": 2}))
    before = populated.data()
    plan = populated.apply(d)
    assert set(plan.rebuilds) == {"customer", "order", "tag", "customer_tags"}
    assert populated.data().keys() == before.keys()
    for t in ("customer", "order", "tag", "customer_tags"):
        assert populated.data()[t] == before[t]
    assert populated.one("SELECT count(*) FROM pg_inherits WHERE inhparent = '\"customer\"'::regclass") == 2
    with pytest.raises(Exception):
        populated.q('INSERT INTO "customer" ("id", "name", "email") VALUES (?, ?, ?)', ["c0000000-0000-4000-8000-0000000000aa", "Dup", "ada@example.com"])
    assert_like_fresh(populated, d, request, tmp_path)


def test_history_is_recorded(populated):
    d = changed(lambda d: fld(d, "Customer", "age").update(indexed=True))
    populated.apply(d)
    rows = populated.q('SELECT "model_name", "model_hash" FROM "_torque_schema" ORDER BY "id"')
    assert [r[0] for r in rows] == ["mig-test", "mig-test"] and rows[0][1] != rows[1][1]
    stored = populated.one('SELECT "model_json" FROM "_torque_schema" ORDER BY "id" DESC LIMIT 1')
    assert json.loads(stored) == d


def test_plans_from_the_recorded_snapshot(populated, monkeypatch):
    """The old model comes from the snapshot recorded with it: the recorded model
    file is not compiled (its text here no longer compiles at all)."""
    from torquec.ir.snapshot import snapshot_json

    m, _text = compile_model(BASE)
    assert populated.one('SELECT "model_snapshot" FROM "_torque_schema" ORDER BY "id" DESC LIMIT 1') == snapshot_json(m)
    populated.q('UPDATE "_torque_schema" SET "model_json" = ?', ["not a model"])
    monkeypatch.setattr(migrate, "load_applied", lambda text: pytest.fail("compiled the recorded model"))
    plan = populated.apply(changed(lambda d: fld(d, "Customer", "age").update(name="years")))
    assert plan.changes == ['"customer": rename column "age" → "years"']


def test_state_table_of_an_older_torquec_is_upgraded(populated):
    """A `_torque_schema` without the snapshot column: the recorded model file is
    compiled once, the column is added and the new row carries a snapshot."""
    populated.q('ALTER TABLE "_torque_schema" DROP COLUMN "model_snapshot"')
    d = changed(lambda d: fld(d, "Customer", "age").update(name="years"))
    plan = populated.apply(d)
    assert plan.changes == ['"customer": rename column "age" → "years"']
    rows = populated.q('SELECT "model_snapshot" FROM "_torque_schema" ORDER BY "id"')
    assert len(rows) == 2 and rows[0][0] is None and rows[1][0].startswith('{"format":1,')
    assert populated.apply(d).empty


def test_cli_plan_and_apply(dialect, mdb, tmp_path):
    from typer.testing import CliRunner

    from torquec.cli import app

    p1, p2 = tmp_path / "m1.json", tmp_path / "m2.json"
    p1.write_text(json.dumps(BASE))
    p2.write_text(json.dumps(changed(lambda d: entity(d, "Customer")["fields"].remove(fld(d, "Customer", "notes")))))
    runner = CliRunner()
    r = runner.invoke(app, ["migrate", "apply", "--database-url", mdb.url, str(p1)])
    assert r.exit_code == 0, r.output
    seed(mdb)
    r = runner.invoke(app, ["migrate", "plan", "--database-url", mdb.url, str(p2)])
    assert r.exit_code == 1 and "Customer.notes" in r.output and "DROP" in r.output
    r = runner.invoke(app, ["migrate", "apply", "--database-url", mdb.url, str(p2)])
    assert r.exit_code == 1 and "nothing was changed" in r.output
    r = runner.invoke(app, ["migrate", "apply", "--database-url", mdb.url, str(p2), "--allow-data-loss"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["migrate", "plan", "--database-url", mdb.url, str(p2)])
    assert r.exit_code == 0 and "up to date" in r.output


CONV_OLD = [
    ("a", "integer", 5, None),
    ("b", "string", "42", "x"),
    ("c", "boolean", True, None),
    ("d", "string", "yes", "maybe"),
    ("e", "date", "2024-01-02", None),
    ("f", "datetime", "2024-01-02T00:00:00Z", "2024-01-02T03:04:05Z"),
    ("g", "float", 2.4, 2.6),
    ("h", "string", "7D9B0000-0000-4000-8000-000000000001", "not-a-uuid"),
    ("i", "uuid", "7d9b0000-0000-4000-8000-000000000002", None),
    ("j", "string", "hello", None),
    ("k", "json", [1, 2], {"a": 1}),
    ("l", "string", "a@b.co", "nope"),
    ("m", "string", "Low", "Mid"),
    ("n", "integer", 1, 7),
    ("o", "decimal", 12.347, None),
]
CONV_NEW = {
    "a": {"type": "string"}, "b": {"type": "integer"}, "c": {"type": "string"}, "d": {"type": "boolean"},
    "e": {"type": "datetime"}, "f": {"type": "date"}, "g": {"type": "integer"}, "h": {"type": "uuid"},
    "i": {"type": "string"}, "j": {"type": "json"}, "k": {"type": "array", "items": {"type": "integer"}},
    "l": {"type": "email"}, "m": {"type": "enum", "values": ["Low", "High"]}, "n": {"type": "boolean"},
    "o": {"type": "decimal", "precision": 10, "scale": 2},
}
# Expected new values (row 1, row 2), normalised by `_norm`.
CONV_EXPECTED = {
    "a": ("5", None), "b": (42, None), "c": ("true", None), "d": (True, None),
    "e": ("2024-01-02T00:00:00", None), "f": ("2024-01-02", "2024-01-02"), "g": (2, 3),
    "h": ("7d9b0000-0000-4000-8000-000000000001", None), "i": ("7d9b0000-0000-4000-8000-000000000002", None),
    "j": ("hello", None), "k": ([1, 2], None), "l": ("a@b.co", None), "m": ("Low", None), "n": (True, None),
    "o": (12.35, None),
}


def _norm(v):
    import datetime as _dt
    import decimal
    import uuid as _uuid

    if isinstance(v, _dt.datetime):
        return v.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, _uuid.UUID):
        return str(v)
    return v


def test_type_conversions(mdb):
    from torquec.backends.sql.values import to_db
    from torquec.ir.nodes import FieldType

    fields = [{"id": f"f-{n}", "name": n, "type": t, **({"precision": 10, "scale": 3} if t == "decimal" else {})} for n, t, _, _ in CONV_OLD]
    old = {"name": "conv", "entities": [{"id": "e-x", "name": "X", "fields": fields}]}
    mdb.apply(old)
    for row in (1, 2):
        cols = [n for n, *_ in CONV_OLD]
        vals = [to_db(FieldType(t), (v1 if row == 1 else v2), mdb.dialect, **({"precision": 10, "scale": 3} if t == "decimal" else {}))
                for _, t, v1, v2 in CONV_OLD]
        mdb.q(f'INSERT INTO "x" ("id", "version", {", ".join(chr(34) + c + chr(34) for c in cols)}) VALUES (?, {row}, {", ".join("?" for _ in cols)})',
              [f"e0000000-0000-4000-8000-00000000000{row}", *vals])
    new = copy.deepcopy(old)
    for f in new["entities"][0]["fields"]:
        f.pop("precision", None), f.pop("scale", None)
        f.update(CONV_NEW[f["name"]])
    plan = mdb.plan(new)
    lossy = sorted(x.field for x in plan.data_loss)
    assert lossy == ["b", "d", "f", "g", "h", "k", "l", "m", "n", "o"]
    mdb.apply(new, allow=True)
    got = {}
    for n in CONV_EXPECTED:
        rows = mdb.q(f'SELECT "{n}" FROM "x" ORDER BY "version"')
        vals = [_norm(r[0]) for r in rows]
        t = CONV_NEW[n]["type"]
        if mdb.dialect == "sqlite":
            if t == "boolean":
                vals = [None if v is None else bool(v) for v in vals]
            if t in ("json", "array"):
                vals = [None if v is None else json.loads(v) for v in vals]
            if t == "datetime":
                vals = [None if v is None else v[:19] for v in vals]
            if t == "decimal":  # a scaled integer
                vals = [None if v is None else v / 10 ** CONV_NEW[n]["scale"] for v in vals]
        got[n] = tuple(vals)
    assert got == CONV_EXPECTED


def test_unrecorded_database(mdb):
    """A database created by schema.sql alone is adopted when it matches, refused when it does not."""
    m, _ = compile_model(BASE)
    mdb.conn.script(schema_sql(m, mdb.dialect))
    if mdb.dialect == "postgres":
        mdb.conn.raw.commit()
    seed(mdb)
    other = changed(lambda d: entity(d, "Customer")["fields"].remove(fld(d, "Customer", "notes")))
    with pytest.raises(migrate.MigrationError, match="no record of the model"):
        mdb.apply(other, allow=True)
    plan = mdb.apply(BASE)
    assert plan.initial and mdb.one('SELECT count(*) FROM "customer"') == 3
    mdb.apply(other, allow=True)
    assert mdb.one('SELECT count(*) FROM "customer"') == 3


def test_local_datetime_conversions(mdb):
    """string, date and datetime (its UTC wall clock) → localDateTime and back, in the canonical text
    the API answers; values that are not date-times become NULL and are counted as lost."""
    from torquec.backends.sql.values import to_db
    from torquec.ir.nodes import FieldType

    cols = [("s", "string", "2021-01-01 08:15:00", "nope"), ("d", "date", "2024-01-02", None),
            ("t", "datetime", "2021-01-01T05:00:00Z", "2021-01-01T05:00:00.250000Z"),
            ("l", "localDateTime", "2021-01-01T00:00:00", "2021-01-01T00:00:00.500000")]
    old = {"name": "ldt", "entities": [{"id": "e-x", "name": "X", "fields": [{"id": f"f-{n}", "name": n, "type": t} for n, t, _, _ in cols]}]}
    mdb.apply(old)
    for row in (1, 2):
        vals = [to_db(FieldType(t), v1 if row == 1 else v2, mdb.dialect) for _, t, v1, v2 in cols]
        mdb.q(f'INSERT INTO "x" ("id", "version", "s", "d", "t", "l") VALUES (?, {row}, ?, ?, ?, ?)',
              [f"e0000000-0000-4000-8000-00000000000{row}", *vals])
    new = copy.deepcopy(old)
    for f in new["entities"][0]["fields"]:
        f["type"] = "string" if f["name"] == "l" else "localDateTime"
    plan = mdb.plan(new)
    assert sorted(x.field for x in plan.data_loss) == ["s"]
    mdb.apply(new, allow=True)
    rows = mdb.q('SELECT "s", "d", "t", "l" FROM "x" ORDER BY "version"')
    text = [tuple(v.isoformat() if hasattr(v, "isoformat") else v for v in r) for r in rows]
    assert text == [("2021-01-01T08:15:00", "2024-01-02T00:00:00", "2021-01-01T05:00:00", "2021-01-01T00:00:00"),
                    (None, None, "2021-01-01T05:00:00.250000", "2021-01-01T00:00:00.500000")]


def test_reference_closing_a_cycle_added_and_removed(populated, request, tmp_path):
    """Customer.lastOrder → Order closes a cycle with Order.customer → Customer: on PostgreSQL both foreign keys
    become DEFERRABLE (a data import fills both sides, checked at COMMIT), and plain again once it is gone."""
    d = changed(lambda d: entity(d, "Customer")["fields"].append(
        {"id": "f-last-order", "name": "lastOrder", "type": "reference", "target": "Order"}))
    populated.apply(d)
    assert_like_fresh(populated, d, request, tmp_path)
    if populated.dialect == "postgres":
        deferrable = populated.q("SELECT conname FROM pg_constraint WHERE condeferrable AND conparentid = 0 ORDER BY 1")
        assert deferrable == [("fk_customer_last_order",), ("fk_order_customer_id",)]
    populated.apply(BASE, allow=True)
    (tmp_path / "again").mkdir()
    assert_like_fresh(populated, BASE, request, tmp_path / "again")
    if populated.dialect == "postgres":
        assert populated.q("SELECT conname FROM pg_constraint WHERE condeferrable") == []
