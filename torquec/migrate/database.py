"""Connections for migrations and the ``_torque_schema`` table.

URLs as everywhere in torquec: ``postgresql://…`` (or ``postgres://``),
``sqlite:///relative.db``, ``sqlite:////absolute.db`` or a plain file path.

``_torque_schema`` records every model applied to a database, newest last:
``id``, ``applied_at``, ``model_name``, ``model_hash`` (sha256 of the model
file's bytes), ``model_json`` (the file's text), ``torquec_version`` and
``model_snapshot`` (the schema snapshot of the model, :mod:`torquec.ir.snapshot`)
and ``layout`` (how the tables are laid out: ``postgres`` or ``citus`` on
PostgreSQL, ``sqlite``; NULL in rows of older torquec versions: the dialect's own).
The migration planner reads the newest row to know what the database holds
— from its snapshot, so a starting app needs no compiler front end;
``torquec migrate apply`` and ``torquec serve`` (through :func:`record`)
append to it. Databases recorded before snapshots (or layouts) existed get the column
added (NULL in their old rows) the next time a model is recorded: the
model file of such a row is compiled once more instead (see
:func:`torquec.migrate.applied_ir`).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from typing import Any, NamedTuple

from torquec import __version__
from torquec.backends.sql.ddl import state_table
from torquec.backends.sql.dialects import POSTGRES, SQLITE
from torquec.runtime import decimals

STATE_TABLE = "_torque_schema"
SNAPSHOT_COLUMN = "model_snapshot"  # state tables of older torquec versions lack it until the next record
LAYOUT_COLUMN = "layout"  # likewise

# How the tables of a PostgreSQL database are laid out: ``postgres`` (sql/postgres/schema.sql: hash
# partitions, unique side tables) or ``citus`` (sql/citus/schema.sql: distributed and reference tables).
# SQLite has one layout, ``sqlite``. Chosen with `--layout` / TORQUE_DB_LAYOUT, recorded in _torque_schema.
CITUS = "citus"
LAYOUT_ENV = "TORQUE_DB_LAYOUT"
LAYOUTS = (POSTGRES, CITUS)


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
    decimals.register_sqlite_functions(raw)  # decimal conversions (migrate/convert.py)
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("PRAGMA busy_timeout = 30000")
    return Connection(SQLITE, raw, path)


def table_exists(conn: Connection, name: str) -> bool:
    if conn.dialect == POSTGRES:
        return bool(conn.query("SELECT to_regclass(?) IS NOT NULL", (f'"{name}"',))[0][0])
    return bool(conn.query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))[0][0])


class Applied(NamedTuple):
    """The newest row of ``_torque_schema``."""

    model_json: str
    model_hash: str
    snapshot: str | None  # None: recorded before snapshots existed
    layout: str | None = None  # None: recorded before layouts existed (the dialect's own layout)


def layout_or_default(layout: str | None, dialect: str) -> str:
    """``layout`` (None: the dialect's own, ``postgres`` or ``sqlite``)."""
    return layout or dialect


def applied_model(conn: Connection) -> Applied | None:
    """The newest applied model, or None."""
    if not table_exists(conn, STATE_TABLE):
        return None
    have = columns_of(conn, STATE_TABLE)
    extra = ", ".join(f'"{c}"' if c in have else "NULL" for c in (SNAPSHOT_COLUMN, LAYOUT_COLUMN))
    rows = conn.query(f'SELECT "model_json", "model_hash", {extra} FROM "{STATE_TABLE}" ORDER BY "id" DESC LIMIT 1')
    return Applied(*rows[0]) if rows else None


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


def ensure_state_table(conn: Connection) -> None:
    """Create ``_torque_schema``, or add the columns an older torquec did not record."""
    conn.script(state_table(conn.dialect))
    have = columns_of(conn, STATE_TABLE)
    for column in (SNAPSHOT_COLUMN, LAYOUT_COLUMN):
        if column not in have:
            conn.script(f'ALTER TABLE "{STATE_TABLE}" ADD COLUMN "{column}" TEXT;')


def record(conn: Connection, model_name: str, model_text: str, snapshot: str, layout: str | None = None) -> None:
    """Append the applied model, its schema snapshot and the layout (inside the caller's transaction)."""
    ensure_state_table(conn)
    conn.query(
        f'INSERT INTO "{STATE_TABLE}" ("model_name", "model_hash", "model_json", "torquec_version", "{SNAPSHOT_COLUMN}", '
        f'"{LAYOUT_COLUMN}") VALUES (?, ?, ?, ?, ?, ?)',
        (model_name, model_hash(model_text), model_text, __version__, snapshot, layout_or_default(layout, conn.dialect)),
    )
