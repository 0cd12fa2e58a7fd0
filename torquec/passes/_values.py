"""Checking one JSON value against a field, like the generated API does.

Shared by the ``defaults`` pass (a field's ``default``) and the
``sample_data`` pass (every value of every sample record). The rules mirror
what the server enforces on input, so a default or a sample record that
passes here is accepted at run time.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from torquec.contract import EMAIL_PATTERN, URL_PATTERN
from torquec.diagnostics import did_you_mean, json_type
from torquec.ir.nodes import NUMERIC, STRING_LIKE, Field, FieldType
from torquec.passes.field_rules import compile_pattern
from torquec.runtime import binary, local_datetime
from torquec.runtime.bounded_match import MATCH_TIMEOUT_S, full_match

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATETIME_RE = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ]([0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?)([Zz]|[+-][0-9]{2}:[0-9]{2})?"
)
EMAIL_RE = re.compile(EMAIL_PATTERN)  # the API schemas' rules (torquec.contract)
URL_RE = re.compile(URL_PATTERN)
DECIMAL_STR_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # "type" | "enum" | "rule" | "item" | "slow" (a pattern check that could not finish)
    message: str  # completes a sentence whose subject names the value
    hint: str | None = None
    index: int | None = None  # array item the problem is about


def describe(value) -> str:
    """`"abc"`, `12`, `[…]` — a short rendering of a JSON value for messages."""
    import json

    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        text = repr(value)
    return f"`{text}`" if len(text) <= 40 else f"`{text[:37]}...`"




def check_value(f: Field, value) -> list[Problem]:
    """Problems of a non-null ``value`` for field ``f`` (type first, then validation)."""
    t = f.value_type  # a reference by natural key holds a value of the key's type
    if t is FieldType.ARRAY:
        return _array(f, value)
    if t is FieldType.JSON:
        return []
    if t is FieldType.ENUM:
        if not isinstance(value, str):
            return [Problem("type", f"is {json_type(value)}, expected one of the enum values")]
        if f.values and value not in f.values:
            return [Problem("enum", f"is not one of the values of `{f.name}`",
                            did_you_mean(value, f.values) or "expected one of " + ", ".join(f"`{v}`" for v in f.values[:12]))]
        return []
    bad = scalar_type_problem(t, value)
    if bad is not None:
        return [bad]
    if t is FieldType.BYTES:
        try:
            binary.decode(value, f.max_bytes)
        except binary.BytesProblem as p:
            return [Problem("type" if p.rule == "type" else "rule", p.message, "write bytes as standard base64, like `SGVsbG8=`")]
        return []
    return _rules(f, value)


def scalar_type_problem(t: FieldType, value) -> Problem | None:
    """None when ``value`` is a valid ``t`` (not enum/array/json)."""
    if t in (FieldType.STRING, FieldType.TEXT):
        return None if isinstance(value, str) else Problem("type", f"is {json_type(value)}, expected a string")
    if t is FieldType.BOOLEAN:
        return None if isinstance(value, bool) else Problem("type", f"is {json_type(value)}, expected `true` or `false`")
    if t is FieldType.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                return Problem("type", "is a number with a fraction part, expected an integer", f"write `{int(value)}`")
            return Problem("type", f"is {json_type(value)}, expected an integer")
        if not INT64_MIN <= value <= INT64_MAX:
            return Problem("type", "does not fit in a 64-bit integer")
        return None
    if t is FieldType.FLOAT:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return Problem("type", f"is {json_type(value)}, expected a number")
        if isinstance(value, float) and not math.isfinite(value):
            return Problem("type", "is not a finite number")
        return None
    if t is FieldType.DECIMAL:
        if isinstance(value, str) and DECIMAL_STR_RE.fullmatch(value):
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return Problem("type", f"is {json_type(value)}, expected a number")
        if isinstance(value, float) and not math.isfinite(value):
            return Problem("type", "is not a finite number")
        return None
    if not isinstance(value, str):
        expected = {FieldType.DATE: "a date string `YYYY-MM-DD`", FieldType.DATETIME: "an ISO 8601 date-time string",
                    FieldType.UUID: "a UUID string", FieldType.REFERENCE: "the UUID string of a record",
                    FieldType.EMAIL: "an e-mail address string", FieldType.URL: "a URL string"}.get(t, "a string")
        return Problem("type", f"is {json_type(value)}, expected {expected}")
    if t is FieldType.DATE:
        if not DATE_RE.fullmatch(value):
            return Problem("type", "is not a date in the form `YYYY-MM-DD`", "write dates like `2024-03-31`")
        try:
            date.fromisoformat(value)
        except ValueError:
            return Problem("type", "is not a valid calendar date")
        return None
    if t is FieldType.LOCAL_DATETIME:
        try:
            local_datetime.parse(value)
        except local_datetime.LocalDateTimeProblem as p:
            return Problem("type", p.message, "write local date-times like `2021-01-01T00:00:00`")
        return None
    if t is FieldType.DATETIME:
        m = DATETIME_RE.fullmatch(value)
        if m is None:
            return Problem("type", "is not an ISO 8601 date-time", "write date-times like `2024-03-31T14:30:00Z`")
        if m.group(3) is None:
            return Problem("type", "has no UTC offset", f"add `Z` for UTC: `{value}Z`")
        try:
            datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}{'+00:00' if m.group(3) in 'Zz' else m.group(3)}")
        except ValueError:
            return Problem("type", "is not a valid date-time")
        return None
    if t in (FieldType.UUID, FieldType.REFERENCE):
        return None if UUID_RE.fullmatch(value) else Problem(
            "type", "is not a UUID", "write UUIDs like `123e4567-e89b-42d3-a456-426614174000`")
    if t is FieldType.EMAIL:
        return None if EMAIL_RE.fullmatch(value) else Problem("type", "is not a valid e-mail address")
    if t is FieldType.URL:
        return None if URL_RE.fullmatch(value) else Problem("type", "is not an http(s) URL", "write URLs like `https://example.com/path`")
    return None


def _rules(f: Field, value) -> list[Problem]:
    v = f.validation
    out: list[Problem] = []
    if f.type in STRING_LIKE and isinstance(value, str):
        n = len(value)
        cap = f.max_length
        if v.min_length is not None and n < v.min_length:
            out.append(Problem("rule", f"has {n} character{'s' if n != 1 else ''}; `{f.name}` needs at least {v.min_length}"))
        if cap is not None and n > cap:
            hint = None if v.max_length is not None else (
                f"{f.type.value} fields hold at most {cap} characters unless `validation.maxLength` says otherwise"
                + ("; use `text` for long text" if f.type is FieldType.STRING else ""))
            out.append(Problem("rule", f"has {n} characters; `{f.name}` allows at most {cap}", hint))
        if v.pattern and compile_pattern(v.pattern) is not None:
            matched = full_match(v.pattern, value)  # bounded: a hostile pattern must not hang the build
            if matched is None:
                out.append(Problem("slow", f"could not be checked against the pattern `{v.pattern}` of `{f.name}`: "
                                   f"matching did not finish within {MATCH_TIMEOUT_S * 1000:g} ms (catastrophic backtracking)",
                                   "rewrite the pattern without nested quantifiers such as `(a+)+` or overlapping "
                                   "alternatives such as `(a|a)*`"))
            elif not matched:
                out.append(Problem("rule", f"does not match the pattern `{v.pattern}` of `{f.name}`"))
    elif f.type in NUMERIC:
        num = _as_decimal(value)
        if num is not None:
            if v.minimum is not None and num < _as_decimal(v.minimum):
                out.append(Problem("rule", f"is less than the minimum {_num(v.minimum)} of `{f.name}`"))
            if v.maximum is not None and num > _as_decimal(v.maximum):
                out.append(Problem("rule", f"is greater than the maximum {_num(v.maximum)} of `{f.name}`"))
            if f.type is FieldType.DECIMAL:
                out.extend(_decimal_digits(f, num))
    return out


def _as_decimal(value) -> Decimal | None:
    try:
        if isinstance(value, bool):
            return None
        if isinstance(value, float):
            return Decimal(repr(value))
        if isinstance(value, (int, str)):
            return Decimal(value)
    except (InvalidOperation, ValueError):
        return None
    return None


def _num(x) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)


def _decimal_digits(f: Field, num: Decimal) -> list[Problem]:
    if not num.is_finite():
        return []
    sign, digits, exp = num.normalize().as_tuple() if num != 0 else (0, (0,), 0)
    frac = max(0, -exp)
    whole = max(0, len(digits) + exp)
    out = []
    if frac > f.scale:
        out.append(Problem("rule", f"has {frac} digits after the point, but `{f.name}` has scale {f.scale}"))
    if whole > f.precision - f.scale:
        out.append(Problem("rule", f"has {whole} digits before the point; `{f.name}` allows {f.precision - f.scale} "
                                   f"(precision {f.precision}, scale {f.scale})"))
    return out


def _array(f: Field, value) -> list[Problem]:
    if not isinstance(value, list):
        return [Problem("type", f"is {json_type(value)}, expected an array")]
    out: list[Problem] = []
    items = f.items
    if items is not None:
        for i, item in enumerate(value):
            if item is None:
                out.append(Problem("item", "is null; array items cannot be null", index=i))
                continue
            bad = scalar_type_problem(items.type, item)
            if bad is not None:
                out.append(Problem("item", bad.message, bad.hint, index=i))
            elif items.values and item not in items.values:
                out.append(Problem("item", "is not one of the allowed item values",
                                   did_you_mean(item, items.values) or "expected one of " + ", ".join(f"`{x}`" for x in items.values[:12]),
                                   index=i))
    v = f.validation
    n = len(value)
    if v.min_length is not None and n < v.min_length:
        out.append(Problem("rule", f"has {n} items; `{f.name}` needs at least {v.min_length}"))
    if v.max_length is not None and n > v.max_length:
        out.append(Problem("rule", f"has {n} items; `{f.name}` allows at most {v.max_length}"))
    return out
