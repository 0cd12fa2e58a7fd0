"""SQLite: stdlib sqlite3, WAL, one writer at a time, a connection per thread.

* every connection: ``journal_mode=WAL``, ``synchronous=NORMAL``,
  ``foreign_keys=ON``, ``busy_timeout``, and the ``regexp(pattern, value)``
  function the schema's pattern CHECKs use (``X REGEXP P`` → ``regexp(P, X)``), and
  ``unicode_lower(x)`` for case-insensitive matching;
* connections are per thread (sqlite3 objects must not be used by two threads
  at once), opened lazily, closed by :meth:`close`; a connection a thread is using
  when :meth:`close` is called is closed when that thread is done with it (closing
  it under a running statement frees memory sqlite3 is still reading: a crash);
* write transactions take one process-wide lock and ``BEGIN IMMEDIATE``, so
  writers queue in Python instead of spinning on SQLITE_BUSY; readers never
  wait for writers (WAL snapshots).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from .. import decimals
from ..bounded_match import search
from .base import DbError, Tx

WRITE_LOCK_TIMEOUT = 30.0


def regexp(pattern: str | None, value: Any) -> int | None:
    """``value REGEXP pattern`` in bounded time (see :mod:`torquec.runtime.bounded_match`): a
    value that cannot be checked in time fails the CHECK, so nothing unchecked is stored."""
    if pattern is None or value is None:
        return None
    return 1 if search(pattern, str(value)) else 0


def unicode_lower(value: Any) -> Any:
    """Full Unicode lower-casing for case-insensitive matching (SQLite's own lower() and LIKE
    fold ASCII only); see :mod:`torquec.runtime.query`."""
    return value.lower() if isinstance(value, str) else value


# "UNIQUE constraint failed: order_line.order_id, order_line.product_id" for a composite one
_UNIQUE = re.compile(r"UNIQUE constraint failed: ((?:[^.\s]+\.[^\s,]+)(?:, [^.\s]+\.[^\s,]+)*)")
_NOT_NULL = re.compile(r"NOT NULL constraint failed: ([^.\s]+)\.(\S+)")
_CHECK = re.compile(r"CHECK constraint failed: (\S+)")


def translate(exc: sqlite3.Error) -> DbError:
    msg = str(exc)
    if isinstance(exc, sqlite3.IntegrityError):
        m = _UNIQUE.search(msg)
        if m:
            pairs = [p.split(".", 1) for p in m.group(1).split(", ")]
            return DbError("unique", table=pairs[0][0], column=pairs[0][1], columns=tuple(c for _, c in pairs), message=msg)
        if "FOREIGN KEY constraint failed" in msg:
            return DbError("foreign_key", message=msg)
        m = _CHECK.search(msg)
        if m:
            return DbError("check", constraint=m.group(1), message=msg)
        m = _NOT_NULL.search(msg)
        if m:
            return DbError("not_null", table=m.group(1), column=m.group(2), message=msg)
        return DbError("other", message=msg)
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in msg or "busy" in msg):
        return DbError("busy", message=msg)
    if isinstance(exc, (sqlite3.DataError, OverflowError)):
        return DbError("invalid_value", message=msg)
    return DbError("other", message=msg)


class SQLiteTx(Tx):
    __slots__ = ("conn",)

    def __init__(self, conn: sqlite3.Connection, write: bool) -> None:
        super().__init__("sqlite", write)
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        try:
            return self.conn.execute(sql, params).rowcount
        except (sqlite3.Error, OverflowError) as e:
            raise translate(e) from e

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except (sqlite3.Error, OverflowError) as e:
            raise translate(e) from e

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        try:
            return self.conn.execute(sql, params).fetchone()
        except (sqlite3.Error, OverflowError) as e:
            raise translate(e) from e

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except (sqlite3.Error, OverflowError) as e:
            raise translate(e) from e


class SQLiteDatabase:
    dialect = "sqlite"
    placeholder = "?"

    def __init__(self, path: str, *, busy_timeout_ms: int = 5000, synchronous: str = "NORMAL") -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self.synchronous = synchronous
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        self._using: dict[sqlite3.Connection, int] = {}  # uses under way per connection, under _conns_lock
        self._closed = False
        self._memory_uri = None
        if path == ":memory:":  # one shared in-memory database for all threads of this process
            import uuid

            self._memory_uri = f"file:torque-{uuid.uuid4().hex}?mode=memory&cache=shared"
            self._keepalive = self._open()

    def describe(self) -> str:
        return f"SQLite {sqlite3.sqlite_version} at {self.path}"

    def _open(self) -> sqlite3.Connection:
        if self._memory_uri:
            conn = sqlite3.connect(self._memory_uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=self.busy_timeout_ms / 1000)
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        if not self._memory_uri:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {self.synchronous}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.create_function("regexp", 2, regexp, deterministic=True)
        conn.create_function("unicode_lower", 1, unicode_lower, deterministic=True)
        decimals.register_sqlite_functions(conn)
        with self._conns_lock:
            self._conns.append(conn)
        return conn

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise DbError("other", message="database is closed")
            conn = self._local.conn = self._open()
        return conn

    @contextmanager
    def _use(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection, kept open until the block ends even if :meth:`close`
        is called meanwhile (a hot swap closes the old app's database while requests that
        started on it finish)."""
        conn = self.connection()
        with self._conns_lock:
            if self._closed:
                raise DbError("other", message="database is closed")
            self._using[conn] = self._using.get(conn, 0) + 1
        try:
            yield conn
        finally:
            with self._conns_lock:
                left = self._using[conn] = self._using[conn] - 1
                if not left:
                    del self._using[conn]
                orphan = self._closed and not left
            if orphan:
                _close_quietly(conn)

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[SQLiteTx]:
        with self._use() as conn:
            yield from self._transaction(conn, write)

    def _transaction(self, conn: sqlite3.Connection, write: bool) -> Iterator[SQLiteTx]:
        if conn.in_transaction:
            raise RuntimeError("nested transaction on one thread: pass the open `tx` to the service call instead")
        if write:
            if not self._write_lock.acquire(timeout=WRITE_LOCK_TIMEOUT):
                raise DbError("busy", message="timed out waiting for the write lock")
            try:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                except sqlite3.Error as e:
                    raise translate(e) from e
                tx = SQLiteTx(conn, True)
                try:
                    yield tx
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                try:
                    conn.execute("COMMIT")
                except sqlite3.Error as e:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise translate(e) from e
            finally:
                self._write_lock.release()
        else:
            conn.execute("BEGIN")
            tx = SQLiteTx(conn, False)
            try:
                yield tx
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def ensure_schema(self, sql_text: str) -> None:
        with self._use() as conn, self._write_lock:
            try:
                conn.executescript(sql_text)
            except sqlite3.Error as e:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise RuntimeError(f"applying the SQLite schema failed: {e}") from e

    def ping(self) -> bool:
        try:
            with self._use() as conn:
                conn.execute("SELECT 1").fetchone()
            return True
        except Exception:
            return False

    def close(self) -> None:
        """Close every connection no thread is using now; the others close when released."""
        with self._conns_lock:
            self._closed = True
            conns = [c for c in self._conns if c not in self._using]
            self._conns = []
        for c in conns:
            _close_quietly(c)


def _close_quietly(conn: sqlite3.Connection) -> None:
    try:
        conn.close()
    except Exception:
        pass
