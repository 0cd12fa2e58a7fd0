"""Pass ``distribution``: the Citus rules, checked on the model (``entity.distribution``).

Only when some entity has ``distribution`` (the model asks for ``sql/citus/schema.sql``);
entities without it are reference tables (copied to every node). Citus documents
three rules this pass holds the model to, so the script never fails on a cluster:

* a unique constraint (primary key, ``unique`` field, unique ``indexes`` item, the
  foreign key of a oneToOne) of a distributed table includes its distribution column
  (E324);
* a foreign key between distributed tables joins co-located tables and includes the
  distribution column on both sides (E325): a reference from a child to the entity
  it is distributed by, or from one child to another of the same parent (the script
  makes it a two-column key over the shared distribution column);
* reference tables refer only to reference tables (E326); a manyToMany join table is
  placed with a distributed end only when that end is distributed by ``id`` and the
  other end is a reference table (E327).

A distribution column is ``id`` or a required reference field to an entity
distributed by ``id`` (E320-E322); ``colocateWith``, when written, names that
entity (E323); a distribution is either a reference table or a column (E328). Fields
numbered by the database (``sequence``: a trigger on one sequence) have no Citus layout (E329).
"""

from __future__ import annotations

from torquec.diagnostics import Diagnostics, error
from torquec.ir.nodes import Entity, FieldType, Model, RelationKind
from torquec.passes._util import field_index, hint_for


def run(model: Model, diags: Diagnostics) -> Model:
    if not any(e.distribution is not None for e in model.entities):
        return model
    by_name = {e.name: e for e in model.entities}
    column = {e.name: _column(e, by_name, diags) for e in model.entities}  # None: a reference table
    root = {name: _root(name, c, by_name) for name, c in column.items()}
    for e in model.entities:
        _uniques(e, column[e.name], model, diags)
        _references(e, column, root, diags)
        for i, f in enumerate(e.fields):
            if f.sequence:
                diags.add(error("E329", f"`{e.name}.{f.name}` is numbered by the database, which the Citus layout cannot do",
                                f"{e.pointer}/fields/{i}", "the numbering is a trigger on one sequence, and Citus runs triggers on the node "
                                "holding the row, away from it: leave `sequence` out (not supported with `distribution` yet)"))
    for r in model.relationships:
        if r.kind is RelationKind.MANY_TO_MANY:
            _join_table(r, column, diags)
    return model


def _column(e: Entity, by_name: dict[str, Entity], diags: Diagnostics) -> str | None:
    """The distribution column (field name or ``id``) of ``e`` if it is valid, else None."""
    d = e.distribution
    if d is None:
        return None
    if d.reference == (d.column is not None) or (d.reference and d.colocate_with is not None):
        diags.add(error("E328", f"the distribution of `{e.name}` must say either `\"reference\": true` or a `column` (with `colocateWith` at most)",
                        d.pointer, "`{\"reference\": true}` for a small lookup entity, `{\"column\": \"id\"}` or `{\"column\": \"<reference field>\"}` otherwise",
                        at_key=True))
        return None
    if d.reference:
        return None
    p = f"{d.pointer}/column"
    if d.column == "id":
        if d.colocate_with is not None:
            diags.add(error("E323", f"`{e.name}` is distributed by `id`: it has no parent to be co-located with",
                            f"{d.pointer}/colocateWith", "leave `colocateWith` out (it heads a co-location group)"))
        return "id"
    fields = field_index(e)
    f = fields.get(d.column or "")
    if f is None:
        diags.add(error("E320", f"the distribution column `{d.column}` of `{e.name}` is neither `id` nor a field", p,
                        hint_for(d.column or "", [*fields, "id"])))
        return None
    if f.type is not FieldType.REFERENCE or not f.required:
        diags.add(error("E321", f"`{e.name}` is distributed by `{f.name}`, which is not a required reference field", p,
                        "distribute by `id`, or by the required reference to the parent its records belong to"))
        return None
    target = by_name.get(f.target or "")
    td = target.distribution if target is not None else None
    if target is None or td is None or td.column != "id":
        how = "a reference table" if td is None or td.reference else f"distributed by `{td.column}`"
        diags.add(error("E322", f"`{e.name}` is distributed by `{f.name}`, a reference to `{f.target}`, which is {how}", p,
                        f"distribute `{f.target}` by `id` (`\"distribution\": {{\"column\": \"id\"}}`), so `{e.name}` can be co-located with it"))
        return None
    if d.colocate_with is not None and d.colocate_with != target.name:
        diags.add(error("E323", f"`{e.name}` is distributed by its reference to `{target.name}`, so it is co-located with `{target.name}`, "
                                f"not `{d.colocate_with}`", f"{d.pointer}/colocateWith", f"write `\"colocateWith\": \"{target.name}\"` or leave it out"))
    return f.name


