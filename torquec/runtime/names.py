"""What people call a record, on the server.

The compiler's ``resolve`` pass decides how an entity's records are named: its
``displayTemplate`` parts (text and field names alternating; a reference field
stands for the referenced record's name), else its ``displayField``. This
module only renders that decision for records: restricted-delete messages,
the reference options of ``getFormMetadata`` and MCP tool results. The web
front-end renders the same parts (``recordTitle`` in values.ts).

A referenced record the caller may not read is not named (``…``): a name
would show hidden data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from torquec.contract import MAX_PAGE_SIZE

if TYPE_CHECKING:
    from torquec.runtime.auth import Principal
    from torquec.runtime.db.base import Tx
    from torquec.runtime.service import DataService
    from torquec.runtime.spec import EntitySpec

HIDDEN = "…"
MISSING = "—"


def record_name(svc: DataService, es: EntitySpec, rec: dict | None, tx: Tx, principal: Principal | None = None) -> str | None:
    """The name of one record; None when only its id names it."""
    return record_names(svc, es, [rec] if rec is not None else [], tx, principal)[0] if rec is not None else None


def record_names(svc: DataService, es: EntitySpec, records: Sequence[dict], tx: Tx, principal: Principal | None = None,
                 depth: int = 2) -> list[str | None]:
    """The names of ``records`` (one query per referenced entity, not per record)."""
    parts = es.meta.get("displayTemplate")
    if not parts:
        disp = es.display_field
        if not disp or disp == "id":
            return [None] * len(records)
        return [_text(r.get(disp)) if r.get(disp) not in (None, "") else None for r in records]
    fills: dict[str, list[str]] = {}
    for name in parts[1::2]:
        f = es.all_fields.get(name)
        if f is not None and f.type == "reference" and f.target:
            fills[name] = _referenced_names(svc, f.target, [r.get(name) for r in records], tx, principal, depth)
        else:
            fills[name] = [_text(r.get(name)) for r in records]
    return ["".join(p if i % 2 == 0 else fills[p][k] for i, p in enumerate(parts)) for k in range(len(records))]


def _referenced_names(svc: DataService, target: str, ids: list, tx: Tx, principal: Principal | None, depth: int) -> list[str]:
    if depth <= 0 or (principal is not None and not principal.can(target, "read")):
        return [HIDDEN if i else MISSING for i in ids]
    tes = svc.spec.entities[target]
    wanted = sorted({str(i) for i in ids if i})
    found: dict[str, dict] = {}
    for start in range(0, len(wanted), MAX_PAGE_SIZE):
        chunk = wanted[start:start + MAX_PAGE_SIZE]
        page = svc.list(target, {"filters": [{"field": "id", "op": "in", "value": chunk}], "pageSize": len(chunk)}, tx=tx)
        found.update((str(r["id"]), r) for r in page["items"])
    recs = list(found.values())
    names = dict(zip(found, record_names(svc, tes, recs, tx, principal, depth - 1)))
    return [MISSING if not i else names.get(str(i)) or (str(i) if str(i) in found else "(deleted)") for i in ids]


def _text(value: object) -> str:
    if value is None or value == "":
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
