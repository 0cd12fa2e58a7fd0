"""Pass ``keys``: what makes records findable and distinct besides their ``id``.

* ``entity.indexes``: each item names fields of its entity, each once, none of
  them array or json (their values have no order or equality the databases
  agree on); no two items cover the same fields with the same ``unique``, and
  explicit ``name``s are unique over the model (they become SQL names);
* a ``sequence`` field (the database numbers it) has no ``required`` or
  ``default``: nobody sends its value;
* a reference's ``targetField`` (a natural key) is a ``unique`` field of the
  target of a type that can be a key; the reference then stores values of
  that type (``Field.key_type``, which this pass sets).
"""

from __future__ import annotations

import dataclasses

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import Entity, FieldType, Model
from torquec.passes._util import entity_index, field_index, hint_for

_UNINDEXABLE = (FieldType.ARRAY, FieldType.JSON, FieldType.BYTES)  # bytes: a B-tree entry holds ~2.7 KB on PostgreSQL
# Types a natural key may have: exact equality on both databases (no float, decimal, datetime, json …).
KEY_TYPES = (FieldType.STRING, FieldType.INTEGER, FieldType.UUID, FieldType.EMAIL, FieldType.URL, FieldType.ENUM, FieldType.DATE)


def run(model: Model, diags: Diagnostics) -> Model:
    names: dict[str, str] = {}  # explicit index name -> pointer of its first use
    for e in model.entities:
        if e.indexes:
            _indexes(e, names, diags)
        for f in e.fields:
            if f.sequence and (f.required or f.has_default):
                key = "required" if f.required else "default"
                diags.add(error("E314", f"the sequence field `{e.name}.{f.name}` cannot have `{key}`", f"{f.pointer}/{key}",
                                "the database numbers a sequence field itself; remove the key", at_key=True))
    return _natural_keys(model, diags)


def _natural_keys(model: Model, diags: Diagnostics) -> Model:
    """Check each ``targetField`` and set ``key_type`` on its reference field."""
    if not any(f.target_field for e in model.entities for f in e.fields):
        return model
    entities = entity_index(model)
    new_entities = []
    for e in model.entities:
        fields = []
        for f in e.fields:
            target = entities.get(f.target or "")
            if f.target_field and target is not None:  # an unknown target is E301 (references)
                key = field_index(target).get(f.target_field)
                p = f"{f.pointer}/targetField"
                if key is None:
                    diags.add(error("E315", f"`targetField` names the unknown field `{f.target_field}` of `{target.name}`", p,
                                    hint_for(f.target_field, field_index(target))))
                elif not key.unique:
                    diags.add(error("E316", f"`{target.name}.{key.name}` is not unique, so `{e.name}.{f.name}` cannot reference by it", p,
                                    f"add `\"unique\": true` to `{target.name}.{key.name}`"))
                elif key.type not in KEY_TYPES:
                    diags.add(error("E317", f"the {key.type.value} field `{target.name}.{key.name}` cannot be a reference key", p,
                                    "reference by a string, integer, uuid, email, url, enum or date field"))
                else:
                    f = dataclasses.replace(f, key_type=key.type)
            fields.append(f)
        new_entities.append(dataclasses.replace(e, fields=tuple(fields)) if fields != list(e.fields) else e)
    return dataclasses.replace(model, entities=tuple(new_entities))


def _indexes(e: Entity, names: dict[str, str], diags: Diagnostics) -> None:
    fields = field_index(e)
    seen: dict[tuple, str] = {}
    for ix in e.indexes:
        ok = True
        listed: set[str] = set()
        for i, name in enumerate(ix.fields):
            p = f"{ix.pointer}/fields/{i}"
            f = fields.get(name)
            if f is None:
                ok = False
                diags.add(error("E310", f"index of `{e.name}` names the unknown field `{name}`", p, hint_for(name, fields)))
            elif name in listed:
                ok = False
                diags.add(error("E311", f"index of `{e.name}` lists the field `{name}` twice", p, "name each field once"))
            elif f.type in _UNINDEXABLE:
                ok = False
                diags.add(error("E312", f"the {f.type.value} field `{e.name}.{name}` cannot be part of an index", p,
                                "structured values have no order or equality both databases share; index scalar fields"))
            listed.add(name)
        if ok:
            key = (ix.fields, ix.unique)
            if key in seen:
                diags.add(error("E313", f"`{e.name}` declares the {'unique ' if ix.unique else ''}index ({', '.join(ix.fields)}) twice",
                                ix.pointer, f"remove one of the two (the other is {seen[key]})"))
            else:
                seen[key] = ix.pointer
        if ix.name is not None:
            if ix.name in names:
                diags.add(error("E313", f"the index name `{ix.name}` is used twice", f"{ix.pointer}/name",
                                f"index names are SQL names, unique over the model (the other is {names[ix.name]})", at_key=False))
            else:
                names[ix.name] = ix.pointer
