"""Fixtures for the SQL backend tests: models, real databases, sample-data inserts.

``db`` is parametrised over both dialects: an in-memory SQLite connection
(foreign keys on, ``regexp`` registered as the server runtime does) or a
fresh PostgreSQL database from ``pg_url``. Both run in autocommit so a
rejected statement leaves the connection usable.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path

import pytest

from torquec.backends.sql import schema_sql, table_specs
from torquec.backends.sql.naming import quote_ident as q
from torquec.backends.sql.values import to_db
from torquec.driver import analyze
from torquec.ir.nodes import FieldType, Model
from torquec.runtime.db.sqlite import regexp  # what the server runtime registers on SQLite connections

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
MODELS = {
    "customer-order": ROOT / "sample" / "customer-order.json",
    "todo": ROOT / "sample" / "todo.json",
    "features": HERE / "models" / "features.json",
}


@lru_cache(maxsize=None)
def load(name: str) -> Model:
    result = analyze(str(MODELS[name]))
    assert result.ok, [str(d) for d in result.diagnostics]
    return result.model




def sqlite_connect(path: str = ":memory:") -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("regexp", 2, regexp, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class Violation(Exception):
    pass


class DB:
    """One connection, dialect-neutral: ``?`` placeholders, errors as (kind, name)."""

    def __init__(self, dialect: str, conn):
        self.dialect = dialect
        self.conn = conn

    def script(self, text: str) -> None:
        if self.dialect == "sqlite":
            self.conn.executescript(text)
        else:
            self.conn.execute(text)

    def q(self, sql: str, params=()):
        params = tuple(params)
        if not params:
            cur = self.conn.execute(sql)
        else:
            if self.dialect == "postgres":
                sql = sql.replace("?", "%s")
            cur = self.conn.execute(sql, params)
        return cur.fetchall() if cur.description else []

    def one(self, sql: str, params=()):
        rows = self.q(sql, params)
        return rows[0][0] if rows else None

    def insert(self, model: Model, entity: str, values: dict) -> None:
        ent = model.entity(entity)
        cols, params = [], []
        for key, v in values.items():
            if key == "id":
                cols.append("id")
                params.append(v)
                continue
            f = ent.field(key)
            cols.append(f.column if f else key)
            params.append(to_db(f.type, v, self.dialect, f.precision, f.scale) if f else v)
        sql = f"INSERT INTO {q(ent.table)} ({', '.join(q(c) for c in cols)}) VALUES ({', '.join('?' for _ in cols)})"
        self.q(sql, params)

    def error(self, sql: str, params=()) -> tuple[str, str]:
        """Run a statement that must fail; return (kind, constraint-or-column)."""
        try:
            self.q(sql, params)
        except sqlite3.IntegrityError as e:
            msg = str(e)
            m = re.match(r"CHECK constraint failed: (\S+)", msg)
            if m:
                return "check", m.group(1)
            m = re.match(r"NOT NULL constraint failed: (\S+)", msg)
            if m:
                return "not_null", m.group(1).split(".", 1)[1]
            m = re.match(r"UNIQUE constraint failed: (\S+)", msg)
            if m:
                return "unique", m.group(1)
            if msg.startswith("FOREIGN KEY constraint failed"):
                return "foreign_key", ""
            raise
        except Exception as e:  # psycopg
            import psycopg

            if not isinstance(e, psycopg.errors.IntegrityError):
                raise
            diag = e.diag
            kind = {
                "23502": "not_null",
                "23503": "foreign_key",
                "23001": "foreign_key",
                "23505": "unique",
                "23514": "check",
            }[e.sqlstate]
            return kind, diag.column_name if kind == "not_null" else diag.constraint_name
        raise AssertionError(f"statement was accepted: {sql} {params}")


def connect(dialect: str, request) -> DB:
    if dialect == "sqlite":
        conn = sqlite_connect()
        request.addfinalizer(conn.close)
        return DB("sqlite", conn)
    import psycopg

    url = request.getfixturevalue("pg_url")
    conn = psycopg.connect(url, autocommit=True)
    request.addfinalizer(conn.close)
    return DB("postgres", conn)


@pytest.fixture(params=["sqlite", "postgres"])
def dialect(request) -> str:
    return request.param


@pytest.fixture
def db(dialect, request) -> DB:
    return connect(dialect, request)


def create(db: DB, model: Model) -> None:
    db.script(schema_sql(model, db.dialect))


def insert_sample(db: DB, model: Model) -> dict[str, int]:
    """Insert the model's sampleData with plain INSERTs.

    Entities go in table-creation order; optional references are set by an
    UPDATE once every record exists (they may point forward or form cycles).
    """
    order = [s.owner for s in table_specs(model, db.dialect) if s.kind == "entity"]
    by_entity: dict[str, list] = {}
    for rec in model.sample_data:
        by_entity.setdefault(rec.entity, []).append(rec)
    later = []
    counts = {}
    for name in order:
        ent = model.entity(name)
        for rec in by_entity.get(name, []):
            now, after = {}, {}
            for k, v in rec.values.items():
                f = ent.field(k)
                if f is not None and f.type is FieldType.REFERENCE and not f.required:
                    after[k] = v
                else:
                    now[k] = v
            db.insert(model, name, now)
            if after:
                later.append((ent, rec.values["id"], after))
        counts[name] = len(by_entity.get(name, []))
    for ent, rid, values in later:
        sets = ", ".join(f"{q(ent.field(k).column)} = ?" for k in values)
        db.q(f"UPDATE {q(ent.table)} SET {sets} WHERE \"id\" = ?", [*values.values(), rid])
    return counts
