"""Backend ``xflow``: ``flows/<flowName>.js`` per flow and ``flows/manifest.json``.

Each module is precompiled JavaScript for the runtime in
``torquec.runtime.xflow`` (see ``codegen`` for its shape). The manifest lists,
per flow: the module file and its sha256, the trigger, ``timeoutMs``, the
``inputs`` JSON Schema, the hosts its ``httpRequest`` nodes may call, the node
table (type and model pointer per node) and the source map (module lines of
each piece of model JavaScript → node id and model pointer), so the runtime
can report errors with the model position.
"""

from __future__ import annotations

import hashlib
import json
from typing import Iterable

from torquec.backends.base import Artifact, EmitContext
from torquec.backends.xflow.codegen import CompiledFlow, compile_flow
from torquec.ir.nodes import Flow
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
    for flow in sorted(model.flows, key=lambda f: f.name):
        compiled: CompiledFlow = ctx.cached("xflow", _key(flow), lambda f=flow: compile_flow(f))
        art = Artifact.text(f"flows/{flow.name}.js", compiled.source)
        artifacts.append(art)
        entries[flow.name] = _manifest_entry(flow, compiled, art, hosts)
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


def _key(flow: Flow) -> str:
    # Flow holds a dict (inputs): hash its repr, which is deterministic for one IR.
    return hashlib.sha256(repr(flow).encode("utf-8")).hexdigest()


def _manifest_entry(flow: Flow, compiled: CompiledFlow, art: Artifact, hosts: list[str]) -> dict:
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
        "inputs": flow.inputs,
        "allowedHosts": hosts if uses_http else [],
        "nodes": {n.id: {"type": n.type, "pointer": n.pointer, **({"name": n.name} if n.name else {})} for n in flow.nodes},
        "sourceMap": [list(entry) for entry in compiled.source_map],
    }
