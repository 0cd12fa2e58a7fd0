"""Foreign keys and join tables as the SQL backend needs them.

``passes.relationships`` fills ``Relationship.holder``, ``.foreign_key`` and
``.join_table``; :func:`resolve` uses those and only falls back to deriving
them (the rules of docs/model-format.md) when the pass has not run.
TODO(relationships pass): drop ``_fallback`` once the pass is always present.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from torquec.ir.nodes import Entity, FieldType, Model, OnDelete, RelationKind, Relationship
from torquec.ir.nodes import snake_case as _snake_case

snake_case = lru_cache(maxsize=65536)(_snake_case)


@dataclass(frozen=True, slots=True)
class ForeignKeyInfo:
    """The foreign key held by one reference field."""

    column: str
    field: str
    target_table: str
    on_delete: OnDelete
    one_to_one: bool
    relationship_id: str | None


@dataclass(frozen=True, slots=True)
class JoinTableInfo:
    table: str
    relationship_id: str
    relationship: str
    from_table: str
    to_table: str


def _fallback(model: Model, r: Relationship) -> Relationship:
    from dataclasses import replace

    if r.kind is RelationKind.MANY_TO_MANY:
        return replace(r, join_table=r.join_table or f"{snake_case(r.from_entity)}_{snake_case(r.name)}")
    if r.kind is RelationKind.ONE_TO_MANY:
        holder, other = r.to_entity, r.from_entity
    else:
        holder, other = r.from_entity, r.to_entity
    fk = r.foreign_key_declared
    if fk is None:
        ent = model.entity(holder)
        refs = [f.name for f in (ent.fields if ent else ()) if f.type is FieldType.REFERENCE and f.target == other]
        fk = refs[0] if len(refs) == 1 else None
    return replace(r, holder=holder, foreign_key=fk)


def resolve(model: Model, r: Relationship) -> Relationship:
    if r.kind is RelationKind.MANY_TO_MANY:
        return r if r.join_table else _fallback(model, r)
    return r if (r.holder and r.foreign_key) else _fallback(model, r)


def relationships_touching(model: Model, entity: Entity) -> tuple[Relationship, ...]:
    """Resolved relationships whose foreign key lives on ``entity``."""
    out = []
    for r in model.relationships:
        if r.kind is RelationKind.MANY_TO_MANY:
            continue
        rr = resolve(model, r)
        if rr.holder == entity.name:
            out.append(rr)
    return tuple(out)


def foreign_keys(entity: Entity, rels: tuple[Relationship, ...]) -> list[ForeignKeyInfo]:
    """One per reference field of ``entity``, with the modelled ON DELETE (default RESTRICT)."""
    by_fk = {r.foreign_key: r for r in rels if r.foreign_key}
    out = []
    for f in entity.fields:
        if f.type is not FieldType.REFERENCE or not f.target:
            continue
        r = by_fk.get(f.name)
        out.append(
            ForeignKeyInfo(
                column=snake_case(f.name),
                field=f.name,
                target_table=snake_case(f.target),
                on_delete=r.on_delete if r else OnDelete.RESTRICT,
                one_to_one=bool(r and r.kind is RelationKind.ONE_TO_ONE),
                relationship_id=r.id if r else None,
            )
        )
    return out


def join_tables(model: Model) -> list[JoinTableInfo]:
    out = []
    for r in model.relationships:
        if r.kind is not RelationKind.MANY_TO_MANY:
            continue
        rr = resolve(model, r)
        out.append(
            JoinTableInfo(
                table=rr.join_table or "",
                relationship_id=r.id,
                relationship=r.name,
                from_table=snake_case(r.from_entity),
                to_table=snake_case(r.to_entity),
            )
        )
    return out
