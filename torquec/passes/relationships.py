"""Pass ``relationships``: resolve both ends and the foreign key of each relationship.

The foreign key is a ``reference`` field on the *holder* side: ``to`` for
``oneToMany``, ``from`` for ``manyToOne`` and ``oneToOne``. Declared keys must
be such a field targeting the other entity; an omitted key is inferred when
exactly one candidate exists. ``manyToMany`` has no foreign key and derives
its join table ``<from_table>_<name_snake>``.

The pass returns the model with ``foreign_key``, ``holder`` and
``join_table`` filled in wherever they could be resolved.

Navigation names (``name`` on ``from``, ``inverseName`` on ``to``) are
checked against fields and each other by the ``names`` pass (E208, E209).
"""

from __future__ import annotations

import dataclasses

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import Field, FieldType, Model, OnDelete, RelationKind, Relationship, snake_case
from torquec.passes._util import entity_index, hint_for, listing


def run(model: Model, diags: Diagnostics) -> Model:
    entities = entity_index(model)
    fields: dict[str, dict[str, Field]] = {}
    refs: dict[tuple[str, str], list[Field]] = {}
    for e in model.entities:
        if e.name in fields:
            continue
        idx = fields[e.name] = {}
        for f in e.fields:
            idx.setdefault(f.name, f)
            if f.type is FieldType.REFERENCE and f.target:
                refs.setdefault((e.name, f.target), []).append(f)
    tables = {snake_case(name): name for name in entities}
    used_fk: dict[tuple[str, str], Relationship] = {}
    join_tables: dict[str, Relationship] = {}
    out: list[Relationship] = []
    changed = False
    for r in model.relationships:
        new = _resolve(r, entities, fields, refs, diags)
        if new.foreign_key and new.holder:
            key = (new.holder, new.foreign_key)
            first = used_fk.get(key)
            if first is not None:
                diags.add(error("E411", f"foreign key `{new.holder}.{new.foreign_key}` is already used by relationship `{first.name}`",
                                _fk_pointer(new),
                                "one reference field is one link; describe it by one relationship (it is navigable from both sides)",
                                notes=(f"relationship `{first.name}` is defined at {first.pointer}",)))
            else:
                used_fk[key] = new
        if new.join_table:
            owner = tables.get(new.join_table)
            prior = join_tables.get(new.join_table)
            if owner is not None:
                diags.add(error("E413", f"the join table `{new.join_table}` of relationship `{r.name}` has the same name as the table of entity `{owner}`",
                                f"{r.pointer}/name", "rename the relationship"))
            elif prior is not None:
                diags.add(error("E413", f"relationships `{prior.name}` and `{r.name}` both derive the join table `{new.join_table}`",
                                f"{r.pointer}/name", "rename one of them", notes=(f"`{prior.name}` is defined at {prior.pointer}",)))
            else:
                join_tables[new.join_table] = new
        if new is not r:
            changed = True
        out.append(new)
    return dataclasses.replace(model, relationships=tuple(out)) if changed else model


