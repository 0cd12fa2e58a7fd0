"""JSON Schemas (2020-12) derived from the model, one place for every surface.

Per entity: ``Create`` (required fields required unless they have a default),
``Update`` (every field optional; a required field may not be set to null —
the runtime checks that, JSON Schema only says "not null" through the type),
``Record`` (system fields plus every field). The same schemas feed
the pydantic models (models.py), the OpenRPC document and MCP tool
schemas, so a constraint in the model reads the same everywhere.

Conventions:
* ``pattern`` is anchored: ``^(?:<pattern>)$`` (the model applies it to the
  whole value);
* ``string`` without ``maxLength`` gets the implicit 255 cap, ``email``/``url``
  get 2048 (see ``Field.max_length``);
* ``email``/``url`` carry ``format`` plus a simple pattern, so validators that
  ignore ``format`` still check them (the runtime uses the pattern);
* ``decimal`` is a string of digits (exact: answers are always strings with
  ``scale`` places) or, on input, a JSON number; ``pattern`` states its
  precision/scale, ``x-precision``/``x-scale`` carry them for the pydantic
  renderer (see ``torquec.runtime.decimals``);
* ``integer`` is bounded to 64 bits;
* manyToMany relationships add an optional ``<name>: [uuid]`` link list on
  both sides (replace semantics on create/update), without an item cap.
"""

from __future__ import annotations

from typing import Any

from torquec.contract import EMAIL_PATTERN, URL_PATTERN  # one rule for the API and the compile-time checks
from torquec.runtime import binary
from torquec.runtime.decimals import DecimalProblem, api_text, text_pattern
from torquec.ir.nodes import STRING_LIKE, Entity, Field, FieldType, Model

DRAFT = "https://json-schema.org/draft/2020-12/schema"
LOCAL_DATETIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?$"
UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

SYSTEM_RECORD_PROPS: dict[str, Any] = {
    "id": {"type": "string", "format": "uuid", "description": "Record id (UUID)."},
    "createdAt": {"type": "string", "format": "date-time", "description": "When the record was created (UTC)."},
    "updatedAt": {"type": "string", "format": "date-time", "description": "When the record was last changed (UTC)."},
    "version": {"type": "integer", "minimum": 1, "description": "Optimistic-concurrency version; starts at 1, +1 per update."},
}


def anchored(pattern: str) -> str:
    return f"^(?:{pattern})$"


def _item_schema(ftype: FieldType, values: tuple[str, ...]) -> dict[str, Any]:
    if values:
        return {"type": "string", "enum": list(values)}
    return _scalar(ftype)


def _scalar(ftype: FieldType) -> dict[str, Any]:
    if ftype in (FieldType.STRING, FieldType.TEXT, FieldType.ENUM):
        return {"type": "string"}
    if ftype is FieldType.EMAIL:
        return {"type": "string", "format": "email", "pattern": EMAIL_PATTERN}
    if ftype is FieldType.URL:
        return {"type": "string", "format": "uri", "pattern": URL_PATTERN}
    if ftype is FieldType.INTEGER:
        return {"type": "integer", "minimum": INT64_MIN, "maximum": INT64_MAX}
    if ftype is FieldType.FLOAT:
        return {"type": "number"}
    if ftype is FieldType.DECIMAL:
        return {"type": ["string", "number"], "format": "decimal"}
    if ftype is FieldType.BOOLEAN:
        return {"type": "boolean"}
    if ftype is FieldType.DATE:
        return {"type": "string", "format": "date"}
    if ftype is FieldType.DATETIME:
        return {"type": "string", "format": "date-time"}
    if ftype is FieldType.LOCAL_DATETIME:  # no JSON Schema format for it: the pattern says it
        return {"type": "string", "format": "local-date-time", "pattern": LOCAL_DATETIME_PATTERN}
    if ftype is FieldType.BYTES:
        return {"type": "string", "contentEncoding": "base64"}
    if ftype in (FieldType.UUID, FieldType.REFERENCE):
        return {"type": "string", "format": "uuid"}
    return {}


