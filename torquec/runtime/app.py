"""The ASGI app of a generated server: ``build_app(METADATA, models=…, queries=…)``.

Routes:
  POST /rpc      JSON-RPC 2.0 (single, batch, notifications → 204); body ≤ ``max_body_bytes``
                 (beyond: HTTP 413 with a -32008 error object)
  GET  /ws       WebSocket change events (see ``torquec.runtime.events``)
  GET  /health   {"status": "ok", "database": "ok"} (503 when the database does not answer)
  GET  /metrics  Prometheus text
  GET  /…        the web front-end from ``<app>/web/dist`` with SPA fallback, when built

``app.state.torque`` is the :class:`Runtime`: ``service`` (the service layer),
``dispatcher`` (``await dispatcher.call(method, params, CallContext(principal=…))``),
``auth``, ``hub``, ``metrics``, ``db``, ``spec``. Other surfaces (MCP, flows,
webhooks) mount routes on the returned app and call those.
"""

from __future__ import annotations

import asyncio
import logging
import os
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any, Callable

import orjson
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from . import api as api_mod
from . import db as db_mod
from .auth import Authenticator, bearer, load_tokens
from .errors import PayloadTooLargeError, UnauthorizedError, RpcError
from .events import EventHub
from .jsonrpc import Dispatcher, DuplicateKeyError, MethodSpec, loads_request
from .metrics import Metrics
from .service import DataService, Hooks
from .spec import AppSpec

log = logging.getLogger("torquec.runtime.app")
access_log = logging.getLogger("torquec.access")

DEFAULT_MAX_BODY = 1 << 20  # 1 MiB
DEFAULT_MAX_BATCH = 100
API_PREFIXES = ("rpc", "ws", "mcp", "health", "metrics", "hooks", "openrpc.json")

_PARSE_ERROR = b'{"jsonrpc":"2.0","error":{"code":-32700,"message":"Parse error"},"id":null}'


@dataclass
class Runtime:
    spec: AppSpec
    db: Any
    service: DataService
    auth: Authenticator
    hub: EventHub
    metrics: Metrics
    dispatcher: Dispatcher | None = None
    app_dir: str = ""
    openrpc_path: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY
    notes: list[str] = field(default_factory=list)
    _openrpc: dict | None = None

    def openrpc(self) -> dict:
        if self._openrpc is None:
            if self.openrpc_path and os.path.exists(self.openrpc_path):
                with open(self.openrpc_path, "rb") as fh:
                    self._openrpc = orjson.loads(fh.read())
            else:
                self._openrpc = {"openrpc": "1.3.2", "info": {"title": self.spec.title, "version": "0"}, "methods": []}
            names = set(self.dispatcher.method_names) if self.dispatcher else set()
            self._openrpc["methods"] = [m for m in self._openrpc.get("methods", []) if m.get("name") in names]
        return self._openrpc


def schema_path(app_dir: str, dialect: str) -> str:
    return os.path.join(app_dir, "sql", dialect, "schema.sql")


def ensure_schema(db, app_dir: str) -> None:
    """Create/update the database schema (the DDL is idempotent). Migrations plug in here."""
    path = schema_path(app_dir, db.dialect)
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as e:
        raise RuntimeError(f"no schema for {db.dialect} at {path}: is the app fully built? ({e.strerror})") from e
    db.ensure_schema(text)


_SYSTEM_COLUMNS = {"id": "id", "created_at": "createdAt", "updated_at": "updatedAt", "version": "version"}


def _constraint_entry(entity: str, c: dict) -> list:
    kind = c.get("kind")
    rule = c.get("rule") or ("unique" if kind == "unique" else "reference" if kind == "foreignKey" else "invalid")
    field = c.get("field") or _SYSTEM_COLUMNS.get(c.get("column", ""), c.get("column") or "data")
    return [entity, field, rule]


