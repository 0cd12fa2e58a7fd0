"""PostgreSQL bulk insert for ``torquec data import`` (``runtime.dataio``): COPY, streamed.

Where the time of a COPY into an entity table goes (bench/bench_pg_copy.py, 100,000 rows of the
bench entity, PostgreSQL 15; the README has the table): heap and index inserts, then — at the end
of the statement, from the AFTER ROW trigger queue — the foreign-key check of each row (one SPI
query) and the unique side-table trigger of each unique field (one plpgsql INSERT).

Three things cut that without weakening any check:

* ``begin_import``: ``SET LOCAL plan_cache_mode = force_generic_plan``. A foreign key to a
  hash-partitioned table is checked with a query on the partitioned table; its generic plan looks
  more expensive than a custom one (the planner costs all partitions, the executor prunes them),
  so PostgreSQL plans the check anew for every row — about half of the check's cost. A generic
  plan runs the same check. ``SET LOCAL`` ends with the import's transaction; a user setting,
  no privilege needed. ``bulkCreate`` (``runtime.bulk``) uses the same for its COPY (``generic_plans``).
* unique side tables (``fill_sides``): in the import's transaction the side-table row triggers are
  disabled (``ALTER TABLE … DISABLE TRIGGER``, allowed to the table's owner; it takes a SHARE ROW
  EXCLUSIVE lock until the end of the import: readers go on, other writers of the table wait),
  each chunk's (value…, id) pairs go into the side tables with a COPY of their own — *before* the
  chunk's rows, so a reference by natural key (a foreign key to the side table) to a row of the
  same chunk finds it — and the triggers are enabled again before the commit. The side table's
  primary key refuses a duplicate value exactly as the trigger's INSERT would, under the same
  constraint name; a failed import rolls the disabling back with everything else. Not used when a
  trigger is missing or disabled (a Citus layout, a schema of an older build) or when a unique
  column is numbered by the database (a ``sequence`` field: its BEFORE INSERT trigger may set it).
* ``CopyStream``: the rows go in chunks of ``STREAM_ROWS``, each its own COPY, from a writer thread,
  while the importer validates the next rows. psycopg waits on the socket without the GIL, so the
  server's work (including the deferred per-row triggers at the end of each chunk's statement)
  overlaps the importer's Python. Nothing commits before the import's end: a bad row found later
  rolls the streamed rows back with the rest. While a stream runs, the interpreter's switch
  interval is 0.5 ms instead of 5 (``_QUICK_HANDOFF``): the writer thread needs the GIL a few times
  per chunk (to start the next COPY, to read the server's answer), and each time it waited up to
  the busy importer's full interval while the server had nothing to do — about a fifth of the
  import's wall time (100,000 rows: 3.1–3.2 s → 1.9–2.7 s, quiet machine).
"""

from __future__ import annotations

import io
import queue
import sys
import threading
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import psycopg
from psycopg.copy import Copy, FileWriter

from ..process_setting import ProcessSetting
from ..spec import q
from .base import DbError
from .postgres import translate

#: rows per COPY statement of a stream: large enough that a statement's fixed cost (partition
#: routing set-up, the trigger queue) is small, small enough that the server starts early.
STREAM_ROWS = 5000

_DONE = object()

#: the switch interval while a stream runs (see the module doc)
HANDOFF_SECONDS = 0.0005


def _quick() -> float:
    saved = sys.getswitchinterval()
    sys.setswitchinterval(min(saved, HANDOFF_SECONDS))
    return saved


#: counted across threads: imports on two threads of a server do not restore it under each other
_QUICK_HANDOFF = ProcessSetting(_quick, sys.setswitchinterval)


def begin_import(tx) -> None:
    """Settings for the rest of the import's transaction (see the module doc)."""
    tx.execute("SET LOCAL plan_cache_mode = force_generic_plan")


@contextmanager
def generic_plans(tx) -> Iterator[None]:
    """Generic plans for the statements of the block only (``bulkCreate``'s COPY and its foreign-key checks);
    after an error the transaction is lost anyway."""
    tx.execute("SET LOCAL plan_cache_mode = force_generic_plan")
    yield
    tx.execute("SET LOCAL plan_cache_mode TO DEFAULT")


def copy_rows(cur: psycopg.Cursor, qtable: str, cols: str, rows: Any) -> None:
    """One ``COPY qtable (cols) FROM STDIN`` of parameter tuples; psycopg errors as they come."""
    with cur.copy(f"COPY {qtable} ({cols}) FROM STDIN") as copy:
        write = copy.write_row
        for r in rows:
            write(r)


def copy_text(cur: psycopg.Cursor, qtable: str, cols: str, data: bytes) -> None:
    """One ``COPY qtable (cols) FROM STDIN`` of COPY text made by :func:`copy_data`."""
    with cur.copy(f"COPY {qtable} ({cols}) FROM STDIN") as copy:
        copy.write(data)


def copy_data(cur: psycopg.Cursor, rows: Any) -> bytes:
    """Parameter tuples as COPY text, by psycopg's own adapters (``write_row``) without sending them;
    ``cur`` only lends its adapters (no statement runs on it)."""
    out = io.BytesIO()
    with Copy(cur, binary=False, writer=FileWriter(out)) as copy:
        write = copy.write_row
        for r in rows:
            write(r)
    return out.getvalue()


def insert_columns(insert: str) -> str:
    """The column list of an ``INSERT INTO t (cols) VALUES …`` statement."""
    return insert.split("(", 1)[1].split(") VALUES", 1)[0]


