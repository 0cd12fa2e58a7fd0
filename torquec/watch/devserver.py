"""Dev-only routes of `torquec watch` (under ``/__torque/``) and the browser hook.

- ``GET  /__torque/events``  Server-Sent Events: ``build-started``, ``build-failed``
  (with diagnostics as JSON), ``build-succeeded`` (timings, files written),
  ``app-updated`` (a new build is served: ``{generation}``; the live front-end
  re-reads ``app.json``), ``reload`` (the bundle for ``{generation}`` is in place).
- ``GET  /__torque/app.json`` what the live front-end renders (pages, entity and
  field metadata, flows; :mod:`torquec.backends.web.livespec`) of the build served.
- ``GET  /__torque/status``  the last build's outcome as JSON.
- ``POST /__torque/model``   body: a model JSON; answers its diagnostics as JSON
  (the ``torquec check --format json`` shape). With ``?write=1`` and no errors the
  model file is replaced atomically, which the watcher then rebuilds — the hook
  for editors and agents that hold the model in memory.
- ``/__torque/studio/``     Torque Studio, the visual model editor (torquec/studio/routes.py).
- ``GET  /__torque/dev.js``  injected into every HTML page the app serves: shows
  the diagnostics of a failed build as an overlay, hands ``app-updated`` to the
  live front-end (``window.__torqueLive``, which re-renders without a reload) and
  reloads the page on ``reload`` unless the live front-end already shows that build.

Every one of them sits behind the session's :class:`~torquec.watch.devguard.DevGuard`
(secret, Host, Origin, JSON bodies); so does the ``?token=`` visit that stores the secret.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from typing import Any, AsyncContextManager, Callable

from torquec.watch.devguard import DEV_PREFIX, DevGuard

DEV_JS = r"""(function () {
  if (window.__torqueDev) return; window.__torqueDev = true;
  var overlay = null;
  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
  function show(text) {
    hide();
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-label', 'torquec build failed');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,24,.92);color:#f5f5f5;' +
      'font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;padding:32px;overflow:auto;white-space:pre-wrap';
    var title = document.createElement('div');
    title.style.cssText = 'color:#ff6b6b;font-weight:bold;font-size:15px;margin-bottom:12px';
    title.textContent = 'torquec: the model has errors — the last good build is still being served';
    var body = document.createElement('pre');
    body.textContent = text;
    overlay.appendChild(title); overlay.appendChild(body);
    document.body.appendChild(overlay);
  }
  function generation(e) { try { return JSON.parse(e.data).generation || 0; } catch (err) { return 0; } }
  var es = new EventSource('/__torque/events');
  es.addEventListener('build-failed', function (e) { try { show(JSON.parse(e.data).text); } catch (err) { show(e.data); } });
  es.addEventListener('build-succeeded', hide);
  // The live front-end (src/torque/livemodel.tsx) registers window.__torqueLive: it re-reads
  // /__torque/app.json and re-renders in place; a bundle without it reloads as before.
  es.addEventListener('app-updated', function (e) {
    window.__torqueGeneration = generation(e);
    if (window.__torqueLive) window.__torqueLive.updated(window.__torqueGeneration);
  });
  es.addEventListener('reload', function (e) {
    hide();
    if (window.__torqueLive) window.__torqueLive.reload(generation(e)); else window.location.reload();
  });
})();
"""


class BuildEventHub:
    """Fan-out of build events to every connected SSE client (``/__torque/events``)."""

    def __init__(self) -> None:
        self._queues: set[asyncio.Queue] = set()
        self.last: dict[str, Any] = {"type": "idle"}
        self.closed = False

    def publish(self, kind: str, payload: dict | None = None) -> None:
        event = {"type": kind, **(payload or {})}
        if kind.startswith("build-"):
            self.last = event
        for q in list(self._queues):
            q.put_nowait(event)

    def subscribe(self) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue()
        self._queues.add(q)
        if self.closed:
            q.put_nowait(None)
        return q

    def close(self) -> None:
        """The server is stopping: every open stream ends now. (uvicorn would wait its graceful
        period for them, then cancel them and log a CancelledError traceback; a Studio or app tab
        is almost always connected.) Call on the loop's thread."""
        self.closed = True
        for q in list(self._queues):
            q.put_nowait(None)

    def unsubscribe(self, q: asyncio.Queue) -> None:
        self._queues.discard(q)