def _load_constraints(spec: AppSpec, app_dir: str) -> None:
    """Load ``sql/constraints.json`` (written by the SQL backend): constraint name → entity,
    field and rule, so database errors become field errors. Reads the per-table
    format (``{"format": 1, "tables": {table: {"entity", "constraints": {name: {…}}}}}``)
    and the earlier flat one (``{"constraints": {name: {"entity", "field", "rule"}}}``)."""
    path = os.path.join(app_dir, "sql", "constraints.json")
    try:
        with open(path, "rb") as fh:
            data = orjson.loads(fh.read())
    except (OSError, ValueError):
        log.warning("no readable %s: database constraint errors will not name their field", path)
        return
    out: dict = {}
    if isinstance(data.get("tables"), dict):
        for table in data["tables"].values():
            ent = table.get("entity") if isinstance(table, dict) else None
            for name, c in (table.get("constraints") or {}).items() if ent else ():
                if isinstance(c, dict):
                    out[name] = _constraint_entry(ent, c)
    for name, c in (data.get("constraints") or {}).items():
        if isinstance(c, dict) and c.get("entity"):
            out[name] = _constraint_entry(c["entity"], c)
    spec.constraints = out


def _json_default(obj: Any) -> Any:
    from decimal import Decimal

    if isinstance(obj, Decimal):
        return float(obj)
    raise TypeError


def build_app(
    metadata: dict,
    *,
    models: dict,
    queries: dict,
    database_url: str | None = None,
    app_dir: str,
    openrpc_path: str | None = None,
    tokens: dict[str, str] | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    max_batch_size: int = DEFAULT_MAX_BATCH,
    create_schema: bool = True,
    seed: bool = False,
    static_dir: str | None = None,
    db_options: dict | None = None,
    extra_methods: dict[str, MethodSpec] | None = None,
    configure: Callable[["Runtime", FastAPI], None] | None = None,
    log_level: str | None = None,
    worker_threads: int | None = None,
) -> FastAPI:
    if log_level is not None:
        from .logs import configure as configure_logs

        configure_logs(log_level)
    from .xflow.integration import xflow_options  # XFlow: executeXFlow, entity triggers, webhooks, schedules

    extra_methods, configure = xflow_options(app_dir, extra_methods, configure)
    spec = AppSpec.build(metadata, models)
    _load_constraints(spec, app_dir)
    migrated = None
    if create_schema:
        from torquec.migrate import MigrationError, migrate_on_start

        try:
            migrated = migrate_on_start(app_dir, database_url)
        except MigrationError as exc:
            raise RuntimeError(f"the database does not match this build and was left untouched: {exc}; "
                               "run `torquec migrate plan` to see why") from exc
    db = db_mod.connect(database_url, default_path=os.path.join(app_dir, "data", "app.db"), **(db_options or {}))
    try:
        spec.bind(db.dialect, queries[db.dialect])
        if create_schema:
            ensure_schema(db, app_dir)
        auth = Authenticator(spec.roles, load_tokens(tokens))
        svc = DataService(spec, db, hooks=Hooks())
        rt = Runtime(spec=spec, db=db, service=svc, auth=auth, hub=EventHub(), metrics=Metrics(),
                     app_dir=app_dir, openrpc_path=openrpc_path, max_body_bytes=max_body_bytes)
        svc.publishers.append(rt.hub.publish)
        if migrated:
            rt.notes.append(migrated)
        if seed:
            from .seed import seed as run_seed

            inserted = run_seed(svc)
            rt.notes.append("seeded " + (", ".join(f"{n} {e}" for e, n in inserted.items()) if inserted else "nothing new (sample data already present)"))
    except BaseException:
        db.close()
        raise

    methods: dict[str, MethodSpec] = {}
    features = api_mod.default_features(svc, auth, max_body_bytes, max_batch_size)
    methods.update(api_mod.build_methods(svc, auth, openrpc=rt.openrpc, features=features,
                                         method_names=lambda: rt.dispatcher.method_names if rt.dispatcher else []))
    if extra_methods:
        methods.update(extra_methods)

    def authenticate(method: str, ctx: api_mod.CallContext):
        if ctx is None:
            ctx = api_mod.CallContext()
        if ctx.principal is None:
            ctx.principal = auth.principal_for(ctx.token)
        return ctx

    rt.dispatcher = Dispatcher(methods, on_call=rt.metrics.observe_rpc, authenticate=authenticate,
                               max_batch_size=max_batch_size, json_default=_json_default)

    @asynccontextmanager
    async def lifespan(app):
        from concurrent.futures import ThreadPoolExecutor

        loop = asyncio.get_running_loop()
        # Database work runs in worker threads (asyncio.to_thread); the default pool
        # (CPUs + 4) would let a few slow flows starve every other request.
        # SQLite has one writer: a few threads suffice; PostgreSQL uses up to its pool size.
        n = worker_threads or (8 if db.dialect == "sqlite" else 24)
        executor = ThreadPoolExecutor(max_workers=n, thread_name_prefix="torque-db")
        loop.set_default_executor(executor)
        rt.hub.attach(loop)
        try:
            yield
        finally:
            db.close()
            executor.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(title=spec.title, version=str(metadata.get("version", "")), lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url=None)
    app.state.torque = rt

    async def rpc_endpoint(request: Request) -> Response:
        body = await _read_body(request, max_body_bytes)
        if body is None:
            err = PayloadTooLargeError(f"Payload too large: the limit is {max_body_bytes} bytes", maxBytes=max_body_bytes)
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

    async def health(request: Request) -> Response:
        ok = await asyncio.to_thread(db.ping)
        body = {"status": "ok" if ok else "unavailable", "database": "ok" if ok else "unavailable", "dialect": db.dialect,
                "app": spec.name}
        return JSONResponse(body, status_code=200 if ok else 503)

    async def metrics(request: Request) -> Response:
        text = rt.metrics.render({"torque_websocket_clients": len(rt.hub.subscribers)})
        return Response(text, media_type="text/plain; version=0.0.4; charset=utf-8")

    async def ws_endpoint(websocket: WebSocket) -> None:
        token = bearer(websocket.headers.get("authorization")) or websocket.query_params.get("token")
        try:
            principal = auth.principal_for(token)
        except UnauthorizedError:
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

    app.router.routes.append(Route("/rpc", rpc_endpoint, methods=["POST"]))
    app.router.routes.append(Route("/health", health, methods=["GET"]))
    app.router.routes.append(Route("/metrics", metrics, methods=["GET"]))
    app.router.routes.append(WebSocketRoute("/ws", ws_endpoint))

    if configure is not None:
        configure(rt, app)
    if any(getattr(r, "path", "").startswith("/mcp") for r in app.router.routes):
        features["mcp"] = "/mcp"

    dist = static_dir or os.path.join(app_dir, "web", "dist")
    _static(app, dist, spec)
    app.add_middleware(_AccessLog, metrics=rt.metrics)
    return app