def field_schema(f: Field) -> dict[str, Any]:
    """The JSON Schema of one field's non-null value."""
    v = f.validation
    if f.type is FieldType.ARRAY:
        s: dict[str, Any] = {"type": "array", "items": _item_schema(f.items.type, f.items.values) if f.items else {}}
        if v.min_length is not None:
            s["minItems"] = v.min_length
        if v.max_length is not None:
            s["maxItems"] = v.max_length
    elif f.type is FieldType.ENUM:
        s = {"type": "string", "enum": list(f.values)}
    elif f.type is FieldType.JSON:
        # The field's own jsonSchema (it has no references, so it embeds anywhere), under an
        # allOf: no top-level `type`, so the pydantic model keeps `Any` and the runtime's
        # compiled validator (runtime.json_schemas) is the one check and the one wording.
        s = {"allOf": [{k: v for k, v in f.json_schema.items() if k != "$schema"}]} if f.json_schema is not None else {}
    else:
        s = dict(_scalar(f.value_type))  # a reference by natural key holds a value of the key's type
    if f.type in STRING_LIKE:
        if v.min_length is not None:
            s["minLength"] = v.min_length
        if f.max_length is not None:
            s["maxLength"] = f.max_length
        if v.pattern is not None:
            # Our own pattern replaces the format pattern of email/url (both checked: format stays).
            s["pattern"] = anchored(v.pattern)
    if f.type in (FieldType.INTEGER, FieldType.FLOAT, FieldType.DECIMAL):
        if v.minimum is not None:
            s["minimum"] = v.minimum
        if v.maximum is not None:
            s["maximum"] = v.maximum
        if f.type is FieldType.DECIMAL:
            s["pattern"] = text_pattern(f.precision, f.scale)
            s["x-precision"], s["x-scale"] = f.precision, f.scale
    if f.type is FieldType.BYTES:
        s["maxLength"] = binary.base64_length(f.max_bytes)
        s["x-maxBytes"] = f.max_bytes
    if f.description:
        s["description"] = f.description
    if f.ui.label:
        s["title"] = f.ui.label
    return s


def api_default(f: Field) -> Any:
    """A field's default as the API answers it (a decimal's is its canonical text)."""
    if f.type is FieldType.DECIMAL and f.default is not None:
        try:
            return api_text(f.default, f.precision, f.scale)
        except DecimalProblem:  # reported by the defaults pass
            return f.default
    return f.default


def _nullable(s: dict[str, Any]) -> dict[str, Any]:
    s = dict(s)
    t = s.get("type")
    if t is None:
        if "allOf" in s:  # json with a jsonSchema: its schema or null
            s["anyOf"] = [*s.pop("allOf"), {"type": "null"}]
        return s  # json: anything, null included
    s["type"] = [*t, "null"] if isinstance(t, list) else [t, "null"]
    if "enum" in s:
        s["enum"] = [*s["enum"], None]
    return s


def link_relations(model: Model, entity: Entity) -> list[tuple[str, str]]:
    """(navigation name, other entity) of manyToMany links settable from ``entity``."""
    return [(n.name, n.entity) for n in entity.navigations if n.via == "join"]


def _link_schema(other: str) -> dict[str, Any]:
    return {
        "type": "array",
        "items": {"type": "string", "format": "uuid"},
        "uniqueItems": True,
        # No maxItems: a list is bounded by the request size only (1 MiB, about 25,000 ids).
        "description": f"Ids of linked {other} records (replaces the current links; addLinks/removeLinks change some).",
    }


def create_schema(model: Model, e: Entity) -> dict[str, Any]:
    props: dict[str, Any] = {}
    required: list[str] = []
    for f in e.fields:
        if f.sequence:
            continue  # the database numbers it
        s = field_schema(f)
        if not f.required:
            s = _nullable(s)
        if f.has_default:
            s["default"] = api_default(f)
        elif f.required:
            required.append(f.name)
        props[f.name] = s
    for name, other in link_relations(model, e):
        props[name] = _link_schema(other)
    out: dict[str, Any] = {
        "title": f"{e.name}Create",
        "description": f"Data to create a {e.name}." + (f" {e.description}" if e.description else ""),
        "type": "object",
        "properties": props,
        "additionalProperties": False,
    }
    if required:
        out["required"] = required
    return out


def update_schema(model: Model, e: Entity) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for f in e.fields:
        if f.sequence:
            continue
        s = field_schema(f)
        props[f.name] = s if f.required else _nullable(s)
    for name, other in link_relations(model, e):
        props[name] = _link_schema(other)
    return {
        "title": f"{e.name}Update",
        "description": f"Fields of a {e.name} to change (partial update; omitted fields keep their value).",
        "type": "object",
        "properties": props,
        "additionalProperties": False,
    }


def record_schema(model: Model, e: Entity) -> dict[str, Any]:
    props: dict[str, Any] = {"id": SYSTEM_RECORD_PROPS["id"]}
    required = ["id"]
    for f in e.fields:
        s = field_schema(f)
        if f.sequence:
            s["readOnly"] = True
            s["description"] = (s.get("description", "") + " Numbered by the database (read-only).").strip()
        props[f.name] = s if f.required else _nullable(s)
        required.append(f.name)
    for k in ("createdAt", "updatedAt", "version"):
        props[k] = SYSTEM_RECORD_PROPS[k]
        required.append(k)
    return {
        "title": f"{e.name}Record",
        "description": f"A stored {e.name}." + (f" {e.description}" if e.description else ""),
        "type": "object",
        "properties": props,
        "required": required,
    }


def entity_schemas(model: Model, e: Entity) -> dict[str, dict[str, Any]]:
    """``{"create": …, "update": …, "record": …}`` for one entity."""
    return {"create": create_schema(model, e), "update": update_schema(model, e), "record": record_schema(model, e)}
