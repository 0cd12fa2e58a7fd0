"""Load a freshly generated app package, and migrate its database, for watch mode.

The generated server package (``<app>/server/<package>/``) changes on every
rebuild; Python caches imported modules, so before importing the new
generation we drop the old generation's modules from ``sys.modules``. Objects
of the old generation (the app still draining requests) keep working: they
hold references to their own module objects.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading

_import_lock = threading.Lock()


def import_app_package(app_dir: str, package: str):
    server_dir = os.path.join(os.path.abspath(app_dir), "server")
    with _import_lock:
        if server_dir not in sys.path:
            sys.path.insert(0, server_dir)
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
        importlib.invalidate_caches()
        return importlib.import_module(f"{package}.app")


def load_app(app_dir: str, model, database_url: str | None, seed: bool = False, listen_host: str | None = None):
    module = import_app_package(app_dir, model.package)
    return module.create_app(database_url, seed=seed, listen_host=listen_host)


def migrate_database(app_dir: str, model, model_text: str, database_url: str | None, allow_data_loss: bool,
                     applied: list[str] | None = None) -> str | None:
    """Bring the database to ``model``; return the refusal text when it would lose data.
    ``applied`` receives what a migration that ran changed, one line per table."""
    from torquec.migrate import migrate_app_database

    return migrate_app_database(app_dir, model, model_text, database_url, allow_data_loss=allow_data_loss, applied=applied)