async def _read_body(request: Request, limit: int) -> bytes | None:
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


def _static(app: FastAPI, dist: str, spec: AppSpec) -> None:
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
            f"<!doctype html><meta charset=utf-8><title>{_esc(spec.title)}</title>"
            f"<h1>{_esc(spec.title)}</h1><p>The web front-end is not built. API: <code>POST /rpc</code> (JSON-RPC 2.0), "
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


class _AccessLog:
    """Pure ASGI middleware: metrics and one JSON log line per HTTP request."""

    def __init__(self, app, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = perf_counter()
        status = 500

        async def send_wrapper(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            dt = perf_counter() - t0
            path = scope.get("path", "")
            self.metrics.observe_http(scope.get("method", ""), path, status, dt)
            if access_log.isEnabledFor(logging.INFO):
                fields = {"method": scope.get("method"), "path": path[:200], "status": status, "ms": round(dt * 1000, 3)}
                t = scope.get("torque")
                if t and "rpc" in t:
                    fields["rpc"] = t["rpc"]
                client = scope.get("client")
                if client:
                    fields["client"] = client[0]
                for k, v in scope.get("headers", ()):
                    if k == b"x-request-id":
                        fields["requestId"] = v.decode("latin-1")[:100]
                        break
                access_log.info("request", extra={"fields": fields})
