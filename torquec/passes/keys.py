"""Pass ``keys``: what makes records findable and distinct besides their ``id``.

* ``entity.indexes``: each item names fields of its entity, each once, none of
  them array or json (their values have no order or equality the databases
  agree on); no two items cover the same fields with the same ``unique``, and
  explicit ``name``s are unique over the model (they become SQL names);
* a ``sequence`` field (the database numbers it) has no ``required`` or
  ``default``: nobody sends its value.
"""

from __future__ import annotations

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import Entity, FieldType, Model
from torquec.passes._util import field_index, hint_for

_UNINDEXABLE = (FieldType.ARRAY, FieldType.JSON)


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
    return model


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
