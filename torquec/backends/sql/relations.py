"""Foreign keys and join tables as the SQL backend needs them.

``passes.relationships`` fills ``Relationship.holder``, ``.foreign_key`` and
``.join_table``; this module only reads them (the pass always runs before a
backend, and the IR checker verifies they are set).
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
    target_column: str = "id"  # a natural key's column when the reference has a `targetField`
    in_cycle: bool = False  # its target references back (maybe through others): DEFERRABLE on PostgreSQL


@dataclass(frozen=True, slots=True)
class JoinTableInfo:
    table: str
    relationship_id: str
    relationship: str
    from_table: str
    to_table: str


def relationships_touching(model: Model, entity: Entity) -> tuple[Relationship, ...]:
    """Resolved relationships whose foreign key lives on ``entity``."""
    out = []
    for r in model.relationships:
        if r.kind is RelationKind.MANY_TO_MANY:
            continue
        if r.holder == entity.name:
            out.append(r)
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
                target_column=snake_case(f.target_field) if f.target_field and f.key_type else "id",
            )
        )
    return out


def join_tables(model: Model) -> list[JoinTableInfo]:
    out = []
    for r in model.relationships:
        if r.kind is not RelationKind.MANY_TO_MANY:
            continue
        out.append(
            JoinTableInfo(
                table=r.join_table or "",
                relationship_id=r.id,
                relationship=r.name,
                from_table=snake_case(r.from_entity),
                to_table=snake_case(r.to_entity),
            )
        )
    return out
