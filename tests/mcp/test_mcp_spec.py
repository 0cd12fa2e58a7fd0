"""The mcp backend: what the sample model compiles to (no server needed)."""

from __future__ import annotations

import json
import re

import pytest

from mcp_harness import SAMPLE, TODO
from torquec.backends import mcp as mcp_backend
from torquec.backends.base import EmitContext
from torquec.backends.mcp.spec import build_spec, expanded_spec, portable
from torquec.backends.server.openrpc import build_openrpc
from torquec.driver import analyze
from torquec.runtime.mcp import McpSpec


@pytest.fixture(scope="module")
def model():
    r = analyze(str(SAMPLE))
    assert r.ok, [str(d) for d in r.diagnostics]
    return r.model


@pytest.fixture(scope="module")
def spec(model):
    """The spec with every entity's tools, as the app assembles them at start."""
    return expanded_spec(model)


def tool(spec, name, tid=None):
    return next(t for t in spec["tools"] if t["name"] == name and (tid is None or t.get("id", t["name"]) == tid))


def test_tool_names(spec):
    names = [t["name"] for t in spec["tools"]]
    for e in ("customer", "order"):
        for op in ("query", "get", "create", "update", "delete", "related"):
            assert f"{e}_{op}" in names
    assert "describe_model" in names
    assert "run_flow" in names
    assert all(len(n) <= 128 and n.replace("_", "").replace(".", "").isalnum() for n in names)


def test_annotations_are_truthful(spec):
    for t in spec["tools"]:
        a = t["annotations"]
        kind = t["kind"]
        if kind in ("query", "get", "related", "describe"):
            assert a["readOnlyHint"] is True and "destructiveHint" not in a
        else:
            assert a["readOnlyHint"] is False
        if kind == "delete":
            assert a["destructiveHint"] is True and a["idempotentHint"] is True
        if kind == "create":
            assert a["destructiveHint"] is False and a["idempotentHint"] is False
        if kind == "update":
            assert a["destructiveHint"] is True and a["idempotentHint"] is False
        assert a["openWorldHint"] is False  # the sample's flows make no HTTP calls


def _prop(schema, name):
    p = schema["properties"][name]
    if "anyOf" in p:  # nullable: the non-null branch
        return next(b for b in p["anyOf"] if b.get("type") != "null"), p
    return p, p


def test_json_fields_carry_their_json_schema(spec, model):
    """Order.items has a jsonSchema: agents see it in the create and update tools, as written."""
    declared = next(f for e in model.entities if e.name == "Order" for f in e.fields if f.name == "items").json_schema
    for name in ("order_create", "order_update"):
        data = tool(spec, name)["inputSchema"]["properties"]["data"]
        items, outer = _prop(data, "items")
        assert items == declared and {"type": "null"} in outer["anyOf"]
        assert outer["description"].startswith("Order lines")


def test_create_schema_carries_every_constraint(spec):
    data = tool(spec, "order_create")["inputSchema"]["properties"]["data"]
    assert data["additionalProperties"] is False
    assert set(data["required"]) == {"orderNumber", "customerId", "totalAmount", "orderDate"}  # status has a default
    num, _ = _prop(data, "orderNumber")
    assert num["maxLength"] == 20 and num["type"] == "string"
    assert re.fullmatch(num["pattern"], "ORD-1234") and not re.search(num["pattern"], "xORD-1234")
    status, outer = _prop(data, "status")
    assert status["enum"][:2] == ["Draft", "Pending"] and outer["default"] == "Draft"
    total, outer = _prop(data, "totalAmount")  # exact decimal: a string of digits, or a number
    assert [b["type"] for b in outer["anyOf"]] == ["string", "number"] and total["minimum"] == 0
    assert re.fullmatch(total["pattern"], "9999999999.99") and not re.fullmatch(total["pattern"], "12345678901.00")
    assert not re.fullmatch(total["pattern"], "1.234")
    date, _ = _prop(data, "orderDate")
    assert date["format"] == "date"
    cust, _ = _prop(data, "customerId")
    assert cust["format"] == "uuid"
    pay, outer = _prop(data, "paymentMethod")  # optional enum: nullable, as anyOf
    assert "CreditCard" in pay["enum"] and None not in pay["enum"]
    assert {"type": "null"} in outer["anyOf"]
    assert outer["description"].startswith("How the order is paid")

    cdata = tool(spec, "customer_create")["inputSchema"]["properties"]["data"]
    name, _ = _prop(cdata, "name")
    assert (name["minLength"], name["maxLength"]) == (1, 100)
    phone, _ = _prop(cdata, "phone")
    assert re.search(phone["pattern"], "+1 555 010 1001") and not re.search(phone["pattern"], "call me")
    email, _ = _prop(cdata, "email")
    assert email["format"] == "email" and email["maxLength"] == 254
    tags, _ = _prop(cdata, "tags")
    assert tags["type"] == "array" and tags["maxItems"] == 10 and tags["items"] == {"type": "string"}
    limit, _ = _prop(cdata, "creditLimit")
    assert limit["minimum"] == 0


