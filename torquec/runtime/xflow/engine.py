"""FlowEngine: runs an app's compiled flows in the QuickJS sandbox pool.

    engine = FlowEngine("generated/customer-order", services=my_services)
    result = engine.run("validateOrder", record, trace=True, tx=tx, principal=user)
    # {"output": ..., "trace": [{node, type, input, output, ms, status, ...}, ...]}

* The compiled modules (``flows/*.js``, checked against the manifest's
  sha256) and the JS runtime (``jsruntime``) are loaded into the pool once;
  each thread's QuickJS context evaluates them once, on its first run.
* ``run`` validates the input against the flow's ``inputs`` JSON Schema
  (→ :class:`InvalidParams`), runs the flow within its ``timeoutMs`` and the
  pool's memory and stack limits, and turns every failure into a
  :class:`FlowFailedError` (-32005) whose ``data`` names the flow, the node,
  the model pointer (of the node, or of the piece of JavaScript that threw,
  with ``line`` inside it), a ``reason`` (``error`` = the flow's own error
  node, ``exception`` = JavaScript threw, ``host`` = an entity/http call
  failed, ``timeout``, ``memory``, ``stack``, ``sandbox``) and, for host
  failures raised as API errors, the API error object as ``cause``.
* Transactions are the caller's: pass ``tx`` (handed to the services with
  each entity call) and roll it back when ``run`` raises.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import httpx

from torquec.runtime.errors import FlowFailedError, InvalidParams, RpcError
from torquec.runtime.jsonrpc import nested_deeper_than
from torquec.runtime.xflow import hosts as _hosts
from torquec.runtime.xflow.jsruntime import JS_RUNTIME, RUNTIME_VERSION
from torquec.runtime.xflow.sandbox import (
    SandboxError,
    SandboxHostError,
    SandboxMemoryError,
    SandboxPool,
    SandboxScriptError,
    SandboxStackOverflow,
    SandboxTimeout,
)

__all__ = ["AttributingPool", "FlowEngine", "FlowInfo", "RunContext", "load_manifest"]

RunContext = _hosts.RunContext

DEFAULT_MEMORY_LIMIT = 32 * 1024 * 1024
DEFAULT_STACK_LIMIT = 256 * 1024
_ENTRY = "__xflow_run"
#: How deep a flow's input may nest (objects/arrays). Deeper input is refused
#: with -32602 before anything recursive (schema validation, JSON encoding into
#: the sandbox) sees it; orjson itself stops at 254 levels.
MAX_INPUT_DEPTH = 64
_FRAME = re.compile(r"^\s*at (\S+) \((?:<input>|[^)]*?)(?::(\d+)(?::\d+)?)?\)", re.M)  # (<input>:LINE[:COLUMN])


@dataclass
class FlowInfo:
    """One compiled flow, as the manifest describes it."""

    name: str
    id: str
    file: str
    source: str
    trigger: dict
    timeout_ms: int
    inputs: dict | None
    allowed_hosts: list[str]
    nodes: dict[str, dict]
    source_map: list[list]
    pointer: str = ""
    description: str = ""
    run_as: str = "caller"  # caller | system (see the integration: whose permissions entity nodes use)
    reads: frozenset[str] = frozenset()  # entities whose records can reach a run (manifest `reads`)
    validator: Any = field(default=None, repr=False)

    def node_pointer(self, node: str) -> str | None:
        return self.nodes.get(node, {}).get("pointer")

    def locate(self, stack: str, node: str | None) -> tuple[str | None, str | None, int | None]:
        """(node, pointer, line inside the piece) of an error, from its QuickJS backtrace.

        Frames are innermost first. The first piece function (``__n_<node>…``)
        names the node; the innermost frame up to it that has a line inside
        one of that node's pieces gives pointer and line. Frames of natives
        (no line), the runtime (``__xf_*``) and host shims (``__host_*``) are
        skipped: every module is ``<input>`` to QuickJS, so their lines mean
        nothing here.
        """
        frames = [(m.group(1), int(m.group(2)) if m.group(2) else None) for m in _FRAME.finditer(stack or "")]
        for i, (name, _line) in enumerate(frames):
            if not name.startswith("__n_"):
                continue
            nid = _piece_node(name)
            head = None
            for fname, line in frames[: i + 1]:
                if line is None or (fname.startswith("__") and not fname.startswith("__n_")):
                    continue
                for first, last, entry_node, pointer in self.source_map:
                    if entry_node == nid and first <= line <= last:
                        return nid, pointer, line - first + 1
                    if entry_node == nid and line == first - 1 and head is None:
                        # quickjs-ng places an interrupt (time limit) on the wrapper's first
                        # line: the piece is known, the line inside it is not.
                        head = pointer
            return nid, head or self.node_pointer(nid), None
        if node is not None:
            return node, self.node_pointer(node), None
        return None, self.pointer or None, None


# How a run the sandbox ended is reported: (error class, reason, what happened), subclasses
# before their bases. A script error itself only gets here from the envelope (e.g. an
# output JSON cannot represent): the flow's own errors come back as values.
_SANDBOX_FAILURES = (
    (SandboxTimeout, "timeout", lambda flow, e: f"exceeded its time limit of {flow.timeout_ms} ms"),
    (SandboxMemoryError, "memory", lambda flow, e: f"exceeded its memory limit of {e.memory_limit // (1024 * 1024)} MiB"),
    (SandboxStackOverflow, "stack", lambda flow, e: "overflowed its stack (recursion too deep)"),
    (SandboxHostError, "host", lambda flow, e: f"failed: {e.message}"),
    (SandboxScriptError, "exception", lambda flow, e: f"failed: {e.name}: {e.message}"),
    (SandboxError, "sandbox", lambda flow, e: f"failed in the sandbox: {e}"),
)


class AttributingPool(SandboxPool):
    """A :class:`SandboxPool` whose time and memory errors keep QuickJS's backtrace
    (``exc.stack``), so the engine can name the node that was running.

    SandboxStackOverflow already carries it; for the other two the base class
    drops it, hence these two small overrides of its internals.
    """

    def _escaped_error(self, exc, info, slot):  # noqa: D401 - see class docstring
        err = super()._escaped_error(exc, info, slot)
        if isinstance(err, (SandboxTimeout, SandboxMemoryError)) and not getattr(err, "stack", ""):
            err.stack = str(exc)
        return err

    def _script_error(self, out, info, slot):
        try:
            return super()._script_error(out, info, slot)
        except (SandboxTimeout, SandboxMemoryError) as err:
            if not getattr(err, "stack", ""):
                try:
                    err.stack = json.loads(out[1:]).get("stack", "")
                except ValueError:
                    pass
            raise


def _piece_node(fn_name: str) -> str:
    return fn_name[4:].split("$", 1)[0]


def load_manifest(app: str | os.PathLike | Mapping) -> tuple[dict, dict[str, str]]:
    """(manifest, sources by flow name) from an app dir, its ``flows`` dir, the manifest file,
    or an in-memory mapping ``{"manifest": {...}, "sources": {name: js}}``."""
    if isinstance(app, Mapping):
        return dict(app["manifest"]), dict(app["sources"])
    p = Path(app)
    if p.is_dir() and (p / "flows" / "manifest.json").exists():
        p = p / "flows" / "manifest.json"
    elif p.is_dir():
        p = p / "manifest.json"
    if not p.exists():
        return {"manifestVersion": 1, "runtimeVersion": RUNTIME_VERSION, "flows": {}}, {}
    manifest = json.loads(p.read_text(encoding="utf-8"))
    sources: dict[str, str] = {}
    for name, entry in manifest.get("flows", {}).items():
        raw = (p.parent / entry["file"]).read_bytes()
        if hashlib.sha256(raw).hexdigest() != entry.get("sha256"):
            raise RuntimeError(f"{p.parent / entry['file']} does not match the manifest (edited by hand?); rebuild the app")
        sources[name] = raw.decode("utf-8")
    return manifest, sources


class FlowEngine:
    """Runs compiled flows. Thread-safe; each thread gets its own QuickJS context."""

    def __init__(
        self,
        app: str | os.PathLike | Mapping,
        pool: SandboxPool | None = None,
        services: Any = None,
        *,
        http_client: httpx.Client | None = None,
        log_sink: Callable[[str, str | None, str], None] | None = None,
        memory_limit: int = DEFAULT_MEMORY_LIMIT,
        stack_limit: int = DEFAULT_STACK_LIMIT,
    ) -> None:
        manifest, sources = load_manifest(app)
        if manifest.get("runtimeVersion") != RUNTIME_VERSION:
            raise RuntimeError(
                f"flows were compiled for XFlow runtime {manifest.get('runtimeVersion')}, this is {RUNTIME_VERSION}; rebuild the app"
            )
        self.manifest = manifest
        self.flows: dict[str, FlowInfo] = {}
        for name, e in manifest.get("flows", {}).items():
            self.flows[name] = FlowInfo(
                name=name, id=e.get("id", name), file=e["file"], source=sources[name], trigger=e.get("trigger") or {"type": "manual"},
                timeout_ms=int(e.get("timeoutMs", 1000)), inputs=e.get("inputs"), allowed_hosts=list(e.get("allowedHosts", [])),
                nodes=e.get("nodes", {}), source_map=e.get("sourceMap", []), pointer=e.get("pointer", ""),
                description=e.get("description", ""), run_as=e.get("runAs", "caller"), reads=frozenset(e.get("reads", ())),
            )
        self.services = services if services is not None else _hosts.NoServices()
        self._own_http = http_client is None
        self._http_client = http_client
        self._http_lock = threading.Lock()
        self.log_sink = log_sink or _hosts.default_log_sink
        if pool is None:
            longest = max((f.timeout_ms for f in self.flows.values()), default=1000)
            pool = AttributingPool(timeout_ms=longest, memory_limit=memory_limit, stack_limit=stack_limit)
        self.pool = pool
        pool.load("xflow:runtime", JS_RUNTIME)
        for name in sorted(self.flows):
            pool.load(f"xflow:{name}", self.flows[name].source)
        for hname, fn in _hosts.HOSTS.items():
            pool.register_host(hname, fn)
        self._validator_lock = threading.Lock()

    @classmethod
    def from_model(cls, model, **kwargs) -> "FlowEngine":
        """Compile an IR model's flows in memory (tests, benchmarks, ``torquec flow run``)."""
        from torquec.backends.base import EmitContext
        from torquec.backends.xflow import emit

        arts = {a.path: a.content.decode("utf-8") for a in emit(EmitContext(model=model))}
        manifest = json.loads(arts.get("flows/manifest.json", '{"runtimeVersion": %d, "flows": {}}' % RUNTIME_VERSION))
        sources = {name: arts[f"flows/{e['file']}"] for name, e in manifest["flows"].items()}
        return cls({"manifest": manifest, "sources": sources}, **kwargs)

    @property
    def http_client(self) -> httpx.Client:
        """Created on first use: building its TLS context costs ~60 ms, which every
        app start (and every watch-mode reload) would otherwise pay for nothing."""
        if self._http_client is None:
            with self._http_lock:
                if self._http_client is None:
                    self._http_client = httpx.Client(follow_redirects=False)
        return self._http_client

    def close(self) -> None:
        if self._own_http and self._http_client is not None:
            self._http_client.close()

    # ---- lookups for triggers

    def flows_for_entity(self, entity: str, event: str, phase: str) -> list[FlowInfo]:
        return [
            f for _, f in sorted(self.flows.items())
            if f.trigger.get("type") == "entity" and f.trigger.get("entity") == entity
            and f.trigger.get("event") == event and f.trigger.get("phase") == phase
        ]

    def flows_by_trigger(self, kind: str) -> list[FlowInfo]:
        return [f for _, f in sorted(self.flows.items()) if f.trigger.get("type") == kind]

    # ---- running

    def validate_input(self, flow: FlowInfo, value: Any) -> None:
        if not flow.inputs:
            return
        validator = flow.validator
        if validator is None:
            import jsonschema

            with self._validator_lock:
                if flow.validator is None:
                    cls = jsonschema.validators.validator_for(flow.inputs, default=jsonschema.Draft202012Validator)
                    flow.validator = cls(flow.inputs, format_checker=cls.FORMAT_CHECKER)
                validator = flow.validator
        errors = sorted(validator.iter_errors(value), key=lambda e: (list(e.absolute_path), e.validator))
        if errors:
            raise InvalidParams(
                f"input of flow `{flow.name}` is invalid",
                errors=[
                    {
                        "field": ".".join(["input", *(str(p) for p in e.absolute_path)]),
                        "rule": str(e.validator),
                        "message": e.message,
                    }
                    for e in errors
                ],
            )

    def run(
        self,
        flow_name: str,
        input: Any = None,
        *,
        trace: bool = False,
        tx: Any = None,
        principal: Any = None,
        validate: bool = True,
        extra: dict | None = None,
    ) -> dict:
        """Run one flow; ``{"output": …}`` plus ``"trace"`` when asked. Raises
        :class:`InvalidParams` (unknown flow, bad input) or :class:`FlowFailedError`."""
        flow = self.flows.get(flow_name)
        if flow is None:
            from torquec.diagnostics import did_you_mean

            hint = did_you_mean(flow_name, self.flows) if isinstance(flow_name, str) else None
            raise InvalidParams(
                f"unknown flow `{flow_name}`",
                errors=[{"field": "flow", "rule": "exists", "message": f"no flow named `{flow_name}`" + (f"; {hint}" if hint else "")}],
            )
        if input is None:
            input = {}
        if nested_deeper_than(input, MAX_INPUT_DEPTH):
            raise InvalidParams(
                f"input of flow `{flow.name}` is nested deeper than {MAX_INPUT_DEPTH} levels",
                errors=[{"field": "input", "rule": "maxDepth",
                         "message": f"objects and arrays may nest at most {MAX_INPUT_DEPTH} levels deep"}],
            )
        if validate:
            self.validate_input(flow, input)
        run = RunContext(engine=self, flow=flow, tx=tx, principal=principal, trace=trace, extra=extra or {})
        try:
            env = self.pool.call(_ENTRY, {"f": flow.name, "i": input, "t": bool(trace)}, run=run, timeout_ms=flow.timeout_ms)
        except SandboxError as exc:
            reason, what = next((r, w) for cls, r, w in _SANDBOX_FAILURES if isinstance(exc, cls))
            raise self._limit_error(flow, reason, f"flow `{flow.name}` {what(flow, exc)}", exc) from None
        if env.get("ok"):
            result = {"output": env.get("output")}
            if trace:
                result["trace"] = _round_trace(env.get("trace") or [])
            return result
        raise self._flow_error(flow, env.get("error") or {}, run, env.get("trace"), trace)

    # ---- errors

    def _flow_error(self, flow: FlowInfo, d: dict, run: RunContext, trace_records, trace: bool) -> FlowFailedError:
        node, pointer, line = flow.locate(d.get("stack", ""), d.get("node"))
        if d.get("flowError"):
            reason = "error"
            node = d.get("node") or node
            pointer = (flow.node_pointer(node) or pointer) if line is None else pointer
        elif "hostErrorId" in d:
            reason = "host"
        else:
            reason = "exception"
        message = d.get("message", "")
        name = d.get("name")
        shown = message if reason == "error" or name in (None, "Error", "HostError") else f"{name}: {message}"
        data: dict[str, Any] = {"flow": flow.name, "node": node, "message": shown, "pointer": pointer, "reason": reason}
        if line is not None:
            data["line"] = line
        if node is not None and node in flow.nodes:
            data["nodeType"] = flow.nodes[node].get("type")
        if d.get("code") is not None:
            data["errorCode"] = d["code"]
        hid = d.get("hostErrorId")
        if isinstance(hid, int) and 0 <= hid < len(run.host_errors):
            original = run.host_errors[hid]
            if isinstance(original, RpcError):
                data["cause"] = original.to_error_object()
        if trace:
            data["trace"] = _round_trace(trace_records or [])
        where = f" at node `{node}`" if node else ""
        err = FlowFailedError(f"Flow `{flow.name}` failed{where}: {shown}", data=data)
        if isinstance(hid, int) and 0 <= hid < len(run.host_errors):
            err.__cause__ = run.host_errors[hid]
        return err

    def _limit_error(self, flow: FlowInfo, reason: str, message: str, exc: BaseException) -> FlowFailedError:
        stack = getattr(exc, "stack", "") or ""
        node, pointer, line = flow.locate(stack, None)
        data: dict[str, Any] = {"flow": flow.name, "node": node, "message": message, "pointer": pointer, "reason": reason}
        if line is not None:
            data["line"] = line
        if node is not None and node in flow.nodes:
            data["nodeType"] = flow.nodes[node].get("type")
        original = getattr(exc, "original", None)
        if isinstance(original, RpcError):
            data["cause"] = original.to_error_object()
        where = f" at node `{node}`" if node else ""
        err = FlowFailedError(f"Flow `{flow.name}` failed{where}: {message}", data=data)
        err.__cause__ = exc
        return err


def _round_trace(records: list) -> list:
    for r in records:
        if isinstance(r.get("ms"), (int, float)):
            r["ms"] = round(r["ms"], 3)
    return records
