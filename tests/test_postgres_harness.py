"""The throwaway PostgreSQL harness (tests/support/postgres.py, tests/conftest.py)."""

from __future__ import annotations

import psycopg
import pytest

pytestmark = pytest.mark.postgres

_seen_dbs: list[str] = []   # databases handed out by pg_url in this module


def test_cluster_is_postgres_15_or_newer_and_tuned_for_tests(pg_cluster):
    assert pg_cluster.url == f"postgresql://postgres@127.0.0.1:{pg_cluster.port}/postgres"
    with psycopg.connect(pg_cluster.url) as conn:
        assert conn.info.server_version >= 150000
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            assert conn.execute(f"SHOW {setting}").fetchone()[0] == "off"


def test_unix_socket_in_temp_dir(pg_cluster):
    with psycopg.connect(host=pg_cluster.socket_dir, port=pg_cluster.port,
                         user="postgres", dbname="postgres") as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_hash_partitioned_table(pg_url):
    _seen_dbs.append(pg_url.rsplit("/", 1)[1])
    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE item (id bigint PRIMARY KEY, name text NOT NULL) PARTITION BY HASH (id)")
        for r in range(8):
            conn.execute(f"CREATE TABLE item_p{r} PARTITION OF item FOR VALUES WITH (MODULUS 8, REMAINDER {r})")
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO item (id, name) VALUES (%s, %s)",
                            [(i, f"item {i}") for i in range(1, 501)])
        conn.execute("INSERT INTO item (id, name) SELECT g, 'bulk ' || g FROM generate_series(501, 2000) g")
        conn.commit()

        assert conn.execute("SELECT count(*) FROM item").fetchone()[0] == 2000
        parts = conn.execute(
            "SELECT count(*) FROM pg_inherits WHERE inhparent = 'item'::regclass").fetchone()[0]
        assert parts == 8
        per_part = [conn.execute(f"SELECT count(*) FROM item_p{r}").fetchone()[0] for r in range(8)]
        assert sum(per_part) == 2000 and all(n > 0 for n in per_part)
        assert conn.execute("SELECT name FROM item WHERE id = 1234").fetchone()[0] == "bulk 1234"


def test_databases_are_isolated(pg_cluster, pg_url):
    _seen_dbs.append(pg_url.rsplit("/", 1)[1])
    other = f"{pg_url.rsplit('/', 1)[1]}_other"
    other_url = pg_cluster.create_database(other)
    try:
        assert other_url != pg_url
        with psycopg.connect(pg_url) as a:
            a.execute("CREATE TABLE only_here (x int)")
            a.execute("INSERT INTO only_here VALUES (1)")
        with psycopg.connect(other_url) as b:
            assert b.execute("SELECT to_regclass('only_here')").fetchone()[0] is None
            b.execute("CREATE TABLE only_here (x int)")   # same name, no clash
            assert b.execute("SELECT count(*) FROM only_here").fetchone()[0] == 0
    finally:
        pg_cluster.drop_database(other)
    with psycopg.connect(pg_cluster.url) as conn:
        assert conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (other,)).fetchone() is None


def test_pg_url_databases_are_dropped_after_their_tests(pg_cluster):
    # Runs last in this file: the databases the tests above got are gone.
    if not _seen_dbs:
        pytest.skip("no pg_url test ran before this one")
    with psycopg.connect(pg_cluster.url) as conn:
        left = conn.execute("SELECT datname FROM pg_database WHERE datname = ANY(%s)",
                            (_seen_dbs,)).fetchall()
    assert left == []
