"""A synthetic model for build benchmarks: N entities × F fields, flows, layouts.

Deterministic (no randomness), valid, and shaped like a real app: every entity
after the first references the previous one, every flow reads an entity,
every page shows a grid, a button and a modal form.
"""

from __future__ import annotations

import json
import sys

TYPES = ["string", "text", "integer", "float", "decimal", "boolean", "date", "datetime", "uuid", "email", "url", "enum", "array", "json"]


def entity_name(i: int) -> str:
    return f"Thing{i:03d}"


def make_field(e: int, j: int) -> dict:
    t = TYPES[j % len(TYPES)]
    f = {"id": f"f_{e}_{j}", "name": f"field{j:02d}", "type": t, "description": f"Field {j} of entity {e}."}
    if t == "string":
        f["validation"] = {"minLength": 1, "maxLength": 120}
        f["required"] = j == 0
    elif t in ("integer", "float", "decimal"):
        f["validation"] = {"min": 0, "max": 1_000_000}
    elif t == "enum":
        f["values"] = ["alpha", "beta", "gamma"]
        f["default"] = "alpha"
    elif t == "array":
        f["items"] = {"type": "string"}
    if j == 1:
        f["indexed"] = True
    return f


def make_model(entities: int = 200, fields: int = 15, flows: int = 40, layouts: int = 60) -> dict:
    ents = []
    rels = []
    for e in range(entities):
        fs = [make_field(e, j) for j in range(fields)]
        if e > 0:
            fs.append({"id": f"f_{e}_parent", "name": "parentId", "type": "reference", "target": entity_name(e - 1)})
            rels.append({
                "id": f"r_{e}", "name": f"children{e:03d}", "from": entity_name(e - 1), "to": entity_name(e),
                "kind": "oneToMany", "foreignKey": "parentId", "onDelete": "cascade", "inverseName": "parent",
            })
        ents.append({"id": f"e_{e}", "name": entity_name(e), "description": f"Synthetic entity {e}.", "fields": fs,
                     "ui": {"displayField": "field00", "searchFields": ["field00"]}})
    fl = []
    for k in range(flows):
        target = entity_name(k % entities)
        fl.append({
            "id": f"flow_{k}", "name": f"flow{k:03d}", "description": f"Synthetic flow {k}.",
            "trigger": {"type": "manual"},
            "inputs": {"type": "object", "properties": {"n": {"type": "integer"}}},
            "nodes": [
                {"id": "start", "type": "start"},
                {"id": "read", "type": "entityRead", "entity": target, "filters": [{"field": "field01", "op": "gt", "value": "input.n || 0"}], "limit": 10},
                {"id": "calc", "type": "javascript", "code": "var total = 0;\nfor (var i = 0; i < prev.length; i++) { total += 1; }\nreturn { count: total, n: input.n };"},
                {"id": "check", "type": "condition", "expression": "prev.count > 5"},
                {"id": "many", "type": "transform", "expression": "({ many: true, count: nodes.calc.count })"},
                {"id": "few", "type": "transform", "expression": "({ many: false, count: nodes.calc.count })"},
                {"id": "end", "type": "end"},
            ],
            "edges": [
                {"from": "start", "to": "read"}, {"from": "read", "to": "calc"}, {"from": "calc", "to": "check"},
                {"from": "check", "to": "many", "condition": "true"}, {"from": "check", "to": "few", "condition": "false"},
                {"from": "many", "to": "end"}, {"from": "few", "to": "end"},
            ],
        })
    lays = []
    for p in range(layouts):
        ent = entity_name(p % entities)
        lays.append({
            "id": f"page_{p}", "name": f"page{p:03d}", "route": f"/page-{p}", "title": f"Page {p}",
            "components": [
                {"id": "heading", "type": "Text", "text": f"Page {p}", "variant": "h1", "position": {"row": 1, "col": 1, "span": 8}},
                {"id": "add", "type": "TorqueButton", "label": "Add", "action": {"type": "openModal", "modal": "dialog"}, "position": {"row": 1, "col": 9, "span": 4}},
                {"id": "grid", "type": "DataGrid", "entity": ent, "columns": ["field00", "field01", "field02"], "position": {"row": 2, "col": 1, "span": 12}},
                {"id": "dialog", "type": "Modal", "title": "Add", "children": [
                    {"id": "form", "type": "TorqueForm", "entity": ent, "mode": "create", "position": {"row": 1, "col": 1, "span": 12}}]},
            ],
        })
    return {
        "name": "synthetic", "title": "Synthetic", "version": "1.0.0", "description": "Synthetic benchmark model.",
        "database": {"partitions": 8},
        "entities": ents, "relationships": rels, "flows": fl, "layouts": lays,
    }


if __name__ == "__main__":
    json.dump(make_model(), sys.stdout, indent=2)
