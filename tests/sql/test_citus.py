"""sql/citus/schema.sql (entity.distribution) on real PostgreSQL, checked against Citus's documented rules.

Citus is not installable here: ``citus/citus_stub.sql`` stands in for ``create_distributed_table``,
``create_reference_table`` and ``pg_dist_partition`` (refusing what Citus refuses when a table is
distributed), and :func:`rule_violations` reads the catalog afterwards for the rules Citus checks
when foreign keys are added. The DDL itself — tables, keys, CHECKs, composite foreign keys — is
PostgreSQL's and runs here as it would on the coordinator.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import psycopg
import pytest

from torquec.backends.sql import schema_sql, table_specs
from torquec.backends.sql.citus import citus_schema_sql
from torquec.backends.sql.dialects import POSTGRES
from torquec.driver import analyze, build

HERE = Path(__file__).resolve().parent
MODEL = HERE / "models" / "citus.json"
STUB = (HERE / "citus" / "citus_stub.sql").read_text()


def _model():
    r = analyze(str(MODEL))
    assert r.ok, [str(d) for d in r.diagnostics]
    return r.model


def _connect(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True)


def rule_violations(conn) -> list[str]:
    """Citus's rules, read from the catalog: every table placed; primary keys and unique constraints of
    distributed tables include the distribution column; a foreign key from a distributed table goes to
    a reference table or to a co-located table, on the distribution column of both at the same place;
    reference tables refer only to reference tables."""
    out = []
    placed = {r[0]: r[1:] for r in conn.execute(
        "SELECT logicalrelid::text, partmethod, partkey, colocationid FROM pg_dist_partition").fetchall()}
    tables = [r[0] for r in conn.execute(
        "SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') "
        "AND relname NOT IN ('pg_dist_partition', '_torque_schema')").fetchall()]  # torquec's bookkeeping: local
    out += [f"{t} is neither distributed nor a reference table" for t in tables if t not in placed]

    def cols(rel: str, nums: list[int]) -> list[str]:
        names = dict(conn.execute("SELECT attnum, attname FROM pg_attribute WHERE attrelid = %s::regclass", (rel,)).fetchall())
        return [names[n] for n in nums]

    for rel, name, kind, key, frel, fkey in conn.execute(
        "SELECT conrelid::regclass::text, conname, contype, conkey, confrelid::regclass::text, confkey FROM pg_constraint "
        "WHERE contype IN ('p', 'u', 'f') AND connamespace = 'public'::regnamespace AND conrelid <> 'pg_dist_partition'::regclass"
    ).fetchall():
        if rel not in placed:
            continue
        method, dist, group = placed[rel]
        mine = cols(rel, key)
        if kind in ("p", "u"):
            if method == "h" and dist not in mine:
                out.append(f"{name}: unique on {rel} ({', '.join(mine)}) without its distribution column {dist}")
            continue
        fmethod, fdist, fgroup = placed.get(frel, (None, None, None))
        theirs = cols(frel, fkey)
        if fmethod == "n":
            continue
        if method == "n":
            out.append(f"{name}: reference table {rel} refers to the distributed {frel}")
        elif group != fgroup:
            out.append(f"{name}: {rel} and {frel} are not co-located")
        elif dist not in mine or fdist not in theirs or mine.index(dist) != theirs.index(fdist):
            out.append(f"{name}: ({', '.join(mine)}) -> {frel} ({', '.join(theirs)}) is not on the distribution columns")
    return out


@pytest.fixture
def citus_db(pg_url):
    conn = _connect(pg_url)
    conn.execute(STUB)
    yield conn
    conn.close()


def test_script_places_every_table_and_obeys_the_rules(citus_db):
    model = _model()
    script = citus_schema_sql(model, table_specs(model, POSTGRES))
    citus_db.execute(script)
    citus_db.execute(script)  # every statement can run again
    assert rule_violations(citus_db) == []
    placed = {r[0]: r[1:] for r in citus_db.execute("SELECT logicalrelid::text, partmethod, partkey, colocationid FROM pg_dist_partition")}
    assert {t for t, (m, _, _) in placed.items() if m == "n"} == {"country", "product", "tag"}  # Product: no distribution
    group = placed["account"][2]
    assert placed["account"][:2] == ("h", "id")
    for member in ("customer", '"order"', "order_line"):
        assert placed[member] == ("h", "account_id", group)
    assert placed["account_tags"] == ("h", "from_id", group)
    # No partitions, no side tables, no triggers: Citus shards instead.
    assert citus_db.execute("SELECT count(*) FROM pg_inherits").fetchone()[0] == 0
    assert citus_db.execute("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal").fetchone()[0] == 0


def test_keys_hold_within_each_account(citus_db):
    model = _model()
    citus_db.execute(citus_schema_sql(model, table_specs(model, POSTGRES)))
    a, b = uuid.uuid4(), uuid.uuid4()
    for acc in (a, b):
        citus_db.execute('INSERT INTO "account" ("id", "name") VALUES (%s, %s)', (acc, f"acc {acc}"))
    alice = uuid.uuid4()
    citus_db.execute('INSERT INTO "customer" ("id", "account_id", "name", "email") VALUES (%s, %s, %s, %s)', (alice, a, "Alice", "a@x.io"))
    # The e-mail is unique per account: the same address in another account is fine, twice in one is not.
    citus_db.execute('INSERT INTO "customer" ("account_id", "name", "email") VALUES (%s, %s, %s)', (b, "Alice B", "a@x.io"))
    with pytest.raises(psycopg.errors.UniqueViolation) as e:
        citus_db.execute('INSERT INTO "customer" ("account_id", "name", "email") VALUES (%s, %s, %s)', (a, "Al", "a@x.io"))
    assert e.value.diag.constraint_name == "uq_customer_account_id_email"
    # An order of account b cannot name account a's customer: the foreign key is (account_id, customer_id).
    with pytest.raises(psycopg.errors.ForeignKeyViolation) as e:
        citus_db.execute('INSERT INTO "order" ("account_id", "customer_id", "number") VALUES (%s, %s, %s)', (b, alice, "1"))
    assert e.value.diag.constraint_name == "fk_order_customer_id"
    order = uuid.uuid4()
    citus_db.execute('INSERT INTO "order" ("id", "account_id", "customer_id", "number") VALUES (%s, %s, %s, %s)', (order, a, alice, "1"))
    # SET NULL clears the reference only, never the distribution column.
    citus_db.execute('DELETE FROM "customer" WHERE "id" = %s', (alice,))
    assert citus_db.execute('SELECT "account_id", "customer_id" FROM "order" WHERE "id" = %s', (order,)).fetchone() == (a, None)
    # Deleting the account removes its whole group (cascades), reference tables untouched.
    citus_db.execute('INSERT INTO "tag" ("label") VALUES (%s)', ("vip",))
    citus_db.execute('DELETE FROM "account" WHERE "id" = %s', (a,))
    assert citus_db.execute('SELECT count(*) FROM "order"').fetchone()[0] == 0
    assert citus_db.execute('SELECT count(*) FROM "tag"').fetchone()[0] == 1


def test_rule_check_and_stub_refuse_what_citus_refuses(citus_db):
    """Neither check is vacuous: each catches a table laid out the single-server way."""
    citus_db.execute('CREATE TABLE "t_ref" ("id" uuid PRIMARY KEY)')
    citus_db.execute('CREATE TABLE "t_dist" ("id" uuid PRIMARY KEY, "owner" uuid NOT NULL, "code" text UNIQUE)')
    with pytest.raises(psycopg.errors.RaiseException, match="does not include the distribution column"):
        citus_db.execute("SELECT create_distributed_table('t_dist', 'owner')")
    citus_db.execute('ALTER TABLE "t_dist" DROP CONSTRAINT "t_dist_code_key", DROP CONSTRAINT "t_dist_pkey", ADD PRIMARY KEY ("owner", "id")')
    citus_db.execute("SELECT create_distributed_table('t_dist', 'owner')")
    citus_db.execute("SELECT create_reference_table('t_ref')")
    citus_db.execute('ALTER TABLE "t_ref" ADD COLUMN "dist_owner" uuid, ADD COLUMN "dist_id" uuid, '
                     'ADD FOREIGN KEY ("dist_owner", "dist_id") REFERENCES "t_dist" ("owner", "id")')
    citus_db.execute('CREATE TABLE "t_loose" ("id" uuid PRIMARY KEY)')
    assert rule_violations(citus_db) == ["t_loose is neither distributed nor a reference table",
                                         "t_ref_dist_owner_dist_id_fkey: reference table t_ref refers to the distributed t_dist"]


def test_plain_postgres_schema_of_the_same_model_still_applies(pg_url):
    model = _model()
    with _connect(pg_url) as conn:
        conn.execute(schema_sql(model, POSTGRES))
        assert conn.execute("SELECT count(*) FROM pg_inherits").fetchone()[0] > 0  # hash partitions as before


def test_build_writes_the_script_only_for_models_that_ask(tmp_path):
    assert build(str(MODEL), str(tmp_path / "citus")).ok
    assert (tmp_path / "citus" / "sql" / "citus" / "schema.sql").read_text().count("create_distributed_table(") == 5
    sample = HERE.parents[1] / "sample" / "todo.json"
    assert build(str(sample), str(tmp_path / "todo")).ok
    assert not (tmp_path / "todo" / "sql" / "citus").exists()
    assert "distribution" not in json.loads(sample.read_text())["entities"][0]


def test_the_runtime_maps_a_shard_constraint_name_to_the_field(citus_db, pg_url, tmp_path):
    """On a cluster the worker names the shard's copy of a constraint (``<name>_<shard id>``): the
    runtime must still say which field. Here the copy is made by renaming the constraint as a shard has it."""
    from torquec.runtime.app import _load_constraints
    from torquec.runtime.db.postgres import translate
    from torquec.runtime.errors import ConflictError, ReferentialIntegrityError
    from torquec.runtime.service import DataService
    from torquec.runtime.spec import AppSpec

    app = tmp_path / "app"
    assert build(str(MODEL), str(app)).ok
    citus_db.execute((app / "sql" / "citus" / "schema.sql").read_text())
    citus_db.execute('ALTER TABLE "customer" RENAME CONSTRAINT "uq_customer_account_id_email" TO "uq_customer_account_id_email_102040"')
    citus_db.execute('ALTER TABLE "order" RENAME CONSTRAINT "fk_order_customer_id" TO "fk_order_customer_id_102072"')
    spec = AppSpec.build(json.loads((app / "server" / "citus_shop" / "metadata.json").read_text()))
    _load_constraints(spec, str(app))
    svc = DataService.__new__(DataService)  # only the error mapping is exercised: it reads the spec alone
    svc.spec = spec
    acc = uuid.uuid4()
    citus_db.execute('INSERT INTO "account" ("id", "name") VALUES (%s, %s)', (acc, "a"))
    insert = 'INSERT INTO "customer" ("account_id", "name", "email") VALUES (%s, %s, %s)'
    citus_db.execute(insert, (acc, "A", "a@x.io"))
    with pytest.raises(psycopg.Error) as e:
        citus_db.execute(insert, (acc, "B", "a@x.io"))
    err = svc._db_error(translate(e.value))
    assert isinstance(err, ConflictError) and err.data["fields"] == ["accountId", "email"]
    with pytest.raises(psycopg.Error) as e:
        citus_db.execute('INSERT INTO "order" ("account_id", "customer_id", "number") VALUES (%s, %s, %s)', (acc, uuid.uuid4(), "1"))
    err = svc._db_error(translate(e.value))
    assert isinstance(err, ReferentialIntegrityError) and err.data["field"] == "customerId"
