"""Converting a column's values when its field changes type or narrows.

:func:`convert` returns the SQL expression computing the new value from the
old column and a predicate (on the old row) that is true where that value is
lost or altered — the planner counts those rows to classify the change as
data-losing. Conversions that cannot keep a value yield NULL for it.

Safe (lossless) conversions: integer → float/decimal/string-like; float,
decimal → string-like; boolean → string-like/integer; date → datetime and
string-like; datetime, uuid, reference, json, array → string-like; uuid ↔
reference; array → json; string-like → json (a JSON string) or array (one
item); any string-like → text and to a string-like type with a larger or equal
length cap. Everything else is checked value by value: rounding (float →
integer, fewer decimal places), truncation (a smaller ``maxLength``), values
that do not parse (string-like → number, boolean, date, datetime, uuid), do
not belong (→ enum, email, url) or have the wrong JSON shape (json → array).
"""

from __future__ import annotations

from dataclasses import dataclass

from torquec.backends.sql.dialects import POSTGRES
from torquec.backends.sql.naming import quote_string
from torquec.ir.nodes import STRING_LIKE, Field, FieldType

_CAT = {
    FieldType.STRING: "str",
    FieldType.TEXT: "str",
    FieldType.EMAIL: "str",
    FieldType.URL: "str",
    FieldType.ENUM: "str",
    FieldType.INTEGER: "int",
    FieldType.FLOAT: "float",
    FieldType.DECIMAL: "dec",
    FieldType.BOOLEAN: "bool",
    FieldType.DATE: "date",
    FieldType.DATETIME: "dt",
    FieldType.LOCAL_DATETIME: "ldt",
    FieldType.BYTES: "bin",
    FieldType.UUID: "uuid",
    FieldType.REFERENCE: "uuid",
    FieldType.ARRAY: "json",
    FieldType.JSON: "json",
}

_INT_RE = r"^\s*[-+]?[0-9]{1,18}\s*$"
_NUM_RE = r"^\s*[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$"
_DATE_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_DT_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?$"
_LDT_RE = r"^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?\s*$"
_UUID_RE = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_BOOL_TRUE = "('true', '1', 'yes')"
_BOOL_ALL = "('true', 'false', '1', '0', 'yes', 'no')"


@dataclass(frozen=True, slots=True)
class Conversion:
    expr: str  # new value, from the old row
    lost: str | None = None  # predicate on the old row: value lost or altered
    what: str = ""  # what happens to those values, for the diagnostic


def _or(a: str | None, b: str | None) -> str | None:
    if a and b:
        return f"({a}) OR ({b})"
    return a or b


def _matches(dialect: str, src: str, regex: str) -> str:
    if dialect == POSTGRES:
        return f"{src} ~ {quote_string(regex)}"
    return f"{src} REGEXP {quote_string(regex)}"


def _guarded(valid: str, cast: str, src: str, what: str) -> Conversion:
    return Conversion(f"CASE WHEN {valid} THEN {cast} END", f"{src} IS NOT NULL AND NOT ({valid})", what)


def same_storage(old: Field, new: Field) -> bool:
    """Whether the column keeps its type (same SQL type and value form)."""
    if _CAT[old.type] != _CAT[new.type]:
        return False
    if _CAT[old.type] == "dec":
        return (old.precision, old.scale) == (new.precision, new.scale)
    return True