class DevRoutes:
    def __init__(self, hub: BuildEventHub, model_path: str, guard: DevGuard,
                 app_spec: Callable[[], bytes | None] | None = None,
                 serving: Callable[[], AsyncContextManager[Any]] | None = None) -> None:
        self.hub = hub
        self.app_spec = app_spec  # the served build's live spec as JSON (None: nothing served yet)
        self.model_path = model_path
        self.guard = guard
        self._routes = guard.protect(self._route)
        from torquec.studio.routes import StudioRoutes

        self.studio = StudioRoutes(model_path, serving=serving)

    def handles(self, scope) -> bool:
        if scope["type"] not in ("http", "websocket"):
            return False
        return scope["path"].startswith(DEV_PREFIX) or self.guard.is_sign_in(scope)

    async def __call__(self, scope, receive, send) -> None:
        if self.guard.is_sign_in(scope):
            await self.guard.sign_in(scope, send)
        else:
            await self._routes(scope, receive, send)

    async def _route(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await send({"type": "websocket.close", "code": 1000})
            return
        path, method = scope["path"], scope["method"]
        if path == "/__torque/events" and method == "GET":
            await self._events(send, receive)
        elif path == "/__torque/status" and method == "GET":
            await _json(send, 200, self.hub.last)
        elif path == "/__torque/app.json" and method == "GET":
            spec = self.app_spec() if self.app_spec is not None else None
            if spec is None:
                await _json(send, 503, {"error": "no build is being served yet"})
            else:
                await _respond(send, 200, spec, b"application/json")
        elif path == "/__torque/dev.js" and method == "GET":
            await _respond(send, 200, DEV_JS.encode(), b"application/javascript")
        elif path == "/__torque/model" and method == "POST":
            await self._submit(scope, receive, send)
        elif path.startswith("/__torque/studio/"):
            await self.studio(scope, receive, send)
        elif path == "/__torque/studio":
            await _redirect(send, "/__torque/studio/")
        else:
            await _json(send, 404, {"error": f"no dev route {method} {path}"})

    async def _events(self, send, receive) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache"), (b"x-accel-buffering", b"no")]})
        q = self.hub.subscribe()
        disconnected = asyncio.Event()

        async def watch_disconnect():
            while True:
                msg = await receive()
                if msg["type"] == "http.disconnect":
                    disconnected.set()
                    return

        watcher = asyncio.create_task(watch_disconnect())
        try:
            await send({"type": "http.response.body", "body": b": connected\n\n", "more_body": True})
            while not disconnected.is_set():
                try:
                    event = await asyncio.wait_for(q.get(), timeout=15)
                except asyncio.TimeoutError:
                    await send({"type": "http.response.body", "body": b": keep-alive\n\n", "more_body": True})
                    continue
                if event is None:  # the server is stopping
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                    return
                data = json.dumps(event, ensure_ascii=False)
                await send({"type": "http.response.body", "body": f"event: {event['type']}\ndata: {data}\n\n".encode(), "more_body": True})
        except (OSError, RuntimeError):
            pass
        finally:
            watcher.cancel()
            self.hub.unsubscribe(q)

    async def _submit(self, scope, receive, send) -> None:
        from torquec.diagnostics import render_text, to_json_list
        from torquec.driver import analyze

        body = b""
        while True:
            msg = await receive()
            body += msg.get("body", b"")
            if len(body) > 64 * 1024 * 1024:
                await _json(send, 413, {"error": "model too large"})
                return
            if not msg.get("more_body"):
                break
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            await _json(send, 400, {"error": "the body is not UTF-8"})
            return
        result = await asyncio.to_thread(analyze, self.model_path, text)
        payload = {
            "ok": result.ok,
            "diagnostics": to_json_list(result.diagnostics, result.source),
            "text": render_text(result.diagnostics, result.source),
            "written": False,
        }
        query = scope.get("query_string", b"").decode()
        if result.ok and "write=1" in query.split("&"):
            _atomic_write(self.model_path, text)
            payload["written"] = True
        await _json(send, 200, payload)


def _atomic_write(path: str, text: str) -> None:
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".torquec-model-", dir=directory)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


async def _respond(send, status: int, body: bytes, ctype: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", ctype), (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": body})


async def _redirect(send, location: str) -> None:
    await send({"type": "http.response.start", "status": 308, "headers": [(b"location", location.encode()), (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})


async def _json(send, status: int, payload: dict) -> None:
    await _respond(send, status, json.dumps(payload, ensure_ascii=False).encode(), b"application/json")


def inject_dev_script(app):
    """ASGI middleware: add the dev script to HTML responses of the generated app."""
    tag = b'<script src="/__torque/dev.js"></script>'

    async def wrapped(scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "GET":
            await app(scope, receive, send)
            return
        start: dict | None = None
        chunks: list[bytes] = []

        async def capture(msg):
            nonlocal start
            if msg["type"] == "http.response.start":
                headers = dict((k.lower(), v) for k, v in msg.get("headers", []))
                if headers.get(b"content-type", b"").startswith(b"text/html"):
                    start = msg
                    return
                await send(msg)
            elif msg["type"] == "http.response.body" and start is not None:
                chunks.append(msg.get("body", b""))
                if not msg.get("more_body"):
                    html = b"".join(chunks)
                    idx = html.rfind(b"</body>")
                    html = html[:idx] + tag + html[idx:] if idx != -1 else html + tag
                    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
                    headers.append((b"content-length", str(len(html)).encode()))
                    await send({**start, "headers": headers})
                    await send({"type": "http.response.body", "body": html})
            else:
                await send(msg)

        await app(scope, receive, capture)

    return wrapped
