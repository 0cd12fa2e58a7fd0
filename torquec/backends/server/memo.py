"""Incremental builds of the server backend: per-build index and memo keys.

``torquec watch`` keeps one memo dict across builds. The server backend keys
each unit of output (an entity's metadata, its forms, a page, its SQL, its
schemas and pydantic module) on exactly the IR that unit depends on, so a
one-field edit recomputes and re-renders that entity's units only.

Keys must be exact: ``==`` is not (``0 == 0.0 == False`` and ``-0.0 == 0.0``,
but the generated code spells them differently), and IR holding dicts
(``Field.default``, ``Flow.inputs``, sample values) is unhashable. So:

* an entity is keyed on itself (hash and ``==`` of the frozen dataclasses)
  plus the exact spelling of every number-or-JSON attribute of its fields
  (:func:`_field_numbers`); when it holds a list or dict default, on its
  ``repr``. The key maps to a *token* (an int, new for every distinct entity
  value), and every unit that reads an entity is keyed on its token: one
  equality check per entity per build, however many units read it;
* smaller IR (relationships, pages, flows, roles, sample data) is keyed on
  ``repr``, which is exact.

Source positions (``pointer``) are part of the IR and so of the keys: moving
an entity within the model recomputes it, which is correct and rare.

:class:`BuildMemo` keeps the units used by the latest build only, so a long
watch session does not accumulate every version of every entity.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any, Callable

from torquec.ir.nodes import Entity, FieldType, Model, OnDelete, RelationKind, Relationship, snake_case

_MEMO_KEY = ("server.memo",)


class BuildMemo:
    """A view of ``ctx.memo`` for one build: hits are carried over, misses computed.

    ``commit()`` replaces the stored units with the ones this build used.
    """

    def __init__(self, memo: dict | None) -> None:
        self._store = memo
        prev = memo.get(_MEMO_KEY) if memo is not None else None
        self.prev: dict = prev if isinstance(prev, dict) else {}
        self.cur: dict = {}
        self.hits = 0
        self.misses = 0

    def get(self, namespace: str, key: Any, make: Callable[[], Any]) -> Any:
        full = (namespace, key)
        try:
            value = self.cur[full]
        except KeyError:
            pass
        else:
            return value
        try:
            value = self.prev[full]
            self.hits += 1
        except KeyError:
            value = make()
            self.misses += 1
        self.cur[full] = value
        return value

    def commit(self) -> None:
        if self._store is not None:
            self._store[_MEMO_KEY] = self.cur


_TOKENS = itertools.count(1)


@lru_cache(maxsize=65536)
def column(name: str) -> str:
    """``Field.column`` of a field called ``name`` (snake_case, memoised: two regexes per call)."""
    return snake_case(name)


def _exact(x: Any) -> Any:
    """``x`` where ``==`` on it is exact (str, int, None), else its type and spelling."""
    t = type(x)
    if t is str or t is int or x is None:
        return x
    return (t.__name__, repr(x))


def _field_numbers(e: Entity) -> tuple:
    """The attributes of ``e``'s fields that may hold numbers (or any JSON): exactly spelled.

    Everything else in an Entity is a str, a str enum, a bool made by ``bool()``
    or a schema-checked boolean, or a tuple of those, where ``==`` is exact.
    """
    out = []
    for f in e.fields:
        v = f.validation
        out.append((_exact(f.default), _exact(v.min_length), _exact(v.max_length), _exact(v.minimum),
                    _exact(v.maximum), _exact(f.precision), _exact(f.scale)))
    return tuple(out)


class _EntityKey:
    """An entity's exact key with its hash computed once."""

    __slots__ = ("entity", "numbers", "h")

    def __init__(self, e: Entity) -> None:
        self.entity = e
        self.numbers = _field_numbers(e)
        self.h = hash((e, self.numbers))  # TypeError when a field default is a list or dict

    def __hash__(self) -> int:
        return self.h

    def __eq__(self, other: object) -> bool:
        return (type(other) is _EntityKey and self.h == other.h  # type: ignore[union-attr]
                and self.numbers == other.numbers and self.entity == other.entity)  # type: ignore[union-attr]


