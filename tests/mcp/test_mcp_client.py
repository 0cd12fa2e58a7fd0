"""The official Python SDK client (`mcp.Client`) against the running generated sample app.

Every test runs in the three connection modes of the SDK: ``legacy`` (the
initialize handshake; the server negotiates 2025-11-25), ``2026-07-28``
(stateless per-request envelopes) and ``auto`` (server/discover first).
The client validates every structured result against the tool's output
schema, so a passing call also proves the output schemas are exact.
"""

from __future__ import annotations

import json
import uuid
from contextlib import asynccontextmanager

import anyio
import httpx
import mcp
import mcp_types as types
import pytest
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client
from mcp.shared.exceptions import MCPError

pytestmark = pytest.mark.slow

MODES = ["legacy", "2026-07-28", "auto"]
EXPECTED_VERSION = {"legacy": "2025-11-25", "2026-07-28": "2026-07-28", "auto": "2026-07-28"}
ALICE = "c1000000-0000-4000-8000-000000000001"  # sample customer with orders
ORDER_1 = "0d000000-0000-4000-8000-000000000001"


@asynccontextmanager
async def connect(app, role: str | None = "admin", mode: str = "legacy"):
    headers = {"Authorization": f"Bearer {app.tokens[role]}"} if role else {}
    async with create_mcp_http_client(headers=headers) as http:
        async with mcp.Client(streamable_http_client(app.url, http_client=http), mode=mode) as client:
            yield client


def run(fn, *args):
    return anyio.run(fn, *args)


def error_of(result: types.CallToolResult) -> dict:
    assert result.is_error, result
    blob = next(json.loads(c.text) for c in result.content if c.text.startswith("{"))
    return blob["error"]


@pytest.mark.parametrize("mode", MODES)
def test_lists(sample_app, mode):
    async def main():
        async with connect(sample_app, "admin", mode) as c:
            assert c.protocol_version == EXPECTED_VERSION[mode]
            tools = {t.name: t for t in (await c.list_tools()).tools}
            assert {"customer_query", "customer_create", "order_delete", "describe_model", "customer_related"} <= set(tools)
            d = tools["customer_delete"]
            assert d.annotations.destructive_hint is True and d.annotations.read_only_hint is False
            assert tools["customer_query"].annotations.read_only_hint is True
            assert tools["customer_create"].input_schema["properties"]["data"]["properties"]["email"]["maxLength"] == 254
            assert tools["customer_create"].output_schema["properties"]["email"] == {"type": "string", "format": "email"}
            assert "A person or company that places orders." in tools["customer_get"].description

            resources = (await c.list_resources()).resources
            assert [str(r.uri) for r in resources] == ["torque://model"]
            templates = (await c.list_resource_templates()).resource_templates
            assert {t.uri_template for t in templates} == {"torque://customer/{id}", "torque://order/{id}"}
            prompts = {p.name: p for p in (await c.list_prompts()).prompts}
            assert set(prompts) == {
                "summarise_recent_customers", "create_customer_from_description",
                "summarise_recent_orders", "create_order_from_description",
            }
            assert prompts["create_order_from_description"].arguments[0].required is True

    run(main)


