"""`torquec serve --layout citus` end to end, on PostgreSQL with the Citus stand-in loaded
(tests/sql/citus/citus_stub.sql: create_distributed_table, create_reference_table, pg_dist_partition).

Over real HTTP: the app lays a fresh database out with sql/citus/schema.sql, records the layout,
serves CRUD, maps a per-account unique violation and a cross-account reference to the fields;
after a model change (a field, an entity) it migrates the Citus way on restart, keeping the data;
a start with the other layout, or a model without `distribution`, is refused with nothing changed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from torquec.driver import build

from server.harness import ROOT, RpcError, Server

from .test_citus import STUB, rule_violations

MODEL = ROOT / "tests" / "sql" / "models" / "citus.json"


def _serve_fails(app: Path, url: str, *args: str, env: dict | None = None) -> str:
    import os

    r = subprocess.run([sys.executable, "-m", "torquec", "serve", str(app), "--port", "0", "--no-web", "--database-url", url, *args],
                       capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}, cwd=ROOT)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    return r.stderr


def _state(conn) -> tuple:
    """What a refused start must leave as it was: the recorded rows and the tables."""
    rows = conn.execute('SELECT "id", "layout" FROM "_torque_schema" ORDER BY "id"').fetchall()
    tables = conn.execute("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1").fetchall()
    return rows, tables


@pytest.fixture
def citus_url(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(STUB)
    return pg_url


def test_serve_on_citus_layout_migrates_and_refuses_the_other_layout(citus_url, tmp_path):
    model = json.loads(MODEL.read_text())
    path = tmp_path / "citus.json"
    path.write_text(json.dumps(model))
    app = tmp_path / "app"
    assert build(str(path), str(app)).ok

    srv = Server(app, database_url=citus_url, seed=False, extra_args=["--layout", "citus"])
    try:
        a = srv.rpc("createEntity", {"entity": "Account", "data": {"name": "Acme"}})
        b = srv.rpc("createEntity", {"entity": "Account", "data": {"name": "Globex"}})
        alice = srv.rpc("createEntity", {"entity": "Customer", "data": {"accountId": a["id"], "name": "Alice", "email": "a@x.io"}})
        # The same e-mail in another account is fine; twice in one account it is a conflict naming both fields.
        srv.rpc("createEntity", {"entity": "Customer", "data": {"accountId": b["id"], "name": "Alice B", "email": "a@x.io"}})
        err = srv.error("createEntity", {"entity": "Customer", "data": {"accountId": a["id"], "name": "Al", "email": "a@x.io"}})
        assert err["code"] == -32002 and err["data"]["fields"] == ["accountId", "email"], err
        # An order of account b cannot name account a's customer (the key is (account_id, customer_id)).
        err = srv.error("createEntity", {"entity": "Order", "data": {"accountId": b["id"], "customerId": alice["id"], "number": "1"}})
        assert err["code"] == -32004 and err["data"]["field"] == "customerId", err
        order = srv.rpc("createEntity", {"entity": "Order", "data": {"accountId": a["id"], "customerId": alice["id"], "number": "1"}})
        updated = srv.rpc("updateEntity", {"entity": "Customer", "id": alice["id"], "data": {"name": "Alice A"}})
        assert updated["version"] == 2 and updated["name"] == "Alice A"
        # Citus cannot move a row between shards: the distribution column is not updated, and changing it is refused.
        err = srv.error("updateEntity", {"entity": "Customer", "id": alice["id"], "data": {"accountId": b["id"]}})
        assert err["code"] == -32602 and err["data"]["errors"][0]["field"] == "accountId", err
        assert err["data"]["errors"][0]["rule"] == "readOnly"
        page = srv.rpc("loadEntityData", {"entity": "Customer", "sort": [{"field": "name", "dir": "asc"}]})
        assert [r["name"] for r in page["items"]] == ["Alice A", "Alice B"] and page["total"] == 2
        tag = srv.rpc("createEntity", {"entity": "Tag", "data": {"label": "vip"}})
        srv.rpc("deleteEntity", {"entity": "Tag", "id": tag["id"]})
        with pytest.raises(RpcError):
            srv.rpc("getEntity", {"entity": "Tag", "id": tag["id"]})
    finally:
        srv.stop()

    with psycopg.connect(citus_url, autocommit=True) as conn:
        assert rule_violations(conn) == []
        assert conn.execute("SELECT count(*) FROM pg_inherits").fetchone()[0] == 0  # no hash partitions
        assert conn.execute("SELECT count(*) FROM pg_dist_partition").fetchone()[0] == 8
        before = _state(conn)
    assert before[0][-1][1] == "citus"

    # The other layout (the default) is refused, naming the one to use; nothing changes.
    err = _serve_fails(app, citus_url)
    assert "laid out for Citus" in err and "--layout citus" in err
    with psycopg.connect(citus_url, autocommit=True) as conn:
        assert _state(conn) == before

    # A field and an entity more: the restart (layout from the environment) migrates on the stand-in.
    customer = next(e for e in model["entities"] if e["name"] == "Customer")
    customer["fields"].append({"id": "f-customer-phone", "name": "phone", "type": "string", "validation": {"maxLength": 20}})
    model["entities"].append({
        "id": "e-invoice", "name": "Invoice", "distribution": {"column": "accountId"},
        "indexes": [{"fields": ["accountId", "code"], "unique": True}],
        "fields": [
            {"id": "f-invoice-account", "name": "accountId", "type": "reference", "target": "Account", "required": True},
            {"id": "f-invoice-order", "name": "orderId", "type": "reference", "target": "Order"},
            {"id": "f-invoice-code", "name": "code", "type": "string", "required": True},
        ],
    })
    path.write_text(json.dumps(model))
    assert build(str(path), str(app)).ok
    srv = Server(app, database_url=citus_url, seed=False, env={"TORQUE_DB_LAYOUT": "citus"})
    try:
        kept = srv.rpc("getEntity", {"entity": "Customer", "id": alice["id"]})
        assert kept["name"] == "Alice A" and kept["phone"] is None
        assert srv.rpc("updateEntity", {"entity": "Customer", "id": alice["id"], "data": {"phone": "+1 555"}})["phone"] == "+1 555"
        inv = srv.rpc("createEntity", {"entity": "Invoice", "data": {"accountId": a["id"], "orderId": order["id"], "code": "I-1"}})
        err = srv.error("createEntity", {"entity": "Invoice", "data": {"accountId": a["id"], "code": "I-1"}})
        assert err["code"] == -32002 and err["data"]["fields"] == ["accountId", "code"], err
        err = srv.error("createEntity", {"entity": "Invoice", "data": {"accountId": b["id"], "orderId": order["id"], "code": "I-2"}})
        assert err["code"] == -32004 and err["data"]["field"] == "orderId", err
        assert srv.total("Invoice") == 1 and srv.total("Customer") == 2 and inv["version"] == 1
    finally:
        srv.stop()
    with psycopg.connect(citus_url, autocommit=True) as conn:
        assert rule_violations(conn) == []
        placed = dict(conn.execute("SELECT logicalrelid::text, colocationid FROM pg_dist_partition").fetchall())
        assert placed["invoice"] == placed["account"]
        assert conn.execute('SELECT "layout" FROM "_torque_schema" ORDER BY "id" DESC LIMIT 1').fetchone()[0] == "citus"


def test_updates_of_distributed_rows_leave_the_distribution_column_out_of_set():
    """Citus refuses an UPDATE that sets the distribution column (it cannot prove the row stays on its
    shard); the Citus layout's update routes on it instead."""
    from torquec.backends.server.queries import entity_queries
    from torquec.driver import analyze

    model = analyze(str(MODEL)).model
    customer = next(e for e in model.entities if e.name == "Customer")
    queries = entity_queries(customer, "postgres")
    assert '"account_id" = %s,' in queries["update"]
    assert '"account_id" = %s,' not in queries["citus_update"] and queries["citus_update"].endswith('AND "account_id" = %s')
    assert queries["citus_route_field"] == "accountId"
    account = next(e for e in model.entities if e.name == "Account")  # distributed by id: routed by the id already
    assert "citus_update" not in entity_queries(account, "postgres")


def test_citus_layout_needs_a_model_with_distribution_and_postgresql(pg_url, tmp_path):
    app = tmp_path / "todo"
    assert build(str(ROOT / "sample" / "todo.json"), str(app)).ok
    err = _serve_fails(app, pg_url, "--layout", "citus")
    assert "`distribution`" in err and "sql/citus/schema.sql" in err
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('_torque_schema')").fetchone()[0] is None
    cit = tmp_path / "citus"
    assert build(str(MODEL), str(cit)).ok
    err = _serve_fails(cit, str(tmp_path / "app.db"), env={"TORQUE_DB_LAYOUT": "citus"})
    assert "needs --database-url postgresql://" in err
    assert not (tmp_path / "app.db").exists()
