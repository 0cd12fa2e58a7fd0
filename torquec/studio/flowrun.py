"""The studio's Run panel: run a flow in the served app as one of the model's roles.

Tokens map to roles at run time and never live in the model, so the studio has none to
send. Behind watch's DevGuard (whoever holds the session's secret may edit the model and
so grant any role anything) the studio instead names the role: the call goes through the
served app's own dispatcher (`executeXFlow`, its validation and rights) with that role's
principal in place of a token's.
"""

from __future__ import annotations

from typing import Any


async def run_flow_as(rt: Any, body: Any) -> tuple[int, bytes | dict]:
    """``body``: ``{flow, input?, role?}``. Answers (HTTP status, JSON-RPC response bytes or an error object)."""
    from torquec.runtime.api import CallContext

    if rt is None:
        return 503, {"error": "no build is being served yet"}
    if not isinstance(body, dict) or not isinstance(body.get("flow"), str):
        return 400, {"error": "the body needs `flow`: the name of the flow to run"}
    roles = sorted(rt.auth.principals)
    role = body.get("role")
    ctx = CallContext(transport="studio")
    if rt.auth.enabled:
        if role not in rt.auth.principals:
            return 422, {"error": f"choose a role to run the flow as: one of {', '.join(roles)}", "roles": roles}
        ctx.principal = rt.auth.principals[role]
    params = {"flow": body["flow"], "input": body.get("input", {}), "trace": True}
    resp = await rt.dispatcher.handle_obj({"jsonrpc": "2.0", "id": 1, "method": "executeXFlow", "params": params}, ctx)
    return 200, rt.dispatcher.serialize(resp)