@pytest.mark.parametrize("mode", MODES)
def test_crud(sample_app, mode):
    email = f"mcp-{mode}-{uuid.uuid4().hex[:8]}@example.com"

    async def main():
        async with connect(sample_app, "admin", mode) as c:
            created = await c.call_tool(
                "customer_create",
                {"data": {"name": "Grace Hopper", "email": email, "customerType": "Business", "creditLimit": 2500.5,
                          "tags": ["navy"]}},
            )
            assert not created.is_error, created.content
            rec = created.structured_content
            assert rec["version"] == 1 and rec["email"] == email and rec["isActive"] is True  # model default
            assert json.loads(created.content[0].text) == rec
            cid = rec["id"]

            page = await c.call_tool("customer_query", {"filters": [{"field": "email", "op": "eq", "value": email}]})
            assert page.structured_content["total"] == 1 and page.structured_content["items"][0]["id"] == cid
            assert page.structured_content["hasMore"] is False

            page = await c.call_tool("customer_query", {"search": "grace hop", "sort": [{"field": "name", "dir": "asc"}],
                                                        "pageSize": 1})
            assert page.structured_content["items"][0]["id"] == cid

            updated = await c.call_tool("customer_update", {"id": cid, "data": {"name": "Rear Admiral Hopper"},
                                                            "expectedVersion": 1})
            assert not updated.is_error, updated.content
            assert updated.structured_content["version"] == 2
            assert updated.structured_content["name"] == "Rear Admiral Hopper"

            stale = await c.call_tool("customer_update", {"id": cid, "data": {"name": "X"}, "expectedVersion": 1})
            assert error_of(stale)["data"]["kind"] == "version_conflict"

            got = await c.call_tool("customer_get", {"id": cid})
            assert got.structured_content["name"] == "Rear Admiral Hopper"

            res = await c.read_resource(f"torque://customer/{cid}")
            assert json.loads(res.contents[0].text)["id"] == cid
            assert res.contents[0].mime_type == "application/json"

            dup = await c.call_tool("customer_create", {"data": {"name": "Again", "email": email}})
            assert error_of(dup)["data"]["kind"] == "conflict"

            deleted = await c.call_tool("customer_delete", {"id": cid})
            assert deleted.structured_content == {"id": cid, "deleted": True}
            gone = await c.call_tool("customer_get", {"id": cid})
            assert error_of(gone)["data"]["kind"] == "not_found"
            with pytest.raises(MCPError) as ei:
                await c.read_resource(f"torque://customer/{cid}")
            assert ei.value.error.code == -32602

    run(main)


@pytest.mark.parametrize("mode", MODES)
def test_validation_failure_is_a_tool_error(sample_app, mode):
    async def main():
        async with connect(sample_app, "admin", mode) as c:
            r = await c.call_tool(
                "customer_create",
                {"data": {"name": "", "email": "not-an-email", "phone": "call me", "customerType": "Alien",
                          "creditLimit": -5}},
            )
            err = error_of(r)
            assert err["code"] == -32602 and err["data"]["kind"] == "invalid_params"
            fields = {e["field"]: e["rule"] for e in err["data"]["errors"]}
            assert {"name", "email", "phone", "customerType", "creditLimit"} <= set(fields)
            assert fields["phone"] == "pattern" and fields["customerType"] == "enum"
            # the human-readable first block lists every field too
            assert "phone" in r.content[0].text and "customerType" in r.content[0].text

            # a json field's jsonSchema (Order.items): the failing part named by its JSON Pointer
            lines = await c.call_tool("order_create", {"data": {
                "orderNumber": "ORD-9901", "customerId": ALICE, "orderDate": "2024-01-01", "totalAmount": "1.00",
                "items": [{"sku": "NB-A5", "quantity": 0, "unitPrice": 1}]}})
            assert [(e["field"], e["rule"], e["path"]) for e in error_of(lines)["data"]["errors"]] == [("items", "jsonSchema", "/0/quantity")]

            bad = await c.call_tool("order_query", {"filters": [{"field": "nope", "op": "eq", "value": 1}], "pageSize": 501})
            fields = {e["field"] for e in error_of(bad)["data"]["errors"]}
            assert {"filters.0.field", "pageSize"} <= fields

            unknown_arg = await c.call_tool("order_get", {"id": ORDER_1, "bogus": 1})
            assert error_of(unknown_arg)["data"]["errors"][0]["rule"] == "unknown_argument"

            with pytest.raises(MCPError) as ei:
                await c.call_tool("no_such_tool", {})
            assert ei.value.error.code == -32602

    run(main)


