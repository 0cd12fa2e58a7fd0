"""torquec/contract.py is the one source of the API constants: the runtime,
the OpenRPC document, the MCP tools and the front-end's contract.ts read it."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from torquec import contract
from torquec.backends.web.generate import contract_ts
from torquec.runtime import errors as rt_errors
from torquec.runtime import query as rt_query

ROOT = Path(__file__).resolve().parents[2]


def test_contract_imports_nothing_from_torquec():
    tree = ast.parse((ROOT / "torquec" / "contract.py").read_text())
    imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m and m.startswith("torquec")]


def test_runtime_error_classes_follow_the_table():
    by_code = {e.code: e for e in contract.ERRORS}
    classes = [c for c in vars(rt_errors).values() if isinstance(c, type) and "fixed_code" in vars(c) and not c.__name__.startswith("_")]
    assert {c.fixed_code for c in classes} == set(by_code)
    for c in classes:
        e = by_code[c.fixed_code]
        assert (c.kind, c.default_message) == (e.kind, e.message), c.__name__


def test_runtime_limits_are_the_contracts():
    assert rt_query.OPS == contract.FILTER_OPS
    assert (rt_query.MAX_PAGE_SIZE, rt_query.MAX_FILTERS, rt_query.MAX_SORT, rt_query.MAX_SEARCH, rt_query.MAX_IN) == (
        contract.MAX_PAGE_SIZE, contract.MAX_FILTERS, contract.MAX_SORT, contract.MAX_SEARCH, contract.MAX_IN)


def test_generated_openrpc_and_mcp_carry_the_contract():
    app = ROOT / "generated" / "customer-order"
    doc = json.loads((app / "openrpc.json").read_text())
    assert {e["code"] for e in doc["components"]["errors"].values()} == {e.code for e in contract.ERRORS if e.per_method}
    text = json.dumps(doc)
    assert json.dumps(list(contract.FILTER_OPS)) in text
    # MCP entity tools are assembled when the app starts, from mcp_tools.json and openrpc.json.
    from torquec.runtime.mcp.spec import expand_entities

    spec = expand_entities(json.loads((app / "server" / "customer_order" / "mcp_tools.json").read_text()),
                               doc["components"]["schemas"])
    query = next(t for t in spec["tools"] if t["kind"] == "query")
    assert query["inputSchema"]["properties"]["filters"]["items"]["properties"]["op"]["enum"] == list(contract.FILTER_OPS)


def test_front_end_contract_is_generated_not_hand_written():
    ts = contract_ts()
    for e in contract.ERRORS:
        assert f"  {e.name}: {e.code},\n" in ts and f'  {e.name}: "{e.kind}",\n' in ts
    assert f"export const MAX_PAGE_SIZE = {contract.MAX_PAGE_SIZE};" in ts
    rpc = (ROOT / "templates" / "web" / "src" / "torque" / "rpc.ts").read_text()
    assert not re.search(r"-32\d{3}", rpc), "error codes are written by hand in rpc.ts again"
    assert (ROOT / "generated" / "todo" / "web" / "src" / "torque" / "contract.ts").read_text() == ts
