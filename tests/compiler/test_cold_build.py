"""A cold `torquec build` (fresh process, empty cache) loads only what building needs (issue 17)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Loaded by other commands or only for an invalid model; each costs 0.1-0.6 s of a cold build.
NOT_FOR_A_BUILD = ("datamodel_code_generator", "jsonschema", "asyncio", "uvicorn", "fastapi", "torquec.runtime.app")


def test_build_of_a_valid_model_skips_heavy_imports(tmp_path):
    code = (
        "import sys, json\n"
        "from torquec.cli import main\n"
        f"sys.argv = ['torquec', 'build', {str(ROOT / 'sample/customer-order.json')!r}, '-o', {str(tmp_path / 'out')!r}]\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        f"print(json.dumps([m for m in {NOT_FOR_A_BUILD!r} if m in sys.modules]))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), TORQUEC_CACHE_DIR=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.strip().splitlines()[-1]) == []
    assert (tmp_path / "out/server/customer_order/models/order.py").is_file()


def test_invalid_model_still_gets_the_explained_schema_errors(tmp_path):
    bad = json.loads((ROOT / "sample/todo.json").read_text())
    bad["entities"][0]["fields"][0]["type"] = "strnig"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    env = dict(os.environ, PYTHONPATH=str(ROOT), TORQUEC_CACHE_DIR=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-m", "torquec", "build", str(path), "-o", str(tmp_path / "out")], capture_output=True, text=True, env=env)
    assert r.returncode != 0 and "Traceback" not in r.stderr + r.stdout
    assert "E104" in r.stderr + r.stdout and "string" in r.stderr + r.stdout  # did-you-mean from the jsonschema explanation
