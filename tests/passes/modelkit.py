"""Build small models for pass tests: start from a minimal valid model, patch it.

    m = minimal()
    add(m, "/entities/0/fields", {"id": "f9", "name": "age", "type": "integer"})
    codes(check(m))            # full pipeline (schema on), IR checked after every pass
    codes(check(m, schema=False))   # skip the JSON Schema, to reach a pass the schema would preempt
"""

from __future__ import annotations

import copy
import json

from torquec.diagnostics import Diagnostic, Diagnostics, render_text
from torquec.ir.lower import lower_model
from torquec.load import load_model_text
from torquec.passes import run_passes
from torquec.validate import validate_model

BASE: dict = {
    "name": "shop",
    "entities": [
        {
            "id": "ent-customer",
            "name": "Customer",
            "fields": [
                {"id": "fld-customer-name", "name": "name", "type": "string", "required": True},
                {"id": "fld-customer-email", "name": "email", "type": "email", "unique": True},
            ],
        },
        {
            "id": "ent-order",
            "name": "Order",
            "fields": [
                {"id": "fld-order-number", "name": "number", "type": "string", "required": True},
                {"id": "fld-order-customer", "name": "customerId", "type": "reference", "target": "Customer", "required": True},
                {"id": "fld-order-total", "name": "total", "type": "decimal"},
            ],
        },
    ],
}


def minimal() -> dict:
    return copy.deepcopy(BASE)


def _walk(model: dict, pointer: str):
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    parent = model
    for t in tokens[:-1]:
        parent = parent[int(t)] if isinstance(parent, list) else parent[t]
    return parent, tokens[-1]


def put(model: dict, pointer: str, value) -> dict:
    """Set the member at ``pointer`` (``-`` appends to an array)."""
    parent, last = _walk(model, pointer)
    if isinstance(parent, list):
        if last == "-":
            parent.append(value)
        else:
            parent[int(last)] = value
    else:
        parent[last] = value
    return model


def add(model: dict, pointer: str, value) -> dict:
    """Append ``value`` to the array at ``pointer`` (created when absent)."""
    parent, last = _walk(model, pointer)
    target = parent[int(last)] if isinstance(parent, list) else parent.setdefault(last, [])
    target.append(value)
    return model


def delete(model: dict, pointer: str) -> dict:
    parent, last = _walk(model, pointer)
    if isinstance(parent, list):
        del parent[int(last)]
    else:
        del parent[last]
    return model


def field(model: dict, entity: int, **spec) -> dict:
    """Add a field to entity #``entity``; ``id`` defaults from the name."""
    spec.setdefault("id", f"fld-{entity}-{spec['name']}")
    return add(model, f"/entities/{entity}/fields", spec)


def flow(name: str = "doIt", nodes=None, edges=None, trigger=None, **extra) -> dict:
    nodes = nodes if nodes is not None else [{"id": "start", "type": "start"}, {"id": "end", "type": "end"}]
    edges = edges if edges is not None else [{"from": "start", "to": "end"}]
    out = {"id": f"flow-{name}", "name": name, "nodes": nodes, "edges": edges}
    if trigger is not None:
        out["trigger"] = trigger
    out.update(extra)
    return out


def chain(*ids: str) -> list[dict]:
    return [{"from": a, "to": b} for a, b in zip(ids, ids[1:])]


def layout(name: str = "home", route: str = "/", components=None) -> dict:
    return {"id": f"page-{name}", "name": name, "route": route, "components": components or []}


class Result:
    def __init__(self, diags: Diagnostics, model, source) -> None:
        self.diags = diags
        self.model = model
        self.source = source

    @property
    def codes(self) -> list[str]:
        return [d.code for d in self.diags]

    def only(self, code: str) -> Diagnostic:
        hits = [d for d in self.diags if d.code == code]
        assert len(hits) == 1, f"expected one {code}, got {self.codes}\n{self.text}"
        return hits[0]

    @property
    def text(self) -> str:
        return render_text(self.diags, self.source)


def check(model: dict, schema: bool = True) -> Result:
    """Run load → (schema) → lower → all passes with the IR checker on."""
    text = json.dumps(model, indent=2)
    source, data, diags = load_model_text(text, "model.json")
    assert data is not None, diags.items
    if schema:
        diags.extend(validate_model(data))
        if diags.has_errors:
            return Result(diags, None, source)
    ir = lower_model(data, source_path="model.json")
    ir = run_passes(ir, diags, check_ir=True)
    return Result(diags, ir, source)


def codes(result: Result) -> list[str]:
    return result.codes
