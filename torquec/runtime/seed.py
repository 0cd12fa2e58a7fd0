"""Sample data (``--seed``): insert the model's sampleData, idempotently.

Records keep the ids the model gives them (the compiler assigns a stable
UUIDv5 to records without one), so a record whose id exists is skipped and
seeding twice changes nothing. Entities are seeded in reference order
(a record's reference targets first); everything runs in one transaction,
through the service layer's validation, without before-write hooks.
Many-to-many links (a navigation name holding sample ids, on either side)
are added after every record is in, so they may point anywhere; a link that
exists is kept, so they are idempotent too.
"""

from __future__ import annotations

from . import links as links_mod
from .service import DataService
from .values import canonical_uuid, now_utc


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
    pending: list[tuple[str, str, dict]] = []  # (entity, id, {link: ids})
    with svc.transaction() as tx:
        for name in entity_order(svc):
            es = svc.spec.entities[name]
            for rec in data.get(name, ()):
                rid = rec["id"]
                links = {k: [canonical_uuid(v) for v in rec[k]] for k in es.links if k in rec}
                if links:
                    pending.append((name, canonical_uuid(rid), links))
                if svc.find(name, rid, tx=tx) is not None:
                    continue
                body = {k: v for k, v in rec.items() if k != "id" and k not in links}
                svc.create(name, body, tx=tx, hooks=False, id_=rid)
                inserted[name] = inserted.get(name, 0) + 1
        now_dt, now_s = now_utc()
        for name, rid, links in pending:
            es = svc.spec.entities[name]
            svc._check_references(es, {}, links, tx)
            links_mod.write(svc, es, rid, links, tx, now_dt if svc.dialect == "postgres" else now_s, "add")
    return inserted