def fill_sides(tx, sides: list, qtable: str, row_columns: Sequence[str], numbered: set[str]) -> list[tuple[str, str, str, tuple[int, ...]]]:
    """The unique side tables an import fills itself: (quoted trigger, quoted side table, its columns
    for COPY, positions of the values in an insert row); [] when the triggers must do it (see the
    module doc). ``sides``: ``AppSpec.unique_sides`` of the table; ``row_columns``: an insert row's columns
    (``EntitySpec.row_columns``); ``numbered``: sequence columns."""
    if not sides:
        return []
    cols = list(row_columns)
    if any(c not in cols or c in numbered for _t, _s, _sc, columns in sides for c in columns):
        return []
    wanted = [trigger for trigger, *_ in sides]
    # only the table's owner may disable its triggers (a role that may just write falls back to them)
    enabled = {r[0] for r in tx.fetchall(
        "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.oid = to_regclass(%s)"
        " AND t.tgname = ANY(%s) AND t.tgenabled = 'O' AND pg_has_role(c.relowner, 'USAGE')",
        (qtable, wanted))}
    if set(wanted) - enabled:
        return []
    return [(q(trigger), q(side), ", ".join(q(c) for c in (*side_cols, "id")), tuple(cols.index(c) for c in columns))
            for trigger, side, side_cols, columns in sides]


class CopyStream:
    """COPY rows into one table in chunks from a writer thread (see the module doc).

    ``send(valid)`` queues the rows of ``valid`` not sent yet (``valid`` only grows: the importer's
    list of (id, values, parameters)); ``finish(valid)`` sends the rest and waits for the server;
    ``stop()`` ends the thread without sending more (a failed import: the transaction rolls back).
    The caller must not use the connection between the first ``send`` and ``finish``/``stop``.
    A database error raises :class:`DbError` from the next ``send`` or ``finish``."""

    def __init__(self, tx, qtable: str, insert: str, sides: list | None = None) -> None:
        self.cur, self.qtable, self.cols = tx.cur, qtable, insert_columns(insert)
        self.sides = sides or []  # from fill_sides
        self._adapters = tx.conn.cursor()  # formats rows in the caller's thread (copy_data)
        self._disabled = False
        self.sent = 0
        self.error: DbError | None = None
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def send(self, valid: list) -> None:
        self._raise()
        if len(valid) == self.sent:
            return
        chunk = [params for _rid, _vals, params in valid[self.sent:]]
        self.sent = len(valid)
        # The caller's thread formats the COPY text: the writer thread then needs the GIL only a few
        # times a chunk, not for every 32 kB psycopg sends (each time waiting out the busy caller's
        # switch interval while the server had nothing to do).
        fmt = self._adapters
        try:
            data = ([copy_data(fmt, _side_rows(chunk, at)) for _t, _s, _c, at in self.sides], copy_data(fmt, chunk))
        except psycopg.Error as e:  # a value psycopg cannot adapt: a refusal, as from the server
            raise translate(e) from e
        if self._thread is None:
            self._thread = threading.Thread(target=self._write, name=f"copy {self.qtable}", daemon=True)
            _QUICK_HANDOFF.enter()  # left in _join, which finish() and stop() always reach
            self._thread.start()
        self._queue.put(data)

    def finish(self, valid: list) -> None:
        self.send(valid)
        self._join()
        self._raise()
        try:
            self._enable()
        except psycopg.Error as e:
            raise translate(e) from e

    def stop(self) -> None:
        self._stopping = True
        self._join()
        if self.error is None:
            try:  # a failed import rolls back anyway; this keeps the rest of its transaction as it was
                self._enable()
            except psycopg.Error:
                pass

    def _enable(self) -> None:
        if self._disabled:
            for trigger, *_ in self.sides:
                self.cur.execute(f"ALTER TABLE {self.qtable} ENABLE TRIGGER {trigger}")
            self._disabled = False

    def _join(self) -> None:
        if self._thread is not None:
            self._queue.put(_DONE)
            try:
                self._thread.join()
            finally:
                self._thread = None
                _QUICK_HANDOFF.leave()

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def _write(self) -> None:
        while True:
            chunk = self._queue.get()
            if chunk is _DONE:
                return
            if self._stopping or self.error is not None:
                continue  # drain until _DONE
            try:
                if self.sides and not self._disabled:
                    for trigger, *_ in self.sides:
                        self.cur.execute(f"ALTER TABLE {self.qtable} DISABLE TRIGGER {trigger}")
                    self._disabled = True
                sides, rows = chunk
                for (_trigger, side, side_cols, _at), data in zip(self.sides, sides):
                    copy_text(self.cur, side, side_cols, data)
                copy_text(self.cur, self.qtable, self.cols, rows)
            except psycopg.Error as e:
                self.error = translate(e)
            except BaseException as e:  # noqa: BLE001 — an unexpected value: reported to the caller as a refusal
                self.error = DbError("other", table=self.qtable, message=f"COPY into {self.qtable} failed: {e}")


def _side_rows(chunk: list, at: tuple[int, ...]):
    """(value…, id) of each row without a NULL among the values, as the trigger writes them."""
    if len(at) == 1:
        i = at[0]
        return ((r[i], r[0]) for r in chunk if r[i] is not None)
    return ((*(r[i] for i in at), r[0]) for r in chunk if all(r[i] is not None for i in at))
