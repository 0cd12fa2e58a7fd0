"""The HTTP and WebSocket endpoints of a generated app (``build_app`` adds them).

  POST /rpc      JSON-RPC 2.0; ``Content-Type: application/json`` required (else HTTP 415
                 with a -32600 error object), body ≤ ``max_body_bytes`` (else 413, -32008)
  GET  /ws       WebSocket change events (see ``torquec.runtime.events``)
  GET  /health   {"status": "ok", "database": "ok"} (503 when the database does not answer)
  GET  /health/live, /health/ready   liveness (no database call) and readiness (database
                 reachable and holding this build's schema): see ``torquec.runtime.health``
  GET  /metrics  Prometheus text; ``Authorization: Bearer <metrics token>`` required
  GET  /…        the web front-end from ``<app>/web/dist`` with SPA fallback, when built

``/rpc`` and ``/ws`` sit behind the app's :class:`~torquec.runtime.hostguard.HostPolicy`
(the same Host/Origin check as ``/mcp``).
"""

from __future__ import annotations

import asyncio
import hmac
import os
from typing import Any

import orjson
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route, WebSocketRoute, request_response, websocket_session
from starlette.websockets import WebSocket, WebSocketDisconnect

from . import api as api_mod
from .auth import bearer
from .errors import INVALID_REQUEST, PayloadTooLargeError, UnauthorizedError
from .hostguard import HostPolicy
from .jsonrpc import DuplicateKeyError, loads_request

API_PREFIXES = ("rpc", "ws", "mcp", "health", "metrics", "hooks", "openrpc.json")

_PARSE_ERROR = b'{"jsonrpc":"2.0","error":{"code":-32700,"message":"Parse error"},"id":null}'
_NOT_JSON = orjson.dumps({"jsonrpc": "2.0", "id": None, "error": {
    "code": INVALID_REQUEST,
    "message": "Unsupported Media Type: send the request with Content-Type: application/json"}})


def install_routes(app: FastAPI, rt: Any, *, host_policy: HostPolicy, metrics_token: str | None) -> None:
    """Add ``/rpc``, ``/health``, ``/metrics`` and ``/ws`` to ``app`` for the :class:`Runtime` ``rt``."""
    app.router.routes.append(Route("/rpc", host_policy.guard(request_response(_rpc_endpoint(rt))), methods=["POST"]))
    app.router.routes.append(Route("/health", _health_endpoint(rt), methods=["GET"]))
    from .health import routes as health_routes

    app.router.routes.extend(health_routes(rt.db, rt.app_dir, rt.spec.name, rt.in_thread))
    app.router.routes.append(Route("/metrics", _metrics_endpoint(rt, metrics_token), methods=["GET"]))
    app.router.routes.append(WebSocketRoute("/ws", host_policy.guard(websocket_session(_ws_endpoint(rt)))))


def is_json_media_type(content_type: str | None) -> bool:
    """``application/json`` with any parameters (``; charset=utf-8``). A browser can send a
    cross-site POST without asking first only as text/plain, form-urlencoded or multipart:
    requiring JSON makes every cross-site call a CORS-preflighted one, which we never allow."""
    if not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() == "application/json"


def _rpc_endpoint(rt: Any):
    async def rpc_endpoint(request: Request) -> Response:
        # Refused before the body is read: a refused request runs nothing.
        if not is_json_media_type(request.headers.get("content-type")):
            return Response(_NOT_JSON, status_code=415, media_type="application/json")
        limit = rt.max_body_bytes
        body = await read_body(request, limit)
        if body is None:
            err = PayloadTooLargeError(f"Payload too large: the limit is {limit} bytes", maxBytes=limit)
            return Response(orjson.dumps({"jsonrpc": "2.0", "error": err.to_error_object(), "id": None}), status_code=413,
                            media_type="application/json")
        try:
            obj = loads_request(body)
        except orjson.JSONDecodeError:
            request.scope.setdefault("torque", {})["rpc"] = ["<parse error>"]
            return Response(_PARSE_ERROR, media_type="application/json")
        except DuplicateKeyError as e:
            request.scope.setdefault("torque", {})["rpc"] = ["<duplicate key>"]
            return Response(e.response_bytes(), media_type="application/json")
        request.scope.setdefault("torque", {})["rpc"] = _method_names(obj)
        ctx = api_mod.CallContext(token=bearer(request.headers.get("authorization")), request=request)
        resp = await rt.dispatcher.handle_obj(obj, ctx)
        if resp is None:
            return Response(status_code=204)
        return Response(rt.dispatcher.serialize(resp), media_type="application/json")

    return rpc_endpoint


def _health_endpoint(rt: Any):
    async def health(request: Request) -> Response:
        ok = await rt.in_thread(rt.db.ping)
        body = {"status": "ok" if ok else "unavailable", "database": "ok" if ok else "unavailable", "dialect": rt.db.dialect,
                "app": rt.spec.name}
        return JSONResponse(body, status_code=200 if ok else 503)

    return health