def _resolve(r: Relationship, entities, fields, refs, diags: Diagnostics) -> Relationship:
    ok = True
    for key, name in (("from", r.from_entity), ("to", r.to_entity)):
        if name not in entities:
            code = "E401" if key == "from" else "E402"
            diags.add(error(code, f"relationship `{r.name}` {'starts from' if key == 'from' else 'points to'} the unknown entity `{name}`",
                            f"{r.pointer}/{key}", hint_for(name, entities)))
            ok = False
    if r.kind is RelationKind.MANY_TO_MANY:
        if r.foreign_key_declared:
            diags.add(error("E408", f"manyToMany relationship `{r.name}` cannot have a `foreignKey`",
                            f"{r.pointer}/foreignKey", "remove it: the link is stored in a join table", at_key=True))
        if r.on_delete is OnDelete.SET_NULL:
            diags.add(error("E412", f"manyToMany relationship `{r.name}` cannot use `onDelete: setNull`",
                            f"{r.pointer}/onDelete", "remove `onDelete`: join rows are always deleted with either side"))
        if not ok:
            return r
        return dataclasses.replace(r, join_table=f"{snake_case(r.from_entity)}_{snake_case(r.name)}")
    if not ok:
        return r
    # The one place that decides which side holds the foreign key; backends read `holder`.
    other = r.referenced_entity
    holder = r.to_entity if r.kind is RelationKind.ONE_TO_MANY else r.from_entity
    side = "`to`" if r.kind is RelationKind.ONE_TO_MANY else "`from`"
    fk = _foreign_key(r, holder, other, side, fields, refs, diags)
    if fk is None:
        return r
    if r.on_delete is OnDelete.SET_NULL and fk.required:
        diags.add(error("E409", f"`onDelete: setNull` needs an optional foreign key, but `{holder}.{fk.name}` is required",
                        f"{r.pointer}/onDelete", f"remove `\"required\": true` from `{holder}.{fk.name}`, or use `restrict` or `cascade`",
                        notes=(f"`{holder}.{fk.name}` is defined at {fk.pointer}",)))
    if r.kind is RelationKind.ONE_TO_ONE and not fk.unique:
        diags.add(error("E410", f"oneToOne relationship `{r.name}` needs a unique foreign key, but `{holder}.{fk.name}` is not unique",
                        _fk_pointer(r),
                        f"add `\"unique\": true` to the field `{holder}.{fk.name}`",
                        notes=(f"`{holder}.{fk.name}` is defined at {fk.pointer}",)))
    return dataclasses.replace(r, foreign_key=fk.name, holder=holder)


def _fk_pointer(r: Relationship) -> str:
    """Where a foreign-key problem shows: the declared key, else the holder side's entity name."""
    if r.foreign_key_declared:
        return f"{r.pointer}/foreignKey"
    return f"{r.pointer}/{'to' if r.kind is RelationKind.ONE_TO_MANY else 'from'}"


def _foreign_key(r: Relationship, holder: str, other: str, side: str, fields, refs, diags: Diagnostics) -> Field | None:
    candidates = refs.get((holder, other), [])
    declared = r.foreign_key_declared
    if declared is not None:
        p = f"{r.pointer}/foreignKey"
        f = fields[holder].get(declared)
        if f is None:
            if candidates:
                fallback = f"reference fields of `{holder}` that target `{other}`: {listing(c.name for c in candidates)}"
            else:
                fallback = f"the foreign key is a reference field of the {side} entity `{holder}` that targets `{other}`"
            diags.add(error("E403", f"foreign key `{declared}` of relationship `{r.name}` is not a field of `{holder}`", p,
                            hint_for(declared, fields[holder], fallback)))
            return None
        if f.type is not FieldType.REFERENCE:
            diags.add(error("E404", f"foreign key `{holder}.{declared}` of relationship `{r.name}` is a {f.type.value} field, not a reference",
                            p, f"make it `\"type\": \"reference\", \"target\": \"{other}\"`",
                            notes=(f"`{holder}.{declared}` is defined at {f.pointer}",)))
            return None
        if f.target != other:
            if f.target not in fields:
                return None  # E301 already says the target is unknown; no second error for one typo
            diags.add(error("E405", f"foreign key `{holder}.{declared}` of relationship `{r.name}` targets `{f.target}`, not `{other}`",
                            p, f"use a reference field of `{holder}` that targets `{other}`",
                            notes=(f"`{holder}.{declared}` is defined at {f.pointer}",)))
            return None
        return f
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        if any(f.type is FieldType.REFERENCE and f.target not in fields for f in fields[holder].values()):
            return None  # a reference field with an unknown target (E301) is most likely the one meant
        suggested = other[:1].lower() + other[1:] + "Id"
        diags.add(error("E406", f"relationship `{r.name}` has no foreign key: `{holder}` has no reference field targeting `{other}`",
                        _fk_pointer(r), f"add a `reference` field `{suggested}` with target `{other}` to `{holder}`"))
        return None
    diags.add(error("E407", f"relationship `{r.name}` has several possible foreign keys on `{holder}`: {listing(c.name for c in candidates)}",
                    _fk_pointer(r), f"name one with `\"foreignKey\"`, e.g. `\"foreignKey\": \"{candidates[0].name}\"`"))
    return None
