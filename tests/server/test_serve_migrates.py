"""`torquec serve` migrates the database to the app's model on start (no data loss),
and refuses to start — changing nothing — when that would lose data."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from torquec.driver import build

from .harness import Server, built_sample


def test_restart_after_model_change_keeps_data_and_refuses_data_loss(tmp_path):
    model, path, app = built_sample(tmp_path)
    srv = Server(app, seed=False)
    try:
        rec = srv.rpc("createEntity", {"entity": "Todo", "data": {"title": "keep me"}})
    finally:
        srv.stop()

    todo = next(e for e in model["entities"] if e["name"] == "Todo")
    todo["fields"].append({"id": "fld-estimate", "name": "estimate", "type": "integer", "validation": {"min": 0}})
    path.write_text(json.dumps(model), encoding="utf-8")
    assert build(str(path), str(app)).ok
    srv = Server(app, seed=False)
    try:
        assert srv.rpc("getEntity", {"entity": "Todo", "id": rec["id"]})["title"] == "keep me"
        updated = srv.rpc("updateEntity", {"entity": "Todo", "id": rec["id"], "data": {"estimate": 3}})
        assert updated["estimate"] == 3
    finally:
        srv.stop()

    todo["fields"] = [f for f in todo["fields"] if f["name"] != "estimate"]
    path.write_text(json.dumps(model), encoding="utf-8")
    assert build(str(path), str(app)).ok
    db = app / "data" / "app.db"
    before = db.read_bytes()
    r = subprocess.run([sys.executable, "-m", "torquec", "serve", str(app), "--port", "0", "--no-web"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "lose data" in r.stderr and "estimate" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before
    shutil.rmtree(app / "data")