@pytest.mark.parametrize("mode", MODES)
def test_related_describe_prompts_completion(sample_app, mode):
    async def main():
        async with connect(sample_app, "admin", mode) as c:
            orders = await c.call_tool("customer_related", {"id": ALICE, "relationship": "orders"})
            sc = orders.structured_content
            assert sc["cardinality"] == "many" and sc["total"] >= 2
            assert all(o["customerId"] == ALICE for o in sc["items"])
            owner = await c.call_tool("order_related", {"id": ORDER_1, "relationship": "customer"})
            assert owner.structured_content["cardinality"] == "one"
            assert owner.structured_content["item"]["id"] == ALICE

            meta = await c.call_tool("describe_model", {})
            names = [e["name"] for e in meta.structured_content["entities"]]
            assert names == ["Customer", "Order"]
            model = json.loads((await c.read_resource("torque://model")).contents[0].text)
            assert model["name"] == "customer-order"

            p = await c.get_prompt("summarise_recent_orders", {"count": "3"})
            assert "3 most recent Order records" in p.messages[0].content.text
            assert len(json.loads(p.messages[1].content.text)) == 3
            p = await c.get_prompt("create_customer_from_description", {"description": "Ada, ada@example.com, VIP"})
            text = p.messages[0].content.text
            assert "Ada, ada@example.com, VIP" in text and "customer_create" in text and "- email (email, required" in text
            with pytest.raises(MCPError):
                await c.get_prompt("create_customer_from_description", {})

            done = await c.complete(types.ResourceTemplateReference(type="ref/resource", uri="torque://customer/{id}"),
                                    {"name": "id", "value": "c1000000-0000-4000-8000-00000000000"})
            assert ALICE in done.completion.values
            done = await c.complete(types.PromptReference(type="ref/prompt", name="summarise_recent_orders"),
                                    {"name": "count", "value": "1"})
            assert done.completion.values == ["10", "100"]

    run(main)


# ----------------------------------------------------------------- roles


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
def test_viewer_sees_and_calls_only_read_tools(sample_app, mode):
    async def main():
        async with connect(sample_app, "viewer", mode) as c:
            names = {t.name for t in (await c.list_tools()).tools}
            assert "customer_query" in names and "order_related" in names
            assert not {n for n in names if n.endswith(("_create", "_update", "_delete"))}
            assert "run_flow" not in names
            prompts = {p.name for p in (await c.list_prompts()).prompts}
            assert prompts == {"summarise_recent_customers", "summarise_recent_orders"}
            with pytest.raises(MCPError) as ei:
                await c.call_tool("customer_create", {"data": {"name": "Eve", "email": "eve@example.com"}})
            assert ei.value.error.code == -32602 and "Unknown tool" in ei.value.error.message
            with pytest.raises(MCPError):
                await c.get_prompt("create_customer_from_description", {"description": "x"})
            ok = await c.call_tool("customer_get", {"id": ALICE})
            assert ok.structured_content["id"] == ALICE
            meta = await c.call_tool("describe_model", {})
            assert meta.structured_content["role"] == "viewer"

    run(main)


def test_sales_cannot_delete_and_runs_only_its_flows(sample_app):
    async def main():
        async with connect(sample_app, "sales", "legacy") as c:
            tools = {t.name: t for t in (await c.list_tools()).tools}
            assert "customer_create" in tools and "customer_delete" not in tools and "order_delete" not in tools
            if "run_flow" in tools:  # offered once the app has XFlow's executeXFlow
                assert tools["run_flow"].input_schema["properties"]["flow"]["enum"] == ["validateOrder"]
            with pytest.raises(MCPError):
                await c.call_tool("customer_delete", {"id": ALICE})

    run(main)


def test_read_only_fields_are_not_in_the_roles_create_and_update_schemas(sample_app):
    """`sales` may read but not write Customer.creditLimit (readOnlyFields): its customer_create and
    customer_update tools leave the field out of `data`; the admin's keep it; the server still refuses it."""
    async def main():
        async with connect(sample_app, "sales", "legacy") as c:
            tools = {t.name: t for t in (await c.list_tools()).tools}
            for name in ("customer_create", "customer_update"):
                data = tools[name].input_schema["properties"]["data"]
                assert "creditLimit" not in data["properties"] and "name" in data["properties"], name
                assert "creditLimit" not in data.get("required", [])
            refused = await c.call_tool("customer_create", {"data": {"name": "Ro", "email": "ro.mcp@example.com", "creditLimit": 5}})
            assert error_of(refused)["code"] == -32007
        async with connect(sample_app, "admin", "legacy") as c:
            tools = {t.name: t for t in (await c.list_tools()).tools}
            assert all("creditLimit" in tools[n].input_schema["properties"]["data"]["properties"]
                       for n in ("customer_create", "customer_update"))

    run(main)


