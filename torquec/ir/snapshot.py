"""Schema snapshots: the part of the IR that decides the database schema, as JSON.

The build writes one (``sql/snapshot.json``) and every migration records the
snapshot it applied in ``_torque_schema`` (:mod:`torquec.migrate.database`),
so a generated app that starts against a database holding another model
diffs two snapshots: it never loads, validates or analyses a model file (the
compiler's front end is not needed to run an app).

A snapshot holds the model's header (name, title, version, partitions…), its
entities and its relationships exactly as the IR has them after every pass
(foreign keys, display and search fields resolved); flows, layouts, sample
data and auth do not shape tables and are left out. The encoding is generic
— every attribute of every node, driven by the dataclass definitions — so a
new IR attribute is in the snapshot the day it is added, and
``read_snapshot(snapshot_json(m))`` equals ``m``'s schema part (tested).
Attributes at their default value are omitted to keep the file small.

``format`` versions the encoding: a snapshot of another format is not read
(:class:`SnapshotFormatError`); the migration code then falls back to the
recorded model file.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from functools import lru_cache
from typing import Any

from torquec.ir import nodes
from torquec.ir.nodes import Entity, Model, Relationship

SNAPSHOT_FORMAT = 1

# Model attributes a snapshot leaves out (they shape no table), with the value a read snapshot gets.
_NOT_SCHEMA = {"flows": (), "layouts": (), "sample_data": (), "auth": None, "source_path": ""}


class SnapshotFormatError(ValueError):
    """A snapshot written in another format (or not a snapshot at all)."""


# --------------------------------------------------------------------------- encoding


@lru_cache(maxsize=None)
def _fields(cls: type) -> tuple[tuple[str, Any, Any], ...]:
    """(name, type hint, default or MISSING) of every attribute of a node class."""
    hints = typing.get_type_hints(cls, vars(nodes))
    out = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = dataclasses.MISSING
        out.append((f.name, hints[f.name], default))
    return tuple(out)


def _encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if dataclasses.is_dataclass(value):
        out = {}
        for name, _hint, default in _fields(type(value)):
            v = getattr(value, name)
            # `is` first: 0 == False and 1 == 1.0 to Python, never to the snapshot.
            if default is not dataclasses.MISSING and type(v) is type(default) and v == default:
                continue
            out[name] = _encode(v)
        return out
    return value  # str, numbers, bool, None, JSON data (defaults, flow inputs)


def _line(value: Any) -> str:
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"))


def entity_line(entity: Entity) -> str:
    """One entity's line of a snapshot (the sql backend memoises it per entity)."""
    return _line(entity)


def relationship_line(relationship: Relationship) -> str:
    return _line(relationship)


def snapshot_json(model: Model, entity_lines: list[str] | None = None, relationship_lines: list[str] | None = None) -> str:
    """The snapshot of ``model``: one compact line per entity and relationship.
    ``entity_lines``/``relationship_lines``: those lines already rendered (memoised)."""
    header = {name: _encode(getattr(model, name)) for name, _hint, _default in _fields(Model)
              if name not in _NOT_SCHEMA and name not in ("entities", "relationships")}
    ents = entity_lines if entity_lines is not None else [entity_line(e) for e in model.entities]
    rels = relationship_lines if relationship_lines is not None else [relationship_line(r) for r in model.relationships]
    head = json.dumps({"format": SNAPSHOT_FORMAT, **header}, ensure_ascii=False, separators=(",", ":"))
    return (head[:-1] + ',\n"entities":[\n' + ",\n".join(ents) + '\n],\n"relationships":[\n' + ",\n".join(rels) + "\n]}\n")


# --------------------------------------------------------------------------- decoding


def _decode(hint: Any, value: Any) -> Any:
    if value is None or hint is Any:
        return value
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        for arg in typing.get_args(hint):
            if arg is type(None):
                continue
            if (isinstance(value, dict) and dataclasses.is_dataclass(arg)) or (isinstance(value, list) and typing.get_origin(arg) is tuple) \
                    or (isinstance(value, str) and isinstance(arg, type) and issubclass(arg, enum.Enum)):
                return _decode(arg, value)
        return value
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(a, v) for a, v in zip(args, value))
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            kwargs = {}
            for name, h, default in _fields(hint):
                if name in value:
                    kwargs[name] = _decode(h, value[name])
                elif default is dataclasses.MISSING:
                    raise SnapshotFormatError(f"{hint.__name__} without {name!r}")
            return hint(**kwargs)
        if issubclass(hint, enum.Enum):
            return hint(value)
    return value


def read_snapshot(text: str) -> Model:
    """The schema part of a model from its snapshot (flows, layouts, sample data and auth empty)."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SnapshotFormatError(f"not a schema snapshot: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise SnapshotFormatError(f"schema snapshot format {found!r}, this torquec reads {SNAPSHOT_FORMAT}")
    data = {k: v for k, v in data.items() if k != "format"}
    try:
        model = _decode(Model, {**data, **{k: [] if v == () else v for k, v in _NOT_SCHEMA.items()}})
    except (TypeError, ValueError, KeyError) as exc:
        raise SnapshotFormatError(f"schema snapshot does not match this torquec's IR: {exc}") from None
    return model
