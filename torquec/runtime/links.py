"""Many-to-many links of one record: replace, add or remove.

``createEntity``/``updateEntity`` with ``data.<link>: [ids]`` set (replace) a
record's links; ``addLinks``/``removeLinks`` (MCP ``<entity>_add_links`` /
``<entity>_remove_links``) change some of them and leave the rest::

    links.change(svc, "Playlist", pid, "tracks", [tid1, tid2], mode="add", principal=p)
    # {"entity": "Playlist", "id": pid, "relationship": "tracks", "added": 2, "count": 3292, "version": 5}

A link change is an update of the record it is made on: it needs ``update``
on that entity and ``read`` on the other (an unreadable id answers like a
missing one), bumps its ``version`` (``expectedVersion`` applies), runs its
update flows and sends an ``updated`` event. Adding a link that exists, or
removing one that does not, changes nothing and is not an error.

No cap on the number of ids: a list is bounded only by the request size
(1 MiB, about 25,000 ids). The SQL is chunked so SQLite's limit on bound
parameters never applies, and rows go in with ``executemany`` (pipelined on
PostgreSQL), so a playlist of 3,290 tracks is one request.
"""

from __future__ import annotations

import difflib
from typing import Any, Iterator

from .auth import Principal
from .db.base import DbError, Tx
from .errors import InvalidParams
from .spec import EntitySpec, Navigation, q
from .values import canonical_uuid, now_utc

CHUNK = 5000  # ids per IN (...) list; SQLite allows 32,766 bound parameters per statement


def chunks(values: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def existing_ids(svc, es: EntitySpec, ids: list[str], tx: Tx) -> set[str]:
    """Which of ``ids`` are records of ``es``."""
    conv = es.all_fields["id"].to_db.get(svc.dialect)
    found: set[str] = set()
    for part in chunks(ids):
        cond, args = svc._in('"id"', [conv(i) for i in part] if conv else part)
        found.update(str(r[0]) for r in tx.fetchall(f'SELECT "id" FROM {es.qtable} WHERE {cond}', args))
    return found


def _linked(svc, nav: Navigation, self_id: Any, other_ids: list, tx: Tx) -> set[str]:
    """Which of ``other_ids`` (database values) are linked to ``self_id`` already."""
    found: set[str] = set()
    for part in chunks(other_ids):
        cond, args = svc._in(q(nav.other_column), part)
        sql = f"SELECT {q(nav.other_column)} FROM {q(nav.join_table)} WHERE {q(nav.self_column)} = {svc.ph} AND {cond}"
        found.update(str(r[0]) for r in tx.fetchall(sql, [self_id, *args]))
    return found


def write(svc, es: EntitySpec, id_: str, links: dict[str, list[str]], tx: Tx, now_db: Any, mode: str) -> dict[str, int]:
    """Apply ``links`` ({navigation: ids}) to record ``id_``; the ids exist (checked before).
    ``mode``: "create" (a new record: no links yet), "replace", "add" or "remove".
    Returns {navigation: links added, or removed for "remove"}."""
    counts: dict[str, int] = {}
    self_id = svc._bind_id(es, id_)
    for name, ids in links.items():
        nav = es.links[name]
        jq = svc.spec.join_queries[nav.join_table]
        other = svc.spec.entities[nav.entity]
        others = [svc._bind_id(other, i) for i in ids]
        if mode == "remove":
            n = 0
            for part in chunks(others):
                cond, args = svc._in(q(nav.other_column), part)
                n += tx.execute(f"DELETE FROM {q(nav.join_table)} WHERE {q(nav.self_column)} = {svc.ph} AND {cond}", [self_id, *args])
            counts[name] = n
            continue
        insert = jq["insert"]
        if mode == "replace":
            tx.execute(jq["delete_from"] if nav.self_column == "from_id" else jq["delete_to"], (self_id,))
        elif mode == "add":
            already = _linked(svc, nav, self_id, others, tx)
            others = [o for o in others if str(o) not in already]
            # A concurrent add from the other side may insert the same pair first: keep theirs.
            insert = jq["insert"] + ' ON CONFLICT ("from_id", "to_id") DO NOTHING'
        rows = [((self_id, o) if nav.self_column == "from_id" else (o, self_id)) + (now_db,) for o in others]
        if rows:
            tx.executemany(insert, rows)
        counts[name] = len(rows)
    return counts


def _navigation(es: EntitySpec, relationship: Any, principal: Principal | None) -> Navigation:
    return followable(es.name, es.links, relationship, principal, "many-to-many relationship", list_known=True)


def followable(entity: str, navigations: dict[str, Any], name: Any, principal: Principal | None, what: str,
               list_known: bool = False) -> Any:
    """The navigation ``name`` of ``entity`` (one of ``navigations``) that ``principal`` may
    follow. Else InvalidParams naming the nearest one it may, or (``list_known``) all of them:
    a navigation into an entity hidden from the role answers like no such ``what``."""
    nav = navigations.get(name) if isinstance(name, str) else None
    if nav is not None and principal is not None and not principal.sees(nav.entity):
        nav = None
    if nav is None:
        known = [n for n, v in navigations.items() if principal is None or principal.can(v.entity, "read")]
        hint = difflib.get_close_matches(name, known, n=1) if isinstance(name, str) else []
        listed = f"; its links: {', '.join(known)}" if list_known and known else ""
        msg = f"`{entity}` has no {what} `{str(name)[:100]}`" + (f"; did you mean `{hint[0]}`?" if hint else listed)
        raise InvalidParams(errors=[{"field": "relationship", "rule": "unknown", "message": msg}])
    return nav


def _ids(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise InvalidParams(errors=[{"field": "ids", "rule": "type", "message": "must be a list of record ids"}])
    out, errors = [], []
    for i, v in enumerate(value):
        try:
            out.append(canonical_uuid(v))
        except (ValueError, TypeError, AttributeError):
            errors.append({"field": f"ids.{i}", "rule": "format", "message": "must be a UUID (8-4-4-4-12 hex digits)"})
            if len(errors) >= 20:
                break
    if errors:
        raise InvalidParams(errors=errors)
    return list(dict.fromkeys(out))


def change(svc, entity: str, id_: Any, relationship: Any, ids: Any, *, mode: str, expected_version: int | None = None,
           principal: Principal | None = None, tx: Tx | None = None, hooks: bool = True) -> dict:
    """Add or remove links of one record (``mode`` "add" or "remove"); see the module doc."""
    from .service import _check_version_param

    es = svc.entity(entity, principal)
    svc._require(principal, es.name, "update")
    id_ = svc._check_id(id_)
    _check_version_param(expected_version)
    nav = _navigation(es, relationship, principal)
    wanted = _ids(ids)

    def run(t: Tx) -> dict:
        rec = svc._update(es, id_, {}, {}, expected_version, t, hooks, principal)  # lock, version, flows, event
        svc._check_references(es, {}, {nav.name: wanted}, t, principal=principal)
        now_dt, now_s = now_utc()
        try:
            n = write(svc, es, id_, {nav.name: wanted}, t, now_dt if svc.dialect == "postgres" else now_s, mode)[nav.name]
            total = t.fetchone(f"SELECT COUNT(*) FROM {q(nav.join_table)} WHERE {q(nav.self_column)} = {svc.ph}",
                               (svc._bind_id(es, id_),))[0]
        except DbError as e:
            raise svc._db_error(e, es) from None
        return {"entity": es.name, "id": id_, "relationship": nav.name, "added" if mode == "add" else "removed": n,
                "count": int(total), "version": rec["version"]}

    return svc._run(tx, True, run)
