"""Backend ``xflow``: ``flows/<flowName>.js`` per flow and ``flows/manifest.json``.

Each module is precompiled JavaScript for the runtime in
``torquec.runtime.xflow`` (see ``codegen`` for its shape). The manifest lists,
per flow: the module file and its sha256, the trigger, ``timeoutMs``, the
``inputs`` JSON Schema, the hosts its ``httpRequest`` nodes may call, the node
table (type and model pointer per node) and the source map (module lines of
each piece of model JavaScript → node id and model pointer), so the runtime
can report errors with the model position; ``runAs`` and ``reads``, the
entities whose records can reach the flow (see :func:`flow_reads`), by which
the runtime decides whether a caller may see a system flow's failure.
"""

from __future__ import annotations

import json
from typing import Iterable

from torquec.backends.base import Artifact, EmitContext
from torquec.backends.xflow.codegen import CompiledFlow, compile_flow
from torquec.ir.nodes import Flow, Model
from torquec.runtime.xflow.jsruntime import RUNTIME_VERSION

NAME = "xflow"
MANIFEST_VERSION = 1


def emit(ctx: EmitContext) -> Iterable[Artifact]:
    model = ctx.model
    if not model.flows:
        return []
    artifacts: list[Artifact] = []
    entries: dict[str, dict] = {}
    hosts = sorted(set(model.allowed_hosts))
    reach = _ReachIndex(model)  # once per build: each flow used to walk every field of the model
    for flow in sorted(model.flows, key=lambda f: f.name):
        compiled: CompiledFlow = ctx.unit("xflow.flow", (flow,), lambda f=flow: compile_flow(f))
        art = Artifact.text(f"flows/{flow.name}.js", compiled.source)
        artifacts.append(art)
        entries[flow.name] = _manifest_entry(flow, compiled, art, hosts, flow_reads(model, flow, reach))
    manifest = {
        "manifestVersion": MANIFEST_VERSION,
        "runtimeVersion": RUNTIME_VERSION,
        "model": model.name,
        "flows": entries,
    }
    artifacts.append(Artifact.text("flows/manifest.json", dump_json(manifest)))
    return artifacts


def dump_json(value, indent: str = "") -> str:
    """Indented JSON, with arrays of scalars (source map entries) on one line."""
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {dump_json(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
        return "[\n" + ",\n".join(inner + dump_json(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False)


def _manifest_entry(flow: Flow, compiled: CompiledFlow, art: Artifact, hosts: list[str], reads: list[str]) -> dict:
    t = flow.trigger
    trigger: dict = {"type": t.type}
    if t.type == "entity":
        trigger.update(entity=t.entity, event=t.event, phase=t.phase)
    elif t.type == "webhook":
        trigger.update(path=t.path, method=t.method)
    elif t.type == "schedule":
        if t.interval_seconds is not None:
            trigger["intervalSeconds"] = t.interval_seconds
        if t.cron is not None:
            trigger["cron"] = t.cron
    uses_http = any(n.type == "httpRequest" for n in flow.nodes)
    return {
        "id": flow.id,
        "file": f"{flow.name}.js",
        "sha256": art.digest,
        "pointer": flow.pointer,
        "description": flow.description,
        "trigger": trigger,
        "timeoutMs": flow.timeout_ms,
        "runAs": flow.run_as,
        "reads": reads,
        "inputs": flow.inputs,
        "allowedHosts": hosts if uses_http else [],
        "nodes": {n.id: {"type": n.type, "pointer": n.pointer, **({"name": n.name} if n.name else {})} for n in flow.nodes},
        "sourceMap": [list(entry) for entry in compiled.source_map],
    }


class _ReachIndex:
    """What :func:`flow_reads` follows, indexed once per model."""

    def __init__(self, model: Model) -> None:
        self.refs: dict[str, set[str]] = {}  # entity -> entities holding a reference to it
        for e in model.entities:
            for f in e.fields:
                if f.target:
                    self.refs.setdefault(f.target, set()).add(e.name)
        self.before: dict[tuple[str, str], list[Flow]] = {}  # (entity, event) -> its `before` flows
        for fl in model.flows:
            t = fl.trigger
            if t.type == "entity" and t.phase == "before" and t.entity and t.event:
                self.before.setdefault((t.entity, t.event), []).append(fl)


def flow_reads(model: Model, flow: Flow, index: _ReachIndex | None = None) -> list[str]:
    """The entities whose records can reach a run of ``flow`` (sorted): its trigger
    entity, the entities of its ``entityRead``/``entityWrite`` nodes (a write returns
    the record), for deletes every entity whose references the delete follows
    (restrict messages name them, cascades delete them), and the same of every
    ``before`` flow its writes trigger (their failures become its failure).
    ``after`` flows are left out: their failures are logged, never returned."""
    index = index or _ReachIndex(model)
    refs, before = index.refs, index.before
    out: set[str] = set()
    seen_flows: set[str] = set()

    def deleted(entity: str, seen: set[str]) -> None:
        if entity in seen:
            return
        seen.add(entity)
        out.add(entity)
        for fl in before.get((entity, "delete"), ()):
            visit(fl)
        for holder in refs.get(entity, ()):
            deleted(holder, seen)

    def visit(fl: Flow) -> None:
        if fl.name in seen_flows:
            return
        seen_flows.add(fl.name)
        if fl.trigger.type == "entity" and fl.trigger.entity:
            out.add(fl.trigger.entity)
        for n in fl.nodes:
            if n.type not in ("entityRead", "entityWrite") or not n.entity:
                continue
            out.add(n.entity)
            if n.type == "entityWrite" and n.operation == "delete":
                deleted(n.entity, set())
            elif n.type == "entityWrite" and n.operation in ("create", "update"):
                for other in before.get((n.entity, n.operation), ()):
                    visit(other)

    visit(flow)
    return sorted(out)
