"""Generic MCP machinery imported by generated apps (see ``server.py``)."""

from .spec import McpSpec, PromptArg, PromptDef, ResourceDef, TemplateDef, ToolDef

_SERVER_NAMES = ("LOOPBACK_HOSTS", "MCP_PATH", "PRINCIPAL_SCOPE_KEY", "McpHost", "TorqueMcp")


def __getattr__(name: str):
    # The server half imports the MCP SDK (~0.6 s); the compiler only needs
    # `spec`, so the SDK is loaded on first use by a running app, not by `torquec build`.
    if name in _SERVER_NAMES:
        from . import server

        return getattr(server, name)
    raise AttributeError(name)


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