def _metrics_endpoint(rt: Any, metrics_token: str | None):
    expected = metrics_token.encode() if metrics_token else None

    async def metrics(request: Request) -> Response:
        # Request counts, methods and latencies tell an outsider what the app is used for:
        # only a scraper holding the metrics token may read them.
        given = (bearer(request.headers.get("authorization")) or "").encode()
        if expected is None or not hmac.compare_digest(given, expected):
            why = ("no metrics token is configured (set TORQUE_METRICS_TOKEN)" if expected is None
                   else "send `Authorization: Bearer <metrics token>`")
            return JSONResponse({"error": f"unauthorized: {why}"}, status_code=401,
                                headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
        text = rt.metrics.render({"torque_websocket_clients": len(rt.hub.subscribers)})
        return Response(text, media_type="text/plain; version=0.0.4; charset=utf-8")

    return metrics


def _ws_endpoint(rt: Any):
    async def ws_endpoint(websocket: WebSocket) -> None:
        token = bearer(websocket.headers.get("authorization")) or websocket.query_params.get("token")
        try:
            principal = rt.auth.principal_for(token)
        except UnauthorizedError:
            # Accept, then close with 4401: a browser sees that code and stops retrying (a refused
            # handshake reaches it only as a failed connection, logged as an error, and retried).
            await websocket.accept()
            await websocket.close(code=4401, reason="unauthorized")
            return
        await websocket.accept()
        sub = rt.hub.subscribe(principal)

        async def sender() -> None:
            while True:
                m = await sub.queue.get()
                if sub.overflowed:
                    await websocket.close(code=4408, reason="too slow: events dropped")
                    return
                await websocket.send_text(orjson.dumps(m).decode("utf-8"))

        send_task = asyncio.create_task(sender())
        try:
            await websocket.send_text('{"type":"ready"}')
            while True:
                msg = await websocket.receive()
                if msg["type"] == "websocket.disconnect":
                    break
                if msg.get("text") == "ping":
                    await websocket.send_text("pong")
        except (WebSocketDisconnect, RuntimeError):
            pass
        finally:
            rt.hub.unsubscribe(sub)
            send_task.cancel()

    return ws_endpoint


async def read_body(request: Request, limit: int) -> bytes | None:
    cl = request.headers.get("content-length")
    if cl is not None:
        try:
            if int(cl) > limit:
                return None
        except ValueError:
            return None
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _method_names(obj: Any) -> list[str]:
    if isinstance(obj, dict):
        m = obj.get("method")
        return [m[:64] if isinstance(m, str) else "<invalid>"]
    if isinstance(obj, list):
        out = [(o.get("method")[:64] if isinstance(o, dict) and isinstance(o.get("method"), str) else "<invalid>") for o in obj[:10]]
        if len(obj) > 10:
            out.append(f"+{len(obj) - 10}")
        return out
    return ["<invalid>"]


def install_static(app: FastAPI, dist: str, title: str) -> None:
    """Serve the built web front-end (``dist``) with SPA fallback, as the router's default."""
    root = os.path.realpath(dist)
    index = os.path.join(root, "index.html")

    async def spa(request: Request) -> Response:
        path = request.path_params.get("path", "")
        first = path.split("/", 1)[0]
        if first in API_PREFIXES:
            return JSONResponse({"error": "not found"}, status_code=404)
        if os.path.isfile(index):
            if path:
                full = os.path.realpath(os.path.join(root, path))
                if full.startswith(root + os.sep) and os.path.isfile(full):
                    return FileResponse(full)
                if "." in path.rsplit("/", 1)[-1]:  # a missing asset is a 404, not the SPA shell
                    return JSONResponse({"error": "not found"}, status_code=404)
            return FileResponse(index, headers={"cache-control": "no-cache"})
        if path:
            return JSONResponse({"error": "not found"}, status_code=404)
        return HTMLResponse(
            f"<!doctype html><meta charset=utf-8><title>{_esc(title)}</title>"
            f"<h1>{_esc(title)}</h1><p>The web front-end is not built. API: <code>POST /rpc</code> (JSON-RPC 2.0), "
            f"<code>/ws</code>, <code>/health</code>, <code>/metrics</code>.</p>"
        )

    async def fallback(scope, receive, send) -> None:
        """The router's default: runs only when no route matched, so routes added
        later (MCP, webhooks) still win over the SPA fallback."""
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1000})
            return
        request = Request(scope, receive)
        if request.method not in ("GET", "HEAD"):
            response: Response = JSONResponse({"error": "not found"}, status_code=404)
        else:
            request.scope.setdefault("path_params", {})["path"] = scope.get("path", "/").lstrip("/")
            response = await spa(request)
        await response(scope, receive, send)

    app.router.default = fallback


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
