"""FlowEngine in real QuickJS: every node type, branches, parallel, trace, input schema, errors."""

from __future__ import annotations

import threading
import uuid

import pytest

from torquec.runtime.errors import FlowFailedError, InvalidParams, NotFoundError
from xflow.kit import E, S, chain, engine_for, flow


class MemoryServices:
    """In-memory stand-in for the server's service layer."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, dict]] = {}
        self.calls: list[tuple] = []

    def read(self, run, entity, id):
        self.calls.append(("read", entity, id, run.tx, run.principal))
        return self.rows.get(entity, {}).get(id)

    def query(self, run, entity, filters, limit):
        self.calls.append(("query", entity, filters, limit))
        out = []
        for row in self.rows.get(entity, {}).values():
            if all(f["op"] == "eq" and row.get(f["field"]) == f["value"] for f in filters):
                out.append(row)
        return out[:limit]

    def create(self, run, entity, data):
        rid = data.get("id") or str(uuid.uuid4())
        row = {**data, "id": rid, "version": 1}
        self.rows.setdefault(entity, {})[rid] = row
        return row

    def update(self, run, entity, id, data):
        row = self.rows.get(entity, {}).get(id)
        if row is None:
            raise NotFoundError(entity=entity, id=id)
        row.update(data)
        row["version"] += 1
        return row

    def delete(self, run, entity, id):
        row = self.rows.get(entity, {}).pop(id, None)
        if row is None:
            raise NotFoundError(entity=entity, id=id)
        return row


def js(id_, code, **kw):
    return {"id": id_, "type": "javascript", "code": code, **kw}


def tr(id_, expr):
    return {"id": id_, "type": "transform", "expression": expr}


def cond(id_, expr):
    return {"id": id_, "type": "condition", "expression": expr}


def end(id_="end", output=None):
    n = {"id": id_, "type": "end"}
    if output is not None:
        n["output"] = output
    return n


def test_start_javascript_end():
    eng = engine_for(flow("double", nodes=[S, js("twice", "return {value: input.n * 2};"), E],
                          edges=chain("start", "twice", "end")))
    assert eng.run("double", {"n": 21}) == {"output": {"value": 42}}


def test_every_node_type_in_one_flow():
    svc = MemoryServices()
    svc.rows["Customer"] = {"c1": {"id": "c1", "name": "Ann", "email": "ann@example.com"}}
    nodes = [
        S,
        {"id": "load", "type": "entityRead", "entity": "Customer", "recordId": "input.customerId"},
        cond("found", "prev !== null"),
        {"id": "fanout", "type": "parallel"},
        tr("upper", "nodes.load.name.toUpperCase()"),
        js("count", "return nodes.load.email.length;"),
        {"id": "write", "type": "entityWrite", "entity": "Order", "operation": "create",
         "data": "({number: 'N-' + prev.upper, customerId: nodes.load.id})"},
        {"id": "list", "type": "entityRead", "entity": "Order", "filters": [{"field": "customerId", "op": "eq", "value": "input.customerId"}]},
        {"id": "bump", "type": "entityWrite", "entity": "Order", "operation": "update", "recordId": "nodes.write.id",
         "data": "({total: 10})"},
        {"id": "drop", "type": "entityWrite", "entity": "Order", "operation": "delete", "recordId": "nodes.bump.id"},
        end("done", "({name: nodes.upper, len: nodes.count, orders: nodes.list.length, version: nodes.bump.version, dropped: nodes.drop.id === nodes.write.id})"),
        {"id": "missing", "type": "error", "message": "no customer ${input.customerId}", "errorCode": "NO_CUSTOMER"},
    ]
    edges = (
        chain("start", "load", "found")
        + [{"from": "found", "to": "fanout", "condition": "true"}, {"from": "found", "to": "missing", "condition": "false"}]
        + [{"from": "fanout", "to": "upper"}, {"from": "fanout", "to": "count"}]
        + [{"from": "upper", "to": "write"}, {"from": "count", "to": "write"}]
        + chain("write", "list", "bump", "drop", "done")
    )
    eng = engine_for(flow("everything", nodes=nodes, edges=edges), services=svc)
    out = eng.run("everything", {"customerId": "c1"})["output"]
    assert out == {"name": "ANN", "len": 15, "orders": 1, "version": 2, "dropped": True}
    assert svc.rows["Order"] == {}
    with pytest.raises(FlowFailedError) as ei:
        eng.run("everything", {"customerId": "nope"})
    data = ei.value.to_error_object()["data"]
    assert data["node"] == "missing" and data["errorCode"] == "NO_CUSTOMER" and data["reason"] == "error"
    assert data["message"] == "no customer nope" and data["pointer"] == "/flows/0/nodes/11"


def test_join_prev_is_keyed_by_branch_and_single_edge_prev_is_plain():
    nodes = [S, {"id": "p", "type": "parallel"}, tr("a", "prev.x + 1"), tr("b", "prev.x * 10"), tr("a2", "prev * 2"),
             end("end", "prev")]
    edges = chain("start", "p") + [{"from": "p", "to": "a"}, {"from": "p", "to": "b"}] + chain("a", "a2", "end") + chain("b", "end")
    eng = engine_for(flow("fan", nodes=nodes, edges=edges))
    assert eng.run("fan", {"x": 3}) == {"output": {"a2": 8, "b": 30}}


def test_condition_cases_default_and_no_match():
    nodes = [S, cond("kind", "input.kind"), end("small", "'S'"), end("large", "'L'"), end("other", "'?'")]
    edges = chain("start", "kind") + [
        {"from": "kind", "to": "small", "condition": "s"},
        {"from": "kind", "to": "large", "condition": "l"},
        {"from": "kind", "to": "other"},
    ]
    eng = engine_for(flow("size", nodes=nodes, edges=edges))
    assert [eng.run("size", {"kind": k})["output"] for k in ("s", "l", "x")] == ["S", "L", "?"]

    nodes = [S, cond("flag", "input.n > 2"), end("yes", "'yes'"), end("no", "'no'")]
    edges = chain("start", "flag") + [{"from": "flag", "to": "yes", "condition": "true"},
                                      {"from": "flag", "to": "no", "condition": "false"}]
    eng = engine_for(flow("big", nodes=nodes, edges=edges))
    assert eng.run("big", {"n": 3})["output"] == "yes" and eng.run("big", {"n": 1})["output"] == "no"


def test_condition_without_matching_edge_fails_clearly():
    nodes = [S, cond("kind", "input.kind"), end("small", "'S'"), end("large", "'L'")]
    edges = chain("start", "kind") + [{"from": "kind", "to": "small", "condition": "s"},
                                      {"from": "kind", "to": "large", "condition": "l"}]
    eng = engine_for(flow("size", nodes=nodes, edges=edges))
    with pytest.raises(FlowFailedError) as ei:
        eng.run("size", {"kind": "m"})
    data = ei.value.data
    assert data["node"] == "kind" and data["errorCode"] == "NO_MATCHING_EDGE"
    assert data["message"] == 'condition `kind` gave m, which matches no outgoing edge (cases: s, l) and there is no default edge'


def test_trace_records_order_inputs_outputs_branch_logs_and_time():
    nodes = [S, js("log", "ctx.log('seen', input.n, {a: 1});\nreturn input.n + 1;"), cond("odd", "prev % 2 === 1"),
             end("yes", "'odd'"), end("no", "'even'")]
    edges = chain("start", "log", "odd") + [{"from": "odd", "to": "yes", "condition": "true"},
                                            {"from": "odd", "to": "no", "condition": "false"}]
    seen = []
    eng = engine_for(flow("tr", nodes=nodes, edges=edges), log_sink=lambda f, n, m: seen.append((f, n, m)))
    result = eng.run("tr", {"n": 2}, trace=True)
    assert result["output"] == "odd"
    trace = result["trace"]
    assert [(r["node"], r["type"], r["status"]) for r in trace] == [
        ("start", "start", "ok"), ("log", "javascript", "ok"), ("odd", "condition", "ok"), ("yes", "end", "ok")]
    assert trace[1]["input"] == '{"n":2}' and trace[1]["output"] == 3 and trace[1]["logs"] == ['seen 2 {"a":1}']
    assert trace[2]["branch"] == "true" and trace[2]["output"] is True
    assert all(isinstance(r["ms"], float) and r["ms"] >= 0 for r in trace)
    assert seen == [("tr", "log", 'seen 2 {"a":1}')]
    assert "trace" not in eng.run("tr", {"n": 2})


def test_trace_of_a_failed_run_is_in_the_error_data():
    eng = engine_for(flow("bad", nodes=[S, js("a", "return 1;"), js("b", "var x = null;\nreturn x.y;"), E],
                          edges=chain("start", "a", "b", "end")))
    with pytest.raises(FlowFailedError) as ei:
        eng.run("bad", {}, trace=True)
    data = ei.value.data
    assert [(r["node"], r["status"]) for r in data["trace"]] == [("start", "ok"), ("a", "ok"), ("b", "error")]
    assert data["trace"][-1]["error"] == "cannot read property 'y' of null"
    assert (data["node"], data["pointer"], data["line"], data["reason"]) == ("b", "/flows/0/nodes/2/code", 2, "exception")
    assert data["message"] == "TypeError: cannot read property 'y' of null"


def test_error_inside_a_callback_maps_to_its_line():
    code = "var rows = input.rows;\nreturn rows.map(function (r) {\n  var q = r.qty;\n  return q.toFixed(2);\n});"
    eng = engine_for(flow("cb", nodes=[S, js("fmt", code), E], edges=chain("start", "fmt", "end")))
    assert eng.run("cb", {"rows": [{"qty": 1}]})["output"] == ["1.00"]
    with pytest.raises(FlowFailedError) as ei:
        eng.run("cb", {"rows": [{"qty": 1}, {}]})
    assert (ei.value.data["node"], ei.value.data["line"]) == ("fmt", 4)


def test_input_schema_validation():
    schema = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer", "minimum": 0},
                                                                   "day": {"type": "string", "format": "date"}},
              "additionalProperties": False}
    eng = engine_for(flow("typed", nodes=[S, end("end", "input.n")], edges=chain("start", "end"), inputs=schema))
    assert eng.run("typed", {"n": 1, "day": "2024-02-29"})["output"] == 1
    with pytest.raises(InvalidParams) as ei:
        eng.run("typed", {"n": -1, "day": "2024-02-30", "x": 1})
    errors = ei.value.to_error_object()["data"]["errors"]
    assert [(e["field"], e["rule"]) for e in errors] == [("input", "additionalProperties"), ("input.day", "format"),
                                                          ("input.n", "minimum")]
    with pytest.raises(InvalidParams):
        eng.run("typed", None)  # None is {} and `n` is required
    assert eng.run("typed", {"n": -5}, validate=False)["output"] == -5


def test_unknown_flow_is_invalid_params_with_hint():
    eng = engine_for(flow("double", nodes=[S, E], edges=chain("start", "end")))
    with pytest.raises(InvalidParams) as ei:
        eng.run("doubel", {})
    assert ei.value.errors == [{"field": "flow", "rule": "exists", "message": "no flow named `doubel`; did you mean `double`?"}]


def test_entity_hosts_get_transaction_and_principal_and_errors_carry_the_api_error():
    svc = MemoryServices()
    nodes = [S, {"id": "w", "type": "entityWrite", "entity": "Order", "operation": "update", "recordId": "input.id",
                 "data": "({total: 1})"}, E]
    eng = engine_for(flow("upd", nodes=nodes, edges=chain("start", "w", "end")), services=svc)
    with pytest.raises(FlowFailedError) as ei:
        eng.run("upd", {"id": "nope"}, tx="TX", principal="P")
    data = ei.value.data
    assert data["reason"] == "host" and data["node"] == "w"
    assert data["cause"] == {"code": -32001, "message": "Not found", "data": {"kind": "not_found", "entity": "Order", "id": "nope"}}
    nodes[1] = {"id": "r", "type": "entityRead", "entity": "Order", "recordId": "input.id"}
    eng = engine_for(flow("rd", nodes=nodes, edges=chain("start", "r", "end")), services=svc)
    assert eng.run("rd", {"id": "x"}, tx="TX", principal="P")["output"] is None
    assert svc.calls[-1] == ("read", "Order", "x", "TX", "P")


@pytest.mark.parametrize("record_id", ["input.missing", "undefined", "null", "''"])
def test_entity_read_by_an_id_that_is_not_there_gives_null_never_a_list(record_id):
    svc = MemoryServices()
    svc.rows["Order"] = {"o1": {"id": "o1", "number": "N-1"}}
    nodes = [S, {"id": "r", "type": "entityRead", "entity": "Order", "recordId": record_id},
             end("end", "({found: prev})")]
    eng = engine_for(flow("rd", nodes=nodes, edges=chain("start", "r", "end")), services=svc)
    assert eng.run("rd", {})["output"] == {"found": None}
    assert not [c for c in svc.calls if c[0] == "query"]


def test_input_depth_limit_is_checked_before_anything_recursive():
    from torquec.runtime.xflow.engine import MAX_INPUT_DEPTH

    eng = engine_for(flow("d", nodes=[S, tr("t", "1"), E], edges=chain("start", "t", "end")))
    ok = {"a": 1}
    for _ in range(MAX_INPUT_DEPTH - 1):
        ok = {"a": ok}
    assert eng.run("d", ok) == {"output": 1}
    for levels in (MAX_INPUT_DEPTH + 1, 5000):
        deep: dict = {}
        for _ in range(levels):
            deep = {"a": deep}
        with pytest.raises(InvalidParams) as ei:
            eng.run("d", deep)
        assert ei.value.to_error_object()["code"] == -32602
        assert ei.value.to_error_object()["data"]["errors"][0]["rule"] == "maxDepth"


def test_entity_nodes_without_a_database_fail_clearly():
    eng = engine_for(flow("rd", nodes=[S, {"id": "r", "type": "entityRead", "entity": "Order", "recordId": "'x'"}, E],
                          edges=chain("start", "r", "end")))
    with pytest.raises(FlowFailedError) as ei:
        eng.run("rd", {})
    assert ei.value.data["message"] == ("entityRead: entity access needs the generated server's service layer "
                                        "(no database attached)")
    assert ei.value.data["errorCode"] == "NO_DATABASE"


def test_output_undefined_is_null_and_input_defaults_to_empty_object():
    eng = engine_for(flow("nothing", nodes=[S, js("n", "ctx.log(typeof input, Object.keys(input).length);\nreturn undefined;"), E],
                          edges=chain("start", "n", "end")))
    assert eng.run("nothing") == {"output": None}


def test_node_ids_that_are_special_property_names():
    nodes = [S, tr("__proto__x", "1"), tr("constructor_", "prev + 1"), end("end", "nodes.constructor_ + nodes.__proto__x")]
    # `__proto__x` is fine as an id; the JavaScript reads it through `nodes`.
    eng = engine_for(flow("names", nodes=nodes, edges=chain("start", "__proto__x", "constructor_", "end")))
    assert eng.run("names")["output"] == 3


def test_runs_from_many_threads_use_their_own_contexts():
    eng = engine_for(flow("sq", nodes=[S, tr("sq", "input.n * input.n"), E], edges=chain("start", "sq", "end")))
    results: dict[int, list] = {}

    def worker(k: int) -> None:
        results[k] = [eng.run("sq", {"n": k * 100 + i})["output"] for i in range(200)]

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(6):
        assert results[k] == [(k * 100 + i) ** 2 for i in range(200)]


def test_plain_module_entry_point_exists():
    eng = engine_for(flow("double", nodes=[S, tr("x", "input.n * 2"), E], edges=chain("start", "x", "end")))
    assert eng.pool.call("__flow_double", {"n": 4}) == 8
