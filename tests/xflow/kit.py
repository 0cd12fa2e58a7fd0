"""Helpers for the XFlow tests: small models with one flow, compiled in memory."""

from __future__ import annotations

from passes.modelkit import chain, check, flow, minimal

from torquec.diagnostics import render_text

S = {"id": "start", "type": "start"}
E = {"id": "end", "type": "end"}

__all__ = ["S", "E", "chain", "check", "flow", "minimal", "model_with", "js_text", "engine_for"]


def model_with(*flows, model=None, hosts=None) -> dict:
    m = model or minimal()
    m["flows"] = list(flows)
    if hosts is not None:
        m["http"] = {"allowedHosts": list(hosts)}
    return m


def js_text(code: str, kind: str = "javascript", key: str | None = None) -> str:
    """Rendered flow_code diagnostics (E64x/E65x/W64x) for one piece in a start → node → end flow."""
    key = key or {"javascript": "code", "transform": "expression", "condition": "expression", "end": "output",
                  "error": "message"}[kind]
    node = {"id": "n", "type": kind, key: code}
    if kind in ("end", "error"):
        f = flow("t", nodes=[S, node], edges=chain("start", "n"))
    elif kind == "condition":
        f = flow("t", nodes=[S, node, E], edges=chain("start", "n") + [{"from": "n", "to": "end"}])
    else:
        f = flow("t", nodes=[S, node, E], edges=chain("start", "n", "end"))
    r = check(model_with(f))
    mine = [d for d in r.diags if d.code[:3] in ("E64", "E65", "W64")]
    return render_text(mine, r.source)


def engine_for(*flows, hosts=None, model=None, **kwargs):
    """A FlowEngine over the flows (compiled in memory); asserts the model has no errors."""
    from torquec.runtime.xflow.engine import FlowEngine

    r = check(model_with(*flows, model=model, hosts=hosts))
    assert not r.diags.has_errors, r.text
    return FlowEngine.from_model(r.model, **kwargs)
