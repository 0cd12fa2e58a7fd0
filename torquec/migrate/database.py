"""Connections for migrations and the ``_torque_schema`` table.

URLs as everywhere in torquec: ``postgresql://…`` (or ``postgres://``),
``sqlite:///relative.db``, ``sqlite:////absolute.db`` or a plain file path.

``_torque_schema`` records every model applied to a database, newest last:
``id``, ``applied_at``, ``model_name``, ``model_hash`` (sha256 of the model
file's bytes), ``model_json`` (the file's text), ``torquec_version``. The
migration planner reads the newest row to know what the database holds;
``torquec migrate apply`` and ``torquec serve`` (through :func:`record`)
append to it.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from torquec import __version__
from torquec.backends.sql.ddl import state_table
from torquec.backends.sql.dialects import POSTGRES, SQLITE

STATE_TABLE = "_torque_schema"

def model_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dialect_of(url: str) -> str:
    return POSTGRES if url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")) else SQLITE


def sqlite_path(url: str) -> str:
    if url.startswith("sqlite://"):
        path = url[len("sqlite://"):]
        if path.startswith("/"):
            path = path[1:]
        return path or ":memory:"
    if "://" in url:
        raise ValueError(f"unsupported database URL scheme: {url.split('://', 1)[0]}://")
    return url


def _regexp(pattern, value):
    if pattern is None or value is None:
        return None
    return 1 if re.search(pattern, str(value)) is not None else 0


@dataclass
class Connection:
    """A raw DB-API connection plus its dialect; ``?`` placeholders on both."""

    dialect: str
    raw: Any
    label: str

    def execute(self, sql: str, params: tuple = ()):
        if self.dialect == POSTGRES:
            cur = self.raw.execute(sql, params or None) if params else self.raw.execute(sql)
        else:
            cur = self.raw.execute(sql, params)
        return cur

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self.dialect == POSTGRES and params:
            sql = sql.replace("?", "%s")
        cur = self.execute(sql, params)
        return cur.fetchall() if cur.description else []

    def script(self, sql: str) -> None:
        if self.dialect == POSTGRES:
            self.raw.execute(sql)
        else:
            # executescript would COMMIT first; run statement by statement inside our transaction.
            for stmt in split_sqlite(sql):
                self.raw.execute(stmt)

    def close(self) -> None:
        self.raw.close()


def split_sqlite(sql: str) -> list[str]:
    """Complete statements of a script (sqlite3.complete_statement decides where one ends)."""
    out, buf = [], []
    for line in sql.splitlines(keepends=True):
        buf.append(line)
        text = "".join(buf)
        if sqlite3.complete_statement(text):
            if text.strip() and not all(ln.strip().startswith("--") or not ln.strip() for ln in text.splitlines()):
                out.append(text.strip())
            buf = []
    rest = "".join(buf).strip()
    if rest and not all(ln.strip().startswith("--") or not ln.strip() for ln in rest.splitlines()):
        out.append(rest)
    return out


def connect(url: str) -> Connection:
    """Open ``url`` for a migration: PostgreSQL in a transaction (UTC), SQLite in manual transaction mode."""
    dialect = dialect_of(url)
    if dialect == POSTGRES:
        import psycopg

        raw = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
        raw.execute("SET TIME ZONE 'UTC'")
        raw.commit()
        label = re.sub(r"//[^@/]*@", "//", url)  # no credentials in messages
        return Connection(POSTGRES, raw, label)
    path = sqlite_path(url)
    if path != ":memory:":
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.create_function("regexp", 2, _regexp, deterministic=True)
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("PRAGMA busy_timeout = 30000")
    return Connection(SQLITE, raw, path)


def table_exists(conn: Connection, name: str) -> bool:
    if conn.dialect == POSTGRES:
        return bool(conn.query("SELECT to_regclass(?) IS NOT NULL", (f'"{name}"',))[0][0])
    return bool(conn.query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))[0][0])


def applied_model(conn: Connection) -> tuple[str, str] | None:
    """(model_json, model_hash) of the newest applied model, or None."""
    if not table_exists(conn, STATE_TABLE):
        return None
    rows = conn.query(f'SELECT "model_json", "model_hash" FROM "{STATE_TABLE}" ORDER BY "id" DESC LIMIT 1')
    return (rows[0][0], rows[0][1]) if rows else None


def user_tables(conn: Connection) -> list[str]:
    """Tables in the database other than torquec's own bookkeeping."""
    if conn.dialect == POSTGRES:
        rows = conn.query(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
            "AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1"
        )
    else:
        rows = conn.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
    return [r[0] for r in rows if r[0] != STATE_TABLE]


def columns_of(conn: Connection, table: str) -> set[str] | None:
    """Column names of ``table``, or None when it does not exist."""
    if not table_exists(conn, table):
        return None
    if conn.dialect == POSTGRES:
        rows = conn.query("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?", (table,))
    else:
        rows = [(r[1],) for r in conn.query(f'PRAGMA table_info("{table}")')]
    return {r[0] for r in rows}


def record_sql(dialect: str) -> str:
    return state_table(dialect)


def record(conn: Connection, model_name: str, model_text: str) -> None:
    """Append the applied model (inside the caller's transaction)."""
    conn.script(state_table(conn.dialect))
    conn.query(
        f'INSERT INTO "{STATE_TABLE}" ("model_name", "model_hash", "model_json", "torquec_version") VALUES (?, ?, ?, ?)',
        (model_name, model_hash(model_text), model_text, __version__),
    )


def state_statements(dialect: str, model_name: str, model_text: str) -> list[tuple[str, tuple]]:
    """For ``torquec serve``: (sql, params) recording the served model, native placeholders
    (``%s`` PostgreSQL, ``?`` SQLite). Run them in the transaction that ensures the schema."""
    ph = "%s" if dialect == POSTGRES else "?"
    return [
        (state_table(dialect), ()),
        (
            f'INSERT INTO "{STATE_TABLE}" ("model_name", "model_hash", "model_json", "torquec_version") '
            f"SELECT {ph}, {ph}, {ph}, {ph} WHERE NOT EXISTS (SELECT 1 FROM (SELECT \"model_hash\" FROM \"{STATE_TABLE}\" "
            f'ORDER BY "id" DESC LIMIT 1) AS "last" WHERE "last"."model_hash" = {ph})',
            (model_name, model_hash(model_text), model_text, __version__, model_hash(model_text)),
        ),
    ]
