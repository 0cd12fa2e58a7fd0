"""Per-build lookups of the server backend and the IR each of its memo units reads.

The memo itself is the one of every backend (``EmitContext.unit``, keyed on
an exact encoding of the IR nodes a unit reads). What is here says *which*
nodes each unit of the server's output reads — an entity's metadata reads
the entity, its relationships and who references it; a page reads itself
and the entities its components show — so a one-field edit recomputes and
re-renders that entity's units only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from torquec.ir.nodes import Entity, FieldType, Model, OnDelete, RelationKind, Relationship, snake_case


@lru_cache(maxsize=65536)
def column(name: str) -> str:
    """``Field.column`` of a field called ``name`` (snake_case, memoised: two regexes per call)."""
    return snake_case(name)




class ModelIndex:
    """Lookups of one build (one pass over the model) and what each memo unit reads."""

    def __init__(self, model: Model) -> None:
        from .meta import relationships

        self.model = model
        self.rels: list[Relationship] = relationships(model)
        self.by_name: dict[str, Entity] = {}
        for e in model.entities:
            self.by_name.setdefault(e.name, e)  # model.entity(): the first one
        self._rels_of: dict[str, list[Relationship]] | None = None
        self._refby: dict[str, list[dict[str, Any]]] | None = None

    # ------------------------------------------------------------------ entities

    def display_of(self, name: str | None) -> str | None:
        e = self.by_name.get(name) if name else None
        return e.display_field if e is not None else None

    def reference_displays(self, e: Entity) -> tuple:
        """(target, its display field) of ``e``'s reference fields: what its forms show of other entities."""
        return tuple((f.target, self.display_of(f.target)) for f in e.fields if f.type is FieldType.REFERENCE)

    # ------------------------------------------------------------------ relationships

    def rels_of(self, name: str) -> list[Relationship]:
        """Resolved relationships with ``name`` at either end, in model order."""
        if self._rels_of is None:
            idx: dict[str, list[Relationship]] = {}
            for r in self.rels:
                idx.setdefault(r.from_entity, []).append(r)
                if r.to_entity != r.from_entity:
                    idx.setdefault(r.to_entity, []).append(r)
            self._rels_of = idx
        return self._rels_of.get(name, [])

    def referenced_by(self, name: str) -> list[dict[str, Any]]:
        """What deleting a ``name`` record does to the rows that point at it (see meta._referenced_by)."""
        if self._refby is None:
            named: dict[tuple[str, str], OnDelete] = {}
            for r in self.rels:
                if r.holder and r.foreign_key:
                    named[(r.holder, r.foreign_key)] = r.on_delete
            idx: dict[str, list[dict[str, Any]]] = {}
            for other in self.model.entities:
                for f in other.fields:
                    if f.type is FieldType.REFERENCE and f.target is not None:
                        od = named.get((other.name, f.name), OnDelete.RESTRICT)
                        idx.setdefault(f.target, []).append(
                            {"entity": other.name, "field": f.name, "column": column(f.name), "onDelete": od.value,
                             **({"key": f.target_field} if f.key_type else {})})
            for r in self.rels:
                if r.kind is RelationKind.MANY_TO_MANY and r.join_table:
                    idx.setdefault(r.from_entity, []).append({"joinTable": r.join_table, "column": "from_id", "relationship": r.name})
                    idx.setdefault(r.to_entity, []).append({"joinTable": r.join_table, "column": "to_id", "relationship": r.name})
            self._refby = idx
        return self._refby.get(name, [])

    def links(self, name: str) -> list[tuple[str, str]]:
        """schemas.link_relations: (navigation, other entity) of manyToMany links of ``name``."""
        e = self.by_name.get(name)
        return [(n.name, n.entity) for n in e.navigations if n.via == "join"] if e is not None else []

    # ------------------------------------------------------------------ what each unit reads

    def entity_meta_reads(self, e: Entity) -> tuple:
        """What ``meta.entity_meta`` reads: the entity, its relationships, who references it."""
        refby = tuple(tuple(d.items()) for d in self.referenced_by(e.name))
        return (e, tuple(self.rels_of(e.name)), refby)

    def layout_reads(self, lay) -> tuple:
        """What ``meta.layout_meta`` reads: the page and every entity its components show."""
        names = sorted({c.entity for c in lay.walk() if c.entity})
        deps = []
        for n in names:
            e = self.by_name.get(n)
            deps.append((n, e, self.reference_displays(e) if e is not None else None))
        return (lay, tuple(deps))
