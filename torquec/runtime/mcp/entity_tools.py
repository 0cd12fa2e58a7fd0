"""The tools, prompts and record template of one entity, assembled when the app starts from shared data.

``mcp_tools.json`` carries, per entity, only what is specific to it (names,
prose, field lists, navigations: an :data:`entry <EntityEntry>`); the record,
create and update JSON Schemas come from the app's ``openrpc.json``
components, the ones ``/rpc`` validates with. Each schema is read once per
entity and shared by every tool that shows it (query, get, create, update and
the ``related`` tools of neighbouring entities), so the build writes it once and
the server holds it once. Everything the tools of every entity have in common
(filter and sort arguments, pagination, annotations, the wording) is here.

The compiler's ``mcp`` backend imports :func:`portable` and the wording helpers
from this module too, so the tools it describes and the ones served are made by
one piece of code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from torquec.contract import DEFAULT_PAGE_SIZE, FILTER_OPS, MAX_FILTERS, MAX_PAGE_SIZE, MAX_SEARCH, MAX_SORT, SYSTEM_FIELDS

#: One entity's line of ``mcp_tools.json`` ``"entities"``: ``entity``, ``slug``, ``pluralSlug``, ``label``,
#: ``plural``, ``description`` (the model's text or ""), ``fields`` (filterable, in model order),
#: ``unsortable``, ``defaultSort`` ([field, dir] or absent), ``search``, ``navigations`` ([name, entity,
#: many, relationship description]), ``deleteNote`` and ``fieldLines`` (one line per field for the
#: create-from-description prompt), ``links`` ([name, entity] of manyToMany navigations; absent when none).
EntityEntry = Mapping[str, Any]

NAVIGATING_KINDS = ("query", "get", "create", "update", "related", "add_links", "remove_links")


# ----------------------------------------------------------------- wording


def a_word(word: str) -> str:
    """``a Customer``, ``an Order``."""
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def sentence(text: str) -> str:
    text = (text or "").strip()
    if text and text[-1] not in ".!?":
        text += "."
    return text


def join_sentences(*parts: str) -> str:
    return " ".join(p for p in (sentence(x) if x and not x.endswith("\n") else x for x in parts) if p)


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
    if isinstance(t, list) and len(t) >= 2:
        # one branch per type: a nullable T, or a decimal's string-or-number
        outer = {k: s.pop(k) for k in _ANNOTATION_KEYS if k in s}
        rest = {k: v for k, v in s.items() if k != "type"}
        if "enum" in rest:
            rest["enum"] = [v for v in rest["enum"] if v is not None]
        branches = [{"type": x, **rest} for x in t if x != "null"]
        return {**outer, "anyOf": [*branches, *([{"type": "null"}] if "null" in t else [])]}
    if s.keys() <= _ANNOTATIONS:
        return {**s, "anyOf": _ANY_JSON}
    return s


_OUTPUT_KEEP = frozenset({"type", "format", "enum", "items", "properties", "required", "additionalProperties", "anyOf"})


def shape_only(schema: Any) -> Any:
    """A record schema reduced to its shape (types, formats, enums, nullability).

    Output schemas describe what the server returns; the constraints that
    guarded the input (lengths, patterns, ranges) and the field prose are in
    the create/update input schemas already. Keeps ``tools/list`` small: every
    record shape appears in five tools.
    """
    if isinstance(schema, list):
        return [shape_only(x) for x in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for k, v in schema.items():
        if k not in _OUTPUT_KEEP:
            continue
        if k == "properties":
            out[k] = {n: shape_only(x) for n, x in v.items()}
        elif k in ("items", "anyOf"):
            out[k] = shape_only(v)
        else:
            out[k] = v
    return out


def obj(props: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    s: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        s["required"] = required
    s["additionalProperties"] = False
    s.update(extra)
    return s


def annotations(title: str, *, ro: bool, destructive: bool = False, idempotent: bool = False, open_world: bool = False) -> dict[str, Any]:
    a: dict[str, Any] = {"title": title, "readOnlyHint": ro}
    if not ro:
        a["destructiveHint"] = destructive
        a["idempotentHint"] = idempotent
    else:
        a["idempotentHint"] = True
    a["openWorldHint"] = open_world
    return a


class EntitySchemas:
    """The portable record, create and update schemas of each entity, made once from the
    ``openrpc.json`` components (``<Entity>Record``, ``<Entity>Create``, ``<Entity>Update``)
    and shared: the objects are read by many tools and must not be changed."""

    def __init__(self, components: Mapping[str, Any]) -> None:
        self.components = components
        self._made: dict[str, Any] = {}

    def _once(self, key: str, make: Callable[[dict[str, Any]], Any]) -> Any:
        made = self._made.get(key)
        if made is None:
            source = self.components.get(key)
            if source is None:
                raise ValueError(f"openrpc.json has no schema {key!r}: rebuild the app")
            made = self._made[key] = make(source)
        return made

    def has_record(self, entity: str) -> bool:
        return f"{entity}Record" in self.components

    def record(self, entity: str) -> dict[str, Any]:
        """The shape of a stored record (output schemas)."""

        def make(r: dict[str, Any]) -> dict[str, Any]:
            shape = portable(shape_only(r))
            return {"description": r["description"], **shape} if r.get("description") else shape

        return self._once(f"{entity}Record", make)

    def data(self, entity: str, kind: str) -> dict[str, Any]:
        """``data`` of a create (``kind="Create"``) or update (``"Update"``) call."""
        return self._once(f"{entity}{kind}", lambda s: portable({k: v for k, v in s.items() if k != "title"}))


# ----------------------------------------------------------------- tools

ID_ARG = {"type": "string", "format": "uuid", "description": "Record id (UUID)."}


def page_schema(item: dict[str, Any], what: str) -> dict[str, Any]:
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
    schema = page_schema(item, what)
    schema["properties"]["nextCursor"] = {"anyOf": [{"type": "string"}, {"type": "null"}],
                                          "description": "Pass as `after` for the next page (null: this was the last one)."}
    return schema


class _Subject:
    """What every tool builder of one entity reads."""

    __slots__ = ("entry", "schemas", "name", "label", "desc")

    def __init__(self, entry: EntityEntry, schemas: EntitySchemas) -> None:
        self.entry = entry
        self.schemas = schemas
        self.name: str = entry["entity"]
        self.label: str = entry["label"]
        self.desc: str = join_sentences(entry["description"], entry.get("naming", ""))

    @property
    def rec(self) -> dict[str, Any]:
        return self.schemas.record(self.name)

    def tool(self, kind: str, title: str, description: str, input_schema: dict[str, Any], output_schema: dict[str, Any],
             annotations: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": f"{self.entry['slug']}_{kind}",
            "kind": kind,
            "entity": self.name,
            "title": title,
            "description": description,
            "inputSchema": input_schema,
            "outputSchema": output_schema,
            "annotations": annotations,
        }

    def include_arg(self) -> dict[str, Any] | None:
        names = [n[0] for n in self.entry["navigations"]]
        if not names:
            return None
        return {
            "type": "array",
            "items": {"type": "string", "enum": names},
            "uniqueItems": True,
            "description": "Relationships to embed in each record, by navigation name.",
        }


def _query_input(t: _Subject) -> dict[str, Any]:
    e = t.entry
    unsortable = set(e["unsortable"])
    default_sort = e.get("defaultSort")
    props: dict[str, Any] = {
        "filters": {
            "type": "array",
            "description": (
                "Conditions, all of which must hold. ops: eq, ne, lt, lte, gt, gte (compare), "
                "in (value is a list), contains / startsWith (text), isNull (value true or false)."
            ),
            "items": obj(
                {
                    "field": {"type": "string", "enum": [*SYSTEM_FIELDS, *e["fields"]]},
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
            + (f" (default: {default_sort[0]} {default_sort[1]})." if default_sort else "."),
            "items": obj(
                {
                    "field": {"type": "string", "enum": [*SYSTEM_FIELDS, *(f for f in e["fields"] if f not in unsortable)]},
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
    if e["search"]:
        props["search"] = {
            "type": "string",
            "maxLength": MAX_SEARCH,
            "description": "Free text matched (case-insensitively) against " + ", ".join(e["search"]) + ".",
        }
    inc = t.include_arg()
    if inc:
        props["include"] = inc
    return portable(obj(props))


def _query_tool(t: _Subject) -> dict[str, Any]:
    title = f"Query {t.entry['plural']}"
    return t.tool("query", title, join_sentences(
        f"List {t.name} records with filters, sort, free-text search and pagination",
        t.desc,
        "Results are paginated: `total` counts all matches, `hasMore` says whether to ask for the next page",
    ), _query_input(t), _cursor_page_schema(t.rec, f"{t.name} records"), annotations(title, ro=True))


def _get_tool(t: _Subject) -> dict[str, Any]:
    props: dict[str, Any] = {"id": ID_ARG}
    inc = t.include_arg()
    if inc:
        props["include"] = inc
    title = f"Get {t.label}"
    return t.tool("get", title, join_sentences(f"Get one {t.name} record by id", t.desc), obj(props, ["id"]), t.rec,
                  annotations(title, ro=True))


def _create_tool(t: _Subject) -> dict[str, Any]:
    title = f"Create {t.label}"
    return t.tool("create", title, join_sentences(
        f"Create {a_word(t.name)} record",
        t.desc,
        "Pass the field values in `data`; returns the stored record with its id, createdAt, updatedAt and version",
    ), obj({"data": t.schemas.data(t.name, "Create")}, ["data"]), t.rec,
        annotations(title, ro=False, destructive=False, idempotent=False))


def _update_tool(t: _Subject) -> dict[str, Any]:
    title = f"Update {t.label}"
    expected = {"type": "integer", "minimum": 1, "description": "Only update if the record still has this version."}
    return t.tool("update", title, join_sentences(
        f"Change fields of {a_word(t.name)} record (partial: fields left out of `data` keep their value)",
        "Pass `expectedVersion` (the version you read) to fail with a version conflict instead of overwriting someone else's change",
        t.desc,
    ), obj({"id": ID_ARG, "data": t.schemas.data(t.name, "Update"), "expectedVersion": expected}, ["id", "data"]), t.rec,
        # Overwrites values (destructive); a repeat bumps version/updatedAt again (not idempotent).
        annotations(title, ro=False, destructive=True, idempotent=False))


def _delete_tool(t: _Subject) -> dict[str, Any]:
    title = f"Delete {t.label}"
    out = obj({"id": {"type": "string", "format": "uuid"}, "deleted": {"type": "boolean"}}, ["id", "deleted"],
              additionalProperties=True)
    return t.tool("delete", title, join_sentences(f"Delete {a_word(t.name)} record by id", t.entry["deleteNote"], "This cannot be undone"),
                  obj({"id": ID_ARG}, ["id"]), out,
                  # Deleting again changes nothing more (it reports not found).
                  annotations(title, ro=False, destructive=True, idempotent=True))


def _related_tool(t: _Subject) -> dict[str, Any] | None:
    nav = t.entry["navigations"]
    if not nav:
        return None
    lines = []
    defs: dict[str, dict[str, Any]] = {}
    for name, other, many, rel_description in nav:
        lines.append(f"- {name}: {'the ' + other + ' records' if many else 'the ' + other + ' record'}"
                     + (f" ({rel_description.rstrip('.')})" if rel_description else ""))
        if other not in defs and t.schemas.has_record(other):
            defs[other] = t.schemas.record(other)
    # Each related entity's record shape once, referenced from `item` and `items`.
    refs = [{"$ref": f"#/$defs/{n}"} for n in defs]
    item_schema: dict[str, Any] = refs[0] if len(refs) == 1 else {"anyOf": refs}
    title = f"Related records of {a_word(t.label)}"
    description = (f"Follow a relationship from one {t.name} record to the records it is linked to:\n" + "\n".join(lines)
                   + "\nTo-many relationships return a page (`items`, `total`, `hasMore`; ask for the next `page`); "
                   "to-one relationships return `item` (null when unset).")
    inputs = obj(
        {
            "id": ID_ARG,
            "relationship": {"type": "string", "enum": [n[0] for n in nav], "description": "Navigation name."},
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
            **page_schema(item_schema, "Related records")["properties"],
        },
        "required": ["entity", "relationship", "cardinality"],
    }
    return t.tool("related", title, description, inputs, output, annotations(title, ro=True))


def _link_tool(kind: str) -> Callable[[_Subject], dict[str, Any] | None]:
    """``<entity>_add_links`` / ``_remove_links`` (JSON-RPC addLinks / removeLinks), for entities with manyToMany links."""
    adding = kind == "add_links"

    def build(t: _Subject) -> dict[str, Any] | None:
        links = t.entry.get("links")
        if not links:
            return None
        title = f"{'Link' if adding else 'Unlink'} records {'to' if adding else 'from'} {a_word(t.label)}"
        count = "added" if adding else "removed"
        lines = "\n".join(f"- {name}: {other} records" for name, other in links)
        description = (f"{'Add' if adding else 'Remove'} many-to-many links of one {t.name} record; its other links stay "
                       f"(`{t.entry['slug']}_update` with a link list replaces them all):\n{lines}\n"
                       f"{'Linking a record already linked' if adding else 'Unlinking a record not linked'} changes nothing. "
                       "No limit on the number of ids.")
        inputs = obj({
            "id": ID_ARG,
            "relationship": {"type": "string", "enum": [n for n, _ in links], "description": "Navigation name."},
            "ids": {"type": "array", "items": {"type": "string", "format": "uuid"}, "uniqueItems": True,
                    "description": "Ids of the records to " + ("link." if adding else "unlink.")},
            "expectedVersion": {"type": "integer", "minimum": 1, "description": "Only change the links if the record still has this version."},
        }, ["id", "relationship", "ids"])
        output = obj({"entity": {"type": "string"}, "id": {"type": "string", "format": "uuid"}, "relationship": {"type": "string"},
                      count: {"type": "integer", "minimum": 0, "description": f"Links {count} by this call."},
                      "count": {"type": "integer", "minimum": 0, "description": "Links of the record through `relationship` now."},
                      "version": {"type": "integer", "minimum": 1}},
                     ["entity", "id", "relationship", count, "count", "version"], additionalProperties=True)
        # A repeat changes no link but bumps the record's version again: not idempotent.
        return t.tool(kind, title, description, inputs, output, annotations(title, ro=False, destructive=not adding, idempotent=False))

    return build


# The tools of every entity, in this order; a builder may return None (no tool).
ENTITY_TOOL_BUILDERS: tuple[Callable[[_Subject], dict[str, Any] | None], ...] = (
    _query_tool, _get_tool, _create_tool, _update_tool, _delete_tool, _related_tool, _link_tool("add_links"), _link_tool("remove_links"),
)


def entity_tools(entry: EntityEntry, schemas: EntitySchemas) -> list[dict[str, Any]]:
    """The tools of one entity, as tool dicts (the form :meth:`McpSpec.from_dict` reads)."""
    subject = _Subject(entry, schemas)
    tools = [tool for build in ENTITY_TOOL_BUILDERS if (tool := build(subject)) is not None]
    if entry["navigations"]:
        # Navigation name -> target entity: the runtime leaves the navigations into entities
        # a role cannot read out of that role's tool list (include / relationship enums, links).
        targets = {n[0]: n[1] for n in entry["navigations"]}
        for t in tools:
            if t["kind"] in NAVIGATING_KINDS:
                t["navigations"] = targets
    return tools


# ----------------------------------------------------------------- prompts, record template


def entity_prompts(entry: EntityEntry, app: str) -> list[dict[str, Any]]:
    """The prompts of one entity (the form :meth:`McpSpec.from_dict` reads); ``app``: the app's title."""
    name, s, plural, description = entry["entity"], entry["slug"], entry["plural"], entry["description"]
    about = f"{a_word(name).capitalize()} is: {sentence(description)}" if description else ""
    summarise = {
        "name": f"summarise_recent_{entry['pluralSlug']}",
        "kind": "summarise",
        "entity": name,
        "title": f"Summarise recent {plural}",
        "description": join_sentences(f"Summarise the most recent {plural} of {app}", description),
        "arguments": [{"name": "count", "description": "How many of the newest records to summarise (1-100, default 10).", "required": False}],
        "tool": f"{s}_query",
        "text": (
            f"Summarise the {{count}} most recent {name} records of {app} (newest first; {{total}} in total). "
            + (f"{about} " if about else "")
            + "Point out notable patterns, outliers and anything that needs attention. "
            + f"The records follow as JSON; use the {s}_query tool if you need more or older ones."
        ),
    }
    fields = "\n".join(entry["fieldLines"])
    create = {
        "name": f"create_{s}_from_description",
        "kind": "create_from_description",
        "entity": name,
        "title": f"Create {a_word(entry['label'])} from a description",
        "description": f"Turn a free-text description into a new {name} record of {app}.",
        "arguments": [{"name": "description", "description": f"What the new {name} should be, in your own words.", "required": True}],
        "tool": f"{s}_create",
        "text": (
            f"Create a new {name} in {app} from this description:\n\n{{description}}\n\n"
            + (f"{about}\n" if about else "")
            + f"Its fields:\n{fields}\n\n"
            + "Work out the field values from the description (ask when a required value is missing instead of inventing it; "
            + "look up referenced records with the matching query tool), "
            + f"then call the {s}_create tool with them in `data`. "
            + "If it returns a validation error, correct the listed fields and try again."
        ),
    }
    return [summarise, create]


def entity_template(entry: EntityEntry) -> dict[str, Any]:
    """``torque://<entity>/{id}``: one record as a resource."""
    s = entry["slug"]
    return {
        "uriTemplate": f"torque://{s}/{{id}}",
        "name": f"{s}_record",
        "title": f"{entry['label']} record",
        "description": join_sentences(f"One {entry['entity']} record as JSON, by id", entry["description"]),
        "entity": entry["entity"],
        "mimeType": "application/json",
    }
