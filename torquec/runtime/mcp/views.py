"""What one role sees over MCP: its tools, templates and prompts, narrowed and in wire form.

Built once per role and cached by the server. Separate from the server because
narrowing is pure schema work (no transport, no service calls): a role that may
not read an entity sees no relationship, link property or related-record shape
pointing at it, and its create/update tools leave out its read-only fields.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import mcp_types as types
from mcp_types.version import MODERN_PROTOCOL_VERSIONS

from .spec import McpSpec, PromptDef, TemplateDef, ToolDef
from .tool_calls import METHOD_OF_KIND


@dataclass
class View:
    """What one role sees (cached wire data)."""

    tools: dict[str, ToolDef]
    tool_list: list[types.Tool]
    templates: list[TemplateDef]
    template_list: list[types.ResourceTemplate]
    prompts: dict[str, PromptDef]
    prompt_list: list[types.Prompt]
    tool_wire: list[dict[str, Any]] = field(default_factory=list)
    template_wire: list[dict[str, Any]] = field(default_factory=list)
    prompt_wire: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        dump = lambda m: m.model_dump(by_alias=True, mode="json", exclude_none=True)  # noqa: E731
        self.tool_wire = [dump(t) for t in self.tool_list]
        self.template_wire = [dump(t) for t in self.template_list]
        self.prompt_wire = [dump(p) for p in self.prompt_list]


def listing(ctx: Any, key: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """A list result in wire form; 2026-07-28 results carry ``resultType`` (older revisions do not know it)."""
    if getattr(ctx, "protocol_version", None) in MODERN_PROTOCOL_VERSIONS:
        return {key: items, "resultType": "complete"}
    return {key: items}


def _annotations(tool: ToolDef) -> types.ToolAnnotations:
    a = tool.annotations
    return types.ToolAnnotations(
        title=a.get("title", tool.title),
        read_only_hint=a.get("readOnlyHint"),
        destructive_hint=a.get("destructiveHint"),
        idempotent_hint=a.get("idempotentHint"),
        open_world_hint=a.get("openWorldHint"),
    )


def _without_hidden_navigations(tool: ToolDef, readable: set[str]) -> ToolDef | None:
    """``tool`` as a role that may read only ``readable`` sees it: no relationship name,
    link property or related-record shape of another entity (None: nothing left to
    follow, the tool is not offered)."""
    hidden = {n for n, target in tool.navigations.items() if target not in readable}
    if not hidden:
        return tool
    schema = copy.deepcopy(dict(tool.input_schema))
    props = schema.get("properties", {})
    include = props.get("include")
    if isinstance(include, dict) and isinstance(include.get("items"), dict):
        names = [n for n in include["items"].get("enum", []) if n not in hidden]
        if names:
            include["items"]["enum"] = names
        else:
            del props["include"]
    relationship = props.get("relationship")
    if isinstance(relationship, dict) and "enum" in relationship:
        relationship["enum"] = [n for n in relationship["enum"] if n not in hidden]
        if not relationship["enum"]:
            return None
    data = props.get("data")
    if isinstance(data, dict) and isinstance(data.get("properties"), dict):
        data["properties"] = {k: v for k, v in data["properties"].items() if k not in hidden}
        if "required" in data:
            data["required"] = [k for k in data["required"] if k not in hidden]
    output = tool.output_schema
    if tool.kind == "related" and output is not None:
        shown = {target for n, target in tool.navigations.items() if n not in hidden}
        gone = {target for target in tool.navigations.values() if target not in shown}
        output = copy.deepcopy(dict(output))
        for name in gone:
            output.get("$defs", {}).pop(name, None)
        output = _drop_refs(output, {f"#/$defs/{name}" for name in gone})
    description = "\n".join(line for line in tool.description.split("\n")
                            if not any(line.startswith(f"- {n}:") for n in hidden))
    return dataclasses.replace(tool, input_schema=schema, output_schema=output, description=description)


def _without_read_only_fields(tool: ToolDef, names: frozenset[str]) -> ToolDef:
    """A create/update tool as a role that may not write ``names`` sees it: ``data`` leaves
    them out (the server refuses them anyway, -32007)."""
    schema = copy.deepcopy(dict(tool.input_schema))
    data = schema.get("properties", {}).get("data")
    if not (isinstance(data, dict) and isinstance(data.get("properties"), dict)):
        return tool
    data["properties"] = {k: v for k, v in data["properties"].items() if k not in names}
    if "required" in data:
        data["required"] = [k for k in data["required"] if k not in names]
    return dataclasses.replace(tool, input_schema=schema)


def _drop_refs(node: Any, refs: set[str]) -> Any:
    if isinstance(node, dict):
        return {k: ([_drop_refs(x, refs) for x in v if not (isinstance(x, dict) and x.get("$ref") in refs)]
                    if k in ("anyOf", "oneOf") and isinstance(v, list) else _drop_refs(v, refs)) for k, v in node.items()}
    if isinstance(node, list):
        return [_drop_refs(x, refs) for x in node]
    return node


def build_view(
    spec: McpSpec,
    methods: frozenset[str] | None,
    role: str | None,
    read_only: Mapping[str, frozenset[str]] | None = None,
) -> View:
    """The view of ``role`` (``None``: no auth, everything); ``methods``: the service methods
    that exist (``None``: all), tools of a missing method are not offered."""
    visible: Callable[[str], bool]
    if role is None:
        visible = lambda name: True  # noqa: E731
    else:
        names = spec.roles.get(role, frozenset())
        visible = names.__contains__
    # The entities the role may read: the ones whose `get` tool it sees (the spec's roles
    # come from the model's permissions). Navigations into the others are left out.
    readable = None if role is None else {t.entity for t in spec.tools if t.kind == "get" and visible(t.id)}
    tools: dict[str, ToolDef] = {}
    for t in spec.tools:
        if visible(t.id) and t.name not in tools and (methods is None or METHOD_OF_KIND[t.kind] in methods):
            narrowed = _without_hidden_navigations(t, readable) if readable is not None else t
            if narrowed is not None and read_only and t.kind in ("create", "update") and read_only.get(t.entity):
                narrowed = _without_read_only_fields(narrowed, read_only[t.entity])
            if narrowed is not None:
                tools[t.name] = narrowed
    templates = [t for t in spec.templates if visible(t.name)]
    prompts = {p.name: p for p in spec.prompts if visible(p.name)}
    return View(
        tools=tools,
        tool_list=[
            types.Tool(
                name=t.name,
                title=t.title,
                description=t.description,
                input_schema=dict(t.input_schema),
                output_schema=dict(t.output_schema) if t.output_schema is not None else None,
                annotations=_annotations(t),
            )
            for t in tools.values()
        ],
        templates=templates,
        template_list=[
            types.ResourceTemplate(
                name=t.name,
                title=t.title,
                uri_template=t.uri_template,
                description=t.description,
                mime_type=t.mime_type,
            )
            for t in templates
        ],
        prompts=prompts,
        prompt_list=[
            types.Prompt(
                name=p.name,
                title=p.title,
                description=p.description,
                arguments=[
                    types.PromptArgument(name=a.name, description=a.description, required=a.required)
                    for a in p.arguments
                ],
            )
            for p in prompts.values()
        ],
    )
