"""XFlow inside a generated app: service adapter, triggers, ``executeXFlow``, webhooks, schedules.

    xf = XFlowIntegration.for_app(app_dir)              # None when the app has no flows
    app = build_app(..., **xf.build_options())          # executeXFlow + install(rt, app)

``install(rt, app)`` binds the engine to the app's :class:`DataService` and
plugs in:

* ``executeXFlow {flow, input?, trace?}`` → ``{output, trace?}`` (in the
  method table through ``extra_methods``): the caller's role must list the
  flow (``auth.roles[].flows``); the whole run is one transaction, rolled
  back when the flow fails (nothing an ``entityWrite`` wrote remains).
* entity triggers: ``before`` flows run in ``svc.hooks.before_write``, inside
  the write transaction, with the record-to-be as input (the stored record
  for delete); an object output is merged into the data (the fields it
  names win; ``null`` clears one) and validated again; a failure aborts the
  operation and rolls everything back. ``after`` flows run from
  ``svc.hooks.after_commit``, after the commit, one transaction per run;
  their failures are logged, never returned to the writer.
* rights: a flow acts for its caller — the token's role for ``executeXFlow``
  and webhooks, the writer for entity triggers (``principal`` of the hook /
  the change event; None when the system wrote) — and its entity nodes use
  that role's permissions. A flow with ``runAs: "system"`` acts as the
  system instead (no role checks). A failure of such a flow reaches a caller
  only when the caller's role may read every entity in the flow's ``reads``
  (manifest; what can reach the run); otherwise the caller gets a generic
  -32005 with a ``logId`` and the detail is logged (:meth:`for_caller`), and
  ``trace: true`` is refused. Schedules have no caller: they act as the
  system.
* webhooks: ``<method> <path>`` routes; the JSON body (query parameters for
  GET/DELETE) is the input and the output the JSON response. With roles in
  the model the caller needs a bearer token whose role may run the flow.
  Status: 200 output, 400 invalid input, 401/403, 422 flow failed, 413 body
  too large.
* schedules: one asyncio task per flow in the app's lifespan,
  ``intervalSeconds`` or a 5-field UTC cron expression; runs never overlap.
  On PostgreSQL only the process holding the schedule advisory lock runs a
  tick (``torquec.runtime.db.pg_leader``): once per tick across processes.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import uuid
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Any, Callable

import orjson

from torquec.runtime.errors import (
    FlowFailedError,
    ForbiddenError,
    InvalidParams,
    NotFoundError,
    PayloadTooLargeError,
    RpcError,
    UnauthorizedError,
)
from torquec.runtime.xflow.cron import CronSchedule
from torquec.runtime.xflow.engine import FlowEngine

log = logging.getLogger("torquec.xflow")

MAX_AFTER_CHAIN = 8  # after-commit flows whose writes trigger after-commit flows, …


def xflow_options(app_dir: str, extra_methods: dict | None, configure: Callable | None) -> tuple[dict | None, Callable | None]:
    """The seam in ``build_app``: add ``executeXFlow`` and the trigger installation
    when the app has compiled flows; otherwise return the arguments unchanged."""
    xf = XFlowIntegration.for_app(app_dir)
    if xf is None:
        return extra_methods, configure
    opts = xf.build_options(configure)
    return {**opts["extra_methods"], **(extra_methods or {})}, opts["configure"]


# --------------------------------------------------------------------------- transactions


# The HTTP status a webhook answers a failed call with (the first class that matches).
_WEBHOOK_STATUS = ((UnauthorizedError, 401), (ForbiddenError, 403), (PayloadTooLargeError, 413), (InvalidParams, 400),
                   (FlowFailedError, 422), (RpcError, 500))


class LazyTx:
    """Opens the service transaction on the first entity call of a run, if any."""

    __slots__ = ("svc", "write", "_cm", "tx")

    def __init__(self, svc, write: bool) -> None:
        self.svc = svc
        self.write = write
        self._cm = None
        self.tx = None

    def get(self):
        if self.tx is None:
            self._cm = self.svc.transaction(self.write)
            self.tx = self._cm.__enter__()
        return self.tx

    def commit(self) -> None:
        if self._cm is not None:
            cm, self._cm = self._cm, None
            cm.__exit__(None, None, None)

    def rollback(self, exc: BaseException) -> None:
        if self._cm is not None:
            cm, self._cm = self._cm, None
            try:
                cm.__exit__(type(exc), exc, exc.__traceback__)
            except BaseException:  # the rollback re-raises exc (or its own error): the caller raises exc
                pass


class ServiceAdapter:
    """:class:`~torquec.runtime.xflow.hosts.FlowServices` over the app's ``DataService``."""

    def __init__(self, svc) -> None:
        self.svc = svc

    @staticmethod
    def _tx(run):
        tx = run.tx
        return tx.get() if isinstance(tx, LazyTx) else tx

    def read(self, run, entity, id):
        try:
            return self.svc.get(entity, id, principal=run.principal, tx=self._tx(run))
        except NotFoundError:
            return None

    def query(self, run, entity, filters, limit):
        params = {"filters": filters, "pageSize": limit}
        return self.svc.list(entity, params, principal=run.principal, tx=self._tx(run))["items"]

    def create(self, run, entity, data):
        return self.svc.create(entity, data, principal=run.principal, tx=self._tx(run))

    def update(self, run, entity, id, data):
        return self.svc.update(entity, id, data, principal=run.principal, tx=self._tx(run))

    def delete(self, run, entity, id):
        return self.svc.delete(entity, id, principal=run.principal, tx=self._tx(run))


