"""What a generated app tells the MCP runtime: plain data, no behaviour.

The compiler's ``mcp`` backend writes ``server/<package>/mcp_tools.json`` (the
spec as data) and ``mcp_tools.py``, which loads it; :meth:`McpSpec.from_dict` turns it into these frozen
dataclasses once at import time. Everything model-specific (names, descriptions,
which role sees what) is in that data, and the JSON Schemas of records in the
``openrpc.json`` components; the tools every entity has are assembled from both by
:mod:`torquec.runtime.mcp.entity_tools`, and everything generic (how a ``query``
tool becomes a ``loadEntityData`` call) is in :mod:`torquec.runtime.mcp.tool_calls`.

Tool kinds and the service method each one calls (the same methods, with the
same validation, permissions and error kinds, as ``POST /rpc``)::

    query     -> loadEntityData {entity, page, pageSize, sort, filters, search, include}
    get       -> getEntity      {entity, id, include}
    create    -> createEntity   {entity, data}
    update    -> updateEntity   {entity, id, data, expectedVersion}
    delete    -> deleteEntity   {entity, id}
    related   -> getRelated     {entity, id, relationship, page, pageSize}
    add_links -> addLinks       {entity, id, relationship, ids, expectedVersion}
    remove_links -> removeLinks {entity, id, relationship, ids, expectedVersion}
    describe  -> getModelMetadata {}
    run_flow  -> executeXFlow   {flow, input, trace}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from .entity_tools import EntitySchemas, entity_prompts, entity_template, entity_tools

TOOL_KINDS: frozenset[str] = frozenset(
    {"query", "get", "create", "update", "delete", "related", "add_links", "remove_links", "describe", "run_flow"}
)
PROMPT_KINDS: frozenset[str] = frozenset({"summarise", "create_from_description"})
# 2: entities as entries ("entities"), their tools, prompts and templates assembled at start
# with the openrpc.json schemas.
SPEC_FORMAT = 2


def expand_entities(d: Mapping[str, Any], schemas: Mapping[str, Any] | None) -> dict[str, Any]:
    """``d`` with the tools, prompts and templates of its ``entities`` (model order) first in
    ``tools``, ``prompts`` and ``templates``, then the model's own; ``schemas`` are the
    ``openrpc.json`` component schemas of the same build."""
    entries = d.get("entities") or ()
    if entries and schemas is None:
        raise ValueError("the MCP spec's entity tools need the openrpc.json component schemas of the app")
    shared = EntitySchemas(schemas or {})
    app = d.get("title", d["name"])
    out = {k: v for k, v in d.items() if k != "entities"}
    out["tools"] = [t for entry in entries for t in entity_tools(entry, shared)] + list(d.get("tools", ()))
    out["prompts"] = [p for entry in entries for p in entity_prompts(entry, app)] + list(d.get("prompts", ()))
    out["templates"] = [entity_template(entry) for entry in entries] + list(d.get("templates", ()))
    return out


@dataclass(frozen=True, slots=True)
class _Described:
    """What every tool, resource, template and prompt has: the name clients use and the text people read."""

    name: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class ToolDef(_Described):
    kind: str
    input_schema: Mapping[str, Any]
    annotations: Mapping[str, Any] = field(default_factory=dict)
    output_schema: Mapping[str, Any] | None = None
    entity: str | None = None
    #: unique key in the spec; roles refer to it (default: the name). Several tools may
    #: share a ``name`` with different ids (e.g. ``run_flow`` whose ``flow`` enum
    #: lists only the flows one role may run); a role sees at most one.
    id: str = ""
    #: navigation name -> target entity, for the navigations the tool names
    #: (``include``, ``relationship``, link properties of ``data``)
    navigations: Mapping[str, str] = field(default_factory=dict)

    @property
    def arg_names(self) -> frozenset[str]:
        return frozenset(self.input_schema.get("properties", {}))

    @property
    def required_args(self) -> tuple[str, ...]:
        return tuple(self.input_schema.get("required", ()))


@dataclass(frozen=True, slots=True)
class ResourceDef(_Described):
    """A fixed resource (``torque://model``)."""

    uri: str
    kind: str = "model"
    mime_type: str = "application/json"


@dataclass(frozen=True, slots=True)
class TemplateDef(_Described):
    """Records of one entity: ``torque://<entity>/{id}``."""

    uri_template: str
    entity: str
    prefix: str  # the URI up to "{id}"
    mime_type: str = "application/json"


@dataclass(frozen=True, slots=True)
class PromptArg:
    name: str
    description: str
    required: bool = False


@dataclass(frozen=True, slots=True)
class PromptDef(_Described):
    kind: str
    entity: str
    arguments: tuple[PromptArg, ...]
    # Text the runtime fills in: the message of the prompt, with {placeholders}.
    text: str
    tool: str  # the tool the prompt asks the agent to use
    uri_prefix: str = ""


def _from_json(cls: type, d: Mapping[str, Any], **given: Any) -> Any:
    """A spec node from its JSON form: each attribute from its camelCase key, else ``given``,
    else the attribute's default (a missing required key raises TypeError)."""
    kwargs = dict(given)
    for f in fields(cls):
        key = _camel(f.name)
        if key in d and f.name not in given:
            kwargs[f.name] = d[key]
    return cls(**kwargs)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w.title() for w in rest)


@dataclass(frozen=True, slots=True)
class McpSpec:
    name: str
    title: str
    version: str
    instructions: str
    tools: tuple[ToolDef, ...]
    resources: tuple[ResourceDef, ...]
    templates: tuple[TemplateDef, ...]
    prompts: tuple[PromptDef, ...]
    auth: bool
    #: role name -> ids of the tools and names of the prompts and templates it may see
    roles: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @staticmethod
    def from_dict(d: Mapping[str, Any], schemas: Mapping[str, Any] | None = None) -> "McpSpec":
        """``schemas``: the ``openrpc.json`` component schemas (``components.schemas``) of the same build."""
        if d.get("format") != SPEC_FORMAT:
            raise ValueError(f"unsupported MCP spec format {d.get('format')!r} (expected {SPEC_FORMAT})")
        d = expand_entities(d, schemas)
        tools = tuple(_from_json(ToolDef, t, id=t.get("id", t["name"])) for t in d["tools"])
        for t in tools:
            if t.kind not in TOOL_KINDS:
                raise ValueError(f"unknown tool kind {t.kind!r} for tool {t.name!r}")
        prompts = tuple(
            _from_json(PromptDef, p, arguments=tuple(_from_json(PromptArg, a) for a in p["arguments"]))
            for p in d.get("prompts", ())
        )
        for p in prompts:
            if p.kind not in PROMPT_KINDS:
                raise ValueError(f"unknown prompt kind {p.kind!r} for prompt {p.name!r}")
        return McpSpec(
            name=d["name"],
            title=d.get("title", d["name"]),
            version=d.get("version", ""),
            instructions=d.get("instructions", ""),
            tools=tools,
            resources=tuple(_from_json(ResourceDef, r) for r in d.get("resources", ())),
            templates=tuple(_from_json(TemplateDef, t, prefix=t["uriTemplate"].split("{", 1)[0]) for t in d.get("templates", ())),
            prompts=prompts,
            auth=bool(d.get("auth", False)),
            roles={r: frozenset(names) for r, names in d.get("roles", {}).items()},
        )
