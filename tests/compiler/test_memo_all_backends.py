"""Every backend's watch-mode memo never serves stale output.

One chain of model edits, applied one after the other as in ``torquec watch``,
covering every kind of edit a model gets: add, rename and remove a field,
change a rule, a default (including spellings ``==`` takes for equal: ``0`` /
``0.0`` / ``-0.0``, ``1`` / ``True``, a JSON object with its keys in another
order), a ui option, a relationship, flow code, a page, roles, sample data.
After each, the artifacts of ALL backends (sql, server, mcp, xflow, web, docs, deploy)
built with the memo of every earlier build must be byte-identical to a build
from scratch. The chain ends by going back to the first model, which must give
the first build's bytes again.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from torquec.backends import load_backends
from torquec.backends.base import EmitContext
from torquec.driver import analyze

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample" / "customer-order.json"
BACKENDS = {"sql", "server", "mcp", "xflow", "web", "docs", "deploy"}


def _entity(m: dict, name: str) -> dict:
    return next(e for e in m["entities"] if e["name"] == name)


def _any_json(m: dict) -> dict:
    """Order.items without its jsonSchema (any JSON value may then be its default)."""
    f = _field(m, "Order", "items")
    f.pop("jsonSchema", None)
    return f


def _field(m: dict, entity: str, name: str) -> dict:
    return next(f for f in _entity(m, entity)["fields"] if f["name"] == name)


def _component(m: dict, cid: str) -> dict:
    stack = [c for lay in m["layouts"] for c in lay["components"]]
    while stack:
        c = stack.pop()
        if c["id"] == cid:
            return c
        stack.extend(c.get("children", ()))
    raise KeyError(cid)


def _rename_notes(m: dict) -> None:
    _field(m, "Customer", "notes")["name"] = "remarks"
    form = _component(m, "newCustomerForm")
    form["fields"] = ["remarks" if n == "notes" else n for n in form["fields"]]
    for rec in m["sampleData"]["Customer"]:
        if "notes" in rec:
            rec["remarks"] = rec.pop("notes")


def _remove_phone(m: dict) -> None:
    c = _entity(m, "Customer")
    c["fields"] = [f for f in c["fields"] if f["name"] != "phone"]
    for cid, key in (("customerGrid", "columns"), ("newCustomerForm", "fields")):
        comp = _component(m, cid)
        comp[key] = [n for n in comp[key] if n != "phone"]
    for lay in m["layouts"]:
        for comp in lay["components"]:
            if comp.get("entity") == "Customer" and comp.get("columns"):
                comp["columns"] = [n for n in comp["columns"] if n != "phone"]
    for rec in m["sampleData"]["Customer"]:
        rec.pop("phone", None)


def _flow_code(m: dict) -> None:
    node = next(n for n in m["flows"][0]["nodes"] if n["type"] == "javascript")
    node["code"] = node["code"].replace("var order", "var  order", 1)


EDITS = [
    ("add a field", lambda m: _entity(m, "Customer")["fields"].append(
        {"id": "fld-vip", "name": "vip", "type": "boolean", "default": False})),
    ("rename a field", _rename_notes),
    ("remove a field", _remove_phone),
    ("field type", lambda m: _field(m, "Customer", "vip").update(type="integer", default=0)),
    ("default 0 -> 0.0", lambda m: _field(m, "Customer", "vip").update(type="float", default=0.0)),
    ("default 0.0 -> -0.0", lambda m: _field(m, "Customer", "vip").update(default=-0.0)),
    ("maxLength rule", lambda m: _field(m, "Order", "orderNumber").setdefault("validation", {}).update(maxLength=40)),
    ("maxLength as a float", lambda m: _field(m, "Order", "orderNumber")["validation"].update(maxLength=40.0)),
    ("min 0 -> 0.0", lambda m: _field(m, "Customer", "creditLimit").setdefault("validation", {}).update(min=0.0)),
    ("pattern rule", lambda m: _field(m, "Order", "orderNumber")["validation"].update(pattern="^ORD-[0-9]+$")),
    ("not required", lambda m: _field(m, "Customer", "email").update(required=False)),
    ("unique", lambda m: _field(m, "Customer", "email").update(unique=False)),
    ("enum values", lambda m: _field(m, "Order", "paymentMethod")["values"].append("voucher")),
    ("jsonSchema rule", lambda m: _field(m, "Order", "items")["jsonSchema"]["items"]["properties"]["quantity"].update(maximum=999)),
    ("json default object", lambda m: _any_json(m).update(default={"lines": [], "note": "x"})),
    ("json default keys reordered", lambda m: _any_json(m).update(default={"note": "x", "lines": []})),
    ("json default 1", lambda m: _any_json(m).update(default=1)),
    ("json default true", lambda m: _any_json(m).update(default=True)),
    ("jsonSchema added back", lambda m: _field(m, "Order", "items").update(default=None, jsonSchema={"type": ["array", "null"]})),
    ("field description", lambda m: _field(m, "Order", "shippingAddress").update(description="Where it goes.")),
    ("ui label", lambda m: _field(m, "Order", "status").setdefault("ui", {}).update(label="State")),
    ("ui widget", lambda m: _field(m, "Order", "shippingAddress").setdefault("ui", {}).update(widget="text")),
    ("ui hidden in list", lambda m: _field(m, "Customer", "company").setdefault("ui", {}).update(visibility={"list": False})),
    ("display field of a referenced entity", lambda m: _entity(m, "Customer")["ui"].update(displayField="email")),
    ("search fields", lambda m: _entity(m, "Customer")["ui"].update(searchFields=["name"])),
    ("default sort", lambda m: _entity(m, "Order")["ui"].update(defaultSort={"field": "orderNumber", "dir": "asc"})),
    ("entity label", lambda m: _entity(m, "Order")["ui"].update(label="Purchase", pluralLabel="Purchases")),
    ("relationship on delete", lambda m: m["relationships"][0].update(onDelete="cascade")),
    ("relationship inverse name", lambda m: m["relationships"][0].update(inverseName="buyer")),
    ("relationship description", lambda m: m["relationships"][0].update(description="Orders of a customer.")),
    ("flow code", _flow_code),
    ("flow description", lambda m: m["flows"][1].update(description="Stamps shippedAt.")),
    ("page title", lambda m: m["layouts"][1].update(title="All customers")),
    ("grid page size", lambda m: _component(m, "customerGrid").update(pageSize=50)),
    ("grid columns", lambda m: _component(m, "customerGrid").update(columns=["name", "email"])),
    ("role permissions", lambda m: m["auth"]["roles"][1]["permissions"].update(Order=["read"])),
    ("role flows", lambda m: m["auth"]["roles"][2].update(flows=["validateOrder"])),
    ("sample value", lambda m: m["sampleData"]["Customer"][0].update(creditLimit=2500)),
    ("sample value spelling", lambda m: m["sampleData"]["Customer"][0].update(creditLimit=2500.0)),
    ("app title", lambda m: m.update(title="Customers and orders")),
    ("app version", lambda m: m.update(version="1.1.0")),
    ("partitions", lambda m: m.setdefault("database", {}).update(partitions=3)),
    ("field order", lambda m: _entity(m, "Order")["fields"].reverse()),
]


def _emit(model_json: dict, memo: dict, cache_dir: str) -> tuple[dict[str, bytes], EmitContext]:
    r = analyze("model.json", text=json.dumps(model_json), memo=memo)  # lowering reuses unchanged entities too
    assert r.ok, [str(d) for d in r.diagnostics]
    ctx = EmitContext(model=r.model, memo=memo, cache_dir=cache_dir)
    out: dict[str, bytes] = {}
    for backend in load_backends():
        for a in backend.emit(ctx):
            out[a.path] = a.content
    return out, ctx


def _backend_of(path: str) -> str:
    if path.startswith("sql/"):
        return "sql"
    if path.startswith("flows/"):
        return "xflow"
    if path.startswith("web/"):
        return "web"
    if path.startswith("deploy/"):
        return "deploy"
    if "/mcp_tools" in path:
        return "mcp"
    if path == "README.md":
        return "docs"
    return "server"


def test_every_backend_cached_equals_fresh_after_every_kind_of_edit(tmp_path):
    cache = str(tmp_path / "cache")
    base = json.loads(SAMPLE.read_text(encoding="utf-8"))
    memo: dict = {}
    first, _ = _emit(base, memo, cache)
    assert {_backend_of(p) for p in first} == BACKENDS
    m = copy.deepcopy(base)
    before = first
    changed_by: dict[str, set[str]] = {}
    total_hits = 0
    for label, edit in EDITS:
        edit(m)
        warm, ctx = _emit(m, memo, cache)
        fresh, _ = _emit(copy.deepcopy(m), {}, cache)
        stale = sorted(p for p in fresh.keys() | warm.keys() if fresh.get(p) != warm.get(p))
        assert not stale, f"after {label!r}: stale {stale}"
        changed = {p for p in fresh.keys() | before.keys() if fresh.get(p) != before.get(p)}
        assert changed, f"{label!r} changed no output (the edit tests nothing)"
        changed_by[label] = {_backend_of(p) for p in changed}
        total_hits += ctx.hits
        before = warm
    # The memo was used (units were reused), and every backend was exercised by some edit.
    assert total_hits > 0
    assert set().union(*changed_by.values()) == BACKENDS
    again, ctx = _emit(base, memo, cache)
    assert again == first


@pytest.mark.parametrize("name", ["todo", "customer-order"])
def test_rebuild_of_the_same_model_is_all_hits(name, tmp_path):
    cache = str(tmp_path / "cache")
    m = json.loads((ROOT / "sample" / f"{name}.json").read_text(encoding="utf-8"))
    memo: dict = {}
    first, ctx1 = _emit(m, memo, cache)
    again, ctx2 = _emit(m, memo, cache)
    assert again == first
    assert ctx2.misses == 0 and ctx2.hits == ctx1.misses


def test_lowering_reuses_exactly_the_unchanged_entities():
    """A watch rebuild lowers only the entities whose JSON changed: the others are the previous
    build's (frozen) nodes, whose memo keys are then reused too. 1, 1.0 and True are changes."""
    from torquec.backends.base import exact_key

    base = json.loads((ROOT / "sample" / "customer-order.json").read_text(encoding="utf-8"))
    memo: dict = {}
    first = analyze("model.json", text=json.dumps(base), memo=memo).model
    edited = json.loads(json.dumps(base))
    _entity(edited, "Order")["fields"][0]["description"] = "edited"
    second = analyze("model.json", text=json.dumps(edited), memo=memo).model
    lowered = {e.name: e for e in first.entities}, {e.name: e for e in second.entities}
    for name in lowered[0]:
        same_fields = [a is b for a, b in zip(lowered[0][name].fields, lowered[1][name].fields)]
        assert all(same_fields) == (name != "Order"), name
    ctx = EmitContext(model=second, memo=memo)
    assert all(ctx.key(e) == exact_key(e) for e in second.entities)
    for spelling in (2500.0, True, 2500):
        again = json.loads(json.dumps(edited))
        limit = next(f for f in _entity(again, "Customer")["fields"] if f["name"] == "creditLimit")
        limit["default"] = spelling
        r = analyze("model.json", text=json.dumps(again), memo=memo)
        if r.model is None:
            continue  # True is refused as a decimal default: nothing lowered to compare
        fresh = analyze("model.json", text=json.dumps(again)).model
        assert exact_key(r.model) == exact_key(fresh), spelling
