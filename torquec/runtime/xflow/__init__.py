"""XFlow runtime: sandboxed execution of compiled flows (QuickJS).

``sandbox`` is the generic layer: a per-thread pool of QuickJS contexts with
time/memory/stack limits and host functions bound to the current run.
``jsruntime`` is the JavaScript half loaded into every context, ``engine``
runs an app's compiled flows, ``hosts`` are the host functions, and
``integration`` wires flows into a generated server.

The sandbox names below are imported on first use, so that the compiler
(which only needs ``jsruntime.RUNTIME_VERSION``) does not load QuickJS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:  # pragma: no cover
    from .sandbox import (  # noqa: F401
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


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import sandbox

        return getattr(sandbox, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
