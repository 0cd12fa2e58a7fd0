"""The OpenRPC 1.3 document of a generated app (``rpc.discover``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from torquec import __version__
from torquec.contract import DEFAULT_PAGE_SIZE, ERRORS as CONTRACT_ERRORS, FILTER_OPS, MAX_BULK, MAX_PAGE_SIZE, SYSTEM_FIELDS
from torquec.ir.nodes import Model, RelationKind

from .meta import ORDERABLE, relationships
from .schemas import UUID_PATTERN, entity_schemas

# The errors every API method may answer (OpenRPC error objects), from the contract.
ERRORS = [
    {"code": e.code, "message": e.message, **({"data": {"description": e.description}} if e.description else {})}
    for e in CONTRACT_ERRORS if e.per_method
]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _p(name: str, schema: dict[str, Any], required: bool = False, description: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "schema": schema, "required": required}
    if description:
        out["description"] = description
    return out


def _method(name: str, summary: str, params: list, result_schema: dict[str, Any], errors: bool = True) -> dict[str, Any]:
    m: dict[str, Any] = {
        "name": name,
        "summary": summary,
        "paramStructure": "by-name",
        "params": params,
        "result": {"name": "result", "schema": result_schema},
    }
    if errors:
        m["errors"] = [_ref_error(e) for e in ERRORS]
    return m


def _ref_error(e: dict[str, Any]) -> dict[str, Any]:
    return {"$ref": f"#/components/errors/E{abs(e['code'])}"}


def build_openrpc(model: Model) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for e in model.entities:
        for kind, s in entity_schemas(model, e).items():
            schemas[s["title"]] = s
    return _document(_doc_facts(model, relationships(model)), schemas)


@dataclass(frozen=True, slots=True)
class _DocFacts:
    """Everything the document reads besides the entity schemas: the
    skeleton is computed from this alone, so it is its exact memo key."""

    title: str
    version: str
    description: str
    entity_names: tuple[str, ...]
    field_names: tuple[str, ...]  # every field name of any entity, plus the system fields, sorted
    sortable: tuple[str, ...]  # the same, of orderable fields
    nav_names: tuple[str, ...]  # navigation names, both directions, sorted
    link_names: tuple[str, ...]  # navigation names of manyToMany relationships, both directions, sorted
    layout_names: tuple[str, ...]
    flow_names: tuple[str, ...]


def _doc_facts(model: Model, rels) -> _DocFacts:
    system = set(SYSTEM_FIELDS)
    return _DocFacts(
        title=model.title,
        version=model.version,
        description=model.description,
        entity_names=tuple(e.name for e in model.entities),
        field_names=tuple(sorted({f.name for e in model.entities for f in e.fields} | system)),
        sortable=tuple(sorted({f.name for e in model.entities for f in e.fields if f.type in ORDERABLE} | system)),
        nav_names=tuple(sorted({n for r in rels for n in (r.name, r.inverse_name)})),
        link_names=tuple(sorted({n for r in rels if r.kind is RelationKind.MANY_TO_MANY for n in (r.name, r.inverse_name)})),
        layout_names=tuple(lay.name for lay in model.layouts),
        flow_names=tuple(f.name for f in model.flows),
    )


_SENTINEL = re.compile(r'"\\u0000torquec-schema:(\d+)\\u0000"')


def openrpc_json(model: Model, units, rels, ctx=None) -> str:
    """``build_openrpc(model)`` as JSON: indented by 2, each entity schema on one line.

    ``units``: the entities' :class:`~.models.EntitySchemas` (their schemas
    already serialised). The rest of the document is
    serialised with a placeholder per schema (a memo unit of ``ctx`` reading
    :class:`_DocFacts` and the placeholders), then the schemas are spliced in.
    """
    chunks: list[str] = []
    placeholders: dict[str, Any] = {}
    for u in units:
        for title, text in u.openrpc:
            placeholders[title] = f"\0torquec-schema:{len(chunks)}\0"
            chunks.append(text)

    facts = _doc_facts(model, rels)

    def skeleton() -> str:
        return json.dumps(_document(facts, placeholders), indent=2, ensure_ascii=False)

    text = skeleton() if ctx is None else ctx.unit("server.openrpc-skeleton", (__version__, facts, placeholders), skeleton)
    seen: list[int] = []

    def splice(m: re.Match) -> str:
        i = int(m.group(1))
        seen.append(i)
        return chunks[i]

    out = _SENTINEL.sub(splice, text)
    if sorted(seen) != list(range(len(chunks))):
        # A model string that looks like a placeholder (or a schema shadowed by a fixed
        # one): serialise the real document instead.
        return json.dumps(build_openrpc(model), indent=2, ensure_ascii=False)
    return out


def _link_methods(facts: _DocFacts, entity_p: dict, id_p: dict, uuid_s: dict) -> list[dict[str, Any]]:
    """addLinks / removeLinks (torquec/runtime/links.py), when the model has manyToMany relationships."""
    if not facts.link_names:
        return []
    out = []
    for name, verb, key in (("addLinks", "Link", "added"), ("removeLinks", "Unlink", "removed")):
        out.append(_method(
            name, f"{verb} records through a manyToMany relationship, keeping the record's other links (no item cap; "
            "an update of the record: its version goes up).",
            [entity_p, id_p, _p("relationship", {"type": "string", "enum": list(facts.link_names)}, True, "Navigation name."),
             _p("ids", {"type": "array", "items": uuid_s, "uniqueItems": True}, True, "Ids of the other side's records."),
             _p("expectedVersion", {"type": "integer", "minimum": 1})],
            {"type": "object", "properties": {"entity": {"type": "string"}, "id": uuid_s, "relationship": {"type": "string"},
                                              key: {"type": "integer", "minimum": 0}, "count": {"type": "integer", "minimum": 0},
                                              "version": {"type": "integer", "minimum": 1}}}))
    return out


def _document(facts: _DocFacts, schemas: dict[str, Any]) -> dict[str, Any]:
    entity_names = list(facts.entity_names)
    schemas = dict(schemas)
    # "Any entity's record / create data / update data": one list of references each, referenced
    # by every method that takes or returns records (each list is as long as the model). The "_"
    # keeps the names apart from the entities' own schemas (entity names are letters and digits).
    for kind in ("Record", "Create", "Update"):
        schemas[f"Any_{kind}"] = {"oneOf": [_ref(f"{n}{kind}") for n in entity_names]}
    any_record, any_create, any_update = _ref("Any_Record"), _ref("Any_Create"), _ref("Any_Update")
    uuid_s = {"type": "string", "format": "uuid", "pattern": UUID_PATTERN}
    field_names = list(facts.field_names)
    sortable = list(facts.sortable)
    nav_names = list(facts.nav_names)
    schemas["EntityName"] = {"type": "string", "enum": entity_names}
    schemas["Sort"] = {
        "type": "array",
        "maxItems": 10,
        "items": {
            "type": "object",
            "properties": {"field": {"type": "string", "enum": sortable}, "dir": {"type": "string", "enum": ["asc", "desc"], "default": "asc"}},
            "required": ["field"],
            "additionalProperties": False,
        },
    }
    schemas["Filters"] = {
        "type": "array",
        "maxItems": 50,
        "items": {
            "type": "object",
            "properties": {
                "field": {"type": "string", "enum": field_names},
                "op": {"type": "string", "enum": list(FILTER_OPS)},
                "value": {"description": "compared value; a list for `in` (≤ 500), a boolean for `isNull`"},
            },
            "required": ["field", "op"],
            "additionalProperties": False,
        },
    }
    schemas["Include"] = {"type": "array", "items": {"type": "string", "enum": nav_names}, "maxItems": 20, "uniqueItems": True}
    schemas["Page"] = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": any_record},
            "total": {"type": "integer", "minimum": 0},
            "totalExact": {"type": "boolean", "description": "False when `total` is the database's estimate (more than 10,000 matches on PostgreSQL)."},
            "page": {"type": "integer", "minimum": 1},
            "pageSize": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            "nextCursor": {"type": ["string", "null"], "description": "Pass as `after` for the next page (keyset paging; null: no next page)."},
        },
        "required": ["items", "total", "page", "pageSize"],
    }
    entity_p = _p("entity", _ref("EntityName"), True, "Entity name.")
    id_p = _p("id", uuid_s, True, "Record id.")
    include_p = _p("include", _ref("Include"), False, "Relationship names whose related records are embedded in each record.")
    page_params = [
        _p("page", {"type": "integer", "minimum": 1, "maximum": 10_000_000, "default": 1}),
        _p("pageSize", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE}),
        _p("sort", _ref("Sort")),
        _p("filters", _ref("Filters")),
        _p("search", {"type": "string", "maxLength": 200}, False, "Case-insensitive substring over the entity's searchFields."),
    ]
    methods = [
        _method("getCapabilities", "Methods, protocol version and features of this server.", [],
                {"type": "object", "properties": {"methods": {"type": "array", "items": {"type": "string"}}, "protocolVersion": {"type": "string"}, "features": {"type": "object"}}}, errors=False),
        _method("getModelMetadata", "Entities (fields, counts), relationships, flows and layouts the caller may see.", [], {"type": "object"}),
        _method("loadPage", "A layout page with fully resolved component configurations.",
                [_p("page", {"type": "string", "enum": list(facts.layout_names)}, True, "Layout name (or its route).")], {"type": "object"}),
        _method("getFormDefinition", "Fields, widgets, validation and options of an entity form.",
                [entity_p, _p("mode", {"type": "string", "enum": ["create", "edit"]}, True), _p("id", uuid_s, False, "Record to edit (mode edit): its values are returned.")],
                {"type": "object"}),
        _method("loadEntityData", "One page of records with filters, sort, search and includes.",
                [entity_p, *page_params, include_p,
                 _p("after", {"type": "string", "maxLength": 4096}, False,
                    "`nextCursor` of the previous page (same sort and filters): the next page by keyset, as fast at any depth; instead of `page`.")],
                _ref("Page")),
        _method("getEntity", "One record by id.", [entity_p, id_p, include_p], any_record),
        _method("createEntity", "Create a record; returns it with id, createdAt, updatedAt and version 1.",
                [entity_p, _p("data", any_create, True)], any_record),
        _method("updateEntity", "Partial update; a stale expectedVersion is a version conflict (-32003).",
                [entity_p, id_p, _p("data", any_update, True), _p("expectedVersion", {"type": "integer", "minimum": 1})], any_record),
        _method("previewEntity", "What saving a draft would work out, without saving: runs the before-create (or, with `id`, "
                "before-update) flows in a transaction that is rolled back (HTTP calls are refused, errorCode PREVIEW). "
                "Same permission as that write. The draft may be incomplete; its invalid fields are reported and left out.",
                [entity_p, _p("data", {"type": "object"}, True, "The draft: fields as for createEntity/updateEntity."),
                 _p("id", uuid_s, False, "Record being edited: its update's flows run on it with the draft applied.")],
                {"type": "object", "required": ["data", "errors"], "properties": {
                    "data": {"type": "object", "description": "Fields the flows set to a value other than the draft's."},
                    "errors": {"type": "array", "items": {"type": "object"}, "description": "Field errors of the draft."},
                    "flowError": {"type": "object", "description": "The error a save would answer when a flow failed."}}}),
        _method("deleteEntity", "Delete a record; onDelete rules of its relationships apply.",
                [entity_p, id_p, _p("expectedVersion", {"type": "integer", "minimum": 1})],
                {"type": "object", "properties": {"id": uuid_s, "deleted": {"type": "boolean"}}}),
        _method("bulkCreate", "Create several records, all or nothing.",
                [entity_p, _p("items", {"type": "array", "items": any_create, "minItems": 1, "maxItems": MAX_BULK}, True)],
                {"type": "object", "properties": {"items": {"type": "array", "items": any_record}}}),
        _method("bulkUpdate", "Update several records, all or nothing.",
                [entity_p, _p("items", {"type": "array", "minItems": 1, "maxItems": MAX_BULK, "items": {
                    "type": "object", "required": ["id", "data"], "additionalProperties": False,
                    "properties": {"id": uuid_s, "data": any_update, "expectedVersion": {"type": "integer", "minimum": 1}}}}, True)],
                {"type": "object", "properties": {"items": {"type": "array", "items": any_record}}}),
        _method("bulkDelete", "Delete several records (ids, or objects with id and expectedVersion), all or nothing.",
                [entity_p, _p("items", {"type": "array", "minItems": 1, "maxItems": MAX_BULK, "items": {"oneOf": [uuid_s, {
                    "type": "object", "required": ["id"], "additionalProperties": False,
                    "properties": {"id": uuid_s, "expectedVersion": {"type": "integer", "minimum": 1}}}]}}, True)],
                {"type": "object", "properties": {"ids": {"type": "array", "items": uuid_s}, "deleted": {"type": "integer"}}}),
        _method("getRelated", "Records related to one record through a relationship (either direction).",
                [entity_p, id_p, _p("relationship", {"type": "string", "enum": nav_names}, True), *page_params],
                {"type": "object", "properties": {"entity": {"type": "string"}, "cardinality": {"enum": ["one", "many"]}, "item": {}, "items": {"type": "array"}, "total": {"type": "integer"}, "totalExact": {"type": "boolean"}}}),
        *_link_methods(facts, entity_p, id_p, uuid_s),
        _method("exportEntityData", "Every record of an entity as one CSV, NDJSON or JSON text (at most 100,000 records; "
                "more with `torquec data export`); NDJSON/JSON carry manyToMany link arrays.",
                [entity_p, _p("format", {"type": "string", "enum": ["csv", "ndjson", "json"], "default": "ndjson"})],
                {"type": "object", "properties": {"entity": {"type": "string"}, "format": {"type": "string"}, "count": {"type": "integer"}, "content": {"type": "string"}}}),
        _method("importEntityData", "Insert the records of a CSV, NDJSON or JSON text, validated like createEntity; references and links "
                "may give the target's key (its first unique field) instead of its id. All or nothing (errors carry `line`) unless skipInvalid.",
                [entity_p, _p("format", {"type": "string", "enum": ["csv", "ndjson", "json"]}, True),
                 _p("content", {"type": "string"}, True, "The file's text."), _p("skipInvalid", {"type": "boolean", "default": False})],
                {"type": "object", "properties": {"entity": {"type": "string"}, "inserted": {"type": "integer"}, "links": {"type": "integer"},
                                                  "rejected": {"type": "array", "items": {"type": "object"}}, "rejectedCount": {"type": "integer"}}}),
        _method("rpc.discover", "This document.", [], {"type": "object"}, errors=False),
    ]
    if facts.flow_names:
        methods.insert(-1, _method("executeXFlow", "Run a flow.", [
            _p("flow", {"type": "string", "enum": list(facts.flow_names)}, True),
            _p("input", {"type": "object"}), _p("trace", {"type": "boolean", "default": False})],
            {"type": "object", "properties": {"output": {}, "trace": {"type": "array"}}}))
    return {
        "openrpc": "1.3.2",
        "info": {
            "title": facts.title,
            "version": facts.version,
            "description": (facts.description + "\n\n" if facts.description else "")
            + f"JSON-RPC 2.0 API at POST /rpc (generated by torquec {__version__}). Send `Authorization: Bearer <token>` when the app has roles.",
        },
        "servers": [{"name": "default", "url": "/rpc"}],
        "methods": methods,
        "components": {
            "schemas": schemas,
            "errors": {f"E{abs(e['code'])}": e for e in ERRORS},
        },
    }
