"""Pass ``sample_data``: sample records are valid API input.

``torquec serve --seed`` inserts these records through the same validation as
``createEntity``; a record that would be rejected there is a compile error
here, with the position of the offending value:

* keys are entity names; record keys are field names (or ``id``); the system
  fields ``createdAt``, ``updatedAt``, ``version`` are set by the server;
* required fields are present (unless they have a default) and not null;
* values have the field's type and satisfy its validation (``_values.py``);
* an explicit ``id`` is a UUID, unique among the entity's records;
* a reference holds the ``id`` of a sample record of the target entity;
* a manyToMany navigation name (either side) holds a list of such ids: the
  links ``--seed`` writes after every record is in;
* ``unique`` fields are unique among the samples.
"""

from __future__ import annotations

import json

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import FieldType, Model, RelationKind
from torquec.load.sourcemap import escape_pointer_token
from torquec.passes._util import NameIndex, hint_for
from torquec.passes._values import UUID_RE, check_value, describe, json_type

_CODES = {"type": "E804", "enum": "E805", "rule": "E806", "item": "E804", "slow": "E511"}
SERVER_SET = ("createdAt", "updatedAt", "version")


def run(model: Model, diags: Diagnostics) -> Model:
    if not model.sample_data:
        return model
    index = NameIndex(model)
    ids: dict[str, dict[str, str]] = {}
    unknown_reported: set[str] = set()
    # First: which records exist (their ids), so references can be resolved in any order.
    for rec in model.sample_data:
        if rec.entity not in index.entities:
            if rec.entity not in unknown_reported:
                unknown_reported.add(rec.entity)
                key_ptr = rec.pointer.rsplit("/", 1)[0]
                diags.add(error("E801", f"sample data for the unknown entity `{rec.entity}`", key_ptr,
                                hint_for(rec.entity, index.entities), at_key=True))
            continue
        if not isinstance(rec.values, dict) or "id" not in rec.values:
            continue
        rid = rec.values["id"]
        p = f"{rec.pointer}/id"
        if not isinstance(rid, str) or not UUID_RE.fullmatch(rid):
            diags.add(error("E807", f"sample record id {describe(rid)} is not a UUID", p,
                            "write ids like `123e4567-e89b-42d3-a456-426614174000`"))
            continue
        known = ids.setdefault(rec.entity, {})
        key = rid.lower()
        if key in known:
            diags.add(error("E808", f"duplicate sample id `{rid}` in `{rec.entity}`", p, "give each record its own id",
                            notes=(f"first used at {known[key]}",)))
        else:
            known[key] = p
    unique_seen: dict[tuple[str, str], dict[object, str]] = {}
    for rec in model.sample_data:
        fields = index.fields(rec.entity)
        if fields is None:
            continue
        if not isinstance(rec.values, dict):
            diags.add(error("E812", f"sample record of `{rec.entity}` is {json_type(rec.values)}, expected an object", rec.pointer))
            continue
        _record(rec, fields, index, ids, unique_seen, diags, _link_targets(model, rec.entity))
    return model


def _link_targets(model: Model, entity: str) -> dict[str, str]:
    """manyToMany navigation name -> the other entity, for ``entity``."""
    out: dict[str, str] = {}
    for r in model.relationships:  # (this pass runs before ``resolve`` stores Entity.navigations)
        if r.kind is RelationKind.MANY_TO_MANY:
            if r.from_entity == entity and r.name:
                out[r.name] = r.to_entity
            if r.to_entity == entity and r.inverse_name:
                out[r.inverse_name] = r.from_entity
    return out


def _links(ent: str, key: str, target: str, value, p: str, ids, diags: Diagnostics) -> None:
    """A link list: ids of ``target`` sample records."""
    if not isinstance(value, list):
        diags.add(error("E804", f"value {describe(value)} of `{ent}.{key}` is not a list of `{target}` sample ids", p,
                        f"write `[\"<id of a {target} sample record>\", …]`"))
        return
    target_ids = ids.get(target, {})
    for i, v in enumerate(value):
        if not isinstance(v, str) or v.lower() not in target_ids:
            diags.add(error("E809", f"`{ent}.{key}` links {describe(v)}, which is not the id of a `{target}` sample record", f"{p}/{i}",
                            f"use the `id` of a `{target}` sample record" if target_ids
                            else f"give a `{target}` sample record an `\"id\"` and list it here"))


def _record(rec, fields, index: NameIndex, ids, unique_seen, diags: Diagnostics, links: dict[str, str]) -> None:
    ent = rec.entity
    for key, value in rec.values.items():
        if key == "id":
            continue
        p = f"{rec.pointer}/{escape_pointer_token(key)}"
        f = fields.get(key)
        if f is None and key in links:
            _links(ent, key, links[key], value, p, ids, diags)
            continue
        if f is None:
            if key in SERVER_SET:
                diags.add(error("E811", f"`{key}` is set by the server and cannot be given in sample data", p,
                                "remove it", at_key=True))
            else:
                what = "a field or many-to-many link" if links else "a field"
                diags.add(error("E802", f"`{key}` is not {what} of `{ent}`", p,
                                hint_for(key, [*fields, *links]), at_key=True))
            continue
        if value is None:
            if f.required:
                diags.add(error("E803", f"required field `{ent}.{key}` is null", p, "give a value, or leave the field out if it has a default"
                                if f.has_default else "give a value"))
            continue
        problems = check_value(f, value)
        for prob in problems:
            if prob.kind == "item":
                diags.add(error("E804", f"item {describe(value[prob.index])} of `{ent}.{key}` {prob.message}",
                                f"{p}/{prob.index}", prob.hint))
            else:
                diags.add(error(_CODES[prob.kind], f"value {describe(value)} of `{ent}.{key}` {prob.message}", p, prob.hint))
        if problems:
            continue
        if f.type is FieldType.REFERENCE and f.target in index.entities and not f.key_type:  # (by key: checked when seeding)
            target_ids = ids.get(f.target, {})
            if value.lower() not in target_ids:
                diags.add(error("E809", f"`{ent}.{key}` refers to `{value}`, which is not the id of a `{f.target}` sample record", p,
                                f"use the `id` of a `{f.target}` sample record" if target_ids
                                else f"add a `{f.target}` sample record with `\"id\": \"{value}\"`"))
        if f.unique:
            seen = unique_seen.setdefault((ent, key), {})
            vkey = _hashable(value, f.type)
            first = seen.get(vkey)
            if first is not None:
                diags.add(error("E810", f"unique field `{ent}.{key}` has the value {describe(value)} twice in the sample data", p,
                                "make the values distinct", notes=(f"first used at {first}",)))
            else:
                seen[vkey] = p
    for name, f in fields.items():
        if f.required and not f.has_default and name not in rec.values:
            diags.add(error("E803", f"sample record of `{ent}` is missing the required field `{name}`", rec.pointer,
                            f"add `\"{name}\"`"))


def _hashable(value, ftype: FieldType):
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    if ftype in (FieldType.UUID, FieldType.REFERENCE) and isinstance(value, str):
        return value.lower()
    return value