def test_update_is_partial_with_version(spec):
    s = tool(spec, "customer_update")["inputSchema"]
    assert s["required"] == ["id", "data"]
    assert "required" not in s["properties"]["data"]
    assert s["properties"]["expectedVersion"]["type"] == "integer"


def test_query_schema(spec):
    s = tool(spec, "customer_query")["inputSchema"]["properties"]
    assert s["pageSize"]["maximum"] == 500
    assert "name" in s["filters"]["items"]["properties"]["field"]["enum"]
    assert s["filters"]["items"]["properties"]["op"]["enum"][-1] == "isNull"
    assert "tags" not in s["sort"]["items"]["properties"]["field"]["enum"]  # arrays cannot be sorted
    assert s["include"]["items"]["enum"] == ["orders"]
    out = tool(spec, "customer_query")["outputSchema"]
    assert out["required"] == ["items", "total", "page", "pageSize"]
    rec = out["properties"]["items"]["items"]
    assert {"id", "createdAt", "updatedAt", "version", "email"} <= set(rec["required"])


def test_descriptions_come_from_the_model(spec, model):
    assert model.entity("Customer").description in tool(spec, "customer_get")["description"]
    assert "fails while Order records refer to it" in tool(spec, "customer_delete")["description"]
    rel = tool(spec, "customer_related")["description"]
    assert "orders: the Order records" in rel and "A customer with orders cannot be deleted" in rel
    assert "customer: the Customer record" in tool(spec, "order_related")["description"]
    assert model.description in spec["instructions"]


def test_roles(spec):
    viewer = set(spec["roles"]["viewer"])
    assert {"customer_query", "customer_get", "order_related", "describe_model", "customer_record"} <= viewer
    assert not viewer & {"customer_create", "customer_update", "customer_delete", "create_customer_from_description"}
    assert not any(n.startswith("run_flow") for n in viewer)  # viewer may run no flow
    sales = set(spec["roles"]["sales"])
    assert {"customer_create", "order_update"} <= sales and not sales & {"customer_delete", "order_delete"}
    admin = set(spec["roles"]["admin"])
    assert {"customer_delete", "order_delete", "run_flow"} <= admin
    # run_flow: the sales variant lists exactly the flows sales may run
    sales_flow = next(t for t in spec["tools"] if t["name"] == "run_flow" and t["id"] in sales)
    assert sales_flow["inputSchema"]["properties"]["flow"]["enum"] == ["validateOrder"]
    admin_flow = next(t for t in spec["tools"] if t["name"] == "run_flow" and t["id"] in admin)
    assert admin_flow["inputSchema"]["properties"]["flow"]["enum"] == ["validateOrder", "orderStatusChanged"]


def test_prompts_and_templates(spec):
    names = [p["name"] for p in spec["prompts"]]
    assert names == [
        "summarise_recent_customers", "create_customer_from_description",
        "summarise_recent_orders", "create_order_from_description",
    ]
    create = next(p for p in spec["prompts"] if p["name"] == "create_order_from_description")
    assert "- orderNumber (string, required, 0..20 characters, matching /^ORD-[0-9]{4,}$/)" in create["text"]
    assert "{description}" in create["text"]
    assert [t["uriTemplate"] for t in spec["templates"]] == ["torque://customer/{id}", "torque://order/{id}"]


def test_portable():
    assert portable({"type": ["string", "null"], "maxLength": 3, "description": "d"}) == {
        "description": "d", "anyOf": [{"type": "string", "maxLength": 3}, {"type": "null"}],
    }
    assert portable({"type": ["string", "null"], "enum": ["a", None]})["anyOf"][0] == {"type": "string", "enum": ["a"]}
    assert portable({"description": "any"})["anyOf"][0] == {"type": "object"}
    nested = portable({"type": "object", "properties": {"x": {"type": "array", "items": {"type": ["integer", "null"]}}}})
    assert nested["properties"]["x"]["items"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}


