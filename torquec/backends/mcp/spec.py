"""IR -> the MCP spec of one app (entity entries, model tools, resources, templates, prompts, role views).

Pure functions of the IR. The tools, prompts and record template of an
entity are not written out: its entry (names, prose, field lists,
navigations) is, and the app assembles them when it starts
(:mod:`torquec.runtime.mcp.entity_tools`) with the record, create and update schemas of ``openrpc.json`` -- the ones the API
validates with -- so a tool schema carries every type, enum, pattern, length
and range of the model exactly as ``/rpc`` enforces it, and each schema is
written once.
"""

from __future__ import annotations

import json
from typing import Any

from torquec.backends.base import EmitContext
from torquec.ir.nodes import SORTABLE, Entity, Field, FieldType, Flow, Model, RelationKind, Role, navigation_key, relationship_key, snake_case
from torquec.runtime.mcp.entity_tools import EntitySchemas, a_word as _a, annotations as _ann, join_sentences as _join
from torquec.runtime.mcp.entity_tools import entity_tools as assemble_entity_tools
from torquec.runtime.mcp.entity_tools import obj as _obj, portable, sentence as _sentence
from torquec.runtime.mcp.spec import SPEC_FORMAT, expand_entities

UNSORTABLE = frozenset(FieldType) - SORTABLE  # json, array (torquec.contract)


def slug(entity: Entity) -> str:
    """Tool/URI prefix of an entity: ``OrderItem`` -> ``order_item``."""
    return snake_case(entity.name)


def plural_slug(entity: Entity) -> str:
    label = entity.ui.plural_label or f"{entity.name}s"
    words = [w for w in "".join(c if c.isalnum() else " " for c in label).split() if w]
    return "_".join(snake_case(w) for w in words) or f"{slug(entity)}s"


class _Relations:
    """Relationships of one model by entity (each list in model order; do not mutate)."""

    def __init__(self, model: Model) -> None:
        by_key = {relationship_key(r): r for r in model.relationships}
        # (navigation name, relationship, other entity, to-many) per entity, from Entity.navigations.
        self.nav: dict[str, list[tuple[str, Any, str, bool]]] = {
            e.name: [(n.name, by_key[navigation_key(e.name, n)], n.entity, n.many) for n in e.navigations] for e in model.entities
        }
        self.referring: dict[str, list[tuple[Any, str]]] = {}  # target -> (relationship, holder), not manyToMany
        for r in model.relationships:
            if r.kind is not RelationKind.MANY_TO_MANY:
                self.referring.setdefault(r.referenced_entity, []).append((r, r.holder))


def _nav(model: Model, e: Entity, rels: _Relations | None = None) -> list[tuple[str, Any, str, bool]]:
    """Navigations of ``e``. Pass ``rels`` (built once per build) when asking for
    many entities: a scan of all relationships per entity is quadratic in a large model."""
    return (rels or _Relations(model)).nav.get(e.name, [])


# ----------------------------------------------------------------- tools


def _field_line(model: Model, f: Field, *, for_create: bool) -> str:
    t = f.type.value
    bits = []
    if f.type is FieldType.ENUM:
        bits.append("one of " + ", ".join(f.values))
    elif f.type is FieldType.REFERENCE and f.key_type:
        t = f.key_type.value
        bits.append(f"the {f.target_field} of {_a(f.target)} record")
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


def _naming(e: Entity) -> str:
    """How people name a record of ``e`` when no single field does (its display template), so
    an assistant talks of "Dune – Ada" rather than a UUID."""
    parts = e.display_template
    if not parts:
        return ""
    shown = "".join(p if i % 2 == 0 else "{" + p + "}" for i, p in enumerate(parts))
    refs = [p for p in parts[1::2] if (f := e.field(p)) is not None and f.type is FieldType.REFERENCE]
    note = f" ({', '.join('{' + r + '}' for r in refs)}: the referenced record's name)" if refs else ""
    return f"Name {_a(e.name)} record as `{shown}`{note}, not by its id"


def entity_entry(model: Model, e: Entity, rels: _Relations | None = None) -> dict[str, Any]:
    """What the tools of ``e`` need besides its schemas (see ``EntityEntry``)."""
    entry: dict[str, Any] = {
        "entity": e.name,
        "slug": slug(e),
        "pluralSlug": plural_slug(e),
        "label": e.ui.label or e.name,
        "plural": e.ui.plural_label or f"{e.name}s",
        "description": e.description or "",
        # Every type is filterable (json/array take isNull, arrays contains); json and array do not sort.
        "fields": [f.name for f in e.fields],
        "unsortable": [f.name for f in e.fields if f.type in UNSORTABLE],
        "search": list(e.search_fields),
        "navigations": [[name, other, many, (rel.description or "") if rel.from_entity == e.name else ""]
                        for name, rel, other, many in _nav(model, e, rels)],
        "deleteNote": _delete_note(model, e, rels),
        "fieldLines": [_field_line(model, f, for_create=True) for f in e.fields],
    }
    if e.default_sort is not None:
        entry["defaultSort"] = list(e.default_sort)
    if e.display_template:  # the entity tools' descriptions say how its records are named
        entry["naming"] = _naming(e)
    links = _links(model, e, rels)
    if links:  # manyToMany navigations: the <entity>_add_links / _remove_links tools
        entry["links"] = [list(link) for link in links]
    return entry


def _links(model: Model, e: Entity, rels: _Relations | None = None) -> list[tuple[str, str]]:
    """(navigation name, other entity) of ``e``'s manyToMany links."""
    return [(name, other) for name, rel, other, _ in _nav(model, e, rels) if rel.kind is RelationKind.MANY_TO_MANY]


def entity_block(model: Model, e: Entity, ctx: EmitContext | None = None, index: _Index | None = None) -> str:
    """The entry of one entity as compact JSON (one line).

    A memo unit (``ctx.unit``) reading the entity, its relationships and
    related entities, so a one-field edit regenerates one entity's part only
    (``torquec watch``). Only the text is kept: a memo of the objects would
    hold tens of thousands of them for a large model, which every full
    garbage collection walks.
    """
    index = index or _Index(model)

    def make() -> str:
        return _compact(entity_entry(model, e, index.relations))

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
                if _links(model, e, rels):
                    names += [f"{s}_add_links", f"{s}_remove_links"]
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
    """The whole spec as one dict, as written (what ``McpSpec.from_dict`` reads): the JSON of :func:`spec_json`."""
    return json.loads(spec_json(model, ctx))


def entity_tools(model: Model, e: Entity) -> list[dict[str, Any]]:
    """The tools of ``e`` as the app assembles them at start (tests and tools that inspect one entity)."""
    from torquec.backends.server.schemas import entity_schemas

    schemas = {s["title"]: s for other in model.entities for s in entity_schemas(model, other).values()}
    return assemble_entity_tools(entity_entry(model, e), EntitySchemas(schemas))


def expanded_spec(model: Model) -> dict[str, Any]:
    """The spec with every entity's tools in ``tools``, as the app assembles them at start."""
    from torquec.backends.server.openrpc import build_openrpc

    return expand_entities(build_spec(model), build_openrpc(model)["components"]["schemas"])


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

    array("entities", blocks)
    array("tools", [q(t) for t in extra])
    array("resources", [q(r) for r in _resources(model)])
    out.append(',\n"roles":' + q(_roles(model, flow_variants, index.relations)))
    out.append("\n}")
    return out
