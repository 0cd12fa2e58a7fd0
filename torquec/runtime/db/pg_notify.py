"""Change events across processes: PostgreSQL ``LISTEN/NOTIFY``.

Several ``torquec serve`` processes on one database behave as one app: each
write transaction that produced change events sends them with ``pg_notify``
*inside* the transaction, so PostgreSQL delivers them exactly when (and only
if) the transaction commits. Every process listens on one dedicated
connection and hands what other processes wrote to its own event hub; its own
events were already fanned out locally (no round trip through the server).

Payloads: PostgreSQL refuses a NOTIFY payload of 8000 bytes or more, so a
transaction's events are split into chunks of at most ``MAX_PAYLOAD`` bytes
(``{"o": origin, "e": [[entity, id, kind, version], …]}``): only what a
WebSocket message says travels, never a record. A bulk write of 10,000 rows
becomes a few dozen notifications sent in one statement.

Nothing is replayed: while the listening connection is down (database
restart, a terminated backend), events of other processes are missed; the
listener reconnects by itself, logs the gap and calls ``resync()`` once it
listens again, so the hub tells every WebSocket client ``{"type": "resync"}``
and clients reload what they show instead of staying silently stale.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from typing import Callable, Iterable

import orjson
import psycopg

log = logging.getLogger("torquec.runtime.events")

CHANNEL = "torque_changes"
MAX_PAYLOAD = 7900  # PostgreSQL's limit is 8000 bytes (NAMEDATALEN-dependent header aside)


def encode_events(origin: str, events: Iterable) -> list[str]:
    """The NOTIFY payloads for one transaction's events, each under ``MAX_PAYLOAD`` bytes."""
    head = orjson.dumps({"o": origin, "e": []})[:-2]  # b'{"o":"…","e":['
    payloads: list[str] = []
    parts: list[bytes] = []
    size = len(head) + 2
    for e in events:
        m = e.to_message()
        item = orjson.dumps([m["entity"], m["id"], m["kind"], m.get("version")])
        if len(head) + len(item) + 2 > MAX_PAYLOAD:
            log.warning("change event of %s too large for NOTIFY; other processes will not see it", m["entity"])
            continue
        if parts and size + len(item) + 1 > MAX_PAYLOAD:
            payloads.append((head + b",".join(parts) + b"]}").decode("utf-8"))
            parts, size = [], len(head) + 2
        parts.append(item)
        size += len(item) + 1
    if parts:
        payloads.append((head + b",".join(parts) + b"]}").decode("utf-8"))
    return payloads


def decode_payload(payload: str) -> tuple[str, list[tuple[str, dict]]] | None:
    """``(origin, [(entity, message), …])`` or None for a payload that is not ours."""
    try:
        data = orjson.loads(payload)
        msgs = []
        for entity, id_, kind, version in data["e"]:
            m = {"type": "change", "entity": entity, "id": id_, "kind": kind}
            if version is not None:
                m["version"] = version
            msgs.append((entity, m))
        return data["o"], msgs
    except (ValueError, KeyError, TypeError):
        return None


NOTIFY_SQL = f"SELECT pg_notify('{CHANNEL}', p) FROM unnest(%s::text[]) AS p"


class ChangeListener:
    """A thread holding one ``LISTEN`` connection; ``deliver(msgs)`` gets other processes' events."""

    def __init__(self, url: str, origin: str, deliver: Callable[[list], None], resync: Callable[[], None] | None = None) -> None:
        self.url = url
        self.origin = origin
        self.deliver = deliver
        self.resync = resync  # called after a reconnect: events may have been missed meanwhile
        self.reconnects = 0
        self.listening = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.received = 0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="torque-listen", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        delay = 0.1
        lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=10,
                                     application_name=f"torque-listen-{os.getpid()}") as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if lost:
                        log.warning("listening for other processes' change events again; clients are told to resync")
                        self.reconnects += 1
                        self._resync()
                    delay, lost = 0.1, False
                    while not self._stop.is_set():
                        for n in conn.notifies(timeout=0.5):
                            self._handle(n.payload)
            except psycopg.Error as e:
                self.listening.clear()
                if self._stop.is_set():
                    return
                if not lost:
                    log.warning("change-event listener lost its connection (%s); events of other processes "
                                "are missed until it reconnects", str(e).strip()[:200])
                lost = True
                time.sleep(delay)
                delay = min(delay * 2, 5.0)

    def _resync(self) -> None:
        if self.resync is None:
            return
        try:
            self.resync()
        except Exception:
            log.exception("telling clients to resync failed")

    def _handle(self, payload: str) -> None:
        decoded = decode_payload(payload)
        if decoded is None:
            return
        origin, msgs = decoded
        if origin == self.origin or not msgs:
            return  # ours: already delivered locally
        self.received += len(msgs)
        try:
            self.deliver(msgs)
        except Exception:
            log.exception("delivering change events from another process failed")
