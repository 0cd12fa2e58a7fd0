"""A deterministic pretty printer of the IR, for golden tests and debugging.

One node per line, children indented by two spaces, like mypyc's IR dumps::

    model todo title="Todo" version="1.0.0" partitions=8
      entity Project id="ent-project" table=project  @/entities/0
        field name: string id="fld-project-name" column=name required unique validation={minLength=1, maxLength=80}  @/entities/0/fields/0

Only attributes that differ from their default are shown, so goldens stay
short and adding a field to a node with a default does not change them.
Nested nodes held in tuples (fields, nodes, edges, components, roles …) get
lines of their own; small nested records (validation, ui, position,
trigger, actions) are printed inline.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any

from torquec.ir.nodes import Entity, Field, Model, snake_case

_LABEL_ATTRS = ("name", "id", "entity")
_SKIP = frozenset({"pointer"})


def format_model(model: Model) -> str:
    lines: list[str] = []
    head = [f"model {model.name}"]
    head.extend(_attrs(model, skip={"name", "entities", "relationships", "flows", "layouts", "sample_data", "auth", "source_path"}))
    lines.append(" ".join(head))
    for e in model.entities:
        _node(e, 1, lines)
    for r in model.relationships:
        _node(r, 1, lines)
    for fl in model.flows:
        _node(fl, 1, lines)
    for lay in model.layouts:
        _node(lay, 1, lines)
    if model.auth is not None:
        _node(model.auth, 1, lines)
    for rec in model.sample_data:
        _node(rec, 1, lines)
    return "\n".join(lines) + "\n"


def _kind(obj) -> str:
    name = type(obj).__name__
    return {"FlowNode": "node", "FlowEdge": "edge", "SampleRecord": "sample", "EntityFilter": "filter"}.get(
        name, name[:1].lower() + name[1:])


def _node(obj, depth: int, lines: list[str]) -> None:
    parts = ["  " * depth + _kind(obj)]
    skip = set(_SKIP)
    label = _label(obj)
    if label is not None:
        parts.append(label[1])
        skip.update(label[0])
    children: list[tuple[str, tuple]] = []
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, tuple) and value and all(dataclasses.is_dataclass(v) for v in value):
            children.append((f.name, value))
            skip.add(f.name)
    parts.extend(_attrs(obj, skip=skip))
    if isinstance(obj, Entity):
        parts.insert(2, f"table={obj.table}")
    elif isinstance(obj, Field) and snake_case(obj.name) != obj.name:
        parts.insert(2, f"column={obj.column}")
    ptr = getattr(obj, "pointer", None)
    lines.append(" ".join(parts) + (f"  @{ptr}" if ptr else ""))
    for _name, items in children:
        for child in items:
            _node(child, depth + 1, lines)


_LABELS = {
    "FlowNode": ("id", "type"), "Component": ("id", "type"), "Action": ("type", None), "SampleRecord": ("entity", None),
    "Permission": ("entity", None), "EntityFilter": ("field", "op"), "Role": ("name", None), "Trigger": ("type", None),
}


def _label(obj) -> tuple[tuple[str, ...], str] | None:
    """(attributes consumed, label text) of the line's head."""
    type_name = type(obj).__name__
    if type_name == "FlowEdge":
        return None
    if type_name == "Relationship":
        return (("name", "from_entity", "to_entity"), f"{obj.name}: {obj.from_entity} -> {obj.to_entity}")
    if type_name == "Field":
        return (("name", "type"), f"{obj.name}: {obj.type.value}")
    if type_name in _LABELS:
        first, second = _LABELS[type_name]
        text = str(getattr(obj, first))
        if second is not None:
            text += f": {getattr(obj, second)}"
            return ((first, second), text)
        return ((first,), text)
    for attr in _LABEL_ATTRS:
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value:
            return ((attr,), value)
    return None


def _attrs(obj, skip: set[str]) -> list[str]:
    out = []
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        if type(obj).__name__ == "FlowEdge" and f.name in ("source", "target"):
            continue
        value = getattr(obj, f.name)
        if _is_default(f, value):
            continue
        out.append(f"{_camel(f.name)}={_value(value)}" if not isinstance(value, bool) or not value else _camel(f.name))
    if type(obj).__name__ == "FlowEdge":
        out.insert(0, f"{obj.source} -> {obj.target}")
    return out


def _is_default(f: dataclasses.Field, value: Any) -> bool:
    if dataclasses.is_dataclass(value) and f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        # A nested record (validation, ui …) counts as default when all but its pointer are.
        return all(_is_default(g, getattr(value, g.name)) for g in dataclasses.fields(value) if g.name not in _SKIP) \
            if _all_have_defaults(value) else value == f.default_factory()  # type: ignore[misc]
    if f.default is not dataclasses.MISSING:
        return value == f.default and type(value) is type(f.default)
    if f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        return value == f.default_factory()  # type: ignore[misc]
    if isinstance(value, (tuple, dict, list, str)) and not value:
        return True
    return value is None


def _all_have_defaults(value) -> bool:
    return all(g.default is not dataclasses.MISSING or g.default_factory is not dataclasses.MISSING  # type: ignore[misc]
               for g in dataclasses.fields(value) if g.name not in _SKIP)


def _value(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if dataclasses.is_dataclass(value):
        inner = ", ".join(
            (f"{_camel(f.name)}={_value(getattr(value, f.name))}")
            for f in dataclasses.fields(value)
            if f.name not in _SKIP and not _is_default(f, getattr(value, f.name))
        )
        return "{" + inner + "}"
    if isinstance(value, tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
    return repr(value)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)