# --------------------------------------------------------------------------- the integration


class XFlowIntegration:
    def __init__(self, app_dir: str, *, engine: FlowEngine | None = None) -> None:
        self.app_dir = app_dir
        self.engine = engine or FlowEngine(app_dir)
        self.svc = None
        self.rt = None
        self.leadership = None  # PostgreSQL: the advisory lock deciding which process runs schedules
        self._local = threading.local()
        self._writes = {name: any(n.get("type") == "entityWrite" for n in f.nodes.values())
                        for name, f in self.engine.flows.items()}

    @classmethod
    def for_app(cls, app_dir: str) -> "XFlowIntegration | None":
        if not os.path.isfile(os.path.join(app_dir, "flows", "manifest.json")):
            return None
        return cls(app_dir)

    # ---- build_app seam

    def build_options(self, configure: Callable | None = None) -> dict:
        """``extra_methods`` and ``configure`` for ``torquec.runtime.app.build_app``."""
        from torquec.runtime.jsonrpc import MethodSpec

        def configure_all(rt, app) -> None:
            self.install(rt, app)
            if configure is not None:
                configure(rt, app)

        return {
            "extra_methods": {"executeXFlow": MethodSpec(self._execute_rpc, needs_auth=True, in_thread=True,
                                                         description="Run a flow: {flow, input?, trace?} → {output, trace?}")},
            "configure": configure_all,
        }

    def bind(self, svc) -> None:
        self.svc = svc
        self.engine.services = ServiceAdapter(svc)

    def install(self, rt, app=None) -> None:
        self.rt = rt
        self.bind(rt.service)
        hooks = rt.service.hooks
        if any(f.trigger.get("type") == "entity" and f.trigger.get("phase") == "before" for f in self.engine.flows.values()):
            hooks.before_write.append(self._before_write)
            hooks.wants_before = lambda entity, op: bool(self.engine.flows_for_entity(entity, op, "before"))
            hooks.writes_before = lambda entity, op: any(self._writes[f.name] for f in self.engine.flows_for_entity(entity, op, "before"))
        if any(f.trigger.get("type") == "entity" and f.trigger.get("phase") == "after" for f in self.engine.flows.values()):
            hooks.after_commit.append(self._after_commit)
        rt.xflow = self
        if app is not None:
            app.state.xflow = self
            self._mount_webhooks(app)
            self._wrap_lifespan(app)

    # ---- running with a transaction

    def run(self, flow: str, input: Any = None, *, trace: bool = False, principal: Any = None, tx: Any = None,
            validate: bool = True) -> dict:
        """Run a flow in ``tx``, or in a transaction of its own (opened lazily, committed on success)."""
        if tx is not None or self.svc is None:
            return self.engine.run(flow, input, trace=trace, tx=tx, principal=principal, validate=validate)
        lazy = LazyTx(self.svc, self._writes.get(flow, False))
        try:
            result = self.engine.run(flow, input, trace=trace, tx=lazy, principal=principal, validate=validate)
        except BaseException as exc:
            lazy.rollback(exc)
            raise
        lazy.commit()
        return result

    # ---- rights

    @staticmethod
    def acting(flow, caller):
        """The principal a run of ``flow`` for ``caller`` acts with (None: the system)."""
        return None if flow.run_as == "system" else caller

    @staticmethod
    def may_see(flow, caller) -> bool:
        """Whether ``caller`` may see what a run of ``flow`` saw (its failure, its trace)."""
        if flow.run_as != "system" or caller is None or caller.all_allowed:
            return True  # a caller-run flow read nothing its caller may not read
        return all(caller.can(entity, "read") for entity in flow.reads)

    def for_caller(self, flow, caller, exc: FlowFailedError) -> FlowFailedError:
        """``exc`` as ``caller`` may see it: unchanged, or a generic failure whose detail
        (message, node, error code, cause: all may hold data of records the caller's
        role cannot read) goes to the server log under a log id."""
        if self.may_see(flow, caller):
            return exc
        log_id = uuid.uuid4().hex[:12]
        log.warning("flow %s failed for role %s; the caller got log id %s without details: %s", flow.name,
                    getattr(caller, "role", None), log_id, exc.message,
                    extra={"fields": {"flow": flow.name, "logId": log_id, "error": exc.to_error_object()}})
        hidden = FlowFailedError(f"Flow `{flow.name}` failed; the details are in the server log (log id {log_id})",
                                 data={"flow": flow.name, "reason": "withheld", "logId": log_id})
        hidden.__cause__ = exc
        return hidden

    # ---- executeXFlow

    def _execute_rpc(self, params: dict, ctx) -> dict:
        from torquec.runtime.auth import SYSTEM

        errors = [{"field": str(k)[:100], "rule": "unknown", "message": "unknown parameter; expected flow, input, trace"}
                  for k in params if k not in ("flow", "input", "trace")]
        if "flow" not in params:
            errors.append({"field": "flow", "rule": "required", "message": "is required"})
        elif not isinstance(params["flow"], str):
            errors.append({"field": "flow", "rule": "type", "message": "must be a flow name (string)"})
        if "trace" in params and not isinstance(params["trace"], bool):
            errors.append({"field": "trace", "rule": "type", "message": "must be true or false"})
        if errors:
            raise InvalidParams(errors=errors)
        name = params["flow"]
        principal = getattr(ctx, "principal", None) or SYSTEM
        flow = self.engine.flows.get(name)
        if flow is None:  # the engine answers with the unknown-flow error
            return self.run(name, params.get("input"), principal=principal)
        principal.require_flow(name)
        trace = params.get("trace", False)
        if trace and not self.may_see(flow, principal):
            raise ForbiddenError(f"Forbidden: role `{principal.role}` may not trace flow {name}: it runs as the system "
                                 "and reads data the role cannot", flow=name, role=principal.role)
        try:
            return self.run(name, params.get("input"), trace=trace, principal=self.acting(flow, principal))
        except FlowFailedError as exc:
            raise self.for_caller(flow, principal, exc) from None

    # ---- entity triggers

    def _before_write(self, entity: str, op: str, data: dict | None, tx, *, id: str, previous: dict | None, principal=None):
        flows = self.engine.flows_for_entity(entity, op, "before")
        if not flows:
            return None
        record = data if op != "delete" else previous
        changed = False
        for f in flows:
            try:
                out = self.engine.run(f.name, record, tx=tx, principal=self.acting(f, principal), validate=False)["output"]
            except FlowFailedError as exc:
                raise self.for_caller(f, principal, exc) from None
            if op != "delete" and isinstance(out, dict):
                record = {**record, **out}  # merged: fields the output names win, the others stay
                changed = True
        return record if changed else None

    def _after_commit(self, events: list) -> None:
        depth = getattr(self._local, "after_depth", 0)
        for ev in events:
            op = {"created": "create", "updated": "update", "deleted": "delete"}.get(ev.kind)
            if op is None:
                continue
            flows = self.engine.flows_for_entity(ev.entity, op, "after")
            if not flows:
                continue
            record = ev.record if op != "delete" else ev.previous
            for f in flows:
                if depth >= MAX_AFTER_CHAIN:
                    log.error("flow %s not run for %s %s %s: after-commit flows nested %d deep (a flow re-triggering itself?)",
                              f.name, ev.entity, op, ev.id, depth)
                    continue
                self._local.after_depth = depth + 1
                try:
                    self.run(f.name, record, principal=self.acting(f, ev.principal), validate=False)
                except RpcError as exc:
                    log.error("after-%s flow %s failed for %s %s: %s", op, f.name, ev.entity, ev.id, exc.message,
                              extra={"fields": {"flow": f.name, "error": exc.to_error_object()}})
                except Exception:
                    log.exception("after-%s flow %s crashed for %s %s", op, f.name, ev.entity, ev.id)
                finally:
                    self._local.after_depth = depth

    # ---- webhooks

    def _mount_webhooks(self, app) -> None:
        from starlette.routing import Route

        for f in self.engine.flows_by_trigger("webhook"):
            path = f.trigger.get("path")
            method = (f.trigger.get("method") or "POST").upper()
            if not path:
                continue
            app.router.routes.append(Route(path, self._webhook_endpoint(f.name), methods=[method]))

    def _webhook_endpoint(self, name: str):
        from starlette.requests import Request
        from starlette.responses import Response

        from torquec.runtime.app import _json_default
        from torquec.runtime.auth import bearer
        from torquec.runtime.routes import read_body

        def reply(status: int, body: Any) -> Response:
            return Response(orjson.dumps(body, default=_json_default), status_code=status, media_type="application/json")

        flow = self.engine.flows[name]

        async def endpoint(request: Request) -> Response:
            rt = self.rt
            principal = None
            try:
                principal = rt.auth.principal_for(bearer(request.headers.get("authorization")))
                principal.require_flow(name)
                if request.method in ("GET", "DELETE", "HEAD"):
                    value: Any = dict(request.query_params)
                else:
                    body = await read_body(request, rt.max_body_bytes)
                    if body is None:
                        raise PayloadTooLargeError(f"Payload too large: the limit is {rt.max_body_bytes} bytes",
                                                   maxBytes=rt.max_body_bytes)
                    try:
                        value = orjson.loads(body) if body.strip() else {}
                    except orjson.JSONDecodeError:
                        raise InvalidParams(errors=[{"field": "body", "rule": "json", "message": "the request body is not valid JSON"}]) from None
                try:
                    result = await rt.in_thread(self.run, name, value, principal=self.acting(flow, principal))
                except FlowFailedError as exc:
                    raise self.for_caller(flow, principal, exc) from None
                return reply(200, result["output"])
            except RpcError as exc:
                status = next(code for cls, code in _WEBHOOK_STATUS if isinstance(exc, cls))
                return reply(status, {"error": exc.to_error_object()})

        endpoint.__name__ = f"webhook_{name}"
        return endpoint

    # ---- schedules

    def _in_thread(self, fn, /, *args, **kwargs):
        """On the app's worker pool once attached to one (see Runtime.in_thread)."""
        if self.rt is not None:
            return self.rt.in_thread(fn, *args, **kwargs)
        return asyncio.to_thread(fn, *args, **kwargs)

    def _wrap_lifespan(self, app) -> None:
        """Schedules start with the app and stop (before the database closes) with it."""
        schedules = self.engine.flows_by_trigger("schedule")
        inner = app.router.lifespan_context

        @asynccontextmanager
        async def lifespan(a):
            async with inner(a) as state:
                db = self.rt.db if self.rt is not None else None
                if schedules and getattr(db, "dialect", None) == "postgres":
                    from torquec.runtime.db.pg_leader import Leadership

                    self.leadership = Leadership(db.url, self.rt.spec.name)
                tasks = [asyncio.create_task(self._schedule_loop(f), name=f"xflow-schedule-{f.name}") for f in schedules]
                try:
                    yield state
                finally:
                    for t in tasks:
                        t.cancel()
                    await asyncio.gather(*tasks, return_exceptions=True)
                    if self.leadership is not None:
                        await self._in_thread(self.leadership.close)
                    self.engine.close()

        app.router.lifespan_context = lifespan

    async def _schedule_loop(self, flow) -> None:
        interval = flow.trigger.get("intervalSeconds")
        cron = CronSchedule.parse(flow.trigger["cron"]) if flow.trigger.get("cron") else None
        while True:
            if interval:
                await asyncio.sleep(float(interval))
            else:
                now = datetime.now(timezone.utc)
                nxt = cron.next_after(now)
                await asyncio.sleep(max(0.0, (nxt - now).total_seconds()))
            # Several processes on one PostgreSQL database: only the leader runs the tick.
            if self.leadership is not None and not await self._in_thread(self.leadership.is_leader):
                continue
            try:
                await self._in_thread(self.run, flow.name, {}, principal=None, validate=False)
            except RpcError as exc:
                log.error("scheduled flow %s failed: %s", flow.name, exc.message,
                          extra={"fields": {"flow": flow.name, "error": exc.to_error_object()}})
            except Exception:
                log.exception("scheduled flow %s crashed", flow.name)
