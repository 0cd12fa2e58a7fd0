"""Calls into the served app as one of the model's roles: the Run panel and the page canvas.

Tokens map to roles at run time and never live in the model, so the studio has none to
send. Behind watch's DevGuard (whoever holds the session's secret may edit the model and
so grant any role anything) the studio instead names the role: the call goes through the
served app's own dispatcher (its validation and rights) with that role's principal in
place of a token's.

- the Run panel (``api/run``): ``executeXFlow`` of one flow, with its trace;
- the page editor's canvas (``api/rpc?role=…``): any JSON-RPC request or batch the app's
  own components send (the canvas renders the generated app's components with real data).
"""

from __future__ import annotations

from typing import Any


def _context_as(rt: Any, role: Any) -> tuple[Any, dict | None]:
    """A call context for ``role`` (any on an app without roles), or the refusal to answer."""
    from torquec.runtime.api import CallContext

    ctx = CallContext(transport="studio")
    if rt.auth.enabled:
        roles = sorted(rt.auth.principals)
        if role not in rt.auth.principals:
            return None, {"error": f"choose a role to call the app as: one of {', '.join(roles)}", "roles": roles}
        ctx.principal = rt.auth.principals[role]
    return ctx, None


async def run_flow_as(rt: Any, body: Any) -> tuple[int, bytes | dict]:
    """``body``: ``{flow, input?, role?}``. Answers (HTTP status, JSON-RPC response bytes or an error object)."""
    if rt is None:
        return 503, {"error": "no build is being served yet"}
    if not isinstance(body, dict) or not isinstance(body.get("flow"), str):
        return 400, {"error": "the body needs `flow`: the name of the flow to run"}
    ctx, refused = _context_as(rt, body.get("role"))
    if refused is not None:
        return 422, refused
    params = {"flow": body["flow"], "input": body.get("input", {}), "trace": True}
    resp = await rt.dispatcher.handle_obj({"jsonrpc": "2.0", "id": 1, "method": "executeXFlow", "params": params}, ctx)
    return 200, rt.dispatcher.serialize(resp)


async def rpc_as(rt: Any, body: bytes, role: str | None) -> tuple[int, bytes | dict]:
    """One JSON-RPC body (a request or a batch) handled by the served app as ``role``."""
    if rt is None:
        return 503, {"error": "no build is being served yet"}
    ctx, refused = _context_as(rt, role)
    if refused is not None:
        return 422, refused
    answer = await rt.dispatcher.handle_bytes(body, ctx)
    return (200, answer) if answer is not None else (204, b"")