def entity_key(e: Entity) -> Any:
    try:
        return _EntityKey(e)
    except TypeError:
        return repr(e)


class ModelIndex:
    """Lookups and memo keys of one build (one pass over the model)."""

    def __init__(self, model: Model, memo: BuildMemo | None = None) -> None:
        from .meta import relationships

        self.model = model
        self.memo = memo if memo is not None else BuildMemo(None)
        self._tokens: dict[int, int] = {}  # id(entity) -> token, for this build
        self.rels: list[Relationship] = relationships(model)
        self.by_name: dict[str, Entity] = {}
        for e in model.entities:
            self.by_name.setdefault(e.name, e)  # model.entity(): the first one
        self._repr: dict[int, str] = {}  # id(IR node) -> repr, for this build
        self._rels_of: dict[str, list[Relationship]] | None = None
        self._refby: dict[str, list[dict[str, Any]]] | None = None
        self._links: dict[str, list[tuple[str, str]]] | None = None

    # ------------------------------------------------------------------ entities

    def key_of(self, node: Any) -> str:
        """Exact key of an IR node (its repr; computed once per build)."""
        try:
            return self._repr[id(node)]
        except KeyError:
            r = self._repr[id(node)] = repr(node)
            return r

    def token(self, e: Entity) -> int:
        """An int standing for ``e``'s exact value: the same across builds while ``e`` is unchanged."""
        try:
            return self._tokens[id(e)]
        except KeyError:
            t = self._tokens[id(e)] = self.memo.get("entity.token", entity_key(e), lambda: next(_TOKENS))
            return t

    def token_of(self, name: str | None) -> int | None:
        """Token of the entity called ``name`` (None when there is none)."""
        e = self.by_name.get(name) if name is not None else None
        return self.token(e) if e is not None else None

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
                            {"entity": other.name, "field": f.name, "column": column(f.name), "onDelete": od.value})
            for r in self.rels:
                if r.kind is RelationKind.MANY_TO_MANY and r.join_table:
                    idx.setdefault(r.from_entity, []).append({"joinTable": r.join_table, "column": "from_id", "relationship": r.name})
                    idx.setdefault(r.to_entity, []).append({"joinTable": r.join_table, "column": "to_id", "relationship": r.name})
            self._refby = idx
        return self._refby.get(name, [])

    def links(self, name: str) -> list[tuple[str, str]]:
        """schemas.link_relations: (navigation, other entity) of manyToMany links of ``name``."""
        if self._links is None:
            idx: dict[str, list[tuple[str, str]]] = {}
            for r in self.model.relationships:
                if r.kind is not RelationKind.MANY_TO_MANY:
                    continue
                idx.setdefault(r.from_entity, []).append((r.name, r.to_entity))
                idx.setdefault(r.to_entity, []).append((r.inverse_name, r.from_entity))
            self._links = idx
        return self._links.get(name, [])

    # ------------------------------------------------------------------ keys

    def entity_meta_key(self, e: Entity) -> tuple:
        """Everything ``meta.entity_meta`` reads: the entity, its relationships, who references it."""
        refby = tuple(tuple(d.items()) for d in self.referenced_by(e.name))
        return (self.token(e), tuple(self.key_of(r) for r in self.rels_of(e.name)), refby)

    def forms_key(self, e: Entity) -> tuple:
        """Everything ``meta.form_meta`` of ``e`` reads: the entity and its references' display fields."""
        return (self.token(e), self.reference_displays(e))

    def layout_key(self, lay) -> tuple:
        """Everything ``meta.layout_meta`` reads: the page and every entity its components show."""
        names = sorted({c.entity for c in lay.walk() if c.entity})
        deps = []
        for n in names:
            e = self.by_name.get(n)
            deps.append((n, self.token_of(n), self.reference_displays(e) if e is not None else None))
        return (repr(lay), tuple(deps))
