"""Small helpers shared by the passes (not a pass itself).

Everything here is linear in the size of what it indexes: passes build these
indexes once per run and look names up in dicts, never by scanning the model.
"""

from __future__ import annotations

from typing import Iterable

from torquec.diagnostics import Diagnostics, did_you_mean, error
from torquec.ir.nodes import SYSTEM_FIELDS, Entity, Field, Model
from torquec.load.sourcemap import escape_pointer_token


def entity_index(model: Model) -> dict[str, Entity]:
    """Entity name → entity; with duplicate names the first wins (names reports the rest)."""
    out: dict[str, Entity] = {}
    for e in model.entities:
        out.setdefault(e.name, e)
    return out


def field_index(entity: Entity) -> dict[str, Field]:
    out: dict[str, Field] = {}
    for f in entity.fields:
        out.setdefault(f.name, f)
    return out


class NameIndex:
    """Entities and fields of one model by name (lazily built), shared by the checks of one pass.

    (The server backend's ``ModelIndex`` is another thing: its per-build lookups and memo keys.)
    """

    def __init__(self, model: Model) -> None:
        self.model = model
        self.entities = entity_index(model)
        self._fields: dict[str, dict[str, Field]] = {}

    def fields(self, entity: str) -> dict[str, Field] | None:
        e = self.entities.get(entity)
        if e is None:
            return None
        idx = self._fields.get(entity)
        if idx is None:
            idx = self._fields[entity] = field_index(e)
        return idx


def ptr(base: str, *tokens: object) -> str:
    """Join JSON pointer tokens onto ``base`` with escaping."""
    return base + "".join(f"/{escape_pointer_token(str(t))}" for t in tokens)


def hint_for(name: str, candidates: Iterable[str], fallback: str | None = None) -> str | None:
    return did_you_mean(name, candidates) or fallback


def listing(names: Iterable[str], limit: int = 8) -> str:
    """```a`, `b`, `c``` — at most ``limit`` names, then ``…``."""
    items = list(names)
    shown = ", ".join(f"`{n}`" for n in items[:limit])
    if len(items) > limit:
        shown += f", … ({len(items) - limit} more)"
    return shown


SYSTEM_FIELD_SET = frozenset(SYSTEM_FIELDS)


class FirstClaim:
    """The first claimant of each key (a name, a table, a webhook); reports the later ones.

    ``report(first)`` builds (message, note, hint) only for a clash (``first``: the first
    claimant, by default its pointer), so the clean path is one dict lookup per key.
    """

    __slots__ = ("diags", "code", "first")

    def __init__(self, diags: Diagnostics, code: str) -> None:
        self.diags = diags
        self.code = code
        self.first: dict[object, object] = {}

    def check(self, key: object, pointer: str, report, claimant: object = None) -> bool:
        prev = self.first.get(key)
        if prev is None:
            self.first[key] = pointer if claimant is None else claimant
            return True
        message, note, hint = report(prev)
        self.diags.add(error(self.code, message, pointer, hint, notes=(note,)))
        return False
