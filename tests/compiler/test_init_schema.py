"""`torquec init` writes a `$schema` that resolves: the schema the package ships, next to the model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from torquec.validate.schema import schema_path

ROOT = Path(__file__).resolve().parents[2]


def init(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "torquec", "init", *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_init_schema_reference_resolves_to_the_shipped_schema(tmp_path):
    r = init("my-app", "--dir", str(tmp_path))
    assert r.returncode == 0, r.stderr
    model = json.loads((tmp_path / "my-app.json").read_text())
    ref = tmp_path / model["$schema"]
    assert not model["$schema"].startswith(("http:", "https:"))
    assert ref.is_file() and ref.read_bytes() == schema_path().read_bytes()
    # what an editor does with it: the starter model validates against the referenced schema
    jsonschema.Draft202012Validator(json.loads(ref.read_text())).validate(model)
    assert str(ref.name) in r.stdout


def test_init_refreshes_a_stale_schema_and_shares_it_between_models(tmp_path):
    (tmp_path / "torque-model.schema.json").write_text("{}")
    assert init("first", "--dir", str(tmp_path)).returncode == 0
    assert init("second", "--dir", str(tmp_path)).returncode == 0
    assert (tmp_path / "torque-model.schema.json").read_bytes() == schema_path().read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.json", "second.json", "torque-model.schema.json"]
