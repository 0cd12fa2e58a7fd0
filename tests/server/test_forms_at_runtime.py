"""Entity forms (getFormDefinition) are made by the runtime from the field metadata (issue 17: the build
no longer writes a second copy of every field as forms). Golden files hold the forms the compiler wrote
into metadata.json before; the runtime's must be the same, for every entity and mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from torquec.backends.server.meta import build_metadata
from torquec.driver import analyze
from torquec.runtime.spec import AppSpec

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"
MODELS = {"customer-order": ROOT / "sample" / "customer-order.json", "todo": ROOT / "sample" / "todo.json",
          "library": ROOT / "tests" / "server" / "models" / "library.json", "keys": ROOT / "tests" / "server" / "models" / "keys.json"}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_runtime_forms_equal_the_forms_the_build_wrote(name):
    r = analyze(str(MODELS[name]))
    assert r.ok, [str(d) for d in r.diagnostics]
    meta = json.loads(json.dumps(build_metadata(r.model)))  # as metadata.json holds it
    assert "forms" not in meta
    spec = AppSpec.build(meta)
    expected = json.loads((GOLDEN / f"forms-{name}.json").read_text(encoding="utf-8"))
    got = {e: {m: spec.form(e, m) for m in ("create", "edit")} for e in expected}
    assert json.dumps(got, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)
    assert set(expected) == {e["name"] for e in meta["entities"]}
