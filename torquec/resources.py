"""Where the compiler's data files live: ``schemas/`` and ``templates/``.

An installed wheel carries them inside the package (``torquec/schemas``,
``torquec/templates``: pyproject maps the top-level folders there); a source
checkout has them next to the package. The package's own copy wins, so a
stray top-level ``templates/`` in site-packages is never picked up.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"torquec's `{name}/` folder is missing from {_PACKAGE} (a broken install?)")
