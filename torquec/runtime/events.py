"""Change events to WebSocket clients (``/ws``), after commit.

The service layer publishes from worker threads; the hub hops onto the event
loop and fans out to each connected client's bounded queue, keeping only the
events the client's role may read. A client that falls 1000 events behind is
disconnected (it reconnects and reloads) rather than slowing writers down.

Messages: ``{"type": "change", "entity": "Order", "id": "…", "kind": "created"|"updated"|"deleted", "version": n}``;
the first message after connecting is ``{"type": "ready"}``. ``{"type": "resync"}``:
events may have been missed (the PostgreSQL listener reconnected), reload
everything shown. A client may send ``"ping"``; the server answers ``"pong"``.

On PostgreSQL, events written by other server processes on the same database
arrive through ``LISTEN/NOTIFY`` (``torquec.runtime.db.pg_notify``) and are
fanned out the same way.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from .auth import Principal

log = logging.getLogger("torquec.runtime.events")
QUEUE_SIZE = 1000


@dataclass(eq=False)
class Subscriber:
    principal: Principal
    queue: asyncio.Queue = field(default_factory=lambda: asyncio.Queue(QUEUE_SIZE))
    overflowed: bool = False


class EventHub:
    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.subscribers: set[Subscriber] = set()
        self.published = 0

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def subscribe(self, principal: Principal) -> Subscriber:
        s = Subscriber(principal)
        self.subscribers.add(s)
        return s

    def unsubscribe(self, s: Subscriber) -> None:
        self.subscribers.discard(s)

    def publish(self, events) -> None:
        """Called from any thread after a commit."""
        if not self.subscribers or self.loop is None or self.loop.is_closed():
            return
        msgs = [(e.entity, {"type": "change", **e.to_message()}) for e in events]
        try:
            self.loop.call_soon_threadsafe(self._fanout, msgs)
        except RuntimeError:  # loop closed during shutdown
            pass

    def publish_messages(self, msgs: list) -> None:
        """Ready-made ``(entity, message)`` pairs (another process's events), from any thread."""
        if not self.subscribers or self.loop is None or self.loop.is_closed():
            return
        try:
            self.loop.call_soon_threadsafe(self._fanout, msgs)
        except RuntimeError:
            pass

    def publish_resync(self) -> None:
        """Tell every client that events may have been missed (from any thread)."""
        self.publish_messages([(None, {"type": "resync"})])

    def _fanout(self, msgs) -> None:
        for s in list(self.subscribers):
            if s.overflowed:
                continue
            for entity, m in msgs:
                if entity is not None and not s.principal.can(entity, "read"):  # None: for everyone
                    continue
                try:
                    s.queue.put_nowait(m)
                    self.published += 1
                except asyncio.QueueFull:
                    s.overflowed = True  # the sender sees it after draining and closes the socket
                    break