def _root(name: str, column: str | None, by_name: dict[str, Entity]) -> str | None:
    """The entity heading ``name``'s co-location group (distributed by ``id``); None for reference tables."""
    if column is None:
        return None
    if column == "id":
        return name
    f = field_index(by_name[name]).get(column)
    return f.target if f is not None else None


def _uniques(e: Entity, column: str | None, model: Model, diags: Diagnostics) -> None:
    if column is None:
        return
    hint = (f"make it unique together with `{column}` (an `indexes` item with `unique`), "
            f"or make `{e.name}` a reference table") if column != "id" else f"make `{e.name}` a reference table"
    for i, f in enumerate(e.fields):
        one_to_one = any(r.kind is RelationKind.ONE_TO_ONE and r.holder == e.name and r.foreign_key == f.name for r in model.relationships)
        if (f.unique or one_to_one) and f.name != column:
            what = "the foreign key of a oneToOne relationship" if one_to_one and not f.unique else "unique"
            diags.add(error("E324", f"`{e.name}.{f.name}` is {what}, but `{e.name}` is distributed by `{column}`: Citus enforces "
                                    "a unique constraint only when it includes the distribution column", f"{e.pointer}/fields/{i}", hint))
    for ix in e.indexes:
        if ix.unique and column not in ix.fields:
            diags.add(error("E324", f"the unique index ({', '.join(ix.fields)}) of `{e.name}` does not include its distribution column "
                                    f"`{column}`", ix.pointer, f"add `{column}` to its fields" if column != "id" else hint))


def _references(e: Entity, column: dict[str, str | None], root: dict[str, str | None], diags: Diagnostics) -> None:
    mine = column[e.name]
    for i, f in enumerate(e.fields):
        if f.type is not FieldType.REFERENCE or f.target not in column:
            continue
        p = f"{e.pointer}/fields/{i}"
        theirs = column[f.target]
        if theirs is None:
            continue  # to a reference table: allowed from anywhere
        if mine is None:
            if e.distribution is None or (e.distribution.reference and e.distribution.column is None):  # not one reported already
                diags.add(error("E326", f"`{e.name}` is a reference table, but `{e.name}.{f.name}` refers to the distributed `{f.target}`", p,
                                f"distribute `{e.name}` too (co-located with `{f.target}`), or make `{f.target}` a reference table"))
            continue
        if f.name == mine:
            continue  # the distribution column: checked by _column
        if root[e.name] != root[f.target]:
            diags.add(error("E325", f"`{e.name}.{f.name}` refers to `{f.target}`, which is not co-located with `{e.name}` "
                                    f"(groups of `{root[e.name]}` and `{root[f.target]}`)", p,
                            f"co-locate both with one parent, or make `{f.target}` a reference table"))
        elif theirs == "id":
            diags.add(error("E325", f"`{e.name}.{f.name}` refers to `{f.target}`, which `{e.name}` is already distributed by through "
                                    f"`{mine}`: a second reference into the same group's head is not on the distribution column", p,
                            f"make it the distribution column, or drop it (`{mine}` already names the `{f.target}`)"))


def _join_table(r, column: dict[str, str | None], diags: Diagnostics) -> None:
    ends = [(name, column.get(name)) for name in (r.from_entity, r.to_entity)]
    distributed = [(name, c) for name, c in ends if c is not None]
    if not distributed or (len(distributed) == 1 and distributed[0][1] == "id"):
        return
    diags.add(error("E327", f"the manyToMany `{r.name}` joins {' and '.join(f'`{n}`' for n, _ in ends)}: its join table can be distributed "
                            "only with one end distributed by `id` and the other a reference table", r.pointer,
                    "make one end a reference table, or model the link as an entity co-located with its parent"))
