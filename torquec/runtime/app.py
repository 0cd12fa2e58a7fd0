"""The ASGI app of a generated server: ``build_app(METADATA, models=…, queries=…)``.

Routes: see ``torquec.runtime.routes`` (``/rpc``, ``/ws``, ``/health``, ``/metrics``,
the web front-end).

Security options (arguments, or the environment when not given):
  allowed_hosts / TORQUE_ALLOWED_HOSTS      Host names (``host`` or ``host:port``) accepted besides
                                            loopback by ``/rpc``, ``/ws`` and ``/mcp``
  allowed_origins / TORQUE_ALLOWED_ORIGINS  extra Origins (``https://app.example.com``) allowed to call them
  public_url / TORQUE_PUBLIC_URL            the app's public URL: its host and origin are accepted
  listen_host                               the address the server listens on; beyond loopback,
                                            this machine's names are accepted as Host too
  metrics_token / TORQUE_METRICS_TOKEN      bearer token required by ``/metrics``

Database layout: ``layout`` / TORQUE_DB_LAYOUT, ``postgres`` (default) or ``citus``: a fresh
PostgreSQL database gets ``sql/citus/schema.sql`` (distributed and reference tables) instead of
``sql/postgres/schema.sql``; the layout is recorded and a start with the other one is refused.

``app.state.torque`` is the :class:`Runtime`: ``service`` (the service layer),
``dispatcher`` (``await dispatcher.call(method, params, CallContext(principal=…))``),
``auth``, ``hub``, ``metrics``, ``db``, ``spec``. Other surfaces (MCP, flows,
webhooks) mount routes on the returned app and call those.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
import os
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any, Callable

import orjson
from fastapi import FastAPI

from . import api as api_mod
from . import db as db_mod
from .auth import Authenticator, load_tokens
from .events import EventHub
from .hostguard import HostPolicy, is_loopback
from .jsonrpc import Dispatcher, MethodSpec
from .metrics import Metrics
from .routes import API_PREFIXES, install_routes, install_static
from .service import DataService, Hooks
from .spec import AppSpec, unique_columns_key

log = logging.getLogger("torquec.runtime.app")
access_log = logging.getLogger("torquec.access")

DEFAULT_MAX_BODY = 1 << 20  # 1 MiB
DEFAULT_MAX_BATCH = 100
__all__ = ["API_PREFIXES", "Runtime", "build_app", "ensure_schema"]


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
    host_policy: HostPolicy = field(default_factory=HostPolicy)
    notes: list[str] = field(default_factory=list)
    listener: Any = None  # PostgreSQL: the LISTEN thread bringing other processes' change events
    #: the app's worker pool (set by its lifespan); None: the loop's default executor
    threads: Any = None
    _openrpc: dict | None = None

    async def in_thread(self, fn, /, *args, **kwargs):
        """``asyncio.to_thread`` on the app's own pool. The loop's default executor is left alone:
        it is shared with whatever else runs on the loop (the watch session's dev routes),
        and this pool is shut down with the app."""
        call = functools.partial(contextvars.copy_context().run, fn, *args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(self.threads, call)

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


def schema_path(app_dir: str, dialect: str, layout: str | None = None) -> str:
    return os.path.join(app_dir, "sql", layout or dialect, "schema.sql")


def database_layout(app_dir: str, database_url: str | None, layout: str | None) -> str | None:
    """The layout asked for (argument, else TORQUE_DB_LAYOUT), checked against the app and the URL;
    None: the database's own. Raises RuntimeError with what to do."""
    from torquec.migrate.database import CITUS, LAYOUT_ENV, LAYOUTS, dialect_of

    layout = layout or os.environ.get(LAYOUT_ENV) or None
    if layout is None:
        return None
    if layout not in LAYOUTS:
        raise RuntimeError(f"unknown database layout {layout!r} ({LAYOUT_ENV} or --layout): use one of {', '.join(LAYOUTS)}")
    if layout == CITUS:
        if database_url is None or dialect_of(database_url) != "postgres":
            raise RuntimeError("the citus layout needs --database-url postgresql://… (the Citus coordinator), not SQLite")
        if not os.path.isfile(schema_path(app_dir, "postgres", CITUS)):
            raise RuntimeError("the citus layout needs a model with `distribution` on its entities (docs/model-format.md, "
                               "\"Citus\"): this app's model has none, so its build wrote no sql/citus/schema.sql; "
                               "add `distribution`, or start without --layout citus")
    return layout


def ensure_schema(db, app_dir: str, layout: str | None = None) -> None:
    """Create/update the database schema (the DDL is idempotent). Migrations plug in here."""
    path = schema_path(app_dir, db.dialect, layout)
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as e:
        raise RuntimeError(f"no schema for {db.dialect} at {path}: is the app fully built? ({e.strerror})") from e
    db.ensure_schema(text)


_SYSTEM_COLUMNS = {"id": "id", "created_at": "createdAt", "updated_at": "updatedAt", "version": "version"}


def _constraint_entry(entity: str, c: dict) -> list:
    """``[entity, field, rule]``, plus the list of fields for a composite unique constraint."""
    kind = c.get("kind")
    rule = c.get("rule") or ("unique" if kind == "unique" else "reference" if kind == "foreignKey" else "invalid")
    field = c.get("field") or _SYSTEM_COLUMNS.get(c.get("column", ""), c.get("column") or "data")
    if kind == "unique" and isinstance(c.get("fields"), list):
        return [entity, field, rule, c["fields"]]
    return [entity, field, rule]



def _load_constraints(spec: AppSpec, app_dir: str) -> None:
    """Load ``sql/constraints.json`` (written by the SQL backend): constraint name → entity,
    field and rule, so database errors become field errors, and the PostgreSQL unique side tables
    (``spec.unique_sides``, for ``torquec data import``). Reads the per-table
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
        for tname, table in data["tables"].items():
            ent = table.get("entity") if isinstance(table, dict) else None
            for name, c in (table.get("constraints") or {}).items() if ent else ():
                if isinstance(c, dict):
                    out[name] = _constraint_entry(ent, c)
                    if c.get("kind") == "unique" and isinstance(c.get("columns"), list):
                        out[unique_columns_key(tname, c["columns"])] = out[name]
                    if c.get("kind") == "unique" and isinstance(c.get("sideTable"), str) and isinstance(c.get("trigger"), str):
                        cols = tuple(c["columns"]) if isinstance(c.get("columns"), list) else (c.get("column"),)
                        spec.unique_sides.setdefault(tname, []).append(
                            (c["trigger"], c["sideTable"], cols if len(cols) > 1 else ("value",), cols))
    for name, c in (data.get("constraints") or {}).items():
        if isinstance(c, dict) and c.get("entity"):
            out[name] = _constraint_entry(c["entity"], c)
    spec.constraints = out


def _json_default(obj: Any) -> Any:
    from decimal import Decimal

    if isinstance(obj, Decimal):
        return float(obj)
    raise TypeError


def stop_flows(rt: Any) -> None:
    """Interrupt every flow still running (server shutdown): their worker threads free up at once."""
    xflow = getattr(rt, "xflow", None)
    if xflow is not None:
        xflow.engine.pool.interrupt_all()


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
    allowed_hosts: list[str] | tuple[str, ...] = (),
    allowed_origins: list[str] | tuple[str, ...] = (),
    public_url: str | None = None,
    listen_host: str | None = None,
    metrics_token: str | None = None,
    layout: str | None = None,
) -> FastAPI:
    if log_level is not None:
        from .logs import configure as configure_logs

        configure_logs(log_level)
    from .xflow.integration import xflow_options  # XFlow: executeXFlow, entity triggers, webhooks, schedules

    extra_methods, configure = xflow_options(app_dir, extra_methods, configure)
    spec = AppSpec.build(metadata, models)
    _load_constraints(spec, app_dir)
    migrated = None
    layout = database_layout(app_dir, database_url, layout)
    if create_schema:
        from torquec.migrate import LayoutMismatch, MigrationError, migrate_on_start

        try:
            migrated = migrate_on_start(app_dir, database_url, layout)
        except LayoutMismatch as exc:
            raise RuntimeError(f"the database was left untouched: {exc}") from None
        except MigrationError as exc:
            raise RuntimeError(f"the database does not match this build and was left untouched: {exc}; "
                               "run `torquec migrate plan` to see why") from exc
    db = db_mod.connect(database_url, default_path=os.path.join(app_dir, "data", "app.db"), **(db_options or {}))
    try:
        spec.bind(db.dialect, queries[db.dialect])
        if layout == "citus":
            # Citus runs SELECT … FOR UPDATE only when it reaches one shard, and a read by id alone
            # reaches all of a table distributed by another column. Updates stay safe without the
            # lock: they change a row only at the version read (else a version conflict). Rows of such
            # a table are updated on their shard, their distribution column left as it is.
            for es in spec.entities.values():
                es.queries = {**es.queries, "get_for_update": es.queries["get"]}
                if "citus_update" in es.queries:
                    es.queries["update"] = es.queries["citus_update"]
                    es.route_field = es.queries["citus_route_field"]
        if create_schema:
            ensure_schema(db, app_dir, layout)
        auth = Authenticator(spec.roles, load_tokens(tokens))
        svc = DataService(spec, db, hooks=Hooks())
        # Apps with auth may listen beyond loopback; so may others when `serve` was told to.
        beyond_loopback = spec.auth or (listen_host is not None and not is_loopback(listen_host))
        policy = HostPolicy.for_app(allowed_hosts=allowed_hosts, allowed_origins=allowed_origins, public_url=public_url,
                                    beyond_loopback=beyond_loopback)
        rt = Runtime(spec=spec, db=db, service=svc, auth=auth, hub=EventHub(), metrics=Metrics(),
                     app_dir=app_dir, openrpc_path=openrpc_path, max_body_bytes=max_body_bytes, host_policy=policy)
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
                               max_batch_size=max_batch_size, json_default=_json_default,
                               run_in_thread=rt.in_thread)

    app = FastAPI(title=spec.title, version=str(metadata.get("version", "")), lifespan=_lifespan(rt, worker_threads),
                  docs_url=None, redoc_url=None, openapi_url=None)
    app.state.torque = rt

    install_routes(app, rt, host_policy=rt.host_policy,
                   metrics_token=metrics_token or os.environ.get("TORQUE_METRICS_TOKEN") or None)
    if configure is not None:
        configure(rt, app)
    if any(getattr(r, "path", "").startswith("/mcp") for r in app.router.routes):
        features["mcp"] = "/mcp"

    install_static(app, static_dir or os.path.join(app_dir, "web", "dist"), spec.title)
    app.add_middleware(_AccessLog, metrics=rt.metrics)
    return app


def _lifespan(rt: Runtime, worker_threads: int | None):
    """The app's lifespan: a bounded worker pool for database work, the event hub on the loop;
    on shutdown running flows are interrupted and the database closes."""

    @asynccontextmanager
    async def lifespan(app):
        from concurrent.futures import ThreadPoolExecutor

        loop = asyncio.get_running_loop()
        # Database work runs in the app's own worker threads (rt.in_thread); the default pool
        # (CPUs + 4) would let a few slow flows starve every other request.
        # SQLite has one writer: a few threads suffice; PostgreSQL uses up to its pool size.
        # Not installed as the loop's default: a hot swap shuts this pool down, which must
        # not cancel work others queued on the default executor.
        n = worker_threads or (8 if rt.db.dialect == "sqlite" else 24)
        executor = ThreadPoolExecutor(max_workers=n, thread_name_prefix="torque-db")
        rt.threads = executor
        rt.hub.attach(loop)
        listener = None
        if rt.db.dialect == "postgres":  # other processes on this database: their change events too
            import uuid

            from .db.pg_notify import ChangeListener

            origin = uuid.uuid4().hex
            listener = ChangeListener(rt.db.url, origin, rt.hub.publish_messages, rt.hub.publish_resync)
            listener.start()
            await rt.in_thread(listener.listening.wait, 10)
            rt.db.change_origin = origin
            rt.listener = listener
        try:
            yield
        finally:
            if listener is not None:
                rt.db.change_origin = None
                await rt.in_thread(listener.stop)
            stop_flows(rt)
            rt.db.close()
            executor.shutdown(wait=False, cancel_futures=True)

    return lifespan


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
