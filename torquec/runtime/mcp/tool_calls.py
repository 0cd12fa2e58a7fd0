"""How an MCP tool call becomes a service call, and its result a tool result.

Kept apart from the server (transport, sessions, roles) because this is the one
place that knows the tool kinds: which JSON-RPC method each kind runs, which
arguments it passes on, and how the answer is shaped as structured content.
The service does the real validation; this only checks the top-level envelope.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import mcp_types as types
import orjson

from .spec import ToolDef


METHOD_OF_KIND: dict[str, str] = {
    "query": "loadEntityData",
    "get": "getEntity",
    "create": "createEntity",
    "update": "updateEntity",
    "delete": "deleteEntity",
    "related": "getRelated",
    "add_links": "addLinks",
    "remove_links": "removeLinks",
    "describe": "getModelMetadata",
    "run_flow": "executeXFlow",
}

def _json_default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return float(obj)
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json", by_alias=True)
    raise TypeError(f"not JSON serializable: {type(obj).__name__}")


def to_json_bytes(value: Any) -> bytes:
    return orjson.dumps(value, default=_json_default)


def to_json_value(value: Any) -> Any:
    """The JSON value of ``value`` (plain dict/list/str/number/bool/None)."""
    return orjson.loads(to_json_bytes(value))


def as_text(value: Any) -> str:
    return to_json_bytes(value).decode()


class ToolArgumentError(Exception):
    """Tool arguments that do not fit the tool's envelope (unknown/missing/ill-typed top-level args)."""

    def __init__(self, errors: list[dict[str, str]]):
        super().__init__("invalid tool arguments")
        self.errors = errors


_TOP_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
}


def check_envelope(tool: ToolDef, args: Mapping[str, Any]) -> None:
    """Check the tool's top-level arguments only: names, presence, JSON type.

    What is *inside* them (record data, filter values, ...) is validated by
    the service -- one set of rules for ``/rpc`` and MCP.
    """
    props: Mapping[str, Any] = tool.input_schema.get("properties", {})
    errors: list[dict[str, str]] = []
    for name in args:
        if name not in props:
            errors.append({"field": name, "rule": "unknown_argument", "message": f"unknown argument {name!r} for tool {tool.name}"})
    for name in tool.required_args:
        if name not in args:
            errors.append({"field": name, "rule": "missing", "message": f"argument {name!r} is required"})
    for name, value in args.items():
        schema = props.get(name)
        if not schema:
            continue
        t = schema.get("type")
        allowed = t if isinstance(t, list) else [t] if t else []
        if not allowed:
            continue
        ok = False
        for jt in allowed:
            if jt == "null":
                ok = ok or value is None
            elif jt in _TOP_TYPES:
                py = _TOP_TYPES[jt]
                if isinstance(value, bool) and jt not in ("boolean",):
                    continue
                ok = ok or isinstance(value, py)
        if not ok:
            errors.append({"field": name, "rule": "type", "message": f"argument {name!r} must be of type {' or '.join(allowed)}"})
    if errors:
        raise ToolArgumentError(errors)


# ----------------------------------------------------------------- tool kinds -> service calls


# Tool kind -> the arguments it passes on to its method (METHOD_OF_KIND). An absent or
# null argument is left out, but one marked "!" is always passed (the service reports it).
_ARGS_OF_KIND: dict[str, tuple[str, ...]] = {
    "query": ("page", "pageSize", "sort", "filters", "search", "include", "after"),
    "get": ("id", "include"),
    "create": ("!data",),
    "update": ("id", "data", "expectedVersion"),
    "delete": ("!id",),
    "related": ("id", "relationship", "page", "pageSize"),
    "add_links": ("id", "relationship", "ids", "expectedVersion"),
    "remove_links": ("id", "relationship", "ids", "expectedVersion"),
    "describe": (),
    "run_flow": ("flow", "input", "trace"),
}
_MODEL_WIDE = frozenset({"describe", "run_flow"})  # the kinds not about one entity


def params_for(tool: ToolDef, a: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    method, names = METHOD_OF_KIND[tool.kind], _ARGS_OF_KIND[tool.kind]  # McpSpec.from_dict rejects unknown kinds
    if tool.kind == "run_flow":
        a = {"input": {}, **a}
    params: dict[str, Any] = {} if tool.kind in _MODEL_WIDE else {"entity": tool.entity}
    for name in names:
        always = name.startswith("!")
        name = name.lstrip("!")
        value = a.get(name)
        if value is not None or always:
            params[name] = value
    return method, params


def structured_content(tool: ToolDef, args: Mapping[str, Any], result: Any) -> dict[str, Any]:
    """Shape the service result as the tool's structured content (always an object)."""
    value = to_json_value(result)
    k = tool.kind
    if k in ("query", "related") and isinstance(value, dict) and "items" in value:
        page = value.get("page")
        size = value.get("pageSize")
        total = value.get("total")
        if args.get("after") is not None and "hasMore" not in value:  # a cursor page: the position is unknown
            value["hasMore"] = value.get("nextCursor") is not None
        elif isinstance(page, int) and isinstance(size, int) and isinstance(total, int) and "hasMore" not in value:
            value["hasMore"] = page * size < total
        return value
    if k == "delete":
        if isinstance(value, dict) and value.get("deleted") is not None:
            return value
        return {"id": args.get("id"), "deleted": True}
    if not isinstance(value, dict):
        return {"result": value}
    return value


def error_result(err: Mapping[str, Any]) -> types.CallToolResult:
    """A tool-level error: ``isError`` with the service's error object as JSON text."""
    msg = str(err.get("message", "Error"))
    data = err.get("data") or {}
    lines = [f"{msg} ({data.get('kind', 'error')}, code {err.get('code')})"]
    for fe in data.get("errors", ()) or ():
        lines.append(f"- {fe.get('field')}: {fe.get('message')} [{fe.get('rule')}]")
    body = {"error": dict(err)}
    return types.CallToolResult(
        content=[
            types.TextContent(type="text", text="\n".join(lines)),
            types.TextContent(type="text", text=as_text(body)),
        ],
        is_error=True,
    )
