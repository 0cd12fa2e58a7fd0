"""The server backend's output: layout, determinism (also across the on-disk
cache), generated code that compiles and validates, incremental rebuilds,
`torquec build` + `--check` on the sample."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from torquec.driver import build

from .conftest import SAMPLES
from .harness import ROOT


def files(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file() and "data" not in p.parts
            and p.name != ".torquec-build-stamp"}


def test_layout(apps):
    d = apps["customer-order"]
    for rel in ("server/customer_order/__init__.py", "server/customer_order/app.py", "server/customer_order/metadata.py",
                "server/customer_order/metadata.json", "server/customer_order/mcp_tools.json",
                "server/customer_order/queries_sqlite.py", "server/customer_order/queries_postgres.py",
                "server/customer_order/models/__init__.py", "server/customer_order/models/customer.py",
                "server/customer_order/models/order.py", "openrpc.json"):
        assert (d / rel).is_file(), rel
    assert not (d / "server/customer_order/openrpc.json").exists()  # one copy: the server reads the app root's


@pytest.mark.parametrize("name", ["customer-order", "todo"])
def test_metadata_is_json_data_equal_to_build_metadata(apps, name):
    """metadata.json is plain JSON (no trailing commas, no Python literals) and is
    exactly build_metadata(model); metadata.py only loads it."""
    import json

    from torquec.backends.server.meta import build_metadata
    from torquec.driver import analyze

    pkg = name.replace("-", "_")
    text = (apps[name] / f"server/{pkg}/metadata.json").read_text(encoding="utf-8")
    assert json.loads(text) == json.loads(json.dumps(build_metadata(analyze(str(SAMPLES[name])).model)))
    # One line per top-level key, entity, form, relationship, page and flow: compact, yet diffs stay readable.
    lines = {line.rstrip(",") for line in text.splitlines()}
    meta = build_metadata(analyze(str(SAMPLES[name])).model)
    for key in ("entities", "relationships", "layouts", "flows"):
        for item in meta[key]:
            assert json.dumps(item, ensure_ascii=False, separators=(",", ":")) in lines, (key, item.get("name"))
    assert "{" in lines and "}" in lines and '"entities":[' in lines
    loader = (apps[name] / f"server/{pkg}/metadata.py").read_text(encoding="utf-8")
    assert "metadata.json" in loader and len(loader.splitlines()) < 20


@pytest.mark.parametrize("name", ["customer-order", "todo", "library"])
def test_deterministic_across_builds_and_cache(name, tmp_path, monkeypatch):
    monkeypatch.setenv("TORQUEC_CACHE_DIR", str(tmp_path / "cache"))
    a = build(str(SAMPLES[name]), str(tmp_path / "a"))  # empty cache
    b = build(str(SAMPLES[name]), str(tmp_path / "b"))  # disk cache hit
    monkeypatch.setenv("TORQUEC_CACHE_DIR", str(tmp_path / "cache2"))
    c = build(str(SAMPLES[name]), str(tmp_path / "c"), memo={})
    assert a.ok and b.ok and c.ok
    fa, fb, fc = files(tmp_path / "a"), files(tmp_path / "b"), files(tmp_path / "c")
    assert sorted(fa) == sorted(fb) == sorted(fc)
    differ = [p for p in fa if not fa[p] == fb[p] == fc[p]]
    assert differ == [], f"files differ between identical builds: {differ}"


def test_generated_code_runs(apps):
    d = apps["library"] / "server"
    code = (
        "import json, library.metadata as m, library.queries_sqlite as qs, library.queries_postgres as qp\n"
        "from library.models import MODELS\n"
        "C, U, R = MODELS['Book']\n"
        "b = C.model_validate({'title': 't', 'authorId': 'a1000000-0000-4000-8000-000000000001'})\n"
        "assert b.inStock is True\n"
        "try:\n    C.model_validate({'title': 't'})\nexcept Exception as e:\n    assert 'authorId' in str(e)\nelse:\n    raise SystemExit('missing required field accepted')\n"
        "assert set(MODELS) == {e['name'] for e in m.METADATA['entities']}\n"
        "assert '?' in qs.QUERIES['entities']['Book']['insert'] and '%s' in qp.QUERIES['entities']['Book']['insert']\n"
        "print(json.dumps(sorted(qs.QUERIES['joins'])))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=d, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == ["book_tags"]


def test_one_field_edit_touches_one_model(tmp_path, monkeypatch):
    monkeypatch.setenv("TORQUEC_CACHE_DIR", str(tmp_path / "cache"))
    memo: dict = {}
    model = json.loads(SAMPLES["customer-order"].read_text())
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model))
    assert build(str(path), str(tmp_path / "out"), memo=memo).ok
    model["entities"][1]["fields"][0]["validation"]["maxLength"] = 30
    path.write_text(json.dumps(model))
    r = build(str(path), str(tmp_path / "out"), memo=memo)
    written = {p for p in r.report.written if p.startswith("server/")}
    assert "server/customer_order/models/order.py" in written
    assert "server/customer_order/models/customer.py" not in written
    assert "max_length=30" in (tmp_path / "out/server/customer_order/models/order.py").read_text()


def test_cli_build_then_check(tmp_path):
    out = tmp_path / "co"
    r = subprocess.run([sys.executable, "-m", "torquec", "build", "sample/customer-order.json", "-o", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "torquec", "build", "sample/customer-order.json", "-o", str(out), "--check"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_openrpc_document(apps):
    doc = json.loads((apps["customer-order"] / "openrpc.json").read_text())
    names = [m["name"] for m in doc["methods"]]
    for n in ("getCapabilities", "getModelMetadata", "loadPage", "getFormDefinition", "loadEntityData", "getEntity", "createEntity",
              "updateEntity", "deleteEntity", "bulkCreate", "bulkUpdate", "bulkDelete", "getRelated", "rpc.discover"):
        assert n in names
    assert all(m["paramStructure"] == "by-name" for m in doc["methods"])
    create = doc["components"]["schemas"]["OrderCreate"]
    assert create["required"] == ["orderNumber", "customerId", "totalAmount", "orderDate"]
    assert create["properties"]["orderNumber"]["pattern"] == "^(?:^ORD-[0-9]{4,}$)$"
    assert create["properties"]["status"]["default"] == "Draft" and create["additionalProperties"] is False
    # Each entity's schemas are referenced from one list per kind, which the methods reference (issue 17):
    # the document does not grow by a list of every entity per method.
    text = json.dumps(doc)
    for kind in ("Record", "Create", "Update"):
        assert text.count(f'"#/components/schemas/Order{kind}"') == 1
        assert doc["components"]["schemas"][f"Any_{kind}"]["oneOf"] == [
            {"$ref": f"#/components/schemas/{e}{kind}"} for e in doc["components"]["schemas"]["EntityName"]["enum"]]
    from jsonschema import Draft202012Validator

    for s in doc["components"]["schemas"].values():
        Draft202012Validator.check_schema(s)


@pytest.mark.parametrize("name", ["customer-order", "library"])
def test_openrpc_json_is_the_document_with_one_line_per_entity_schema(apps, name):
    from torquec.backends.server.openrpc import build_openrpc
    from torquec.driver import analyze

    text = (apps[name] / "openrpc.json").read_text(encoding="utf-8")
    assert json.loads(text) == json.loads(json.dumps(build_openrpc(analyze(str(SAMPLES[name])).model)))
    lines = text.splitlines()
    assert any(line.startswith('      "OrderCreate": {"title": "OrderCreate"') for line in lines) or name != "customer-order"
    schemas = json.loads(text)["components"]["schemas"]
    entity_schemas = [k for k in schemas if k.endswith(("Create", "Update", "Record")) and not k.startswith("Any")]
    assert sum(1 for line in lines if line.startswith('      "') and line.rstrip(",").endswith("}")) >= len(entity_schemas)