# ----------------------------------------------------------------- HTTP edge: auth, Origin, Host


def test_unauthenticated_requests_get_401_with_resource_metadata(sample_app):
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
               "MCP-Protocol-Version": "2026-07-28"}
    r = httpx.post(sample_app.url, json=body, headers=headers)
    assert r.status_code == 401
    www = r.headers["www-authenticate"]
    prm = f"{sample_app.base}/.well-known/oauth-protected-resource/mcp"
    assert www.startswith("Bearer ") and f'resource_metadata="{prm}"' in www and "error=" not in www

    r = httpx.post(sample_app.url, json=body, headers={**headers, "Authorization": "Bearer wrong"})
    assert r.status_code == 401 and 'error="invalid_token"' in r.headers["www-authenticate"]

    meta = httpx.get(prm)
    assert meta.status_code == 200
    doc = meta.json()
    assert doc["resource"] == sample_app.url
    assert doc["authorization_servers"] and doc["bearer_methods_supported"] == ["header"]
    assert httpx.get(f"{sample_app.base}/.well-known/oauth-protected-resource").json() == doc


def test_origin_and_host_validation(sample_app):
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
               "MCP-Protocol-Version": "2026-07-28", "Mcp-Method": "tools/list",
               "Authorization": f"Bearer {sample_app.tokens['admin']}"}
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {"_meta": {
        "io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}}}
    ok = httpx.post(sample_app.url, json=body, headers={**headers, "Origin": f"http://127.0.0.1:{sample_app.port}"})
    assert ok.status_code == 200, ok.text
    evil = httpx.post(sample_app.url, json=body, headers={**headers, "Origin": "http://evil.example"})
    assert evil.status_code == 403
    rebound = httpx.post(sample_app.url, json=body, headers={**headers, "Host": "evil.example"})
    assert rebound.status_code == 421


def test_sessions_are_bound_to_their_token(sample_app):
    """A legacy session opened with one token cannot be used with another."""
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
    r = httpx.post(sample_app.url, json=init, headers={**headers, "Authorization": f"Bearer {sample_app.tokens['viewer']}"})
    assert r.status_code == 200
    sid = r.headers["mcp-session-id"]
    listed = {"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {}}
    h2 = {**headers, "Mcp-Session-Id": sid, "MCP-Protocol-Version": "2025-11-25"}
    hijack = httpx.post(sample_app.url, json=listed, headers={**h2, "Authorization": f"Bearer {sample_app.tokens['admin']}"})
    assert hijack.status_code == 404
    httpx.delete(sample_app.url, headers={**h2, "Authorization": f"Bearer {sample_app.tokens['viewer']}"})


# ----------------------------------------------------------------- subscriptions


def test_listen_stream_gets_record_updates(sample_app):
    """2026-07-28: subscriptions/listen; an update through /rpc's service notifies the stream."""
    async def main():
        async with connect(sample_app, "viewer", "2026-07-28") as watcher, connect(sample_app, "admin", "2026-07-28") as writer:
            uri = f"torque://order/{ORDER_1}"
            hidden = "torque://nothing/1"
            async with watcher.listen(resource_subscriptions=[uri, hidden]) as sub:
                assert set(sub.honored.resource_subscriptions) == {uri, hidden}
                r = await writer.call_tool("order_update", {"id": ORDER_1, "data": {"shippingAddress": "1 Listen Lane"}})
                assert not r.is_error, r.content
                with anyio.fail_after(10):
                    async for event in sub:
                        assert event.uri == uri
                        break

    run(main)


def test_legacy_resource_subscription(sample_app):
    """2025-11-25: resources/subscribe; notifications/resources/updated on the session's stream."""
    got = []
    arrived = anyio.Event()

    async def on_message(msg):
        if isinstance(msg, types.ResourceUpdatedNotification):
            got.append(str(msg.params.uri))
            arrived.set()

    async def main():
        headers = {"Authorization": f"Bearer {sample_app.tokens['viewer']}"}
        async with create_mcp_http_client(headers=headers) as http:
            async with mcp.Client(streamable_http_client(sample_app.url, http_client=http), mode="legacy",
                                  message_handler=on_message) as watcher:
                assert watcher.server_capabilities.resources.subscribe is True
                uri = f"torque://customer/{ALICE}"
                await watcher.session.send_request(
                    types.SubscribeRequest(params=types.SubscribeRequestParams(uri=uri)), types.EmptyResult)
                await anyio.sleep(0.3)  # the standalone GET stream is open by now
                async with connect(sample_app, "admin", "legacy") as writer:
                    r = await writer.call_tool("customer_update", {"id": ALICE, "data": {"notes": "subscribed"}})
                    assert not r.is_error, r.content
                with anyio.fail_after(10):
                    await arrived.wait()
                assert got == [uri]

    run(main)


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
def test_run_flow(sample_app, mode):
    order = {"orderNumber": "ORD-9001", "customerId": ALICE, "totalAmount": 10, "orderDate": "2024-05-01",
             "items": [{"sku": " nb-a5 ", "quantity": 2, "unitPrice": 5}]}

    async def main():
        async with connect(sample_app, "admin", mode) as c:
            ok = await c.call_tool("run_flow", {"flow": "validateOrder", "input": order, "trace": True})
            assert not ok.is_error, ok.content
            assert ok.structured_content["output"]["items"][0]["sku"] == "NB-A5"  # normalised by the flow
            assert ok.structured_content["trace"][0]["node"] == "start"
            inactive = "c1000000-0000-4000-8000-000000000005"
            failed = await c.call_tool("run_flow", {"flow": "validateOrder", "input": {**order, "customerId": inactive}})
            err = error_of(failed)
            assert err["data"]["kind"] == "flow_failed" and "inactive" in err["message"]

    run(main)


@pytest.mark.parametrize("levels", [65, 150, 1000])
def test_run_flow_with_input_nested_too_deep_is_invalid_params(sample_app, levels):
    deep = '{"a":' * levels + "{}" + "}" * levels
    body = ('{"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "run_flow", "arguments": '
            '{"flow": "validateOrder", "input": ' + deep + '}, "_meta": {"io.modelcontextprotocol/protocolVersion": '
            '"2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}}}')
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
               "MCP-Protocol-Version": "2026-07-28", "Mcp-Method": "tools/call", "Mcp-Name": "run_flow",
               "Authorization": f"Bearer {sample_app.tokens['admin']}"}
    r = httpx.post(sample_app.url, content=body, headers=headers)
    assert r.status_code == 200, r.text
    if levels > 180:  # deeper than the SDK parses: /mcp answers for the whole request
        assert r.json()["id"] == 1 and r.json()["error"]["code"] == -32602, r.text
        assert "nests deeper than 180 levels" in r.json()["error"]["message"]
        return
    result = r.json()["result"]
    assert result["isError"], result
    err = next(json.loads(c["text"]) for c in result["content"] if c["text"].startswith("{"))["error"]
    assert err["code"] == -32602 and "nested deeper than 64 levels" in err["message"], err


def test_query_tool_pages_by_cursor(sample_app):
    """`<entity>_query` returns `nextCursor`; `after` gives the next page (keyset), the same as page 2."""
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
               "MCP-Protocol-Version": "2026-07-28", "Mcp-Method": "tools/call", "Mcp-Name": "customer_query",
               "Authorization": f"Bearer {sample_app.tokens['admin']}"}
    meta = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}

    def query(**arguments):
        body = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                "params": {"name": "customer_query", "arguments": {"pageSize": 1, "sort": [{"field": "name"}], **arguments}, "_meta": meta}}
        r = httpx.post(sample_app.url, json=body, headers=headers)
        assert r.status_code == 200, r.text
        result = r.json()["result"]
        assert not result.get("isError"), result
        return result["structuredContent"]

    first = query()
    assert isinstance(first["nextCursor"], str) and first["hasMore"] is True
    second = query(after=first["nextCursor"])
    assert second["items"] == query(page=2)["items"]
    assert second["items"][0]["id"] != first["items"][0]["id"]