def _base(old: Field, new: Field, dialect: str, src: str) -> Conversion:
    a, b = _CAT[old.type], _CAT[new.type]
    pg = dialect == POSTGRES
    if not pg and "dec" in (a, b) and not same_storage(old, new):
        sqlite = _sqlite_decimal(old, new, a, b, src)
        if sqlite is not None:
            return sqlite
    if a == b:
        if a == "dec" and (old.precision, old.scale) != (new.precision, new.scale):
            expr = f"round({src}, {new.scale})::numeric({new.precision}, {new.scale})"
            lost = f"{src} <> round({src}, {new.scale})" if new.scale < old.scale else None
            return Conversion(expr, lost, f"rounded to {new.scale} decimal places")
        if a == "json" and new.type is FieldType.ARRAY and old.type is not FieldType.ARRAY:
            valid = f"jsonb_typeof({src}) = 'array'" if pg else f"json_type({src}) = 'array'"
            return _guarded(valid, src, src, "values that are not JSON arrays become NULL")
        return Conversion(src)
    if b == "str":
        if a in ("int", "float", "dec"):
            return Conversion(f"{src}::text" if pg else f"CAST({src} AS TEXT)")
        if a == "bool":
            return Conversion(f"CASE WHEN {src} THEN 'true' WHEN NOT {src} THEN 'false' END" if pg else f"CASE {src} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END")
        if a == "date":
            return Conversion(f"to_char({src}, 'YYYY-MM-DD')" if pg else src)
        if a == "dt":
            return Conversion(f"to_char({src} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')" if pg else src)
        if a in ("uuid", "json"):
            return Conversion(f"{src}::text" if pg else src)
    if a == "str":
        t = f"trim({src})"
        if b == "int":
            return _guarded(_matches(dialect, src, _INT_RE), f"{t}::bigint" if pg else f"CAST({t} AS INTEGER)", src, "values that are not whole numbers become NULL")
        if b == "float":
            return _guarded(_matches(dialect, src, _NUM_RE), f"{t}::double precision" if pg else f"CAST({t} AS REAL)", src, "values that are not numbers become NULL")
        if b == "dec":
            return _guarded(
                _matches(dialect, src, _NUM_RE),
                f"{t}::numeric({new.precision}, {new.scale})" if pg else f"round(CAST({t} AS REAL), {new.scale})",
                src,
                "values that are not numbers become NULL",
            )
        if b == "bool":
            return _guarded(f"lower({t}) IN {_BOOL_ALL}", f"lower({t}) IN {_BOOL_TRUE}", src, "values that are not true/false, 1/0 or yes/no become NULL")
        if b == "date":
            valid = _matches(dialect, src, _DATE_RE) if pg else f"{src} IS date(julianday({src}))"
            return _guarded(valid, f"{src}::date" if pg else src, src, "values that are not dates (YYYY-MM-DD) become NULL")
        if b == "dt":
            if pg:
                return _guarded(_matches(dialect, src, _DT_RE), f"{src}::timestamptz", src, "values that are not ISO-8601 date-times become NULL")
            cast = f"strftime('%Y-%m-%dT%H:%M:%f', {src}) || '000Z'"
            return Conversion(f"CASE WHEN julianday({src}) IS NOT NULL THEN {cast} END", f"{src} IS NOT NULL AND ({src} IS NOT ({cast}))", "values are normalised to UTC milliseconds or become NULL")
        if b == "uuid":
            return _guarded(_matches(dialect, src, _UUID_RE), f"{src}::uuid" if pg else f"lower({src})", src, "values that are not UUIDs become NULL")
        if b == "json":
            if new.type is FieldType.ARRAY:
                return Conversion(f"jsonb_build_array({src})" if pg else f"json_array({src})")
            return Conversion(f"to_jsonb({src})" if pg else f"json_quote({src})")
    if a == "int" and b in ("float", "dec"):
        if b == "float":
            return Conversion(f"{src}::double precision" if pg else f"CAST({src} AS REAL)")
        return Conversion(f"{src}::numeric({new.precision}, {new.scale})" if pg else src)
    if a in ("float", "dec") and b == "int":
        return Conversion(f"round({src})::bigint" if pg else f"CAST(round({src}) AS INTEGER)", f"{src} <> round({src})", "values are rounded to whole numbers")
    if a == "float" and b == "dec":
        if pg:
            return Conversion(f"round({src}::numeric, {new.scale})::numeric({new.precision}, {new.scale})", f"{src}::numeric <> round({src}::numeric, {new.scale})", f"values are rounded to {new.scale} decimal places")
        return Conversion(f"round({src}, {new.scale})", f"{src} <> round({src}, {new.scale})", f"values are rounded to {new.scale} decimal places")
    if a == "dec" and b == "float":
        return Conversion(f"{src}::double precision" if pg else f"CAST({src} AS REAL)")
    if a == "bool" and b == "int":
        return Conversion(f"{src}::integer" if pg else src)
    if a == "int" and b == "bool":
        return _guarded(f"{src} IN (0, 1)", f"{src} = 1" if pg else src, src, "values other than 0 and 1 become NULL")
    if b == "ldt" and a in ("str", "date", "dt"):
        return _to_local_datetime(a, dialect, src)
    if a == "ldt" and b == "str":  # the API's text: microseconds only when not zero
        return Conversion(f"to_char({src}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN to_char({src}, 'US') <> '000000' "
                          f"THEN '.' || to_char({src}, 'US') ELSE '' END" if pg else src)
    if a == "ldt" and b == "date":
        return Conversion(f"{src}::date" if pg else f"substr({src}, 1, 10)",
                          f"{src}::time <> '00:00:00'" if pg else f"length({src}) > 19 OR substr({src}, 12) <> '00:00:00'",
                          "the time of day is dropped")
    if a == "date" and b == "dt":
        return Conversion(f"{src}::timestamptz" if pg else f"{src} || 'T00:00:00.000000Z'")
    if a == "dt" and b == "date":
        if pg:
            return Conversion(f"({src} AT TIME ZONE 'UTC')::date", f"({src} AT TIME ZONE 'UTC')::time <> '00:00:00'", "the time of day is dropped")
        return Conversion(f"substr({src}, 1, 10)", f"substr({src}, 12) <> '00:00:00.000000Z'", "the time of day is dropped")
    return Conversion("NULL", f"{src} IS NOT NULL", f"values cannot be converted from {old.type.value} to {new.type.value} and are dropped")


