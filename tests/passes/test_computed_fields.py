"""Pass ``computed_fields``: fields a before-flow works out (and not those it only tidies)."""

from __future__ import annotations

from passes.modelkit import check, minimal


def flow(code: str, *, phase: str = "before", event: str = "create", output: str = "nodes.calc") -> dict:
    return {"id": f"flow-{phase}-{event}", "name": f"calc{phase.title()}{event.title()}",
            "trigger": {"type": "entity", "entity": "Order", "event": event, "phase": phase},
            "nodes": [{"id": "start", "type": "start"}, {"id": "calc", "type": "javascript", "code": code},
                      {"id": "end", "type": "end", "output": output}],
            "edges": [{"from": "start", "to": "calc"}, {"from": "calc", "to": "end"}]}


def computed(m: dict) -> dict:
    r = check(m)
    assert not r.diags.has_errors, r.text
    return dict(r.model.entity("Order").computed_fields)


def test_assignment_and_object_key_count_tidying_does_not():
    m = minimal()
    m["flows"] = [flow("var o = Object.assign({}, input);\n"
                       "if (o.total === undefined) { o.total = 3 * 2; }\n"
                       "o.number = String(o.number).trim();\n"
                       "return o;")]
    assert computed(m) == {"total": ("calcBeforeCreate",)}
    m["flows"] = [flow("return input;", output="({ number: 'ORD-' + input.customerId, total: input.total })")]
    assert computed(m) == {"number": ("calcBeforeCreate",)}


def test_only_before_create_or_update_flows():
    m = minimal()
    m["flows"] = [flow("var o = {}; o.total = 1; return o;", phase="after"),
                  flow("var o = {}; o.total = 1; return o;", event="delete")]
    assert computed(m) == {}
    m["flows"] = [flow("var o = {}; o.total = 1; return o;", event="update")]
    assert computed(m) == {"total": ("calcBeforeUpdate",)}
