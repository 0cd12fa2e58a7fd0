"""Code generation: goldens for the sample flows, determinism, caching, the source map."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from torquec.backends.base import EmitContext
from torquec.backends.xflow import emit
from torquec.backends.xflow.codegen import compile_flow, topological_order
from torquec.driver import analyze
from torquec.passes.flow_code import node_pieces
from xflow.kit import E, S, chain, check, flow, model_with

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden"
SAMPLES = ["customer-order", "todo"]


def _artifacts(model) -> dict[str, bytes]:
    return {a.path: a.content for a in emit(EmitContext(model=model))}


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_flows_match_golden(sample):
    """``UPDATE_GOLDENS=1 pytest tests/xflow/test_codegen.py`` rewrites the goldens."""
    result = analyze(str(ROOT / "sample" / f"{sample}.json"))
    assert result.ok
    arts = _artifacts(result.model)
    assert arts, "the sample has flows"
    base = GOLDEN / sample
    if os.environ.get("UPDATE_GOLDENS"):
        for old in base.glob("flows/*"):
            old.unlink()
        for path, content in arts.items():
            (base / path).parent.mkdir(parents=True, exist_ok=True)
            (base / path).write_bytes(content)
    expected = {str(p.relative_to(base)): p.read_bytes() for p in sorted(base.glob("flows/*"))}
    assert sorted(arts) == sorted(expected)
    for path, content in arts.items():
        assert content.decode() == expected[path].decode(), path


def test_output_is_deterministic_and_cached():
    result = analyze(str(ROOT / "sample" / "customer-order.json"))
    first = _artifacts(result.model)
    again = _artifacts(analyze(str(ROOT / "sample" / "customer-order.json")).model)
    assert first == again
    memo: dict = {}
    ctx = EmitContext(model=result.model, memo=memo)
    list(emit(ctx))
    assert (ctx.hits, ctx.misses) == (0, len(result.model.flows))
    again = EmitContext(model=analyze(str(ROOT / "sample" / "customer-order.json")).model, memo=memo)
    assert list(emit(again)) == list(emit(ctx))
    assert (again.hits, again.misses) == (len(result.model.flows), 0)  # every flow from the memo


def test_manifest_describes_each_flow():
    result = analyze(str(ROOT / "sample" / "todo.json"))
    arts = _artifacts(result.model)
    manifest = json.loads(arts["flows/manifest.json"])
    entry = manifest["flows"]["countOpen"]
    import hashlib

    assert entry["file"] == "countOpen.js"
    assert entry["sha256"] == hashlib.sha256(arts["flows/countOpen.js"]).hexdigest()
    assert entry["trigger"] == {"type": "manual"} and entry["timeoutMs"] == 1000
    assert entry["inputs"]["properties"]["asOf"]["format"] == "date"
    assert entry["nodes"]["openTodos"] == {"type": "entityRead", "pointer": "/flows/0/nodes/1", "name": "Read open todos"}


def test_source_map_points_at_the_user_text():
    code = "var a = 1;\nvar b = 2;\nreturn a + b;"
    nodes = [S, {"id": "calc", "type": "javascript", "code": code},
             {"id": "h", "type": "httpRequest", "method": "POST", "url": "'http://x/' + prev",
              "headers": {"X-B": "'b'", "X-A": "'a'"}, "body": "({v: prev})"}, E]
    r = check(model_with(flow("m", nodes=nodes, edges=chain("start", "calc", "h", "end")), hosts=["x"]))
    assert not r.diags.has_errors, r.text
    compiled = compile_flow(r.model.flows[0])
    lines = compiled.source.split("\n")
    texts = {p.pointer: p.text for n in r.model.flows[0].nodes for p in node_pieces(n)}
    for first, last, node, pointer in compiled.source_map:
        assert "\n".join(lines[first - 1:last]).startswith(texts[pointer].lstrip("`")) or pointer.endswith("/message")
        assert pointer.startswith(f"/flows/0/nodes/{[n.id for n in r.model.flows[0].nodes].index(node)}/")
    assert [e[3] for e in compiled.source_map] == [
        "/flows/0/nodes/1/code", "/flows/0/nodes/2/url", "/flows/0/nodes/2/headers/X-A",
        "/flows/0/nodes/2/headers/X-B", "/flows/0/nodes/2/body"]


def test_topological_order_puts_terminals_last_and_keeps_model_order():
    nodes = [S, {"id": "p", "type": "parallel"}, {"id": "fin", "type": "end"},
             {"id": "b", "type": "transform", "expression": "1"}, {"id": "a", "type": "transform", "expression": "2"}]
    edges = chain("start", "p") + [{"from": "p", "to": "b"}, {"from": "p", "to": "a"}, {"from": "a", "to": "fin"},
                                   {"from": "b", "to": "fin"}]
    r = check(model_with(flow("t", nodes=nodes, edges=edges)))
    assert [n.id for n in topological_order(r.model.flows[0])] == ["start", "p", "b", "a", "fin"]