def test_no_type_arrays_or_empty_schemas(spec):
    def walk(s, path):
        if isinstance(s, dict):
            assert not isinstance(s.get("type"), list), path
            for k, v in s.items():
                walk(v, f"{path}/{k}")
        elif isinstance(s, list):
            for i, v in enumerate(s):
                walk(v, f"{path}/{i}")

    for t in spec["tools"]:
        walk(t["inputSchema"], t["name"])
        walk(t.get("outputSchema"), t["name"])


def _load(model, tmp_path) -> dict:
    """Write the backend's files and run the generated ``mcp_tools.py`` as the app would."""
    arts = {a.path: a.content for a in mcp_backend.emit(EmitContext(model=model))}
    server = tmp_path / "server" / model.package
    server.mkdir(parents=True, exist_ok=True)
    for path, content in arts.items():
        (server / path.rsplit("/", 1)[1]).write_bytes(content)
    (tmp_path / "openrpc.json").write_text(json.dumps(build_openrpc(model)))  # the server backend's, at the app root
    loader = server / "mcp_tools.py"
    ns: dict = {"__file__": str(loader)}
    exec(compile(loader.read_text(), str(loader), "exec"), ns)
    return ns


def test_emitted_files_are_deterministic_data_and_load(model, tmp_path):
    a = {x.path: x.content for x in mcp_backend.emit(EmitContext(model=model))}
    assert a == {x.path: x.content for x in mcp_backend.emit(EmitContext(model=model))}
    data = next(v for k, v in a.items() if k.endswith("/mcp_tools.json"))
    assert json.loads(data) == build_spec(model)  # the data is plain JSON
    loader = next(v for k, v in a.items() if k.endswith("/mcp_tools.py"))
    assert len(loader) < 2000 and max(map(len, loader.splitlines())) <= 120  # code, not data
    spec = _load(model, tmp_path)["SPEC"]
    assert isinstance(spec, McpSpec) and spec.auth and len(spec.tools) == 15
    assert spec.roles["viewer"] == frozenset(build_spec(model)["roles"]["viewer"])


def test_quotes_in_descriptions_survive(model, tmp_path):
    from dataclasses import replace

    weird = "It's a \'\'\' triple \"\"\" quote \\ and {braces}"
    m = replace(model, description=weird, title=weird)
    assert weird in _load(m, tmp_path)["SPEC"].instructions


def test_no_auth_model():
    r = analyze(str(TODO))
    assert r.ok
    spec = expanded_spec(r.model)
    assert spec["auth"] is False and spec["roles"] == {}
    assert [t["id"] for t in spec["tools"] if t["name"] == "run_flow"] == ["run_flow"]


def test_spec_rejects_unknown_kinds(spec, model):
    bad = json.loads(json.dumps(spec))
    bad["tools"][0]["kind"] = "explode"
    with pytest.raises(ValueError, match="unknown tool kind"):
        McpSpec.from_dict(bad)
    with pytest.raises(ValueError, match="openrpc.json"):  # entity entries without the schemas they need
        McpSpec.from_dict(build_spec(model))
    bad = json.loads(json.dumps(spec))
    bad["format"] = 99
    with pytest.raises(ValueError, match="format"):
        McpSpec.from_dict(bad)


def test_memo_regenerates_only_what_an_edit_touches(model):
    from dataclasses import replace

    from torquec.backends.mcp import spec_text

    memo: dict = {}

    def render(m) -> tuple[str, int, int]:
        ctx = EmitContext(model=m, memo=memo)
        text = spec_text(m, ctx)
        return text, ctx.hits, ctx.misses

    first, _, misses = render(model)
    assert misses == 2  # one block per entity
    assert render(model) == (first, 2, 0)  # reused
    customer = model.entity("Customer")
    notes = customer.field("notes")
    edited_customer = replace(customer, fields=tuple(
        replace(f, description="Changed.") if f is notes else f for f in customer.fields))
    edited = replace(model, entities=tuple(edited_customer if e is customer else e for e in model.entities))
    text, hits, misses = render(edited)
    assert "Changed." in text and text != first
    # Customer's block, and Order's (its related tool shows Customer records), are rebuilt.
    assert (hits, misses) == (0, 2)
    assert render(edited)[1:] == (2, 0)
    assert render(replace(edited, title="Other title"))[1:] == (0, 2)  # prompt texts name the app
