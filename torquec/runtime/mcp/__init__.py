"""Generic MCP machinery imported by generated apps (see ``server.py``)."""

from .server import LOOPBACK_HOSTS, MCP_PATH, PRINCIPAL_SCOPE_KEY, McpHost, TorqueMcp
from .spec import McpSpec, PromptArg, PromptDef, ResourceDef, TemplateDef, ToolDef

__all__ = [
    "LOOPBACK_HOSTS",
    "MCP_PATH",
    "PRINCIPAL_SCOPE_KEY",
    "McpHost",
    "McpSpec",
    "PromptArg",
    "PromptDef",
    "ResourceDef",
    "TemplateDef",
    "ToolDef",
    "TorqueMcp",
]
