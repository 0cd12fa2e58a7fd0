"""Fixtures for the server tests: the sample apps built once per session, and
servers (SQLite and PostgreSQL) shared by the whole session (tests make their
own records with unique values, so they do not depend on each other)."""

from __future__ import annotations

import json
import re
import shutil
import uuid
from pathlib import Path

import pytest

from torquec.driver import build

from .harness import ROOT, Server

SAMPLES = {
    "customer-order": ROOT / "sample" / "customer-order.json",
    "todo": ROOT / "sample" / "todo.json",
    "library": Path(__file__).resolve().parent / "models" / "library.json",
    "keys": Path(__file__).resolve().parent / "models" / "keys.json",
}
TOKENS = "admin-token:admin,sales-token:sales,viewer-token:viewer"
ADMIN = "admin-token"


@pytest.fixture(scope="session")
def apps(tmp_path_factory) -> dict[str, Path]:
    """name → built app dir (fresh, in a temp dir)."""
    base = tmp_path_factory.mktemp("apps")
    out = {}
    for name, model in SAMPLES.items():
        result = build(str(model), str(base / name))
        assert result.ok, [str(d) for d in result.diagnostics]
        out[name] = base / name
    return out


def fresh_copy(app_dir: Path, tmp_path_factory, name: str) -> Path:
    """A private copy of a built app (its own data/ directory)."""
    dst = tmp_path_factory.mktemp(name) / app_dir.name
    shutil.copytree(app_dir, dst, ignore=shutil.ignore_patterns("data"))
    return dst


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend(request):
    return request.param


def _database(backend: str, request, tmp_path_factory, label: str):
    if backend == "sqlite":
        return None, None
    cluster = request.getfixturevalue("pg_cluster")
    name = f"s_{re.sub(r'[^a-z0-9]+', '_', label.lower())[:30]}_{uuid.uuid4().hex[:8]}"
    return cluster.create_database(name), (cluster, name)


def _served(apps, backend, request, tmp_path_factory, app: str, prefix: str, **server_options):
    """A fresh copy of the built ``app`` served on its own database of ``backend``; stopped (and the
    PostgreSQL database dropped) when the generator is closed."""
    app_dir = fresh_copy(apps[app], tmp_path_factory, prefix)
    url, drop = _database(backend, request, tmp_path_factory, prefix)
    srv = Server(app_dir, database_url=url, **server_options)
    srv.backend = backend
    srv.app_dir = app_dir
    yield srv
    srv.stop()
    if drop:
        drop[0].drop_database(drop[1])


@pytest.fixture(scope="session")
def co_server(apps, backend, request, tmp_path_factory):
    """customer-order with seed data and the three role tokens, on SQLite or PostgreSQL."""
    yield from _served(apps, backend, request, tmp_path_factory, "customer-order", "co", tokens=TOKENS, token=ADMIN)


@pytest.fixture(scope="session")
def lib_server(apps, backend, request, tmp_path_factory):
    """The library test model (every relationship kind and field type), no auth."""
    yield from _served(apps, backend, request, tmp_path_factory, "library", "lib", token=None)


@pytest.fixture(scope="session")
def keys_server(apps, backend, request, tmp_path_factory):
    """The keys test model (composite unique constraints and indexes), no auth."""
    yield from _served(apps, backend, request, tmp_path_factory, "keys", "keys", token=None)


def sample_model(name: str) -> dict:
    return json.loads(SAMPLES[name].read_text())
