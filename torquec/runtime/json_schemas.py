"""The ``jsonSchema`` of json fields: compiled once, checked on every write.

The compiler (``passes.json_schemas``) checks the schema and the model's own
values with these functions; the generated server compiles each field's schema
when the app starts (``spec._field_spec``) and every create, update, bulk write
and import runs the value through it. jsonschema-rs does the work: a compiled
Rust validator, so a valid value costs microseconds, and only a refused one
pays for collecting its errors.

``format`` is asserted (``date``, ``email``, ``uuid`` …), as the web app's
validator does, so the browser and the server agree on what is valid.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema_rs

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
MAX_ERRORS = 10  # per value: enough to fix it, short enough to read


class SchemaProblem(ValueError):
    """The schema itself is not valid; ``path`` leads to the offending keyword in it."""

    def __init__(self, message: str, path: tuple) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


def compile_schema(schema: Any):
    """A validator of ``schema`` (draft 2020-12); SchemaProblem when the schema is invalid
    (against the metaschema, or a ``pattern`` that does not compile)."""
    try:
        jsonschema_rs.meta.validate(schema)
        return jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
    except jsonschema_rs.ValidationError as e:
        raise SchemaProblem(e.message, tuple(e.instance_path)) from None


def value_errors(validator, value: Any) -> list[tuple[tuple, str, str]]:
    """(path in ``value``, message, keyword) of each way ``value`` fails; [] when it is valid."""
    try:
        if validator.is_valid(value):
            return []
        out = []
        for e in validator.iter_errors(value):
            out.append((tuple(e.instance_path), _short(e.message, e.instance), str(e.schema_path[-1]) if e.schema_path else "jsonSchema"))
            if len(out) == MAX_ERRORS:
                break
        return out
    except ValueError:  # "Recursion limit reached" (the API refuses such values first: MAX_JSON_DEPTH)
        return [((), "nests too deep to be checked against the schema", "maxDepth")]


MAX_SHOWN = 40  # characters of a failing value quoted in a message


def _short(message: str, instance: Any) -> str:
    """The validator quotes the failing value whole ("[…] is not of type …"): quote its start only,
    so a large value does not make a large error."""
    if isinstance(instance, (list, dict, str)):
        whole = json.dumps(instance, ensure_ascii=False, separators=(",", ":"))
        if len(whole) > MAX_SHOWN and whole in message:
            return message.replace(whole, whole[:MAX_SHOWN] + "…")
    return message if len(message) <= 300 else message[:300] + "…"


def json_pointer(path: tuple) -> str:
    """``("lines", 0, "qty")`` → ``/lines/0/qty`` (RFC 6901; ``""`` is the whole value)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def field_errors(name: str, validator, value: Any) -> list[dict]:
    """The API's field errors of a json field's value: ``{field, rule: "jsonSchema", message,
    path, keyword}``, ``path`` being the JSON Pointer of the failing part of the value."""
    out = []
    for path, message, keyword in value_errors(validator, value):
        pointer = json_pointer(path)
        out.append({"field": name, "rule": "jsonSchema", "message": f"{'at ' + pointer + ': ' if pointer else ''}{message}",
                    "path": pointer, "keyword": keyword})
    return out
