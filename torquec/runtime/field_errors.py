"""Validation failures as the API reports them: one ``{field, rule, message}`` per problem.

pydantic's error types are mapped to the model format's rule names (``required``,
``maxLength``, ``pattern`` ...) and messages in the model's terms, so every surface
(JSON-RPC, MCP, XFlow) shows the same field errors. Apart from the service because
it is a table of words, not behaviour.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from .errors import InvalidParams, RpcError
from .spec import EntitySpec, FieldSpec

_RULES = {
    "missing": "required",
    "decimal_type": "type",
    "decimal_precision": "precision",
    "decimal_scale": "scale",
    "bytes_type": "type",
    "bytes_maxBytes": "maxBytes",
    "local_datetime_format": "format",
    "extra_forbidden": "unknown",
    "string_too_short": "minLength",
    "string_too_long": "maxLength",
    "too_short": "minLength",
    "too_long": "maxLength",
    "string_pattern_mismatch": "pattern",
    "greater_than_equal": "min",
    "greater_than": "min",
    "less_than_equal": "max",
    "less_than": "max",
    "literal_error": "enum",
    "enum": "enum",
    "finite_number": "type",
    "uuid_parsing": "format",
    "uuid_type": "format",
    "date_parsing": "format",
    "date_from_datetime_parsing": "format",
    "date_from_datetime_inexact": "format",
    "datetime_parsing": "format",
    "datetime_from_date_parsing": "format",
    "datetime_object_invalid": "format",
    "date_type": "type",
    "datetime_type": "type",
}


def _number(v: Any) -> Any:
    """A bound as the model wrote it: ``0``, not the ``0.0`` of a float-typed field."""
    return int(v) if isinstance(v, float) and v.is_integer() and abs(v) < 2**53 else v


def _message(rule: str, err: dict, f: FieldSpec | None) -> str:
    ctx = err.get("ctx") or {}
    # pydantic says too_long/too_short for lists (array fields, link lists), string_too_long for text
    what = "items" if err.get("type") in ("too_long", "too_short") or (f is not None and f.type == "array") else "characters"
    if rule == "required":
        return "is required"
    if rule == "unknown":
        return "is not a field of this entity"
    if rule in ("minLength", "maxLength"):
        n = ctx.get("min_length" if rule == "minLength" else "max_length")
        unit = what if n != 1 else what[:-1]
        return f"must have at {'least' if rule == 'minLength' else 'most'} {n} {unit}"
    if rule == "pattern":
        if f is not None and f.type in ("email", "url") and not f.meta.get("validation", {}).get("pattern"):
            return f"must be a valid {'e-mail address' if f.type == 'email' else 'URL'}"
        return "does not match the required pattern"
    if rule == "min":
        return f"must be ≥ {_number(ctx['ge'])}" if "ge" in ctx else f"must be > {_number(ctx.get('gt'))}"
    if rule == "max":
        return f"must be ≤ {_number(ctx['le'])}" if "le" in ctx else f"must be < {_number(ctx.get('lt'))}"
    if rule == "enum":
        return f"must be one of {', '.join(f.values)}" if f is not None and f.values else str(err.get("msg", "invalid value"))
    if rule == "format" and f is not None and f.type in ("email", "url"):
        return f"must be a valid {'e-mail address' if f.type == 'email' else 'http(s) URL'}"
    if rule in ("type", "format") and f is not None:
        return f"must be {_TYPE_WORDS.get(f.type, 'a valid ' + f.type)}"
    return str(err.get("msg", "invalid value"))


_TYPE_WORDS = {
    "string": "a string", "text": "a string", "email": "an e-mail address (string)", "url": "a URL (string)",
    "enum": "one of the allowed values", "integer": "an integer", "float": "a number",
    "decimal": 'a decimal number (a string such as "12.50", or a number)',
    "boolean": "true or false", "date": "a date (YYYY-MM-DD)", "datetime": "an ISO 8601 date-time",
    "localDateTime": "a local date-time YYYY-MM-DDTHH:MM:SS, without a time zone", "bytes": "base64 text",
    "uuid": "a UUID", "reference": "a UUID", "array": "a list", "json": "JSON",
}


def pydantic_errors(exc: ValidationError, es: EntitySpec, index: int | None = None) -> list[dict]:
    out = []
    for e in exc.errors(include_url=False):
        loc = e.get("loc", ())
        name = str(loc[0]) if loc else ""
        f = es.all_fields.get(name)
        t = e.get("type", "")
        rule = _RULES.get(t)
        if rule is None:
            rule = "type" if t.endswith(("_type", "_parsing")) or t in ("bool_parsing",) else "invalid"
        if rule == "pattern" and f is not None and f.type in ("email", "url") and not f.meta.get("validation", {}).get("pattern"):
            rule = "format"
        item = {"field": ".".join(str(p) for p in loc) or "data", "rule": rule, "message": _message(rule, e, f)}
        if index is not None:
            item["index"] = index
        out.append(item)
    return out


def with_index(exc: RpcError, index: int | None) -> RpcError:
    """``exc`` naming the bulk item it is about (``index``; None: not a bulk write)."""
    if index is None:
        return exc
    if isinstance(exc, InvalidParams):
        for e in exc.errors:
            e.setdefault("index", index)
        return exc
    if isinstance(exc.data, dict):
        exc.data.setdefault("index", index)
    elif exc.data is None:
        exc.data = {"index": index}
    return exc
