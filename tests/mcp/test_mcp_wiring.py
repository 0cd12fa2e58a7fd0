"""torquec.runtime.mcp.wiring in-process: host names, public URL, auth edge, the service seam."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from starlette.testclient import TestClient

from mcp_harness import SAMPLE
from torquec.backends.mcp.spec import expanded_spec
from torquec.driver import analyze
from torquec.runtime.errors import InvalidParams, UnauthorizedError
from torquec.runtime.mcp import McpSpec
from torquec.runtime.mcp.wiring import mount_mcp, with_mcp

V = "2026-07-28"
META = {"io.modelcontextprotocol/protocolVersion": V, "io.modelcontextprotocol/clientCapabilities": {}}


class FakeDispatcher:
    """Stands in for the app's JSON-RPC Dispatcher: records what MCP asked for."""

    method_names = ["getModelMetadata", "loadEntityData", "getEntity", "createEntity"]

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict, object]] = []

    async def call(self, method, params, ctx):
        self.calls.append((method, params, ctx))
        if method == "createEntity":
            raise InvalidParams(errors=[{"field": "email", "rule": "required", "message": "is required"}])
        return {"items": [], "total": 0, "page": 1, "pageSize": params.get("pageSize", 20)}


class Principal:
    def __init__(self, role):
        self.role = role


class FakeAuth:
    def principal_for(self, token):
        if token == "good":
            return Principal("viewer")
        raise UnauthorizedError()


@pytest.fixture(scope="module")
def spec():
    r = analyze(str(SAMPLE))
    return McpSpec.from_dict(expanded_spec(r.model))


def make(spec, **env):
    app = FastAPI()
    rpc = FakeDispatcher()
    endpoint = mount_mcp(app, spec, dispatcher=rpc, authenticator=FakeAuth(), environ=env)
    return app, rpc, endpoint


def post(client, method, params=None, token="good", **headers):
    h = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
         "MCP-Protocol-Version": V, "Mcp-Method": method, **headers}
    if method == "tools/call":
        h["Mcp-Name"] = params["name"]
    if token:
        h["Authorization"] = f"Bearer {token}"
    return client.post("/mcp", json={"jsonrpc": "2.0", "id": 1, "method": method, "params": {**(params or {}), "_meta": META}},
                       headers=h)


def test_public_url_and_allowed_hosts(spec):
    app, rpc, endpoint = make(spec, TORQUE_ALLOWED_HOSTS="testserver", TORQUE_PUBLIC_URL="https://api.example.com",
                              TORQUE_AUTHORIZATION_SERVERS="https://login.example.com")
    with TestClient(app) as c:
        r = post(c, "tools/list", token=None)
        assert r.status_code == 401
        assert 'resource_metadata="https://api.example.com/.well-known/oauth-protected-resource/mcp"' in r.headers["www-authenticate"]
        prm = c.get("/.well-known/oauth-protected-resource/mcp").json()
        assert prm["resource"] == "https://api.example.com/mcp"
        assert prm["authorization_servers"] == ["https://login.example.com"]

        r = post(c, "tools/list")
        assert r.status_code == 200, r.text
        names = {t["name"] for t in r.json()["result"]["tools"]}
        assert "customer_query" in names and "customer_create" not in names  # viewer
        assert r.json()["result"]["cacheScope"] == "private"  # per-role lists are never shared

        # api.example.com is accepted as a Host too (it is the public URL's host)
        assert post(c, "tools/list", Host="api.example.com").status_code == 200
        assert post(c, "tools/list", Host="evil.example").status_code == 421
        assert post(c, "tools/list", Origin="https://api.example.com").status_code == 200
        assert post(c, "tools/list", Origin="https://evil.example").status_code == 403


def test_tools_call_the_dispatcher_with_the_callers_token(spec):
    app, rpc, endpoint = make(spec, TORQUE_ALLOWED_HOSTS="testserver")
    with TestClient(app) as c:
        r = post(c, "tools/call", {"name": "customer_query", "arguments": {"pageSize": 3, "search": "ada"}})
        assert r.status_code == 200, r.text
        res = r.json()["result"]
        assert res["isError"] is False and res["structuredContent"]["hasMore"] is False
        method, params, ctx = rpc.calls[-1]
        assert method == "loadEntityData"
        assert params == {"entity": "Customer", "pageSize": 3, "search": "ada"}
        assert ctx.token == "good" and ctx.transport == "mcp" and ctx.principal.role == "viewer"

        # a tool the role may not use: refused before the service is asked
        n = len(rpc.calls)
        r = post(c, "tools/call", {"name": "customer_create", "arguments": {"data": {}}})
        assert r.json()["error"]["code"] == -32602 and len(rpc.calls) == n


def test_run_flow_is_offered_only_when_the_app_has_executeXFlow(spec):
    app, rpc, endpoint = make(spec, TORQUE_ALLOWED_HOSTS="testserver")
    assert "executeXFlow" not in rpc.method_names
    assert all(t.name != "run_flow" for v in [endpoint._build_view("admin")] for t in v.tools.values())


def test_with_mcp_hook_mounts_and_chains(spec):
    seen = []

    class Rt:
        dispatcher = FakeDispatcher()
        auth = FakeAuth()

        class service:  # noqa: N801 - a stand-in namespace
            publishers: list = []

    app = FastAPI()
    hook = with_mcp(spec, lambda rt, a: seen.append(a))
    rt = Rt()
    hook(rt, app)
    assert seen == [app] and rt.mcp is not None
    assert rt.service.publishers == [rt.mcp.publish_changes]
    assert any(getattr(r, "path", "") == "/mcp" for r in app.router.routes)
    rt.mcp.publish_changes([])  # not started, nobody subscribed: a no-op


def test_duplicate_keys_are_refused_before_the_sdk_parses(spec):
    """pydantic keeps the last of two equal keys: /mcp refuses such bodies (like /rpc) and runs nothing."""
    import json as _json

    app, rpc, endpoint = make(spec, TORQUE_ALLOWED_HOSTS="testserver")
    h = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
         "MCP-Protocol-Version": V, "Mcp-Method": "tools/call", "Mcp-Name": "customer_query", "Authorization": "Bearer good"}
    meta = _json.dumps(META)
    with TestClient(app) as c:
        body = ('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"customer_query","arguments":'
                '{"search":"ada","search":"bob"},"_meta":%s}}' % meta)
        r = c.post("/mcp", content=body, headers=h)
        assert r.status_code == 400, r.text
        assert r.json()["error"]["code"] == -32600 and r.json()["id"] is None
        assert rpc.calls == []
        ok = c.post("/mcp", content=body.replace('"search":"bob"', '"page":1'), headers=h)
        assert ok.status_code == 200 and rpc.calls[-1][1]["search"] == "ada", ok.text
