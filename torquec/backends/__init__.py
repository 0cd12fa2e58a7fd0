"""Phase 5 — backends. Each emits artifacts from the IR only, in this order.

Adding a backend: a module with ``NAME`` and ``emit(ctx) -> Iterable[Artifact]``,
listed here. Paths must not overlap between backends.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Every backend, in emit order. Imported when a build starts (not at import
# time) so `torquec check` never pays for them; a backend that fails to
# import fails the build, it is never skipped.
BACKEND_MODULES: tuple[str, ...] = (
    "torquec.backends.sql",  # sql/<dialect>/schema.sql, migrations
    "torquec.backends.server",  # server/<package>/…, openrpc.json
    "torquec.backends.mcp",  # server/<package>/mcp_*.py
    "torquec.backends.xflow",  # flows/<flow>.js, flows/manifest.json
    "torquec.backends.web",  # web/…
    "torquec.backends.deploy",  # deploy/: Dockerfile, compose.yaml, k8s/
    "torquec.backends.docs",  # README.md of the app
)


def load_backends() -> list[ModuleType]:
    return [importlib.import_module(path) for path in BACKEND_MODULES]
