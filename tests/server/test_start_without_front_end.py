"""A generated app starts, migrates and serves without the compiler's front end.

The app plans a migration from the schema snapshot its build wrote
(``sql/snapshot.json``) and the one recorded in the database: it never
loads, validates or analyses a model. These tests start ``torquec serve`` in
a process where importing the front end (``torquec.load``, ``torquec.validate``,
``torquec.passes``, ``torquec.driver``, lowering) raises ImportError.

A database recorded by an older torquec (no ``model_snapshot`` column) keeps
working: a starting app that cannot compile its recorded model says how to
upgrade it (``torquec migrate apply``), changing nothing; that command
records a snapshot and the app then starts without the front end.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from torquec.driver import build

from .harness import ROOT, Server, built_sample

FRONT_END = ("torquec.load", "torquec.validate", "torquec.passes", "torquec.driver", "torquec.ir.lower")

BLOCKER = f'''
import importlib.abc, sys

class _NoFrontEnd(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == m or name.startswith(m + ".") for m in {FRONT_END!r}):
            raise ImportError("blocked by the test: " + name)
        return None

sys.meta_path.insert(0, _NoFrontEnd())
'''


@pytest.fixture
def no_front_end(tmp_path) -> dict:
    """Environment of a Python process that cannot import the compiler's front end."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join(p for p in (str(site), str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    probe = subprocess.run([sys.executable, "-c", "import torquec.driver"], env={**os.environ, **env}, capture_output=True, text=True)
    assert probe.returncode == 1 and "blocked by the test" in probe.stderr  # the hook is in force
    return env


def _rename_and_add(model: dict, path, app) -> None:
    """Project.description becomes `summary` (same field id: a rename) and Project gains `budget`."""
    project = next(e for e in model["entities"] if e["name"] == "Project")
    desc = next(f for f in project["fields"] if f["name"] == "description")
    desc["name"] = "summary"
    desc["ui"]["label"] = "Summary"
    for rec in model["sampleData"]["Project"]:
        rec["summary"] = rec.pop("description", None)
    project["fields"].append({"id": "fld-project-budget", "name": "budget", "type": "integer", "validation": {"min": 0}})
    path.write_text(json.dumps(model), encoding="utf-8")
    assert build(str(path), str(app)).ok


def _check_migrated(srv: Server, rec_id: str) -> None:
    got = srv.rpc("getEntity", {"entity": "Project", "id": rec_id})
    assert got["summary"] == "kept across the rename" and got["budget"] is None
    assert srv.rpc("updateEntity", {"entity": "Project", "id": rec_id, "data": {"budget": 12}})["budget"] == 12


def test_app_migrates_a_renamed_and_an_added_column_without_the_front_end(tmp_path, no_front_end):
    model, path, app = built_sample(tmp_path)
    srv = Server(app, seed=False, env=no_front_end)
    try:
        rec = srv.rpc("createEntity", {"entity": "Project", "data": {"name": "Home", "description": "kept across the rename"}})
    finally:
        srv.stop()
    _rename_and_add(model, path, app)
    srv = Server(app, seed=False, env=no_front_end)
    try:
        assert "migrated the database" in srv.output()
        _check_migrated(srv, rec["id"])
    finally:
        srv.stop()
    db = sqlite3.connect(app / "data" / "app.db")
    rows = db.execute('SELECT "model_snapshot" FROM "_torque_schema" ORDER BY "id"').fetchall()
    db.close()
    assert len(rows) == 2 and rows[-1][0] == (app / "sql" / "snapshot.json").read_text(encoding="utf-8")


def test_database_recorded_before_snapshots(tmp_path, no_front_end):
    model, path, app = built_sample(tmp_path)
    srv = Server(app, seed=False)
    try:
        rec = srv.rpc("createEntity", {"entity": "Project", "data": {"name": "Home", "description": "kept across the rename"}})
    finally:
        srv.stop()
    db_path = app / "data" / "app.db"
    db = sqlite3.connect(db_path)  # what an older torquec left: no snapshot column
    db.execute('ALTER TABLE "_torque_schema" DROP COLUMN "model_snapshot"')
    db.commit()
    db.close()
    _rename_and_add(model, path, app)

    before = db_path.read_bytes()
    r = subprocess.run([sys.executable, "-m", "torquec", "serve", str(app), "--port", "0", "--no-web"],
                       capture_output=True, text=True, timeout=120, env={**os.environ, **no_front_end})
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "before torquec kept schema snapshots" in r.stderr and "torquec migrate apply" in r.stderr
    assert db_path.read_bytes() == before

    # With the compiler at hand, the old row is compiled once and the migration records a snapshot.
    r = subprocess.run([sys.executable, "-m", "torquec", "migrate", "apply", str(path), "--database-url", str(db_path)],
                       capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    db = sqlite3.connect(db_path)
    rows = db.execute('SELECT "model_snapshot" FROM "_torque_schema" ORDER BY "id"').fetchall()
    db.close()
    assert rows[0][0] is None and rows[-1][0] == (app / "sql" / "snapshot.json").read_text(encoding="utf-8")

    srv = Server(app, seed=False, env=no_front_end)
    try:
        _check_migrated(srv, rec["id"])
    finally:
        srv.stop()
