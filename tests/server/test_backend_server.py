"""The server backend's incremental build: memoised output is byte-identical to
a fresh build after every kind of edit, an edit recomputes only what it touches,
and the linear literal renderer writes exactly what the reference one did."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from torquec.backends import server
from torquec.backends.base import _UNITS, EmitContext
from torquec.backends.server import meta, models, pyliteral
from torquec.driver import analyze

ROOT = Path(__file__).resolve().parents[2]
CUSTOMER_ORDER = ROOT / "sample" / "customer-order.json"
LIBRARY = Path(__file__).resolve().parent / "models" / "library.json"


# --------------------------------------------------------------------------- pyliteral


def _reference_render(value, indent=0, width=100):
    """The original (quadratic) renderer: the specification of the output."""
    one = _reference_inline(value)
    if one is not None and len(one) + indent <= width:
        return one
    pad = " " * (indent + 4)
    end = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{pad}{_reference_inline(k)}: {_reference_render(v, indent + 4, width)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{end}}}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [f"{pad}{_reference_render(v, indent + 4, width)}," for v in value]
        return "[\n" + "\n".join(items) + f"\n{end}]"
    return repr(value)


def _reference_inline(value):
    if isinstance(value, (bool, str, int, float)) or value is None:
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_reference_inline(k)}: {_reference_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_reference_inline(v) for v in value) + "]"
    raise TypeError(type(value).__name__)


def _random_value(rnd: random.Random, depth: int = 0):
    r = rnd.random()
    if depth > 4 or r < 0.4:
        return rnd.choice([None, True, False, 0, -1, 1.5, -0.0, 10**20, "", "x", "it's", "a" * rnd.randint(0, 130)])
    if r < 0.7:
        return {f"k{i}" * rnd.randint(1, 3): _random_value(rnd, depth + 1) for i in range(rnd.randint(0, 6))}
    return [_random_value(rnd, depth + 1) for _ in range(rnd.randint(0, 7))]


def test_render_matches_the_reference_renderer():
    rnd = random.Random(7)
    for _ in range(400):
        v = _random_value(rnd)
        for width in (0, 2, 30, 100, 120):
            for indent in (0, 8):
                assert pyliteral.render(v, indent, width) == _reference_render(v, indent, width)
                # A prerendered subtree placed where it was rendered: the same bytes.
                placed = {"a": pyliteral.Prerendered(v, indent + 4, width), "b": [pyliteral.Prerendered(v, indent + 8, width)]}
                assert pyliteral.render(placed, indent, width) == _reference_render({"a": v, "b": [v]}, indent, width)
                # Elsewhere: rendered again from the kept value, or refused.
                kept = pyliteral.Prerendered(v, indent + 12, width, keep=True)
                assert pyliteral.render([kept], indent, width) == _reference_render([v], indent, width)


def test_render_refuses_what_is_not_json_like():
    for bad in ({1, 2}, {"a": object()}, [1, {"b": (3, {4})}]):
        with pytest.raises(TypeError):
            pyliteral.render(bad)


def test_render_is_linear_in_depth():
    deep = "leaf"
    for i in range(400):
        deep = {f"level{i}": [deep, i]}
    text = pyliteral.render(deep, width=120)
    assert text.count("\n") > 400 and text.startswith("{\n")


# --------------------------------------------------------------------------- incremental builds


def _emit(data: dict, memo: dict, cache_dir: str) -> dict[str, bytes]:
    result = analyze("model.json", text=json.dumps(data))
    assert result.ok, [str(d) for d in result.diagnostics]
    ctx = EmitContext(model=result.model, memo=memo, cache_dir=cache_dir)
    return {a.path: a.content for a in server.emit(ctx)}


def _entity(m: dict, name: str) -> dict:
    return next(e for e in m["entities"] if e["name"] == name)


def _field(m: dict, entity: str, name: str) -> dict:
    return next(f for f in _entity(m, entity)["fields"] if f["name"] == name)


def _co_edits(m: dict):
    """Edits of customer-order, applied one after the other (each yields a label)."""
    _field(m, "Order", "shippingAddress")["description"] = "Where it goes."
    yield "field description"
    _field(m, "Order", "orderNumber")["validation"]["maxLength"] = 20.0
    yield "int limit becomes a float"
    _field(m, "Customer", "creditLimit")["validation"]["min"] = -0.0
    yield "0 becomes -0.0"
    _field(m, "Customer", "creditLimit")["validation"]["min"] = 0.0
    yield "-0.0 becomes 0.0"
    # 1, True and a dict are equal-ish to Python but must not share a memo entry; the sample's
    # jsonSchema (an array) would refuse them as defaults, so it goes first.
    del _field(m, "Order", "items")["jsonSchema"]
    yield "jsonSchema removed"
    _field(m, "Order", "items")["default"] = 1
    yield "json default 1"
    _field(m, "Order", "items")["default"] = True
    yield "json default True"
    _field(m, "Order", "items")["default"] = {"lines": [1]}
    yield "json default dict"
    _field(m, "Customer", "tags")["default"] = ["vip"]
    yield "list default"
    _entity(m, "Customer")["ui"]["displayField"] = "email"
    yield "display field of a referenced entity"
    m["relationships"][0]["onDelete"] = "cascade"
    yield "relationship onDelete"
    m["relationships"][0]["inverseName"] = "buyer"
    yield "relationship inverse name"
    _entity(m, "Customer")["fields"].append({"id": "fld-vip", "name": "vip", "type": "boolean", "default": False})
    yield "new field"
    m["layouts"][1]["title"] = "All customers"
    yield "page title"
    for c in m["layouts"][2]["components"]:
        if c["type"] == "DataGrid":
            c["pageSize"] = 50
    yield "grid page size"
    m["flows"][0]["description"] = "Checks an order."
    m["flows"][0]["inputs"] = {"type": "object", "properties": {"n": {"type": "integer", "minimum": 0}}}
    yield "flow inputs"
    m["flows"][0]["inputs"]["properties"]["n"]["minimum"] = 0.0
    yield "flow inputs number spelling"
    m["sampleData"]["Customer"][0]["creditLimit"] = 2000.0
    yield "sample value spelling"
    m["auth"]["roles"][1]["permissions"]["Order"] = ["read"]
    yield "role permissions"
    _entity(m, "Order")["fields"].reverse()
    yield "field order"


def _library_edits(m: dict):
    rel = next(r for r in m["relationships"] if r["kind"] == "manyToMany")
    rel["inverseName"] = "taggedBooks"
    for rec in m["sampleData"].get("Tag", ()):  # sample links use the navigation name
        if "books" in rec:
            rec["taggedBooks"] = rec.pop("books")
    yield "manyToMany inverse name"
    rel["description"] = "Tags of a book."
    yield "manyToMany description"
    _entity(m, "Tag")["fields"][0]["description"] = "The tag."
    yield "field of a linked entity"


@pytest.mark.parametrize("path,edits", [(CUSTOMER_ORDER, _co_edits), (LIBRARY, _library_edits)], ids=["customer-order", "library"])
def test_memoised_build_equals_fresh_build_after_every_edit(path, edits, tmp_path):
    cache = str(tmp_path / "cache")
    base = json.loads(path.read_text(encoding="utf-8"))
    memo: dict = {}
    first = _emit(base, memo, cache)
    assert first == _emit(base, {}, cache)
    m = copy.deepcopy(base)
    n = 0
    for label in edits(m):
        incremental = _emit(m, memo, cache)
        fresh = _emit(m, {}, cache)
        changed = sorted(p for p in fresh if fresh[p] != incremental.get(p))
        assert not changed and incremental.keys() == fresh.keys(), f"after {label!r}: stale {changed}"
        n += 1
    assert n >= 3
    # Undo everything: back to the first build's bytes.
    assert _emit(base, memo, cache) == first


def test_one_field_edit_recomputes_one_entity(tmp_path, monkeypatch):
    cache = str(tmp_path / "cache")
    base = json.loads(CUSTOMER_ORDER.read_text(encoding="utf-8"))
    memo: dict = {}
    _emit(base, memo, cache)
    units_after_first = len(memo[_UNITS])

    calls = {"entity_meta": [], "form_meta": [], "models": 0}
    real_entity_meta, real_form_meta, real_generate = meta.entity_meta, meta.form_meta, models.render_module

    def entity_meta(model, rels, e, index=None):
        calls["entity_meta"].append(e.name)
        return real_entity_meta(model, rels, e, index)

    def form_meta(model, e, mode, names=None):
        calls["form_meta"].append(e.name)
        return real_form_meta(model, e, mode, names)

    def generate(*args):
        calls["models"] += 1
        return real_generate(*args)

    monkeypatch.setattr(meta, "entity_meta", entity_meta)
    monkeypatch.setattr(meta, "form_meta", form_meta)
    monkeypatch.setattr(models, "render_module", generate)
    m = copy.deepcopy(base)
    _field(m, "Order", "shippingAddress")["description"] = "Edited."
    _emit(m, memo, cache)
    assert calls["entity_meta"] == ["Order"]
    # Order's own forms, and the pages showing an Order form.
    assert set(calls["form_meta"]) == {"Order"}
    assert calls["models"] == 1  # Order's pydantic module; the others come from the memo
    # The memo keeps the latest build's units only.
    assert len(memo[_UNITS]) == units_after_first
    calls.update(entity_meta=[], form_meta=[], models=0)
    _emit(m, memo, cache)
    assert calls == {"entity_meta": [], "form_meta": [], "models": 0}


def test_openrpc_with_a_placeholder_lookalike_in_the_model(tmp_path):
    import torquec.backends.server.openrpc as openrpc

    m = json.loads(CUSTOMER_ORDER.read_text(encoding="utf-8"))
    m["title"] = "\x00torquec-schema:0\x00"
    out = _emit(m, {}, str(tmp_path / "cache"))
    model = analyze("model.json", text=json.dumps(m)).model
    assert out["openrpc.json"] == (json.dumps(openrpc.build_openrpc(model), indent=2, ensure_ascii=False) + "\n").encode()
