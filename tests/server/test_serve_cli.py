"""`torquec serve`: model files and app dirs, loopback-only without auth, seeding
twice, start-up errors without tracebacks, Ctrl-C."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys

import httpx

from .conftest import SAMPLES
from .harness import ROOT, Server, free_port


def run_serve(args, cwd=ROOT, env=None, timeout=60):
    import os

    e = dict(os.environ)
    e.pop("TORQUE_TOKENS", None)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "torquec", "serve", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=e)


def test_serve_model_file_builds_first_and_binds_loopback(tmp_path):
    model = tmp_path / "todo.json"
    model.write_text(SAMPLES["todo"].read_text().replace('"$schema": "../schemas/', '"$schema": "../../schemas/'))
    srv = Server(model, cwd=tmp_path)
    try:
        out = srv.output()
        assert "every caller may do everything" in out
        assert f"JSON-RPC  http://127.0.0.1:{srv.port}/rpc" in out and f"health    http://127.0.0.1:{srv.port}/health" in out
        assert f"events    ws://127.0.0.1:{srv.port}/ws" in out
        assert (tmp_path / "generated" / "todo" / "torque-manifest.json").exists() and "built" in out
        assert srv.rpc("loadEntityData", {"entity": "Todo"})["total"] == 5
    finally:
        srv.stop()


def test_seed_is_idempotent(apps, tmp_path):
    app = tmp_path / "todo"
    shutil.copytree(apps["todo"], app)
    for i, expected in enumerate(("seeded 2 Project, 5 Todo", "seeded nothing new")):
        srv = Server(app)
        try:
            assert expected in srv.output()
            assert srv.total("Todo") == 5 and srv.total("Project") == 2 + i  # + the one created below
            srv.rpc("createEntity", {"entity": "Project", "data": {"name": f"Extra {i}"}})
        finally:
            srv.stop()
    assert (app / "data" / "app.db").exists()


def test_ctrl_c_stops_cleanly(apps, tmp_path):
    app = tmp_path / "todo"
    shutil.copytree(apps["todo"], app)
    srv = Server(app)
    srv.proc.send_signal(signal.SIGINT)
    assert srv.proc.wait(15) in (0, -signal.SIGINT, 130)
    assert "Traceback" not in srv.output()
    srv.stop()


def test_not_an_app_dir(tmp_path):
    r = run_serve([str(tmp_path)])
    assert r.returncode == 1 and "not a generated app" in r.stderr and "Traceback" not in r.stderr
    r = run_serve([str(tmp_path / "missing.json")])
    assert r.returncode == 1 and "no such file" in r.stderr


def test_bad_model_reports_diagnostics(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "bad", "entities": []}')
    r = run_serve([str(bad)], cwd=tmp_path)
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_unreachable_database(apps):
    r = run_serve([str(apps["todo"]), "--database-url", f"postgresql://postgres@127.0.0.1:{free_port()}/nope", "--port", str(free_port())])
    assert r.returncode == 1 and "cannot start todo" in r.stderr and "Traceback" not in r.stderr


def test_unknown_role_in_tokens(apps):
    r = run_serve([str(apps["customer-order"]), "--port", str(free_port())], env={"TORQUE_TOKENS": "tok:superuser"})
    assert r.returncode == 1 and "unknown role" in r.stderr and "superuser" in r.stderr


def test_tokens_file_and_warning(apps, tmp_path):
    tf = tmp_path / "tokens.json"
    tf.write_text(json.dumps({"file-token": "viewer"}))
    app = tmp_path / "co"
    shutil.copytree(apps["customer-order"], app, ignore=shutil.ignore_patterns("data"))
    srv = Server(app, env={"TORQUE_TOKENS_FILE": str(tf)}, token="file-token")
    try:
        assert srv.rpc("getModelMetadata")["role"] == "viewer"
        assert srv.error("createEntity", {"entity": "Customer", "data": {}})["code"] == -32007
    finally:
        srv.stop()
    srv = Server(app, seed=False)
    try:
        assert "no tokens configured" in srv.output()
        assert srv.error("getModelMetadata")["code"] == -32006
    finally:
        srv.stop()
