"""The read half of :class:`~torquec.runtime.service.DataService`: get, list, count, related.

A mixin so the service stays one object for every surface (JSON-RPC, MCP, XFlow
call ``svc.get``/``svc.list``/``svc.related`` alike) while reads and writes live in
modules of their own. It relies on the service's plumbing (``entity``, ``_run``,
``_require``, ``_check_id``, ``_bind_id``, ``_in``, ``compiler``, ``count_cap``),
which stays in ``service.py``.
"""

from __future__ import annotations

import json
import logging
from typing import Callable

from . import links as links_mod
from .auth import Principal
from .db.base import Tx
from .errors import InvalidParams, NotFoundError
from .query import ListQuery, parse_list_query
from .spec import EntitySpec, FieldSpec, q

log = logging.getLogger("torquec.runtime.service")


class RecordReads:
    def find(self, entity: str, id_: str, *, tx: Tx | None = None) -> dict | None:
        """The record or None; no permission check (system use)."""
        es = self.entity(entity)
        id_ = self._check_id(id_)
        return self._run(tx, False, lambda t: self._find(es, id_, t))

    def _find(self, es: EntitySpec, id_: str, tx: Tx, for_update: bool = False) -> dict | None:
        row = tx.fetchone(es.queries["get_for_update" if for_update else "get"], (self._bind_id(es, id_),))
        return es.from_row(row) if row is not None else None

    def get(self, entity: str, id_: str, *, include: list | None = None, principal: Principal | None = None, tx: Tx | None = None) -> dict:
        es = self.entity(entity, principal)
        self._require(principal, es.name, "read")
        id_ = self._check_id(id_)
        lq = parse_list_query(es, {"include": include}, sees=_sees(principal)) if include else None

        def run(t: Tx) -> dict:
            rec = self._find(es, id_, t)
            if rec is None:
                raise NotFoundError(f"Not found: no {es.name} with id {id_}", entity=es.name, id=id_)
            if lq is not None and lq.include:
                self._attach(es, [rec], lq.include, principal, t)
            return rec

        return self._run(tx, False, run)

    def list(self, entity: str, params: dict | None = None, *, principal: Principal | None = None, tx: Tx | None = None,
             extra: list | None = None) -> dict:
        """One page: ``{items, total, totalExact, page, pageSize}``. ``params`` as loadEntityData.

        ``total`` is exact (``totalExact: true``) up to ``count_cap`` matching rows;
        above it, on PostgreSQL, it is the planner's estimate, at least ``count_cap + 1``
        and at least the rows up to this page (``totalExact: false``)."""
        es = self.entity(entity, principal)
        self._require(principal, es.name, "read")
        lq = parse_list_query(es, params or {}, sees=_sees(principal))
        return self._run(tx, False, lambda t: self._list(es, lq, principal, t, extra or []))

    def _list(self, es: EntitySpec, lq: ListQuery, principal: Principal | None, tx: Tx, extra: list) -> dict:
        for name in lq.include:
            self._require(principal, es.relations[name].entity, "read")
        where, args = self.compiler.where(es, lq, extra)
        page_sql, page_args = self.compiler.page(es, lq, where, args)
        rows = tx.fetchall(page_sql, page_args)
        items = [es.from_row(r) for r in rows]
        total, exact = self._total(es, lq, where, args, len(items), tx)
        if lq.include and items:
            self._attach(es, items, lq.include, principal, tx)
        # a full page may have a next one: its cursor (keyset paging, see query.ListQuery.after)
        cursor = self.compiler.next_cursor(es, lq, rows[-1], (total, exact)) if rows and len(rows) == lq.page_size else None
        return {"items": items, "total": total, "totalExact": exact, "page": lq.page, "pageSize": lq.page_size,
                "nextCursor": cursor}

    def _total(self, es: EntitySpec, lq: ListQuery, where: str, args: list, n: int, tx: Tx) -> tuple[int, bool]:
        """(total, exact) for a page of ``n`` items: exact up to ``self.count_cap`` (see
        ``query.COUNT_CAP``); above it PostgreSQL estimates, SQLite counts exactly."""
        if lq.after is not None:  # a cursor page: the first page's total, carried by the cursor
            return lq.after_total
        offset = (lq.page - 1) * lq.page_size
        if 0 < n < lq.page_size or (n == 0 and lq.page == 1):
            return offset + n, True  # the last page: the total is known without counting
        cap = self.count_cap
        if cap is None:
            return tx.fetchone(self.compiler.count(es, where, None), args)[0], True
        if n == 0 or offset + n <= cap:  # a full page beyond the cap: the capped count would exceed it
            counted = tx.fetchone(self.compiler.count(es, where, cap), args)[0]
            if counted <= cap:
                return counted, True
        if self.dialect != "postgres":
            return tx.fetchone(self.compiler.count(es, where, None), args)[0], True
        low = max(cap + 1, offset + n)
        est = self._estimate(es, where, args, tx)
        if n == 0:  # past the end: offset ≥ total > cap
            return max(low, min(est, offset)), False
        return max(low, est), False

    def _estimate(self, es: EntitySpec, where: str, args: list, tx: Tx) -> int:
        """The PostgreSQL planner's estimate of the matching rows (0 if the plan has none)."""
        plan = tx.fetchone(self.compiler.estimate(es, where), args)[0]
        try:
            if isinstance(plan, (str, bytes)):
                plan = json.loads(plan)
            return max(0, int(round(float(plan[0]["Plan"]["Plan Rows"]))))
        except (KeyError, IndexError, TypeError, ValueError):
            log.warning("unexpected EXPLAIN output for %s", es.name)
            return 0

    def count(self, entity: str, *, tx: Tx | None = None) -> int:
        es = self.entity(entity)
        return self._run(tx, False, lambda t: t.fetchone(es.queries["count"])[0])

    def _attach(self, es: EntitySpec, items: list[dict], include: list[str], principal: Principal | None, tx: Tx) -> None:
        for name in include:
            nav = es.relations[name]
            other = self.spec.entities[nav.entity]
            self._require(principal, other.name, "read")
            key = nav.key or "id"  # what the foreign key holds: the id, or a natural key
            if nav.via == "fk_here":
                ids = list(dict.fromkeys(it[nav.foreign_key] for it in items if it.get(nav.foreign_key) is not None))
                found = {r[key]: r for r in self._records_where(other, q(other.all_fields[key].column), ids, tx, other.all_fields[key])}
                for it in items:
                    it[name] = found.get(it.get(nav.foreign_key))
            elif nav.via == "fk_there":
                ids = [it[key] for it in items if it.get(key) is not None]
                groups: dict[str, list] = {}
                for r in self._records_where(other, q(nav.column), ids, tx, other.all_fields[nav.foreign_key]):
                    groups.setdefault(r[nav.foreign_key], []).append(r)
                for it in items:
                    g = groups.get(it.get(key), [])
                    it[name] = (g[0] if g else None) if nav.cardinality == "one" else g
            else:  # join table
                ids = [it["id"] for it in items]
                conv = es.all_fields["id"].to_db.get(self.dialect)
                cond, args = self._in(f"j.{q(nav.self_column)}", [conv(i) if conv else i for i in ids])
                cols = ", ".join(f"o.{c}" for c in other.select_list.split(", "))
                sql = (f"SELECT j.{q(nav.self_column)}, {cols} FROM {q(nav.join_table)} j JOIN {other.qtable} o "
                       f"ON o.\"id\" = j.{q(nav.other_column)} WHERE {cond}{self.compiler.order_by(other, ListQuery(), 'o.')}")
                groups = {}
                for row in tx.fetchall(sql, args):
                    groups.setdefault(str(row[0]), []).append(other.from_row(row[1:]))
                for it in items:
                    it[name] = groups.get(it["id"], [])

    def _records_where(self, es: EntitySpec, qcol: str, values: list, tx: Tx, typed: FieldSpec | None = None) -> list[dict]:
        """Records whose ``qcol`` is one of ``values`` (of ``typed``'s type; default: ids)."""
        if not values:
            return []
        conv = (typed or es.all_fields["id"]).to_db.get(self.dialect)  # fk and id columns share the uuid type
        cond, args = self._in(qcol, [conv(v) if conv else v for v in values])
        sql = f"SELECT {es.select_list} FROM {es.qtable} WHERE {cond}{self.compiler.order_by(es, ListQuery())}"
        return [es.from_row(r) for r in tx.fetchall(sql, args)]

    def related(self, entity: str, id_: str, relationship: str, params: dict | None = None, *,
                principal: Principal | None = None, tx: Tx | None = None) -> dict:
        """Records related to one record through a navigation name (either direction).

        to-one: ``{entity, relationship, cardinality: "one", item}``;
        to-many: ``{entity, relationship, cardinality: "many", items, total, totalExact, page, pageSize}``.
        """
        es = self.entity(entity, principal)
        self._require(principal, es.name, "read")
        id_ = self._check_id(id_)
        nav = links_mod.followable(es.name, es.relations, relationship, principal, "relationship")
        other = self.spec.entities[nav.entity]
        self._require(principal, other.name, "read")
        params = params or {}
        if nav.cardinality == "many":
            lq = parse_list_query(other, params, sees=_sees(principal))
        else:
            extra_keys = set(params) & {"page", "pageSize", "sort", "filters", "search", "include"}
            if extra_keys - {"include"}:
                raise InvalidParams(errors=[{"field": sorted(extra_keys)[0], "rule": "unknown", "message": f"`{relationship}` is a to-one relationship: no paging, sorting or filters"}])
            lq = parse_list_query(other, {"include": params.get("include")}, sees=_sees(principal)) if params.get("include") else ListQuery()

        def run(t: Tx) -> dict:
            rec = self._find(es, id_, t)
            if rec is None:
                raise NotFoundError(f"Not found: no {es.name} with id {id_}", entity=es.name, id=id_)
            base = {"entity": other.name, "relationship": nav.name, "cardinality": nav.cardinality}
            bid = self._bind_id(es, id_)
            if nav.via == "fk_here":
                fk = rec.get(nav.foreign_key)
                if nav.key and fk is not None:  # by natural key
                    found = self._records_where(other, q(other.all_fields[nav.key].column), [fk], t, other.all_fields[nav.key])
                    item = found[0] if found else None
                else:
                    item = self._find(other, fk, t) if fk else None
                if item is not None and lq.include:
                    self._attach(other, [item], lq.include, principal, t)
                return {**base, "item": item}
            if nav.via == "fk_there":
                if nav.key:
                    conv = es.all_fields[nav.key].to_db.get(self.dialect)
                    v = rec.get(nav.key)
                    extra = [(f"{q(nav.column)} = {self.ph}", [conv(v) if conv and v is not None else v])]
                else:
                    extra = [(f"{q(nav.column)} = {self.ph}", [bid])]
            else:
                extra = [(f'"id" IN (SELECT {q(nav.other_column)} FROM {q(nav.join_table)} WHERE {q(nav.self_column)} = {self.ph})', [bid])]
            if nav.cardinality == "one":
                page = self._list(other, ListQuery(page_size=1, include=lq.include), principal, t, extra)
                return {**base, "item": page["items"][0] if page["items"] else None}
            page = self._list(other, lq, principal, t, extra)
            page.pop("nextCursor", None)  # getRelated pages by number only
            return {**base, **page}

        return self._run(tx, False, run)


def _sees(principal: Principal | None) -> Callable[[str], bool] | None:
    """The caller's entity-visibility test for parse_list_query (None: sees everything)."""
    return None if principal is None else principal.sees
