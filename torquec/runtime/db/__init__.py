"""Database access for generated apps: SQLite (stdlib) and PostgreSQL (psycopg 3).

    db = connect("sqlite:///data/app.db")        # or a plain path, or postgresql://…
    with db.transaction(write=True) as tx:
        tx.execute(sql, params)                   # → rowcount
        tx.fetchone(sql, params); tx.fetchall(sql, params)
    db.ensure_schema(open("sql/sqlite/schema.sql").read())

A transaction commits when the block exits normally and rolls back on any
exception. Database errors are raised as :class:`DbError` with a ``kind``
(``unique``, ``foreign_key``, ``check``, ``not_null``, ``invalid_value``,
``busy``) and, where the database says, the constraint/table/column; the
service layer maps them to JSON-RPC errors.
"""

from __future__ import annotations

import os

from .base import Database, DbError, Tx


def connect(url: str | None, *, default_path: str | None = None, **options) -> Database:
    """Open the database named by ``url`` (``sqlite:///rel.db``, ``sqlite:////abs.db``,
    ``postgresql://…``, or a file path). ``None`` → ``default_path`` (SQLite)."""
    if url is None or url == "":
        if default_path is None:
            raise ValueError("no database URL and no default path")
        url = default_path
    if url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        from .postgres import PostgresDatabase

        return PostgresDatabase(url.replace("postgresql+psycopg://", "postgresql://"), **options)
    if url.startswith("sqlite://"):
        path = url[len("sqlite://"):]
        if path.startswith("/"):
            path = path[1:]  # sqlite:///rel.db → rel.db ; sqlite:////abs → /abs
        url = path or ":memory:"
    if "://" in url:
        raise ValueError(f"unsupported database URL scheme: {url.split('://', 1)[0]}://")
    from .sqlite import SQLiteDatabase

    if url != ":memory:":
        os.makedirs(os.path.dirname(os.path.abspath(url)), exist_ok=True)
    return SQLiteDatabase(url, **options)


__all__ = ["connect", "Database", "DbError", "Tx"]
