"""Sample data (``--seed``): insert the model's sampleData, idempotently.

Records keep the ids the model gives them (the compiler assigns a stable
UUIDv5 to records without one), so a record whose id exists is skipped and
seeding twice changes nothing. Entities are seeded in reference order
(a record's reference targets first); everything runs in one transaction,
through the service layer's validation, without before-write hooks.
"""

from __future__ import annotations

from .service import DataService


def entity_order(svc: DataService) -> list[str]:
    names = list(svc.spec.entities)
    deps = {n: {f.target for f in svc.spec.entities[n].reference_fields if f.target != n} for n in names}
    out: list[str] = []
    done: set[str] = set()

    def visit(n: str, stack: set[str]) -> None:
        if n in done or n in stack:
            return
        stack.add(n)
        for d in sorted(deps[n], key=names.index):
            visit(d, stack)
        stack.discard(n)
        done.add(n)
        out.append(n)

    for n in names:
        visit(n, set())
    return out


def seed(svc: DataService) -> dict[str, int]:
    """Insert missing sample records; returns {entity: inserted count}."""
    data = svc.spec.meta.get("sampleData") or {}
    inserted: dict[str, int] = {}
    with svc.transaction() as tx:
        for name in entity_order(svc):
            for rec in data.get(name, ()):
                rid = rec["id"]
                if svc.find(name, rid, tx=tx) is not None:
                    continue
                body = {k: v for k, v in rec.items() if k != "id"}
                svc.create(name, body, tx=tx, hooks=False, id_=rid)
                inserted[name] = inserted.get(name, 0) + 1
    return inserted
