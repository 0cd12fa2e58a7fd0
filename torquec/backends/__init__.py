"""Phase 5 — backends. Each emits artifacts from the IR only, in this order.

Adding a backend: a module with ``NAME`` and ``emit(ctx) -> Iterable[Artifact]``,
listed here. Paths must not overlap between backends.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Module paths, imported lazily so `torquec check` never pays for backends.
BACKEND_MODULES: tuple[str, ...] = (
    "torquec.backends.sql",
    "torquec.backends.docs",
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