def _sqlite_decimal(old: Field, new: Field, a: str, b: str, src: str) -> Conversion | None:
    """Conversions from and to a SQLite decimal column, whose storage form (scaled INTEGER or
    fixed-width TEXT, torquec.runtime.decimals) the SQL functions ``torque_decimal`` and
    ``torque_decimal_text`` (registered on every torquec connection) read and write."""
    value = f"torque_decimal_text({src}, {old.precision}, {old.scale})" if a == "dec" else src
    if b == "dec":
        if a not in ("dec", "int", "float", "str"):
            return None
        p, s = new.precision, new.scale
        exact = f"torque_decimal({value}, {p}, {s}, 1)"
        return Conversion(f"torque_decimal({value}, {p}, {s})", f"{src} IS NOT NULL AND {exact} IS NULL",
                          f"values are rounded to {s} decimal places; values that are not numbers or do not fit "
                          f"{p - s} integer digits become NULL")
    if b == "str":
        return Conversion(value)
    if b == "float":
        return Conversion(f"CAST({value} AS REAL)")
    if b == "int":
        exact = f"torque_decimal({value}, 18, 0, 1)"
        return Conversion(f"torque_decimal({value}, 18, 0)", f"{src} IS NOT NULL AND {exact} IS NULL", "values are rounded to whole numbers")
    return None


def _to_local_datetime(a: str, dialect: str, src: str) -> Conversion:
    """string, date or datetime (an instant: its UTC wall clock) → localDateTime."""
    pg = dialect == POSTGRES
    if a == "date":
        return Conversion(f"{src}::timestamp" if pg else f"{src} || 'T00:00:00'")
    if a == "dt":  # SQLite's canonical instant text: ...SS.ffffffZ
        return Conversion(f"({src} AT TIME ZONE 'UTC')" if pg else
                          f"CASE WHEN substr({src}, 20, 7) = '.000000' THEN substr({src}, 1, 19) ELSE substr({src}, 1, 26) END")
    valid = _matches(dialect, src, _LDT_RE)
    if pg:
        return _guarded(valid, f"replace(trim({src}), ' ', 'T')::timestamp", src, "values that are not local date-times become NULL")
    return _guarded(f"{valid} AND length(trim({src})) IN (19, 26)", f"replace(trim({src}), ' ', 'T')", src,
                    "values that are not local date-times YYYY-MM-DDTHH:MM:SS[.ffffff] become NULL")


def convert(old: Field, new: Field, dialect: str, src: str) -> Conversion:
    """How the values of ``old`` (read as ``src``) become values of ``new``."""
    c = _base(old, new, dialect, src)
    expr, lost, what = c.expr, c.lost, [c.what] if c.lost else []
    # Values outside the new type's own rules.
    if new.type is FieldType.ENUM and new.values and not (old.type is FieldType.ENUM and set(old.values) <= set(new.values)):
        values = ", ".join(quote_string(v) for v in new.values)
        lost = _or(lost, f"({expr}) IS NOT NULL AND ({expr}) NOT IN ({values})")
        expr = f"CASE WHEN ({expr}) IN ({values}) THEN {expr} END"
        what.append("values outside the enum become NULL")
    for t, pattern, label in ((FieldType.EMAIL, "%_@_%._%", "e-mail addresses"), (FieldType.URL, None, "URLs")):
        if new.type is t and old.type is not t:
            cond = f"({expr}) LIKE '%_@_%._%'" if pattern else f"(({expr}) LIKE 'http://%' OR ({expr}) LIKE 'https://%')"
            lost = _or(lost, f"({expr}) IS NOT NULL AND NOT {cond}")
            expr = f"CASE WHEN {cond} THEN {expr} END"
            what.append(f"values that are not {label} become NULL")
    if new.type in STRING_LIKE and new.max_length is not None:
        old_max = old.max_length if old.type in STRING_LIKE else None
        if old_max is None or new.max_length < old_max:
            n = new.max_length
            lost = _or(lost, f"length({expr}) > {n}")
            expr = f"substr({expr}, 1, {n})"
            what.append(f"values longer than {n} characters are truncated")
    return Conversion(expr, lost, "; ".join(w for w in what if w))
