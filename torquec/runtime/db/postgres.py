"""PostgreSQL: psycopg 3 with a psycopg_pool connection pool.

Pool connections run in autocommit mode; a write transaction is an explicit
``BEGIN … COMMIT`` block (``conn.transaction()``), a read is a plain
statement sequence (each statement sees committed data; no BEGIN/COMMIT
round trips). JSON columns are encoded/decoded with orjson. Statements are
prepared by psycopg after a few executions (the SQL text is fixed per
entity, so the prepared-statement cache hits).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import orjson
import psycopg
from psycopg import errors as pge
from psycopg.types.json import set_json_dumps, set_json_loads
from psycopg_pool import ConnectionPool

from .base import DbError, Tx
from .pg_notify import NOTIFY_SQL, encode_events


def translate(exc: psycopg.Error) -> DbError:
    diag = getattr(exc, "diag", None)
    constraint = getattr(diag, "constraint_name", None) if diag else None
    table = getattr(diag, "table_name", None) if diag else None
    column = getattr(diag, "column_name", None) if diag else None
    msg = (getattr(diag, "message_primary", None) if diag else None) or str(exc)
    if isinstance(exc, pge.UniqueViolation):
        return DbError("unique", constraint=constraint, table=table, column=column, message=msg)
    if isinstance(exc, pge.ForeignKeyViolation):
        return DbError("foreign_key", constraint=constraint, table=table, column=column, message=msg)
    if isinstance(exc, pge.CheckViolation):
        return DbError("check", constraint=constraint, table=table, column=column, message=msg)
    if isinstance(exc, pge.NotNullViolation):
        return DbError("not_null", constraint=constraint, table=table, column=column, message=msg)
    if isinstance(exc, pge.DataError):  # 22xxx: too long, out of range, bad text representation
        return DbError("invalid_value", table=table, column=column, message=msg)
    if isinstance(exc, (pge.SerializationFailure, pge.DeadlockDetected, pge.LockNotAvailable)):
        return DbError("busy", message=msg)
    return DbError("other", message=msg)


def _dumps(obj: Any) -> str:
    return orjson.dumps(obj).decode("utf-8")


class PostgresTx(Tx):
    __slots__ = ("conn", "cur")

    def __init__(self, conn: psycopg.Connection, cur: psycopg.Cursor, write: bool) -> None:
        super().__init__("postgres", write)
        self.conn = conn
        self.cur = cur

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        try:
            self.cur.execute(sql, params)
            return self.cur.rowcount
        except psycopg.Error as e:
            raise translate(e) from e

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self.cur.executemany(sql, rows)  # pipelined by psycopg: one round trip per batch, not per row
        except psycopg.Error as e:
            raise translate(e) from e

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        try:
            self.cur.execute(sql, params)
            return self.cur.fetchone()
        except psycopg.Error as e:
            raise translate(e) from e

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        try:
            self.cur.execute(sql, params)
            return self.cur.fetchall()
        except psycopg.Error as e:
            raise translate(e) from e


class PostgresDatabase:
    dialect = "postgres"
    placeholder = "%s"

    def __init__(self, url: str, *, min_size: int = 2, max_size: int = 20, timeout: float = 30.0) -> None:
        self.url = url
        self.change_origin: str | None = None  # set by the app: change events are sent to other processes
        try:  # fail fast with the server's own message (the pool would retry until its timeout)
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.Error as e:
            raise ConnectionError(f"cannot connect to PostgreSQL: {str(e).strip()}") from None
        self.pool = ConnectionPool(
            url,
            min_size=min_size,
            max_size=max_size,
            timeout=timeout,
            kwargs={"autocommit": True},
            configure=self._configure,
            open=False,
            name="torque",
        )
        self.pool.open(wait=True, timeout=timeout)

    @staticmethod
    def _configure(conn: psycopg.Connection) -> None:
        set_json_loads(orjson.loads, conn)
        set_json_dumps(_dumps, conn)

    def describe(self) -> str:
        from urllib.parse import urlsplit

        u = urlsplit(self.url)
        host = u.hostname or "localhost"
        return f"PostgreSQL at {host}:{u.port or 5432}{u.path}"

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[PostgresTx]:
        with self.pool.connection() as conn:
            if write:
                try:
                    with conn.transaction():
                        with conn.cursor() as cur:
                            tx = PostgresTx(conn, cur, True)
                            yield tx
                            if tx.events and self.change_origin is not None:
                                # Inside the transaction: delivered to other processes at COMMIT, never before.
                                cur.execute(NOTIFY_SQL, (encode_events(self.change_origin, tx.events),))
                except psycopg.Error as e:  # e.g. a deferred constraint failing at COMMIT
                    raise translate(e) from e
            else:
                with conn.cursor() as cur:
                    yield PostgresTx(conn, cur, False)

    def ensure_schema(self, sql_text: str) -> None:
        with self.pool.connection() as conn:
            try:
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(7210443611)")  # one schema writer at a time
                    conn.execute(sql_text)
            except psycopg.Error as e:
                raise RuntimeError(f"applying the PostgreSQL schema failed: {e}") from e

    def ping(self) -> bool:
        try:
            with self.pool.connection(timeout=5) as conn:
                conn.execute("SELECT 1")
            return True
        except Exception:
            return False

    def close(self) -> None:
        self.pool.close()
