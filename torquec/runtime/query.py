"""The safe list-query compiler: loadEntityData / getRelated params → SQL.

Nothing from the request is ever interpolated into SQL text. Field names,
operators and sort directions are looked up in allowlists built from the
model (:class:`~torquec.runtime.spec.EntitySpec`); unknown ones are
``InvalidParams`` errors. Values become bound parameters after conversion
to the field's type; LIKE patterns are escaped (``\\``, ``%``, ``_``) and use
``ESCAPE '\\'``. The only variable-shape SQL is the number of ``?``
placeholders of an ``in`` list on SQLite (≤ 500).

Semantics (identical on SQLite and PostgreSQL):
  eq/ne        equality; ``ne`` keeps NULLs (IS DISTINCT FROM); a null value means IS [NOT] NULL
  lt/lte/gt/gte  comparisons (numbers, strings, dates, datetimes)
  in           value is a list of 1..500 values
  contains     case-insensitive substring (strings); element membership (arrays)
  startsWith   case-insensitive prefix (strings)
  isNull       value true → IS NULL, false → IS NOT NULL
  search       case-insensitive substring over the entity's searchFields (OR)
  sort         [{field, dir}] up to 10 keys; asc puts NULLs last, desc first; "id" breaks ties,
               in the direction of the last sort key (indexes are on (column, id), so
               ``x DESC, id DESC`` reads one backwards)
  after        keyset paging: ``nextCursor`` of the previous page (same sort); rows after its last
               row instead of OFFSET, so a deep page costs what page 1 does; ``total`` is the
               first page's (carried in the cursor, not recounted)
  total        exact up to COUNT_CAP matching rows; above it PostgreSQL answers the
               planner's estimate (``totalExact: false``), see ``DataService._list``
Case-insensitivity (contains, startsWith, search) is Unicode-aware and the same on both
databases: value and needle are compared after full Unicode lower-casing (``"SÃO"`` finds
``"São Paulo"``). SQLite's LIKE folds ASCII letters only, and PostgreSQL's ILIKE follows the
database's locale (ASCII only under ``C``), so neither is used: SQLite calls the registered
``unicode_lower`` (Python's ``str.lower``), PostgreSQL ``lower(x COLLATE "und-x-icu")``
(ICU's root-locale lower-casing, which needs a PostgreSQL built with ICU, as distributions ship
it); the needle is lower-cased in Python the same way. ICU lower-casing costs about twice
ILIKE per row (a search scanning 200,000 rows: 231 ms against 128 ms), so an ASCII needle on PostgreSQL matches against the ASCII-lowered value and
asks ICU only for values holding one of the two characters whose lower case contains ASCII
(KELVIN SIGN → ``k``, LATIN CAPITAL LETTER I WITH DOT ABOVE → ``i̇``): the same answers, in
158 ms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Any

from torquec.contract import FILTER_OPS as OPS
from torquec.contract import MAX_FILTERS, MAX_IN, MAX_PAGE, MAX_PAGE_SIZE, MAX_SEARCH, MAX_SORT

from .errors import InvalidParams
from .spec import EntitySpec, FieldSpec
from .values import NUL_MESSAGE, BadValue, filter_value

COUNT_CAP = 10_000
"""How many matching rows a page's ``total`` counts exactly.

