"""Pass ``computed_fields``: which fields a before-flow works out.

A flow triggered *before* an entity's create or update may return changed
data, which replaces what the client sent (the order total is computed from
the order lines). The form should say so, so this pass finds those fields and
stores them on ``Entity.computed_fields`` (field name → the flows' names).

A field counts as computed by a before-flow when one of its ``javascript``
bodies, ``transform`` expressions or ``end`` outputs

* assigns a property of that name (``order.totalAmount = cents / 100``), or
* writes it as a key of an object literal (``({ ...input, totalAmount: t })``),

and the assigned value does not read a property or variable of the same
name: ``order.shippingAddress = order.shippingAddress.trim()`` tidies what
the user typed, it does not compute it. The rule reads the code, not its
runs, so a conditional assignment counts too ("may be computed"). The pass
reports nothing (``flow_code`` already rejected code that does not parse;
such pieces are skipped here).
"""

from __future__ import annotations

import dataclasses

from torquec import esprima_fast
from torquec.diagnostics import Diagnostics
from torquec.ir.nodes import Entity, Flow, Model
from torquec.passes.flow_code import _children, _static_name, node_pieces, wrap

esprima = esprima_fast.load()


def run(model: Model, diags: Diagnostics) -> Model:
    found: dict[str, dict[str, list[str]]] = {}
    entities = {e.name: e for e in model.entities}
    for flow in model.flows:
        t = flow.trigger
        if t.type != "entity" or t.phase != "before" or t.event not in ("create", "update") or t.entity not in entities:
            continue
        per_field = found.setdefault(t.entity, {})
        for name in sorted(_assigned(flow, {f.name for f in entities[t.entity].fields})):
            flows = per_field.setdefault(name, [])
            if flow.name not in flows:
                flows.append(flow.name)
    if not found:
        return model
    return dataclasses.replace(model, entities=tuple(_with(e, found.get(e.name)) for e in model.entities))


def _with(e: Entity, computed: dict[str, list[str]] | None) -> Entity:
    if not computed:
        return e
    order = [f.name for f in e.fields if f.name in computed]  # model order
    return dataclasses.replace(e, computed_fields=tuple((n, tuple(computed[n])) for n in order))


def _assigned(flow: Flow, fields: set[str]) -> set[str]:
    out: set[str] = set()
    for node in flow.nodes:
        if node.type not in ("javascript", "transform", "end"):
            continue
        for piece in node_pieces(node):
            src, _ = wrap(piece)
            try:
                program = esprima.parseScript(src)
            except esprima.Error:
                continue  # reported by flow_code
            _walk(program, fields, out)
    return out


def _walk(node, fields: set[str], out: set[str]) -> None:
    if node.type == "AssignmentExpression" and node.left.type == "MemberExpression":
        name = node.left.property.name if not node.left.computed else _static_name(node.left.property)
        if name in fields and not _reads(node.right, name):
            out.add(name)
    elif node.type == "ObjectExpression":
        for prop in node.properties:
            if prop.type != "Property":
                continue
            name = _static_name(prop.key) if not prop.computed else None
            if name in fields and not (prop.shorthand or _reads(prop.value, name)):
                out.add(name)
    for _, child in _children(node):
        _walk(child, fields, out)


def _reads(node, name: str) -> bool:
    """Does the expression mention ``name`` (a variable or a property)?"""
    if node.type == "Identifier" and node.name == name:
        return True
    if node.type == "MemberExpression" and not node.computed and node.property.name == name:
        return True
    return any(_reads(child, name) for _, child in _children(node))
