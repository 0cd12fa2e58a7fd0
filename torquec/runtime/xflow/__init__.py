"""XFlow runtime: sandboxed execution of compiled flows (QuickJS).

``sandbox`` is the generic layer: a per-thread pool of QuickJS contexts with
time/memory/stack limits and host functions bound to the current run.
"""

from .sandbox import (
    CallInfo,
    HostFunction,
    SandboxError,
    SandboxHostError,
    SandboxMemoryError,
    SandboxPool,
    SandboxScriptError,
    SandboxStackOverflow,
    SandboxTimeout,
    current_call,
)

__all__ = [
    "CallInfo",
    "HostFunction",
    "SandboxError",
    "SandboxHostError",
    "SandboxMemoryError",
    "SandboxPool",
    "SandboxScriptError",
    "SandboxStackOverflow",
    "SandboxTimeout",
    "current_call",
]
