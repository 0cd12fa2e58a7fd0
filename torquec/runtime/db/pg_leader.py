"""One leader among the server processes on a PostgreSQL database: who runs the schedules.

Every process keeps its schedule timers; before a tick runs, :meth:`Leadership.is_leader`
asks whether this process holds a session-level advisory lock (``pg_try_advisory_lock``)
on its own dedicated connection. Exactly one process holds it, so each tick runs once
across all processes. When the leader dies its connection closes, PostgreSQL releases
the lock, and the next process whose timer fires takes it over: a crashed leader is
replaced within one interval. A leader that loses its lock connection (the database
restarted, a network cut) stops running ticks at once (its check fails) and competes
again with the others.

SQLite apps have one process per database file: there, everyone is the leader.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading

import psycopg

log = logging.getLogger("torquec.xflow")


def lock_key(app: str) -> int:
    """A stable signed 64-bit advisory-lock key for this app's schedules."""
    return int.from_bytes(hashlib.sha256(f"torque-schedules:{app}".encode()).digest()[:8], "big", signed=True)


class Leadership:
    def __init__(self, url: str, app: str) -> None:
        self.url = url
        self.key = lock_key(app)
        self._conn: psycopg.Connection | None = None
        self._leader = False
        self._mutex = threading.Lock()

    def is_leader(self) -> bool:
        """Blocking (call from a worker thread): hold or try to take the lock."""
        with self._mutex:
            try:
                if self._conn is None or self._conn.closed:
                    self._leader = False
                    self._conn = psycopg.connect(self.url, autocommit=True, connect_timeout=5,
                                                 application_name=f"torque-schedules-{os.getpid()}")
                if self._leader:
                    self._conn.execute("SELECT 1")  # still connected: the lock is still ours
                else:
                    (self._leader,) = self._conn.execute("SELECT pg_try_advisory_lock(%s)", (self.key,)).fetchone()
                    if self._leader:
                        log.info("this process now runs the scheduled flows")
                return self._leader
            except psycopg.Error as e:
                if self._leader:
                    log.warning("lost the schedule lock's connection (%s): not running schedules until it is back",
                                str(e).strip()[:200])
                self._leader = False
                self._drop()
                return False

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:
                pass
        self._conn = None

    def close(self) -> None:
        with self._mutex:
            self._leader = False
            self._drop()
