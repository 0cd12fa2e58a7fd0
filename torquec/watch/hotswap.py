"""Swap a running ASGI app for a new one without failing a request.

``torquec watch`` serves the generated app through ``HotSwapApp``. A rebuild
produces a new app object; we start its lifespan (open pools, start
schedulers) *before* it receives traffic, switch the pointer in one
assignment, then wait for the requests still running in the old app to finish
and shut its lifespan down. Requests never see a half-started app, and none
is cut off: the old app keeps its connections until its last request ends.
WebSocket connections stay with the app that accepted them until they close
(the front-end reconnects and reloads on the `reload` event).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable

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
    __slots__ = ("app", "lifespan", "inflight", "idle")

    def __init__(self, app: ASGIApp, lifespan: LifespanRunner) -> None:
        self.app = app
        self.lifespan = lifespan
        self.inflight = 0
        self.idle = asyncio.Event()
        self.idle.set()


class HotSwapApp:
    """The ASGI app uvicorn runs; it forwards to the current generated app.

    ``extra`` is an optional ASGI app consulted first for the dev routes
    (``/__torque/...``); it returns False from ``handles(scope)`` for others.
    """

    def __init__(self, extra: Any = None) -> None:
        self._slot: _Slot | None = None
        self.extra = extra
        self.generation = 0
        self._swap_lock = asyncio.Lock()

    @property
    def current(self) -> ASGIApp | None:
        return self._slot.app if self._slot else None

    async def swap(self, new_app: ASGIApp) -> None:
        async with self._swap_lock:
            lifespan = LifespanRunner(new_app)
            await lifespan.startup()
            old, self._slot = self._slot, _Slot(new_app, lifespan)
            self.generation += 1
            if old is not None:
                asyncio.create_task(self._retire(old))

    async def _retire(self, slot: _Slot) -> None:
        try:
            await asyncio.wait_for(slot.idle.wait(), timeout=60)
        except asyncio.TimeoutError:
            log.warning("requests still running in the previous app after 60 s; shutting it down anyway")
        await slot.lifespan.shutdown()

    async def close(self) -> None:
        if self._slot is not None:
            await self._slot.lifespan.shutdown()
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
        slot = self._slot
        if slot is None:
            await _unavailable(scope, send)
            return
        slot.inflight += 1
        slot.idle.clear()
        try:
            await slot.app(scope, receive, send)
        finally:
            slot.inflight -= 1
            if slot.inflight == 0:
                slot.idle.set()


async def _unavailable(scope, send) -> None:
    if scope["type"] == "http":
        body = b'{"error": "the app is still building"}'
        await send({"type": "http.response.start", "status": 503,
                    "headers": [(b"content-type", b"application/json"), (b"retry-after", b"1")]})
        await send({"type": "http.response.body", "body": body})
    elif scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1013})
