"""Swap a running ASGI app for a new one without failing a request.

``torquec watch`` serves the generated app through ``HotSwapApp``. A rebuild
produces a new app object; we start its lifespan (open pools, start
schedulers) *before* it receives traffic, switch the pointer in one
assignment, then wait for the requests still running in the old app to finish
and shut its lifespan down. Requests never see a half-started app, and none
is cut off: the old app keeps its connections until its last request ends.
WebSocket connections stay with the app that accepted them until they close
(the front-end reconnects and reloads on the `reload` event).

While the database is migrated for a new app the old one must not serve (its
tables may be gone or renamed): ``held()`` makes new requests wait and lets
the HTTP requests in flight finish first; they all go to the new app once it
is swapped in. After ``close()`` nothing is swapped in any more.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Awaitable, Callable

log = logging.getLogger("torquec.watch")

ASGIApp = Callable[[dict, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]


class LifespanRunner:
    """Drive one app's ASGI lifespan protocol by hand."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._receive: asyncio.Queue = asyncio.Queue()
        self._sent: asyncio.Queue = asyncio.Queue()
        self._task: asyncio.Task | None = None
        self.supported = True

    async def startup(self, state: dict | None = None) -> None:
        scope = {"type": "lifespan", "asgi": {"version": "3.0", "spec_version": "2.0"}, "state": state if state is not None else {}}

        async def run() -> None:
            try:
                await self.app(scope, self._receive.get, self._sent.put)
            except Exception:  # an app without lifespan support raises on the scope
                self.supported = False
                await self._sent.put({"type": "lifespan.startup.complete"})
                raise

        self._task = asyncio.create_task(run())
        await self._receive.put({"type": "lifespan.startup"})
        msg = await self._sent.get()
        if msg["type"] == "lifespan.startup.failed":
            raise RuntimeError(f"the new app failed to start: {msg.get('message', '')}")

    async def shutdown(self) -> None:
        if self._task is None or self._task.done():
            return
        await self._receive.put({"type": "lifespan.shutdown"})
        try:
            await asyncio.wait_for(self._sent.get(), timeout=10)
        except asyncio.TimeoutError:
            log.warning("old app did not finish its shutdown in 10 s")
        self._task.cancel()


class _Slot:
    __slots__ = ("app", "lifespan", "inflight", "idle", "http_inflight", "http_idle", "on_stop", "state")

    def __init__(self, app: ASGIApp, lifespan: LifespanRunner, on_stop: Callable[[], None] | None, state: Any = None) -> None:
        self.app = app
        self.state = state  # what ``serving()`` hands out for this app (watch: its Runtime)
        self.lifespan = lifespan
        self.inflight = 0  # requests and open WebSockets
        self.idle = asyncio.Event()
        self.idle.set()
        self.http_inflight = 0  # HTTP requests only (a WebSocket may stay open for hours)
        self.http_idle = asyncio.Event()
        self.http_idle.set()
        self.on_stop = on_stop  # interrupts the app's running flows (called when the server stops)

    def enter(self, http: bool) -> None:
        self.inflight += 1
        self.idle.clear()
        if http:
            self.http_inflight += 1
            self.http_idle.clear()

    def leave(self, http: bool) -> None:
        self.inflight -= 1
        if self.inflight == 0:
            self.idle.set()
        if http:
            self.http_inflight -= 1
            if self.http_inflight == 0:
                self.http_idle.set()


class HotSwapApp:
    """The ASGI app uvicorn runs; it forwards to the current generated app.

    ``extra`` is an optional ASGI app consulted first for the dev routes
    (``/__torque/...``); it returns False from ``handles(scope)`` for others.
    """

    def __init__(self, extra: Any = None) -> None:
        self._slot: _Slot | None = None
        self._live: list[_Slot] = []  # the current app and those still finishing their requests
        self.extra = extra
        self.generation = 0
        self.closed = False
        self._swap_lock = asyncio.Lock()
        self._open = asyncio.Event()  # cleared while held(): requests wait
        self._open.set()
        #: awaited when the server shuts down, before the apps close (the watch session stops rebuilding)
        self.before_close: Callable[[], Awaitable[None]] | None = None

    @property
    def current(self) -> ASGIApp | None:
        return self._slot.app if self._slot else None

    @asynccontextmanager
    async def held(self, drain_seconds: float = 10) -> AsyncIterator[None]:
        """New requests wait until the block ends; HTTP requests in flight finish before it starts."""
        self._open.clear()
        try:
            slot = self._slot
            if slot is not None:
                try:
                    await asyncio.wait_for(slot.http_idle.wait(), timeout=drain_seconds)
                except asyncio.TimeoutError:
                    log.warning("requests still running in the app after %g s; changing the database anyway", drain_seconds)
            yield
        finally:
            self._open.set()

    @asynccontextmanager
    async def serving(self) -> AsyncIterator[Any]:
        """The ``state`` given with the current app (None: none is served), counted as an HTTP
        request in flight for the block: the app is neither shut down nor has its database
        migrated until the block ends. For the dev routes that call into the served app
        directly (the Studio's Run panel and page canvas), which would otherwise find its
        connections closed under them by a swap."""
        if not self._open.is_set():
            await self._open.wait()
        slot = self._slot
        if slot is None:
            yield None
            return
        slot.enter(http=True)
        try:
            yield slot.state
        finally:
            slot.leave(http=True)

    async def swap(self, new_app: ASGIApp, on_stop: Callable[[], None] | None = None, state: Any = None) -> bool:
        """Start ``new_app`` and send new requests to it; False (nothing started) once closed.
        ``state`` is what ``serving()`` answers while this app is the current one."""
        async with self._swap_lock:
            if self.closed:
                return False
            lifespan = LifespanRunner(new_app)
            await lifespan.startup()
            old, self._slot = self._slot, _Slot(new_app, lifespan, on_stop, state)
            self._live.append(self._slot)
            self.generation += 1
            if old is not None:
                asyncio.create_task(self._retire(old))
            return True

    def interrupt_flows(self) -> None:
        """End the flows running in every live app (thread-safe: the server is stopping)."""
        for slot in list(self._live):
            if slot.on_stop is not None:
                slot.on_stop()

    async def _retire(self, slot: _Slot) -> None:
        try:
            await asyncio.wait_for(slot.idle.wait(), timeout=60)
        except asyncio.TimeoutError:
            log.warning("requests still running in the previous app after 60 s; shutting it down anyway")
        await slot.lifespan.shutdown()
        if slot in self._live:
            self._live.remove(slot)

    async def close(self) -> None:
        if self.before_close is not None:
            await self.before_close()
        async with self._swap_lock:
            self.closed = True
            self._open.set()
            if self._slot is not None:
                await self._slot.lifespan.shutdown()
                self._live.remove(self._slot)
                self._slot = None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            # Our own lifespan: the inner apps' are driven by swap()/close().
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    await self.close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if self.extra is not None and self.extra.handles(scope):
            await self.extra(scope, receive, send)
            return
        if not self._open.is_set():
            await self._open.wait()
        slot = self._slot
        if slot is None:
            await _unavailable(scope, send)
            return
        http = scope["type"] == "http"
        slot.enter(http)
        try:
            await slot.app(scope, receive, send)
        finally:
            slot.leave(http)


async def _unavailable(scope, send) -> None:
    if scope["type"] == "http":
        body = b'{"error": "the app is still building"}'
        await send({"type": "http.response.start", "status": 503,
                    "headers": [(b"content-type", b"application/json"), (b"retry-after", b"1")]})
        await send({"type": "http.response.body", "body": body})
    elif scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1013})