An exact ``COUNT(*)`` visits every matching row (74–150 ms for a filter matching
~60,000 of 1,000,000 rows on PostgreSQL, while the page itself takes ~2 ms), so
the count stops after ``COUNT_CAP + 1`` rows. Above the cap PostgreSQL reports
the planner's row estimate (never less than ``COUNT_CAP + 1``) with
``totalExact: false``; SQLite apps are small, so SQLite counts exactly.
"""
_CMP = {"lt": "<", "lte": "<=", "gt": ">", "gte": ">="}


@dataclass(slots=True)
class ListQuery:
    page: int = 1
    page_size: int = 20
    sort: list[tuple[FieldSpec, bool]] = field(default_factory=list)
    filters: list[tuple[FieldSpec, str, Any]] = field(default_factory=list)
    search: str | None = None
    include: list[str] = field(default_factory=list)
    after: list | None = None  # keyset paging: the sort-key values (database values) of the previous page's last row
    after_total: tuple[int, bool] = (0, True)  # (total, exact) of the first page, carried by the cursor


def _err(errors: list, fieldname: str, rule: str, message: str) -> None:
    errors.append({"field": fieldname, "rule": rule, "message": message})


def _suggest(name: str, options) -> str:
    import difflib

    m = difflib.get_close_matches(name, list(options), n=1)
    return f"; did you mean `{m[0]}`?" if m else ""


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def parse_list_query(es: EntitySpec, params: dict, *, default_page_size: int = 20, allow_include: bool = True,
                     sees: Callable[[str], bool] | None = None) -> ListQuery:
    """Validate list params against ``es``'s allowlists; raises InvalidParams listing every problem.

    ``sees(entity)`` says whether the caller may know an entity exists: a relationship
    into one it may not is answered exactly like a relationship that does not exist
    (and never offered as a "did you mean")."""
    errors: list[dict] = []
    lq = ListQuery(page_size=default_page_size)
    page = params.get("page", 1)
    if not _is_int(page) or not 1 <= page <= MAX_PAGE:
        _err(errors, "page", "type" if not _is_int(page) else "min" if page < 1 else "max", f"page must be an integer from 1 to {MAX_PAGE}")
    else:
        lq.page = page
    ps = params.get("pageSize", default_page_size)
    if not _is_int(ps) or not 1 <= ps <= MAX_PAGE_SIZE:
        _err(errors, "pageSize", "type" if not _is_int(ps) else "min" if ps < 1 else "max", f"pageSize must be an integer from 1 to {MAX_PAGE_SIZE}")
    else:
        lq.page_size = ps

    sort = params.get("sort")
    if sort is not None:
        if isinstance(sort, dict):
            sort = [sort]
        if not isinstance(sort, list) or len(sort) > MAX_SORT:
            _err(errors, "sort", "type", f"sort must be a list of at most {MAX_SORT} {{field, dir}} objects")
        else:
            for i, s in enumerate(sort):
                if not isinstance(s, dict) or set(s) - {"field", "dir"} or not isinstance(s.get("field"), str):
                    _err(errors, f"sort.{i}", "type", "each sort key is an object {field, dir}")
                    continue
                name = s["field"]
                f = es.all_fields.get(name)
                d = s.get("dir", "asc")
                if f is None:
                    _err(errors, f"sort.{i}.field", "unknown", f"`{es.name}` has no field `{name[:100]}`{_suggest(name, es.all_fields)}")
                elif not f.orderable:
                    _err(errors, f"sort.{i}.field", "sortable", f"`{name}` ({f.type}) cannot be sorted")
                if d not in ("asc", "desc"):
                    _err(errors, f"sort.{i}.dir", "enum", "dir must be `asc` or `desc`")
                if f is not None and f.orderable and d in ("asc", "desc"):
                    lq.sort.append((f, d == "desc"))

    filters = params.get("filters")
    if filters is not None:
        if not isinstance(filters, list) or len(filters) > MAX_FILTERS:
            _err(errors, "filters", "type", f"filters must be a list of at most {MAX_FILTERS} {{field, op, value}} objects")
        else:
            for i, flt in enumerate(filters):
                _parse_filter(es, i, flt, lq, errors)

    search = params.get("search")
    if search is not None:
        if not isinstance(search, str):
            _err(errors, "search", "type", "search must be a string")
        elif len(search) > MAX_SEARCH:
            _err(errors, "search", "maxLength", f"search must be at most {MAX_SEARCH} characters")
        elif "\x00" in search:
            _err(errors, "search", "characters", f"search {NUL_MESSAGE}")
        elif search.strip():
            if not es.search_fields:
                _err(errors, "search", "unsupported", f"`{es.name}` has no search fields")
            else:
                lq.search = search.strip()

    after = params.get("after")
    if after is not None and not errors:
        if "page" in params and params["page"] != 1:
            _err(errors, "after", "exclusive", "give either `after` (a cursor) or `page`, not both")
        else:
            try:
                lq.after, lq.after_total = decode_cursor(after, sort_keys(es, lq))
            except BadValue as e:
                _err(errors, "after", e.rule, e.message)

    include = params.get("include")
    if include is not None:
        if not allow_include:
            _err(errors, "include", "unknown", "include is not supported here")
        elif not isinstance(include, list) or len(include) > 20 or not all(isinstance(x, str) for x in include):
            _err(errors, "include", "type", "include must be a list of relationship names")
        else:
            known = [n for n, nav in es.relations.items() if sees is None or sees(nav.entity)]
            for name in include:
                if name not in known:
                    _err(errors, "include", "unknown", f"`{es.name}` has no relationship `{name[:100]}`{_suggest(name, known)}")
                elif name not in lq.include:
                    lq.include.append(name)
    if errors:
        raise InvalidParams(errors=errors)
    return lq


def _parse_filter(es: EntitySpec, i: int, flt: Any, lq: ListQuery, errors: list) -> None:
    where = f"filters.{i}"
    if not isinstance(flt, dict) or set(flt) - {"field", "op", "value"} or not isinstance(flt.get("field"), str) or "op" not in flt:
        _err(errors, where, "type", "each filter is an object {field, op, value}")
        return
    name, op = flt["field"], flt["op"]
    f = es.all_fields.get(name)
    if f is None:
        _err(errors, f"{where}.field", "unknown", f"`{es.name}` has no field `{name[:100]}`{_suggest(name, es.all_fields)}")
        return
    if not isinstance(op, str) or op not in OPS:
        _err(errors, f"{where}.op", "enum", f"unknown operator; use one of {', '.join(OPS)}")
        return
    if op not in f.ops():
        _err(errors, f"{where}.op", "operator", f"`{op}` does not apply to `{name}` ({f.type}); use one of {', '.join(sorted(f.ops()))}")
        return
    value = flt.get("value")
    try:
        if op == "isNull":
            if value is None:
                value = True
            if not isinstance(value, bool):
                raise BadValue("type", "isNull takes true or false")
        elif op == "in":
            if not isinstance(value, list) or len(value) > MAX_IN:
                raise BadValue("type", f"`in` takes a list of at most {MAX_IN} values")
            value = [filter_value(f.type, v, f.item_type, f.precision, f.scale) for v in value]
        elif op in ("eq", "ne") and value is None:
            pass
        elif op in ("contains", "startsWith") and f.type in ("string", "text", "email", "url", "enum"):
            if not isinstance(value, str):
                raise BadValue("type", "must be a string")
            if len(value) > 10_000:
                raise BadValue("maxLength", "is too long for a filter value")
            if "\x00" in value:
                raise BadValue("characters", NUL_MESSAGE)
        else:
            if value is None:
                raise BadValue("required", f"`{op}` needs a value")
            value = filter_value(f.type, value, f.item_type, f.precision, f.scale)
    except BadValue as e:
        _err(errors, f"{where}.value", e.rule, f"{name}: {e.message}")
        return
    lq.filters.append((f, op, value))


def sort_keys(es: EntitySpec, lq: ListQuery) -> list[tuple[FieldSpec, bool, bool]]:
    """The keys a page is ordered by: ``(field, descending, tie_breaker)``; the unique
    ``id`` ends them (deterministic pages) in the direction of the last key."""
    out: list[tuple[FieldSpec, bool, bool]] = []
    seen: set[str] = set()
    last_desc = False
    for f, desc in lq.sort or es.default_sort:
        if f.name in seen:
            continue
        seen.add(f.name)
        out.append((f, desc, False))
        last_desc = desc
    if "id" not in seen:
        out.append((es.all_fields["id"], last_desc, True))
    return out


# --------------------------------------------------------------------------- keyset cursors
#
# ``nextCursor`` of a page is the sort-key values of its last row (as stored: the database
# values, so a decimal or timestamp compares exactly) plus the keys it belongs to; the
# next page is ``WHERE (keys) after (values)`` instead of OFFSET, so page 50 costs what
# page 1 does. The cursor also carries the first page's ``total``: counting the matches
# (up to COUNT_CAP rows) costs more than the page itself, so cursor pages do not count
# again (their ``total`` is the first page's, not refreshed by later writes). A cursor is opaque to clients (base64url JSON); a forged one is only
# bound parameters (never SQL), and one made for another sort order is refused.


def _tag(v: Any) -> Any:
    import datetime as _dt
    import decimal
    import uuid

    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, decimal.Decimal):
        return {"n": str(v)}
    if isinstance(v, _dt.datetime):
        return {"t": v.isoformat()}
    if isinstance(v, _dt.date):
        return {"d": v.isoformat()}
    if isinstance(v, uuid.UUID):
        return {"u": str(v)}
    return str(v)


def _untag(v: Any) -> Any:
    import datetime as _dt
    import decimal
    import uuid

    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, dict) and len(v) == 1:
        (k, x), = v.items()
        if isinstance(x, str):
            try:
                if k == "n":
                    return decimal.Decimal(x)
                if k == "t":
                    return _dt.datetime.fromisoformat(x)
                if k == "d":
                    return _dt.date.fromisoformat(x)
                if k == "u":
                    return uuid.UUID(x)
            except (ValueError, decimal.InvalidOperation):
                pass
    raise BadValue("cursor", "is not a cursor of this query (use `nextCursor` of the previous page)")


def encode_cursor(keys: list[tuple[FieldSpec, bool, bool]], values: list, total: tuple[int, bool]) -> str:
    import base64

    import orjson

    data = orjson.dumps([[f.name, desc] for f, desc, _ in keys] + [[_tag(v) for v in values], list(total)])
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def decode_cursor(cursor: Any, keys: list[tuple[FieldSpec, bool, bool]]) -> tuple[list, tuple[int, bool]]:
    """(sort-key values, (total, exact) of the first page)."""
    import base64
    import binascii

    import orjson

    bad = BadValue("cursor", "is not a cursor of this query (use `nextCursor` of the previous page)")
    if not isinstance(cursor, str) or len(cursor) > 4096:
        raise bad
    try:
        data = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error):
        raise bad from None
    if not isinstance(data, list) or len(data) != len(keys) + 2:
        raise bad
    if data[:-2] != [[f.name, desc] for f, desc, _ in keys]:
        raise BadValue("sort", "the cursor was made for another sort order; start again without `after`")
    values, total = data[-2], data[-1]
    if not isinstance(values, list) or len(values) != len(keys):
        raise bad
    if (not isinstance(total, list) or len(total) != 2 or not _is_int(total[0]) or total[0] < 0
            or not isinstance(total[1], bool)):
        raise bad
    return [_untag(v) for v in values], (total[0], total[1])


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Compiler:
    """SQL for one dialect. ``where`` fragments are (sql, params) pairs, joined with AND."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.ph = "?" if dialect == "sqlite" else "%s"

    def _ci_like(self, col: str, pattern: str) -> tuple[str, list]:
        """``col`` lower-cased LIKE ``pattern`` (already lower-cased and escaped), see the module doc."""
        like = f"LIKE {self.ph} ESCAPE '\\'"
        if self.dialect == "sqlite":
            return f"unicode_lower({col}) {like}", [pattern]
        icu = f'lower({col} COLLATE "und-x-icu") {like}'
        if not pattern.isascii():
            return icu, [pattern]
        # LIKE with a constant pattern (%% is psycopg's literal %) is the cheapest "holds the character"
        # test (strpos costs more)
        return (f"(lower({col} COLLATE \"C\") {like} OR (({col} LIKE '%%\u212a%%' OR {col} LIKE '%%\u0130%%') AND {icu}))",
                [pattern, pattern])

    def _bind(self, f: FieldSpec, v: Any) -> Any:
        conv = f.to_db.get(self.dialect)
        return conv(v) if (conv is not None and v is not None) else v

    def condition(self, f: FieldSpec, op: str, value: Any) -> tuple[str, list]:
        col, ph = f.qcol, self.ph
        if op == "isNull":
            return (f"{col} IS NULL" if value else f"{col} IS NOT NULL"), []
        if op == "eq":
            if value is None:
                return f"{col} IS NULL", []
            return f"{col} = {ph}", [self._bind(f, value)]
        if op == "ne":
            if value is None:
                return f"{col} IS NOT NULL", []
            if self.dialect == "sqlite":
                return f"{col} IS NOT {ph}", [self._bind(f, value)]
            return f"{col} IS DISTINCT FROM {ph}", [self._bind(f, value)]
        if op in _CMP:
            return f"{col} {_CMP[op]} {ph}", [self._bind(f, value)]
        if op == "in":
            if not value:
                return "1 = 0", []
            vals = [self._bind(f, v) for v in value]
            if self.dialect == "sqlite":
                return f"{col} IN ({', '.join([ph] * len(vals))})", vals
            return f"{col} = ANY({ph})", [vals]
        if op in ("contains", "startsWith"):
            if f.type == "array":
                if self.dialect == "sqlite":
                    return f"EXISTS (SELECT 1 FROM json_each({col}) WHERE json_each.value = {ph})", [_sqlite_json_scalar(value)]
                from psycopg.types.json import Jsonb

                return f"{col} @> {ph}", [Jsonb([value])]
            pat = escape_like(value.lower())
            pat = f"%{pat}%" if op == "contains" else f"{pat}%"
            return self._ci_like(col, pat)
        raise ValueError(op)  # unreachable: ops are validated

    def where(self, es: EntitySpec, lq: ListQuery, extra: list[tuple[str, list]] = ()) -> tuple[str, list]:
        parts: list[str] = []
        args: list = []
        for sql, a in extra:
            parts.append(sql)
            args.extend(a)
        for f, op, v in lq.filters:
            sql, a = self.condition(f, op, v)
            parts.append(sql)
            args.extend(a)
        if lq.search:
            pat = f"%{escape_like(lq.search.lower())}%"
            ors = [self._ci_like(f.qcol, pat) for f in es.search_fields]
            parts.append("(" + " OR ".join(sql for sql, _ in ors) + ")")
            for _, a in ors:
                args.extend(a)
        return (" WHERE " + " AND ".join(parts)) if parts else "", args

    def order_by(self, es: EntitySpec, lq: ListQuery, prefix: str = "") -> str:
        """ORDER BY of a page; ``prefix`` qualifies columns (``o.``) in joins.

        The unique ``"id"`` ends the keys (deterministic pages) in the direction of the
        last key: the (column, id) indexes then serve ``x DESC`` too, read backwards."""
        out = []
        for f, desc, tie in sort_keys(es, lq):
            if tie:
                out.append(f'{prefix}"id" DESC' if desc else f'{prefix}"id" ASC')
            else:
                out.append(f"{prefix}{f.qcol} DESC NULLS FIRST" if desc else f"{prefix}{f.qcol} ASC NULLS LAST")
        return " ORDER BY " + ", ".join(out)

    def after(self, keys: list[tuple[FieldSpec, bool, bool]], values: list) -> tuple[str, list]:
        """Rows ordered after ``values`` by ``keys`` (NULLs are last ascending, first descending)."""
        ph = self.ph
        desc_all = all(d for _, d, _ in keys)
        asc_all = not any(d for _, d, _ in keys)
        if None not in values and (desc_all or (asc_all and all(f.required or f.system for f, _, _ in keys))):
            # one row comparison: the (column, id) index seeks straight to the cursor
            cols = ", ".join(f.qcol for f, _, _ in keys)
            return f"({cols}) {'<' if desc_all else '>'} ({', '.join([ph] * len(keys))})", list(values)
        ors: list[str] = []
        args: list = []
        for i, (f, desc, _) in enumerate(keys):
            conds: list[str] = []
            a: list = []
            for (g, _, _), v in zip(keys[:i], values[:i]):
                if v is None:
                    conds.append(f"{g.qcol} IS NULL")
                else:
                    conds.append(f"{g.qcol} = {ph}")
                    a.append(v)
            v = values[i]
            if v is None:
                if not desc:
                    continue  # ascending: nothing sorts after NULL
                conds.append(f"{f.qcol} IS NOT NULL")
            elif desc:
                conds.append(f"{f.qcol} < {ph}")
                a.append(v)
            else:
                conds.append(f"({f.qcol} > {ph} OR {f.qcol} IS NULL)")
                a.append(v)
            ors.append("(" + " AND ".join(conds) + ")")
            args.extend(a)
        return ("(" + " OR ".join(ors) + ")" if ors else "1 = 0"), args

    def page(self, es: EntitySpec, lq: ListQuery, where: str, args: list) -> tuple[str, list]:
        """The page query for a compiled ``where`` (see :meth:`where`); with a cursor
        (``lq.after``) the rows after it instead of an OFFSET."""
        if lq.after is not None:
            cond, cargs = self.after(sort_keys(es, lq), lq.after)
            where = f"{where} AND {cond}" if where else f" WHERE {cond}"
            sql = f"SELECT {es.select_list} FROM {es.qtable}{where}{self.order_by(es, lq)} LIMIT {self.ph}"
            return sql, [*args, *cargs, lq.page_size]
        sql = f"SELECT {es.select_list} FROM {es.qtable}{where}{self.order_by(es, lq)} LIMIT {self.ph} OFFSET {self.ph}"
        return sql, [*args, lq.page_size, (lq.page - 1) * lq.page_size]

    def next_cursor(self, es: EntitySpec, lq: ListQuery, last_row, total: tuple[int, bool]) -> str:
        """The cursor of the page after the one ending with ``last_row`` (a raw row of ``es.select_list``)."""
        keys = sort_keys(es, lq)
        pos = {name: i for i, (name, _) in enumerate(es.from_row_fns)}
        return encode_cursor(keys, [last_row[pos[f.name]] for f, _, _ in keys], total)

    def count(self, es: EntitySpec, where: str, cap: int | None = COUNT_CAP) -> str:
        """COUNT of the matching rows, stopping after ``cap + 1`` of them (``cap=None``: exact)."""
        if cap is None:
            return f"SELECT COUNT(*) FROM {es.qtable}{where}"
        return f"SELECT COUNT(*) FROM (SELECT 1 FROM {es.qtable}{where} LIMIT {int(cap) + 1}) AS c"

    def estimate(self, es: EntitySpec, where: str) -> str:
        """PostgreSQL: the planner's row estimate (``[0]["Plan"]["Plan Rows"]`` of the one JSON value)."""
        return f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {es.qtable}{where}"

    def select(self, es: EntitySpec, lq: ListQuery, extra: list[tuple[str, list]] = (),
               count_cap: int | None = COUNT_CAP) -> tuple[str, list, str, list]:
        """(page SQL, params, capped count SQL, params)."""
        where, args = self.where(es, lq, extra)
        page_sql, page_args = self.page(es, lq, where, args)
        return page_sql, page_args, self.count(es, where, count_cap), args


def _sqlite_json_scalar(v: Any) -> Any:
    """json_each.value yields SQL values: booleans as 0/1."""
    if isinstance(v, bool):
        return 1 if v else 0
    return v
