"""Phase 5 — backends. Each emits artifacts from the IR only, in this order.

Adding a backend: a module with ``NAME`` and ``emit(ctx) -> Iterable[Artifact]``,
listed here. Paths must not overlap between backends.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Module paths, imported lazily so `torquec check` never pays for backends.
BACKEND_MODULES: tuple[str, ...] = (
    "torquec.backends.sql",  # sql/<dialect>/schema.sql, migrations
    "torquec.backends.server",  # server/<package>/…, openrpc.json
    "torquec.backends.mcp",  # server/<package>/mcp_*.py
    "torquec.backends.xflow",  # flows/<flow>.js, flows/manifest.json
    "torquec.backends.web",  # web/…
    "torquec.backends.docs",  # README.md of the app
)


def load_backends() -> list[ModuleType]:
    mods = []
    for path in BACKEND_MODULES:
        try:
            mods.append(importlib.import_module(path))
        except ModuleNotFoundError as exc:
            if exc.name != path:
                raise
    return mods
