"""The MCP Inspector CLI (`@modelcontextprotocol/inspector --cli`, pinned in
tests/mcp/package.json) lists and calls tools of the running sample app."""

from __future__ import annotations

import json
import uuid

import pytest

pytestmark = pytest.mark.slow

ALICE = "c1000000-0000-4000-8000-000000000001"


def inspect(node, app, *args: str, role: str | None = "admin"):
    auth = ["--header", f"Authorization: Bearer {app.tokens[role]}"] if role else []
    r = node.run("inspector", "--cli", app.url, *auth, *args, timeout=90)
    return r


def ok_json(r) -> dict:
    assert r.returncode == 0, f"exit {r.returncode}\nstdout: {r.stdout[-3000:]}\nstderr: {r.stderr[-3000:]}"
    return json.loads(r.stdout)


def test_tools_list_is_portable(node, sample_app):
    """--strict reports tool-schema portability problems; there must be none at all."""
    r = inspect(node, sample_app, "--method", "tools/list", "--strict")
    tools = {t["name"]: t for t in ok_json(r)["tools"]}
    assert {"customer_query", "customer_create", "order_delete", "describe_model"} <= set(tools)
    assert tools["order_delete"]["annotations"]["destructiveHint"] is True
    assert "Warning" not in r.stderr and "Error" not in r.stderr, r.stderr[-3000:]


def test_tools_call(node, sample_app):
    email = f"inspector-{uuid.uuid4().hex[:8]}@example.com"
    created = ok_json(inspect(node, sample_app, "--method", "tools/call", "--tool-name", "customer_create",
                              "--tool-arg", f'data={{"name": "Inspector Gadget", "email": "{email}"}}'))
    assert created["isError"] is False and created["structuredContent"]["email"] == email

    page = ok_json(inspect(node, sample_app, "--method", "tools/call", "--tool-name", "customer_query",
                           "--tool-arg", "pageSize=2", "sort=[{\"field\": \"name\"}]"))
    assert page["structuredContent"]["pageSize"] == 2 and len(page["structuredContent"]["items"]) == 2

    r = inspect(node, sample_app, "--method", "tools/call", "--tool-name", "customer_create",
                "--tool-arg", 'data={"name": "No Mail"}')
    assert r.returncode == 5 and "tool_is_error" in r.stderr  # the Inspector's exit code for isError results
    bad = json.loads(r.stdout)
    assert bad["isError"] is True and "email" in bad["content"][0]["text"]


def test_resources_and_prompts(node, sample_app):
    res = ok_json(inspect(node, sample_app, "--method", "resources/read", "--uri", f"torque://customer/{ALICE}"))
    assert json.loads(res["contents"][0]["text"])["name"] == "Alice Johnson"
    templates = ok_json(inspect(node, sample_app, "--method", "resources/templates/list"))
    assert "torque://order/{id}" in [t["uriTemplate"] for t in templates["resourceTemplates"]]
    prompt = ok_json(inspect(node, sample_app, "--method", "prompts/get", "--prompt-name", "summarise_recent_orders",
                             "--prompt-args", "count=2"))
    assert "2 most recent Order records" in prompt["messages"][0]["content"]["text"]


def test_roles_through_the_inspector(node, sample_app):
    viewer = {t["name"] for t in ok_json(inspect(node, sample_app, "--method", "tools/list", role="viewer"))["tools"]}
    assert "customer_query" in viewer and "customer_create" not in viewer
    denied = inspect(node, sample_app, "--method", "tools/call", "--tool-name", "customer_delete",
                     "--tool-arg", f"id={ALICE}", role="viewer")
    assert denied.returncode != 0 and "tool_not_found" in denied.stderr
    # Without a token the Inspector is sent to the protected-resource metadata (OAuth discovery).
    anonymous = inspect(node, sample_app, "--method", "tools/list", role=None)
    assert anonymous.returncode != 0
