"""Migrations on the Citus layout (torquec.migrate.citus), applied to PostgreSQL with the Citus stand-in.

Each migrated database is checked against Citus's rules (``rule_violations``), as the script is:
columns added, renamed and dropped in place, per-group unique constraints added, entities created
and placed (co-located with their group) or dropped; what would re-shard a table is refused before
anything runs, and data loss follows the plain rules (refused unless allowed).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from torquec import migrate
from torquec.backends.sql import schema_sql
from torquec.backends.sql.dialects import POSTGRES
from torquec.driver import analyze

from .test_citus import MODEL, STUB, rule_violations

CITUS = "citus"


def _compiled(model: dict):
    text = json.dumps(model)
    r = analyze("<model>", text=text)
    assert r.ok, [str(d) for d in r.diagnostics]
    return r.model, text


def _apply(url: str, model: dict, **kw) -> migrate.Plan:
    m, text = _compiled(model)
    conn = migrate.connect(url)
    try:
        return migrate.apply(conn, m, text, layout=CITUS, **kw)
    finally:
        conn.close()


def _entity(model: dict, name: str) -> dict:
    return next(e for e in model["entities"] if e["name"] == name)


@pytest.fixture
def citus_db(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(STUB)
    return pg_url


def _catalog(url: str) -> tuple:
    with psycopg.connect(url, autocommit=True) as conn:
        return (conn.execute("SELECT attrelid::regclass::text, attname FROM pg_attribute WHERE attnum > 0 AND NOT attisdropped "
                             "AND attrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r') "
                             "ORDER BY 1, 2").fetchall(),
                conn.execute("SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1").fetchall(),
                conn.execute('SELECT count(*) FROM "_torque_schema"').fetchone())


def test_columns_uniques_and_entities_migrate_in_place(citus_db):
    model = json.loads(MODEL.read_text())
    assert _apply(citus_db, model).initial
    with psycopg.connect(citus_db, autocommit=True) as conn:
        acc = conn.execute('INSERT INTO "account" ("name") VALUES (%s) RETURNING "id"', ("Acme",)).fetchone()[0]
        conn.execute('INSERT INTO "customer" ("account_id", "name", "email") VALUES (%s, %s, %s)', (acc, "Alice", "a@x.io"))
        conn.execute('INSERT INTO "tag" ("label") VALUES (%s)', ("vip",))

    new = copy.deepcopy(model)
    customer = _entity(new, "Customer")
    next(f for f in customer["fields"] if f["id"] == "f-customer-name")["name"] = "fullName"  # a rename: same field id
    customer["fields"] = [f for f in customer["fields"] if f["id"] != "f-customer-country"]  # a column without values
    customer["fields"].append({"id": "f-customer-vip", "name": "vip", "type": "boolean", "required": True, "default": False})
    customer["indexes"].append({"fields": ["accountId", "fullName"], "unique": True})
    new["entities"] = [e for e in new["entities"] if e["name"] != "Tag"]
    new["relationships"] = [r for r in new["relationships"] if r["id"] != "r-account-tags"]
    new["entities"].append({"id": "e-note", "name": "Note", "distribution": {"column": "accountId"},
                            "fields": [{"id": "f-note-account", "name": "accountId", "type": "reference", "target": "Account", "required": True},
                                       {"id": "f-note-customer", "name": "customerId", "type": "reference", "target": "Customer"},
                                       {"id": "f-note-text", "name": "text", "type": "text"}]})
    before = _catalog(citus_db)
    with pytest.raises(migrate.DataLossRefused, match="tag"):  # the tags hold a row
        _apply(citus_db, new)
    assert _catalog(citus_db) == before

    p = _apply(citus_db, new, allow_data_loss=True)
    sql = p.sql()
    assert 'RENAME COLUMN "name" TO "full_name"' in sql and "create_distributed_table('\"note\"', 'account_id', colocate_with => '\"account\"')" in sql
    assert 'DROP TABLE IF EXISTS "tag" CASCADE' in sql and "_torque_copy" not in sql  # nothing rebuilt through a copy
    with psycopg.connect(citus_db, autocommit=True) as conn:
        assert rule_violations(conn) == []
        assert conn.execute('SELECT "full_name", "vip" FROM "customer"').fetchall() == [("Alice", False)]
        assert conn.execute("SELECT to_regclass('tag'), to_regclass('account_tags')").fetchone() == (None, None)
        placed = dict(conn.execute("SELECT logicalrelid::text, colocationid FROM pg_dist_partition WHERE logicalrelid::text IN ('note', 'account')"))
        assert placed["note"] == placed["account"]
        with pytest.raises(psycopg.errors.UniqueViolation) as e:
            conn.execute('INSERT INTO "customer" ("account_id", "full_name", "email") VALUES (%s, %s, %s)', (acc, "Alice", "b@x.io"))
        assert e.value.diag.constraint_name == "uq_customer_account_id_full_name"
        # The note's customer key is (account_id, customer_id): another account's customer is refused.
        other = conn.execute('INSERT INTO "account" ("name") VALUES (%s) RETURNING "id"', ("Globex",)).fetchone()[0]
        alice = conn.execute('SELECT "id" FROM "customer"').fetchone()[0]
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute('INSERT INTO "note" ("account_id", "customer_id") VALUES (%s, %s)', (other, alice))
    assert _apply(citus_db, new).empty  # recorded: nothing left to do


def _distribute_tags(m: dict) -> None:
    """Tag, a reference table, becomes a group of its own (valid for Citus once nothing else forbids it)."""
    tag = _entity(m, "Tag")
    tag["distribution"] = {"column": "id"}
    tag["fields"][0].pop("unique")
    m["relationships"] = [r for r in m["relationships"] if r["id"] != "r-account-tags"]


def _rename_tags(m: dict) -> None:
    _entity(m, "Tag")["name"] = "Label"
    next(r for r in m["relationships"] if r["id"] == "r-account-tags")["to"] = "Label"


@pytest.mark.parametrize("change, message", [
    (_distribute_tags, "entity Tag changes its Citus placement: table \"tag\" is a reference table"),
    (lambda m: _entity(m, "Country").pop("distribution"), None),  # no distribution = a reference table: same placement
    (_rename_tags, "entity Label is renamed"),
    (lambda m: next(f for f in _entity(m, "Order")["fields"] if f["name"] == "number").update(type="integer"),
     "the type of number changes"),
])
def test_what_would_reshard_or_rebuild_a_table_is_refused(citus_db, change, message):
    model = json.loads(MODEL.read_text())
    _apply(citus_db, model)
    new = copy.deepcopy(model)
    change(new)
    if message is None:
        assert _apply(citus_db, new).empty
        with psycopg.connect(citus_db, autocommit=True) as conn:
            assert rule_violations(conn) == []
        return
    before = _catalog(citus_db)
    with pytest.raises(migrate.MigrationError, match=message):
        _apply(citus_db, new)
    assert _catalog(citus_db) == before


def _refused(url: str, model, text: str, match: str, error: type = migrate.LayoutMismatch, **kw) -> None:
    conn = migrate.connect(url)
    try:
        with pytest.raises(error, match=match):
            migrate.apply(conn, model, text, **kw)
    finally:
        conn.close()


def test_layouts_are_not_mixed(citus_db, pg_cluster, tmp_path):
    model = json.loads(MODEL.read_text())
    m, text = _compiled(model)
    _apply(citus_db, model)
    _refused(citus_db, m, text, "laid out for Citus")
    # Without a record either: the Citus script run by hand is not adopted by the plain layout…
    with psycopg.connect(citus_db, autocommit=True) as raw:
        raw.execute('DROP TABLE "_torque_schema"')
    _refused(citus_db, m, text, "has Citus tables")
    # … and a database the plain layout made (hash partitions) is not adopted as a Citus one.
    name = f"t_citus_plain_{uuid.uuid4().hex[:8]}"
    url = pg_cluster.create_database(name)
    try:
        with psycopg.connect(url, autocommit=True) as plain:
            plain.execute(schema_sql(m, POSTGRES))
        _refused(url, m, text, "hash-partitioned", layout=CITUS)
    finally:
        pg_cluster.drop_database(name)
    _refused(str(tmp_path / "app.db"), m, text, "needs a PostgreSQL database", migrate.MigrationError, layout=CITUS)


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "torquec", "migrate", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_migrate_cli_takes_the_layout_from_the_option_or_the_environment(citus_db):
    r = _cli("plan", str(MODEL), "--database-url", citus_db, "--layout", "citus")
    assert r.returncode == 0, r.stderr
    assert "create_distributed_table(" in r.stdout and "PARTITION BY" not in r.stdout
    r = _cli("apply", str(MODEL), "--database-url", citus_db, env={"TORQUE_DB_LAYOUT": "citus"})
    assert r.returncode == 0, r.stderr
    r = _cli("plan", str(MODEL), "--database-url", citus_db)  # the plain layout: refused, nothing to plan
    assert r.returncode == 1 and "--layout citus" in r.stderr and "Traceback" not in r.stderr
    todo = Path(__file__).resolve().parents[2] / "sample" / "todo.json"
    r = _cli("apply", str(todo), "--database-url", citus_db, "--layout", "citus")
    assert r.returncode == 1 and "no `distribution`" in r.stderr and "Traceback" not in r.stderr
    with psycopg.connect(citus_db, autocommit=True) as conn:
        assert conn.execute('SELECT count(*), min("layout") FROM "_torque_schema"').fetchone() == (1, "citus")
