"""PostgreSQL specifics: hash partitions, unique values across partitions, concurrency."""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest

from torquec.backends.sql import schema_sql

from .conftest import load


@pytest.fixture
def pg(pg_url):
    model = load("customer-order")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(schema_sql(model, "postgres"))
        yield conn


def partition_of(conn, table: str, modulus: int, id_: str) -> int:
    for r in range(modulus):
        if conn.execute(
            "SELECT satisfies_hash_partition(%s::regclass, %s, %s, %s::uuid)", (f'"{table}"', modulus, r, id_)
        ).fetchone()[0]:
            return r
    raise AssertionError("no partition")


def add_customer(conn, email: str, id_: str | None = None) -> str:
    id_ = id_ or str(uuid.uuid4())
    conn.execute(
        'INSERT INTO "customer" ("id", "name", "email", "customer_type", "is_active") VALUES (%s, %s, %s, %s, true)',
        (id_, "Name", email, "Individual"),
    )
    return id_


def test_thousand_rows_reach_every_partition(pg):
    with pg.cursor() as cur:
        cur.executemany(
            'INSERT INTO "customer" ("name", "email", "customer_type", "is_active") VALUES (%s, %s, %s, true)',
            [(f"Customer {i}", f"c{i}@example.com", "Business") for i in range(1000)],
        )
    rows = pg.execute('SELECT tableoid::regclass::text, count(*) FROM "customer" GROUP BY 1 ORDER BY 1').fetchall()
    assert [r[0] for r in rows] == [f"customer_p{i}" for i in range(8)]
    assert all(r[1] > 0 for r in rows) and sum(r[1] for r in rows) == 1000
    assert pg.execute('SELECT count(*) FROM "customer__uq_email"').fetchone()[0] == 1000


def test_unique_across_partitions(pg):
    first = add_customer(pg, "same@example.com")
    p1 = partition_of(pg, "customer", 8, first)
    while True:  # an id that lands in another partition
        other = str(uuid.uuid4())
        if partition_of(pg, "customer", 8, other) != p1:
            break
    with pytest.raises(psycopg.errors.UniqueViolation) as exc:
        add_customer(pg, "same@example.com", other)
    assert exc.value.diag.constraint_name == "uq_customer_email"
    assert pg.execute('SELECT count(*) FROM "customer"').fetchone()[0] == 1
    # The same value in a different case is a different value.
    add_customer(pg, "Same@example.com", other)


def test_unique_update_delete_truncate(pg):
    a = add_customer(pg, "a@example.com")
    b = add_customer(pg, "b@example.com")
    with pytest.raises(psycopg.errors.UniqueViolation):
        pg.execute('UPDATE "customer" SET "email" = %s WHERE "id" = %s', ("a@example.com", b))
    pg.execute('UPDATE "customer" SET "email" = %s WHERE "id" = %s', ("a2@example.com", a))
    pg.execute('UPDATE "customer" SET "name" = %s WHERE "id" = %s', ("Renamed", a))  # not the column: no trigger work
    add_customer(pg, "a@example.com")
    pg.execute('DELETE FROM "customer" WHERE "id" = %s', (b,))
    add_customer(pg, "b@example.com")
    side = sorted(r[0] for r in pg.execute('SELECT "value" FROM "customer__uq_email"'))
    assert side == ["a2@example.com", "a@example.com", "b@example.com"]
    pg.execute('TRUNCATE "customer" CASCADE')
    assert pg.execute('SELECT count(*) FROM "customer__uq_email"').fetchone()[0] == 0
    add_customer(pg, "a@example.com")


def test_rolled_back_insert_frees_value(pg, pg_url):
    with psycopg.connect(pg_url) as conn:
        add_customer(conn, "tx@example.com")
        conn.rollback()
    add_customer(pg, "tx@example.com")


def test_concurrent_writers_of_one_value(pg, pg_url):
    """The second writer waits for the first and fails once it commits."""
    first = psycopg.connect(pg_url)
    second = psycopg.connect(pg_url)
    try:
        add_customer(first, "race@example.com")  # not committed yet
        result: dict = {}

        def write():
            try:
                add_customer(second, "race@example.com")
                second.commit()
                result["ok"] = True
            except psycopg.errors.UniqueViolation as e:
                result["error"] = e.diag.constraint_name
                second.rollback()

        t = threading.Thread(target=write)
        t.start()
        t.join(0.5)
        assert t.is_alive(), "the second writer must wait for the first transaction"
        first.commit()
        t.join(10)
        assert result == {"error": "uq_customer_email"}
    finally:
        first.close()
        second.close()
    assert pg.execute('SELECT count(*) FROM "customer" WHERE "email" = %s', ("race@example.com",)).fetchone()[0] == 1


def test_partition_count_follows_model(pg_url):
    from dataclasses import replace

    model = replace(load("todo"), partitions=3)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(schema_sql(model, "postgres"))
        parts = conn.execute(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = '\"todo\"'::regclass ORDER BY 1"
        ).fetchall()
    assert [p[0] for p in parts] == ["todo_p0", "todo_p1", "todo_p2"]
