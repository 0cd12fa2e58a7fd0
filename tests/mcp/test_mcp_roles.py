"""The MCP tool list of a role names nothing of the entities it cannot read, and
links into them answer like missing ids — through the official SDK client.

The library model with roles of tests/server/exposure_model.py: `cataloguer`
reads Author and Book only; Publisher, Tag, Review and Profile are hidden."""

from __future__ import annotations

import json
import uuid
from contextlib import asynccontextmanager

import anyio
import mcp
import pytest
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from mcp_harness import build_app, start_app
from server.exposure_model import AUTHOR, TAG, TOKENS, library_with_auth

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def library_app(tmp_path_factory):
    d = tmp_path_factory.mktemp("mcp-roles")
    (d / "library.json").write_text(json.dumps(library_with_auth()))
    app_dir, package = build_app(d / "library.json", d / "app")
    app = start_app(app_dir, package, d / "run", tokens=TOKENS)
    yield app
    app.stop()


@asynccontextmanager
async def connect(app, role: str):
    async with create_mcp_http_client(headers={"Authorization": f"Bearer {app.tokens[role]}"}) as http:
        async with mcp.Client(streamable_http_client(app.url, http_client=http), mode="legacy") as client:
            yield client


def tools_of(app, role: str) -> dict:
    async def main():
        async with connect(app, role) as c:
            return {t.name: t for t in (await c.list_tools()).tools}

    return anyio.run(main)


def test_tool_lists_name_no_relationship_into_a_hidden_entity(library_app):
    tools = tools_of(library_app, "cataloguer")
    assert tools["book_query"].input_schema["properties"]["include"]["items"]["enum"] == ["author"]  # before: + publisher, reviews, tags
    assert tools["book_get"].input_schema["properties"]["include"]["items"]["enum"] == ["author"]
    assert "tags" not in tools["book_create"].input_schema["properties"]["data"]["properties"]
    assert "tags" not in tools["book_update"].input_schema["properties"]["data"]["properties"]
    related = tools["book_related"]
    assert related.input_schema["properties"]["relationship"]["enum"] == ["author"]
    assert set(related.output_schema["$defs"]) == {"Author"}
    text = json.dumps([t.model_dump(mode="json") for t in tools.values()])
    for hidden in ("Tag", "Review", "Profile", "reviews", "tags", "profile"):  # (`Publisher` is the label of Book.publisherId)
        assert f'"{hidden}"' not in text, hidden
    for nav in ("publisher", "reviews", "tags"):
        assert f"- {nav}:" not in related.description
    # a role that may read everything sees every navigation
    full = tools_of(library_app, "librarian")
    assert set(full["book_query"].input_schema["properties"]["include"]["items"]["enum"]) == {"author", "publisher", "reviews", "tags"}
    assert "tags" in full["book_create"].input_schema["properties"]["data"]["properties"]


def test_links_through_mcp_answer_like_missing_ids(library_app):
    async def main():
        async with connect(library_app, "cataloguer") as c:
            out = []
            for tag in (TAG, str(uuid.uuid4())):
                data = {"title": "M " + uuid.uuid4().hex[:6], "authorId": AUTHOR, "tags": [tag]}
                r = await c.call_tool("book_create", {"data": data})
                assert r.is_error, r
                out.append((tag, r.content[0].text))
            return out

    (tag, existing), (missing_id, missing) = anyio.run(main)
    assert existing.replace(tag, "<id>") == missing.replace(missing_id, "<id>")
