"""IR -> the MCP spec of one app (tools, resources, templates, prompts, role views).

Pure functions of the IR. The JSON Schemas of records come from
``torquec.backends.server.schemas`` -- the ones the API validates with and the
OpenRPC document shows -- so a tool schema carries every type, enum, pattern,
length and range of the model exactly as ``/rpc`` enforces it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable

from torquec.contract import DEFAULT_PAGE_SIZE, FILTER_OPS, MAX_FILTERS, MAX_PAGE_SIZE, MAX_SEARCH, MAX_SORT, SYSTEM_FIELDS
from torquec.backends.base import EmitContext
from torquec.backends.server.schemas import create_schema, record_schema, update_schema
from torquec.ir.nodes import SORTABLE, Entity, Field, FieldType, Flow, Model, RelationKind, Role, snake_case
from torquec.runtime.mcp.spec import SPEC_FORMAT

UNSORTABLE = frozenset(FieldType) - SORTABLE  # json, array (torquec.contract)
UNFILTERABLE: frozenset[FieldType] = frozenset()  # json/array take isNull (and array contains)


def slug(entity: Entity) -> str:
    """Tool/URI prefix of an entity: ``OrderItem`` -> ``order_item``."""
    return snake_case(entity.name)


def plural_slug(entity: Entity) -> str:
    label = entity.ui.plural_label or f"{entity.name}s"
    words = [w for w in "".join(c if c.isalnum() else " " for c in label).split() if w]
    return "_".join(snake_case(w) for w in words) or f"{slug(entity)}s"


def _a(word: str) -> str:
    """``a Customer``, ``an Order``."""
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _sentence(text: str) -> str:
    text = (text or "").strip()
    if text and text[-1] not in ".!?":
        text += "."
    return text


def _join(*parts: str) -> str:
    return " ".join(p for p in (_sentence(x) if x and not x.endswith("\n") else x for x in parts) if p)


# ----------------------------------------------------------------- schemas

_ANNOTATION_KEYS = ("title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly")
_ANNOTATIONS = frozenset(_ANNOTATION_KEYS)
_ANY_JSON = [{"type": t} for t in ("object", "array", "string", "number", "boolean", "null")]
_SUB_SCHEMA = frozenset({"items", "additionalProperties", "not"})
_SUB_SCHEMA_LIST = frozenset({"anyOf", "oneOf", "allOf"})
_SUB_SCHEMA_MAP = frozenset({"properties", "$defs", "patternProperties"})


def portable(schema: Any) -> Any:
    """The same constraints, spelled the way every MCP client understands.

    Tool schemas are read by model providers with narrower JSON Schema
    dialects (the MCP Inspector's ``--strict`` check lists them): a nullable
    ``"type": [T, "null"]`` becomes ``anyOf: [{T…}, {"type": "null"}]``, and a
    schema with no keyword at all ("any JSON value") names the JSON types.
    Annotations (title, description, default) stay on the outer schema.
    """
    if isinstance(schema, list):
        return [portable(x) for x in schema]
    if not isinstance(schema, dict):
        return schema
    s = dict(schema)
    for key, v in schema.items():
        if key in _SUB_SCHEMA:
            if isinstance(v, dict):
                s[key] = portable(v)
        elif key in _SUB_SCHEMA_LIST:
            if v:
                s[key] = [portable(x) for x in v]
        elif key in _SUB_SCHEMA_MAP:
            if v:
                s[key] = {n: portable(x) for n, x in v.items()}
    t = s.get("type")
    if isinstance(t, list) and "null" in t and len(t) == 2:
        base_t = next(x for x in t if x != "null")
        outer = {k: s.pop(k) for k in _ANNOTATION_KEYS if k in s}
        inner = {k: v for k, v in s.items() if k != "type"}
        inner = {"type": base_t, **inner}
        if "enum" in inner:
            inner["enum"] = [v for v in inner["enum"] if v is not None]
        return {**outer, "anyOf": [inner, {"type": "null"}]}
    if s.keys() <= _ANNOTATIONS:
        return {**s, "anyOf": _ANY_JSON}
    return s


def _obj(props: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    s: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        s["required"] = required
    s["additionalProperties"] = False
    s.update(extra)
    return s


ID_ARG = {"type": "string", "format": "uuid", "description": "Record id (UUID)."}


class _Relations:
    """Relationships of one model by entity (each list in model order; do not mutate)."""

    def __init__(self, model: Model) -> None:
        by_name = {r.name: r for r in model.relationships}
        # (navigation name, relationship, other entity, to-many) per entity, from Entity.navigations.
        self.nav: dict[str, list[tuple[str, Any, str, bool]]] = {
            e.name: [(n.name, by_name[n.relationship], n.entity, n.many) for n in e.navigations] for e in model.entities
        }
        self.referring: dict[str, list[tuple[Any, str]]] = {}  # target -> (relationship, holder), not manyToMany
        for r in model.relationships:
            if r.kind is not RelationKind.MANY_TO_MANY:
                self.referring.setdefault(r.referenced_entity, []).append((r, r.holder))


def _nav(model: Model, e: Entity, rels: _Relations | None = None) -> list[tuple[str, Any, str, bool]]:
    """Navigations of ``e``. Pass ``rels`` (built once per build) when asking for
    many entities: a scan of all relationships per entity is quadratic in a large model."""
    return (rels or _Relations(model)).nav.get(e.name, [])


def _page_schema(item: dict[str, Any], what: str) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": item, "description": f"{what} on this page."},
            "total": {"type": "integer", "minimum": 0, "description": "Number of matching records over all pages."},
            "page": {"type": "integer", "minimum": 1},
            "pageSize": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            "hasMore": {"type": "boolean", "description": "Whether a next page exists (ask for page + 1)."},
        },
        "required": ["items", "total", "page", "pageSize"],
    }


def _cursor_page_schema(item: dict[str, Any], what: str) -> dict[str, Any]:
    schema = _page_schema(item, what)
    schema["properties"]["nextCursor"] = {"anyOf": [{"type": "string"}, {"type": "null"}],
                                          "description": "Pass as `after` for the next page (null: this was the last one)."}
    return schema


def _field_names(e: Entity, exclude: frozenset[FieldType]) -> list[str]:
    return [*SYSTEM_FIELDS, *(f.name for f in e.fields if f.type not in exclude)]


def _query_input(model: Model, e: Entity, rels: _Relations | None = None) -> dict[str, Any]:
    filterable = _field_names(e, UNFILTERABLE)
    sortable = _field_names(e, UNSORTABLE)
    props: dict[str, Any] = {
        "filters": {
            "type": "array",
            "description": (
                "Conditions, all of which must hold. ops: eq, ne, lt, lte, gt, gte (compare), "
                "in (value is a list), contains / startsWith (text), isNull (value true or false)."
            ),
            "items": _obj(
                {
                    "field": {"type": "string", "enum": filterable},
                    "op": {"type": "string", "enum": list(FILTER_OPS)},
                    "value": {"description": "Value to compare with, of the field's type (a list for `in`, a boolean for `isNull`)."},
                },
                ["field", "op"],
            ),
            "maxItems": MAX_FILTERS,
        },
        "sort": {
            "type": "array",
            "description": "Sort keys, most significant first"
            + (
                f" (default: {e.default_sort[0]} {e.default_sort[1]})."
                if e.default_sort is not None
                else "."
            ),
            "items": _obj(
                {
                    "field": {"type": "string", "enum": sortable},
                    "dir": {"type": "string", "enum": ["asc", "desc"], "default": "asc"},
                },
                ["field"],
            ),
            "maxItems": MAX_SORT,
        },
        "page": {"type": "integer", "minimum": 1, "default": 1, "description": "Page number, from 1."},
        "pageSize": {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_PAGE_SIZE,
            "default": DEFAULT_PAGE_SIZE,
            "description": f"Records per page (at most {MAX_PAGE_SIZE}).",
        },
        "after": {"type": "string", "maxLength": 4096,
                  "description": "`nextCursor` of the previous page (same sort and filters): the next page, fast at any depth; instead of `page`."},
    }
    if e.search_fields:
        props["search"] = {
            "type": "string",
            "maxLength": MAX_SEARCH,
            "description": "Free text matched (case-insensitively) against " + ", ".join(e.search_fields) + ".",
        }
    inc = _include_arg(model, e, rels)
    if inc:
        props["include"] = inc
    return _obj(props)


def _include_arg(model: Model, e: Entity, rels: _Relations | None = None) -> dict[str, Any] | None:
    names = [n for n, _, _, _ in _nav(model, e, rels)]
    if not names:
        return None
    return {
        "type": "array",
        "items": {"type": "string", "enum": names},
        "uniqueItems": True,
        "description": "Relationships to embed in each record, by navigation name.",
    }


_OUTPUT_KEEP = frozenset({"type", "format", "enum", "items", "properties", "required", "additionalProperties", "anyOf"})


def _shape_only(schema: Any) -> Any:
    """A record schema reduced to its shape (types, formats, enums, nullability).

    Output schemas describe what the server returns; the constraints that
    guarded the input (lengths, patterns, ranges) and the field prose are in
    the create/update input schemas already. Keeps ``tools/list`` small: every
    record shape appears in five tools.
    """
    if isinstance(schema, list):
        return [_shape_only(x) for x in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for k, v in schema.items():
        if k not in _OUTPUT_KEEP:
            continue
        if k == "properties":
            out[k] = {n: _shape_only(x) for n, x in v.items()}
        elif k in ("items", "anyOf"):
            out[k] = _shape_only(v)
        else:
            out[k] = v
    return out


def _record_out(model: Model, e: Entity, cache: dict | None = None) -> dict[str, Any]:
    """The portable shape of a stored record (shared through ``cache`` within one build: do not mutate)."""
    if cache is not None and e.name in cache:
        return cache[e.name]
    r = record_schema(model, e)
    desc = r.get("description")
    r = portable(_shape_only(r))
    if desc:
        r = {"description": desc, **r}
    if cache is not None:
        cache[e.name] = r
    return r


# ----------------------------------------------------------------- tools


def _ann(title: str, *, ro: bool, destructive: bool = False, idempotent: bool = False, open_world: bool = False) -> dict[str, Any]:
    a: dict[str, Any] = {"title": title, "readOnlyHint": ro}
    if not ro:
        a["destructiveHint"] = destructive
        a["idempotentHint"] = idempotent
    else:
        a["idempotentHint"] = True
    a["openWorldHint"] = open_world
    return a


def _field_line(model: Model, f: Field, *, for_create: bool) -> str:
    t = f.type.value
    bits = []
    if f.type is FieldType.ENUM:
        bits.append("one of " + ", ".join(f.values))
    elif f.type is FieldType.REFERENCE:
        bits.append(f"id of {_a(f.target)} record")
    elif f.type is FieldType.ARRAY and f.items is not None:
        t = f"list of {f.items.type.value}" + (f" (one of {', '.join(f.items.values)})" if f.items.values else "")
    if for_create and f.required and not f.has_default:
        bits.insert(0, "required")
    v = f.validation
    if v.min_length is not None or f.max_length is not None:
        unit = "items" if f.type is FieldType.ARRAY else "characters"
        lo = v.min_length if v.min_length is not None else 0
        bits.append(f"{lo}..{f.max_length} {unit}" if f.max_length is not None else f"at least {lo} {unit}")
    if v.minimum is not None or v.maximum is not None:
        bits.append(
            f">= {v.minimum}" if v.maximum is None else f"<= {v.maximum}" if v.minimum is None else f"{v.minimum}..{v.maximum}"
        )
    if v.pattern is not None:
        bits.append(f"matching /{v.pattern}/")
    if f.has_default:
        bits.append(f"default {json.dumps(f.default)}")
    head = f"- {f.name} ({t}{', ' + ', '.join(bits) if bits else ''})"
    return head + (f": {f.description}" if f.description else "")


def _delete_note(model: Model, e: Entity, rels: _Relations | None = None) -> str:
    notes = []
    for r, holder in (rels or _Relations(model)).referring.get(e.name, ()):
        if r.on_delete.value == "restrict":
            notes.append(f"fails while {holder} records refer to it")
        elif r.on_delete.value == "cascade":
            notes.append(f"also deletes the {holder} records that refer to it")
        else:
            notes.append(f"clears the reference of the {holder} records that refer to it")
    return ("Deleting " + "; ".join(notes) + ".") if notes else ""


@dataclass(frozen=True)
class _ToolSubject:
    """What every tool builder of one entity reads."""

    model: Model
    e: Entity
    records: dict | None
    relations: _Relations
    slug: str
    label: str
    plural: str
    desc: str
    rec: dict[str, Any]  # the portable record shape (output schema)

    def tool(self, kind: str, title: str, description: str, input_schema: dict[str, Any], output_schema: dict[str, Any],
             annotations: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": f"{self.slug}_{kind}",
            "kind": kind,
            "entity": self.e.name,
            "title": title,
            "description": description,
            "inputSchema": input_schema,
            "outputSchema": output_schema,
            "annotations": annotations,
        }


def _query_tool(t: _ToolSubject) -> dict[str, Any]:
    title = f"Query {t.plural}"
    return t.tool("query", title, _join(
        f"List {t.e.name} records with filters, sort, free-text search and pagination",
        t.desc,
        "Results are paginated: `total` counts all matches, `hasMore` says whether to ask for the next page",
    ), _query_input(t.model, t.e, t.relations), _cursor_page_schema(t.rec, f"{t.e.name} records"), _ann(title, ro=True))


def _get_tool(t: _ToolSubject) -> dict[str, Any]:
    props: dict[str, Any] = {"id": ID_ARG}
    inc = _include_arg(t.model, t.e, t.relations)
    if inc:
        props["include"] = inc
    title = f"Get {t.label}"
    return t.tool("get", title, _join(f"Get one {t.e.name} record by id", t.desc), _obj(props, ["id"]), t.rec,
                  _ann(title, ro=True))


def _create_tool(t: _ToolSubject) -> dict[str, Any]:
    cs = create_schema(t.model, t.e)
    cs.pop("title", None)
    title = f"Create {t.label}"
    return t.tool("create", title, _join(
        f"Create {_a(t.e.name)} record",
        t.desc,
        "Pass the field values in `data`; returns the stored record with its id, createdAt, updatedAt and version",
    ), _obj({"data": cs}, ["data"]), t.rec, _ann(title, ro=False, destructive=False, idempotent=False))


def _update_tool(t: _ToolSubject) -> dict[str, Any]:
    us = update_schema(t.model, t.e)
    us.pop("title", None)
    title = f"Update {t.label}"
    expected = {"type": "integer", "minimum": 1, "description": "Only update if the record still has this version."}
    return t.tool("update", title, _join(
        f"Change fields of {_a(t.e.name)} record (partial: fields left out of `data` keep their value)",
        "Pass `expectedVersion` (the version you read) to fail with a version conflict instead of overwriting someone else's change",
        t.desc,
    ), _obj({"id": ID_ARG, "data": us, "expectedVersion": expected}, ["id", "data"]), t.rec,
        # Overwrites values (destructive); a repeat bumps version/updatedAt again (not idempotent).
        _ann(title, ro=False, destructive=True, idempotent=False))


def _delete_tool(t: _ToolSubject) -> dict[str, Any]:
    title = f"Delete {t.label}"
    out = _obj({"id": {"type": "string", "format": "uuid"}, "deleted": {"type": "boolean"}}, ["id", "deleted"],
               additionalProperties=True)
    return t.tool("delete", title, _join(f"Delete {_a(t.e.name)} record by id", _delete_note(t.model, t.e, t.relations), "This cannot be undone"),
                  _obj({"id": ID_ARG}, ["id"]), out,
                  # Deleting again changes nothing more (it reports not found).
                  _ann(title, ro=False, destructive=True, idempotent=True))


def _related_tool(t: _ToolSubject) -> dict[str, Any] | None:
    e, model = t.e, t.model
    nav = _nav(model, e, t.relations)
    if not nav:
        return None
    lines = []
    defs: dict[str, dict[str, Any]] = {}
    for name, rel, other, many in nav:
        other_e = model.entity(other)
        rd = rel.description if rel.from_entity == e.name else ""
        lines.append(f"- {name}: {'the ' + other + ' records' if many else 'the ' + other + ' record'}" + (f" ({rd.rstrip('.')})" if rd else ""))
        if other_e is not None and other_e.name not in defs:
            defs[other_e.name] = _record_out(model, other_e, t.records)
    # Each related entity's record shape once, referenced from `item` and `items`.
    refs = [{"$ref": f"#/$defs/{n}"} for n in defs]
    item_schema: dict[str, Any] = refs[0] if len(refs) == 1 else {"anyOf": refs}
    title = f"Related records of {_a(t.label)}"
    description = (f"Follow a relationship from one {e.name} record to the records it is linked to:\n" + "\n".join(lines)
                   + "\nTo-many relationships return a page (`items`, `total`, `hasMore`; ask for the next `page`); "
                   "to-one relationships return `item` (null when unset).")
    inputs = _obj(
        {
            "id": ID_ARG,
            "relationship": {"type": "string", "enum": [n for n, _, _, _ in nav], "description": "Navigation name."},
            "page": {"type": "integer", "minimum": 1, "default": 1},
            "pageSize": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
        },
        ["id", "relationship"],
    )
    output = {
        "type": "object",
        "$defs": defs,
        "properties": {
            "entity": {"type": "string", "description": "Entity of the related records."},
            "relationship": {"type": "string"},
            "cardinality": {"type": "string", "enum": ["one", "many"]},
            "item": {"anyOf": [item_schema, {"type": "null"}], "description": "The related record (to-one)."},
            **_page_schema(item_schema, "Related records")["properties"],
        },
        "required": ["entity", "relationship", "cardinality"],
    }
    return t.tool("related", title, description, inputs, output, _ann(title, ro=True))


# The tools of every entity, in this order; a builder may return None (no tool).
ENTITY_TOOL_BUILDERS: tuple[Callable[[_ToolSubject], dict[str, Any] | None], ...] = (
    _query_tool, _get_tool, _create_tool, _update_tool, _delete_tool, _related_tool,
)


def entity_tools(model: Model, e: Entity, records: dict | None = None, rels: _Relations | None = None) -> list[dict[str, Any]]:
    """The tools of one entity. Input schemas still need :func:`portable`;
    output schemas are built from portable record shapes already."""
    subject = _ToolSubject(model=model, e=e, records=records, relations=rels or _Relations(model), slug=slug(e), label=e.ui.label or e.name,
                           plural=e.ui.plural_label or f"{e.name}s", desc=_sentence(e.description),
                           rec=_record_out(model, e, records))
    tools = [tool for build in ENTITY_TOOL_BUILDERS if (tool := build(subject)) is not None]
    nav = _nav(model, e, subject.relations)
    if nav:
        # Navigation name -> target entity: the runtime leaves the navigations into entities
        # a role cannot read out of that role's tool list (include / relationship enums, links).
        targets = {name: other for name, _, other, _ in nav}
        for t in tools:
            if t["kind"] in NAVIGATING_KINDS:
                t["navigations"] = targets
    return tools


NAVIGATING_KINDS = ("query", "get", "create", "update", "related")


def describe_tool(model: Model) -> dict[str, Any]:
    return {
        "name": "describe_model",
        "kind": "describe",
        "title": f"Describe {model.title or model.name}",
        "description": _join(
            f"Describe the {model.title or model.name} application: its entities (fields, types, validation, record counts), relationships, flows and pages, as far as your role may see them",
            model.description,
            "Call this first to learn what the other tools work on",
        ),
        "inputSchema": _obj({}),
        "outputSchema": {"type": "object", "description": "The application's metadata (getModelMetadata)."},
        "annotations": _ann("Describe the model", ro=True),
    }


def _trigger_text(f: Flow) -> str:
    t = f.trigger
    if t.type == "entity":
        return f"runs {t.phase} {_a(t.entity)} is {t.event}d; input: the {t.entity} record"
    if t.type == "webhook":
        return f"webhook {t.method} {t.path}"
    if t.type == "schedule":
        return f"scheduled ({t.cron or f'every {t.interval_seconds} s'})"
    return "manual"


def run_flow_tool(model: Model, flows: list[Flow], tool_id: str) -> dict[str, Any]:
    open_world = any(n.type == "httpRequest" for f in flows for n in f.nodes)
    writes = any(n.type == "entityWrite" for f in flows for n in f.nodes)
    lines = []
    for f in flows:
        line = f"- {f.name} ({_trigger_text(f)})" + (f": {_sentence(f.description)}" if f.description else "")
        if f.inputs:
            line += " Input schema: " + json.dumps(f.inputs, sort_keys=True, separators=(",", ":"))
        lines.append(line)
    return {
        "id": tool_id,
        "name": "run_flow",
        "kind": "run_flow",
        "title": "Run a flow",
        "description": "Run one of the application's XFlow workflows with an input and return its output:\n"
        + "\n".join(lines)
        + "\nA flow that fails returns an error result with the flow's error code and message.",
        "inputSchema": _obj(
            {
                "flow": {"type": "string", "enum": [f.name for f in flows], "description": "Name of the flow."},
                "input": {"type": "object", "description": "The flow input (see the flow's input schema).", "default": {}},
                "trace": {"type": "boolean", "default": False, "description": "Also return the per-node execution trace."},
            },
            ["flow"],
        ),
        "outputSchema": {
            "type": "object",
            "properties": {"output": {"description": "The flow's output."}, "trace": {"type": "array"}},
            "required": ["output"],
        },
        "annotations": _ann("Run a flow", ro=False, destructive=writes, idempotent=False, open_world=open_world),
    }


# ----------------------------------------------------------------- prompts, resources


def entity_prompts(model: Model, e: Entity) -> list[dict[str, Any]]:
    s = slug(e)
    app = model.title or model.name
    plural = e.ui.plural_label or f"{e.name}s"
    summarise = {
        "name": f"summarise_recent_{plural_slug(e)}",
        "kind": "summarise",
        "entity": e.name,
        "title": f"Summarise recent {plural}",
        "description": _join(f"Summarise the most recent {plural} of {app}", e.description),
        "arguments": [{"name": "count", "description": "How many of the newest records to summarise (1-100, default 10).", "required": False}],
        "tool": f"{s}_query",
        "text": (
            f"Summarise the {{count}} most recent {e.name} records of {app} (newest first; {{total}} in total). "
            + (f"{_a(e.name).capitalize()} is: {_sentence(e.description)} " if e.description else "")
            + "Point out notable patterns, outliers and anything that needs attention. "
            + f"The records follow as JSON; use the {s}_query tool if you need more or older ones."
        ),
    }
    fields = "\n".join(_field_line(model, f, for_create=True) for f in e.fields)
    create = {
        "name": f"create_{s}_from_description",
        "kind": "create_from_description",
        "entity": e.name,
        "title": f"Create {_a(e.ui.label or e.name)} from a description",
        "description": f"Turn a free-text description into a new {e.name} record of {app}.",
        "arguments": [{"name": "description", "description": f"What the new {e.name} should be, in your own words.", "required": True}],
        "tool": f"{s}_create",
        "text": (
            f"Create a new {e.name} in {app} from this description:\n\n{{description}}\n\n"
            + (f"{_a(e.name).capitalize()} is: {_sentence(e.description)}\n" if e.description else "")
            + f"Its fields:\n{fields}\n\n"
            + f"Work out the field values from the description (ask when a required value is missing instead of inventing it; "
            + "look up referenced records with the matching query tool), "
            + f"then call the {s}_create tool with them in `data`. "
            + "If it returns a validation error, correct the listed fields and try again."
        ),
    }
    return [summarise, create]


def entity_template(model: Model, e: Entity) -> dict[str, Any]:
    s = slug(e)
    return {
        "uriTemplate": f"torque://{s}/{{id}}",
        "name": f"{s}_record",
        "title": f"{e.ui.label or e.name} record",
        "description": _join(f"One {e.name} record as JSON, by id", e.description),
        "entity": e.name,
        "mimeType": "application/json",
    }


# ----------------------------------------------------------------- the whole spec


def _role_flows(model: Model, role: Role | None) -> list[Flow]:
    if role is None:
        return list(model.flows)
    allowed = set(role.runnable_flows)
    return [f for f in model.flows if f.name in allowed]


def _portable_tool(t: dict[str, Any]) -> dict[str, Any]:
    t["inputSchema"] = portable(t["inputSchema"])
    if t.get("outputSchema") is not None:
        t["outputSchema"] = portable(t["outputSchema"])
    return t


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class _Index:
    """Per-build lookups shared by the entity blocks (one pass over the model)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.records: dict[str, dict[str, Any]] = {}  # entity -> portable record shape (this build)
        self.relations = _Relations(model)
        self.by_name = {e.name: e for e in reversed(model.entities)}  # model.entity(): the first one
        self.rels_at: dict[str, list] = {}
        for r in model.relationships:
            for name in {r.from_entity, r.to_entity}:
                self.rels_at.setdefault(name, []).append(r)

    def reads(self, e: Entity) -> tuple:
        """The IR an entity's tools, prompts and template are computed from:
        the entity, its relationships, the entities at their other ends, the app's name."""
        others = sorted({o for _, _, o, _ in _nav(self.model, e, self.relations)})
        return (
            e,
            tuple(self.rels_at.get(e.name, ())),
            tuple(self.by_name[o] for o in others if o in self.by_name),
            self.model.title,
            self.model.name,
        )


def entity_block(model: Model, e: Entity, ctx: EmitContext | None = None, index: _Index | None = None) -> dict[str, str]:
    """Tools, prompts and template of one entity as compact JSON, one per
    line: ``{"tools": "<line>,\\n<line>…", "prompts": …, "templates": …}``.

    A memo unit (``ctx.unit``) reading the entity, its relationships and
    related entities, so a one-field edit regenerates one entity's part only
    (``torquec watch``). Only the text is kept: a memo of the objects would
    hold tens of thousands of them for a large model, which every full
    garbage collection walks.
    """
    index = index or _Index(model)

    def make() -> dict[str, str]:
        tools = []
        for t in entity_tools(model, e, index.records, index.relations):
            t["inputSchema"] = portable(t["inputSchema"])
            tools.append(t)
        return {
            "tools": ",\n".join(_compact(t) for t in tools),
            "prompts": ",\n".join(_compact(p) for p in entity_prompts(model, e)),
            "templates": _compact(entity_template(model, e)),
        }

    return make() if ctx is None else ctx.unit("mcp.entity", index.reads(e), make)


def _model_tools(model: Model) -> tuple[list[dict[str, Any]], dict[tuple[str, ...], str]]:
    """describe_model and the run_flow variants: one per distinct set of
    runnable flows, so a role's ``flow`` enum names exactly the flows it may run."""
    tools = [describe_tool(model)]
    flow_variants: dict[tuple[str, ...], str] = {}
    if model.flows:
        if model.auth is None:
            all_flows = _role_flows(model, None)
            flow_variants[tuple(f.name for f in all_flows)] = "run_flow"
            tools.append(run_flow_tool(model, all_flows, "run_flow"))
        else:
            for role in model.auth.roles:
                runnable = _role_flows(model, role)
                key = tuple(f.name for f in runnable)
                if runnable and key not in flow_variants:
                    tid = "run_flow" if not flow_variants else f"run_flow.{role.name}"
                    flow_variants[key] = tid
                    tools.append(run_flow_tool(model, runnable, tid))
    return [_portable_tool(t) for t in tools], flow_variants


def _roles(model: Model, flow_variants: dict[tuple[str, ...], str], rels: _Relations | None = None) -> dict[str, list[str]]:
    """Role -> the tool ids, prompt names and template names it may see (from the model's permissions)."""
    roles: dict[str, list[str]] = {}
    if model.auth is None:
        return roles
    for role in model.auth.roles:
        names: list[str] = ["describe_model"]
        grants = dict(role.grants)
        for e in model.entities:
            s = slug(e)
            ops = grants.get(e.name, ())
            if "read" in ops:
                names += [f"{s}_query", f"{s}_get", f"{s}_record", f"summarise_recent_{plural_slug(e)}"]
                if _nav(model, e, rels):
                    names.append(f"{s}_related")
            if "create" in ops:
                names += [f"{s}_create", f"create_{s}_from_description"]
            if "update" in ops:
                names.append(f"{s}_update")
            if "delete" in ops:
                names.append(f"{s}_delete")
        key = tuple(f.name for f in _role_flows(model, role))
        if key and key in flow_variants:
            names.append(flow_variants[key])
        roles[role.name] = sorted(names)
    return roles


def _header(model: Model) -> dict[str, Any]:
    app = model.title or model.name
    instructions = _join(
        f"{app}: {model.description}" if model.description else app,
        "Call describe_model first. Each entity has <entity>_query/_get/_create/_update/_delete tools "
        "(plus <entity>_related for relationships); records are also readable as torque://<entity>/{id} resources",
        "Validation failures come back as tool errors listing each field, rule and message: fix those fields and retry",
    )
    return {
        "format": SPEC_FORMAT,
        "name": model.name,
        "title": app,
        "version": model.version,
        "instructions": instructions,
        "auth": model.auth is not None,
    }


def _resources(model: Model) -> list[dict[str, Any]]:
    app = model.title or model.name
    return [
        {
            "uri": "torque://model",
            "name": "model",
            "title": f"{app} model",
            "description": _join(
                f"Metadata of {app}: entities, fields, relationships, flows and pages (as visible to your role)",
                model.description,
            ),
            "mimeType": "application/json",
        }
    ]


def build_spec(model: Model, ctx: EmitContext | None = None) -> dict[str, Any]:
    """The whole spec as one dict (what ``McpSpec.from_dict`` reads): the JSON of :func:`spec_json`."""
    return json.loads(spec_json(model, ctx))


def spec_json(model: Model, ctx: EmitContext | None = None) -> str:
    """The spec as JSON text, one tool / prompt / template per line (readable
    diffs, and fast: entity lines come from the memo)."""
    return "".join(spec_json_pieces(model, ctx))


def spec_json_pieces(model: Model, ctx: EmitContext | None = None) -> list[str]:
    """:func:`spec_json` in pieces, to be joined (once: the text is megabytes for a large model)."""
    index = _Index(model)
    blocks = [entity_block(model, e, ctx, index) for e in model.entities]
    extra, flow_variants = _model_tools(model)
    q = _compact
    out = ["{\n", ",\n".join(f"{q(k)}:{q(v)}" for k, v in _header(model).items())]

    def array(name: str, chunks: list[str]) -> None:
        chunks = [c for c in chunks if c]
        out.append(f',\n"{name}":')
        if not chunks:
            out.append("[]")
            return
        out.append("[\n")
        for i, c in enumerate(chunks):
            if i:
                out.append(",\n")
            out.append(c)
        out.append("\n]")

    array("tools", [b["tools"] for b in blocks] + [q(t) for t in extra])
    array("resources", [q(r) for r in _resources(model)])
    array("templates", [b["templates"] for b in blocks])
    array("prompts", [b["prompts"] for b in blocks])
    out.append(',\n"roles":' + q(_roles(model, flow_variants, index.relations)))
    out.append("\n}")
    return out
