"""Many-to-many links: seeded from sampleData, added and removed one by one (addLinks /
removeLinks, MCP <entity>_add_links / _remove_links), on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import httpx

SEEDED_BOOK = "b1000000-0000-4000-8000-000000000001"
SEEDED_TAGS = {"c1000000-0000-4000-8000-000000000001", "c1000000-0000-4000-8000-000000000002"}


def tag(srv) -> str:
    return srv.rpc("createEntity", {"entity": "Tag", "data": {"label": f"lk-{uuid.uuid4().hex[:10]}"}})["id"]


def book(srv) -> dict:
    a = srv.rpc("createEntity", {"entity": "Author", "data": {"name": f"au-{uuid.uuid4().hex[:6]}"}})
    return srv.rpc("createEntity", {"entity": "Book", "data": {"title": f"bk-{uuid.uuid4().hex[:6]}", "authorId": a["id"]}})


def tag_ids(srv, book_id: str) -> set[str]:
    return {t["id"] for t in srv.rpc("getEntity", {"entity": "Book", "id": book_id, "include": ["tags"]})["tags"]}


def test_sample_data_seeds_links_from_either_side(lib_server):
    # Book.tags lists one tag; the other tag lists the book under its own side's name (books)
    assert tag_ids(lib_server, SEEDED_BOOK) == SEEDED_TAGS


def test_add_and_remove_links_keep_the_others(lib_server):
    b = book(lib_server)
    t1, t2, t3 = tag(lib_server), tag(lib_server), tag(lib_server)
    out = lib_server.rpc("addLinks", {"entity": "Book", "id": b["id"], "relationship": "tags", "ids": [t1, t2]})
    assert out == {"entity": "Book", "id": b["id"], "relationship": "tags", "added": 2, "count": 2, "version": 2}
    # again, plus one more: only the new one is added
    out = lib_server.rpc("addLinks", {"entity": "Book", "id": b["id"], "relationship": "tags", "ids": [t2, t3]})
    assert (out["added"], out["count"], out["version"]) == (1, 3, 3)
    # from the other side
    out = lib_server.rpc("removeLinks", {"entity": "Tag", "id": t1, "relationship": "books", "ids": [b["id"]]})
    assert (out["removed"], out["count"]) == (1, 0)
    assert tag_ids(lib_server, b["id"]) == {t2, t3}
    out = lib_server.rpc("removeLinks", {"entity": "Book", "id": b["id"], "relationship": "tags", "ids": [t1, t3]})
    assert (out["removed"], out["count"]) == (1, 1)
    assert tag_ids(lib_server, b["id"]) == {t2}
    assert lib_server.rpc("getEntity", {"entity": "Book", "id": b["id"]})["version"] == 4  # each change on the Book side


def test_link_changes_are_checked_and_all_or_nothing(lib_server):
    b = book(lib_server)
    t1 = tag(lib_server)
    missing = str(uuid.uuid4())
    err = lib_server.error("addLinks", {"entity": "Book", "id": b["id"], "relationship": "tags", "ids": [t1, missing]})
    assert err["code"] == -32602 and err["data"]["errors"][0]["field"] == "tags" and missing in err["data"]["errors"][0]["message"]
    assert tag_ids(lib_server, b["id"]) == set()  # t1 was not linked either
    err = lib_server.error("addLinks", {"entity": "Book", "id": b["id"], "relationship": "tgas", "ids": [t1]})
    assert err["data"]["errors"][0]["field"] == "relationship" and "did you mean `tags`" in err["data"]["errors"][0]["message"]
    err = lib_server.error("addLinks", {"entity": "Book", "id": b["id"], "relationship": "author", "ids": [t1]})  # not manyToMany
    assert err["data"]["errors"][0]["field"] == "relationship"
    err = lib_server.error("addLinks", {"entity": "Book", "id": b["id"], "relationship": "tags", "ids": ["nope"]})
    assert err["data"]["errors"][0]["field"] == "ids.0"
    err = lib_server.error("addLinks", {"entity": "Book", "id": b["id"], "relationship": "tags", "ids": [t1], "expectedVersion": 7})
    assert err["code"] == -32003
    err = lib_server.error("removeLinks", {"entity": "Book", "id": str(uuid.uuid4()), "relationship": "tags", "ids": [t1]})
    assert err["code"] == -32001


def test_link_lists_have_no_item_cap(lib_server):
    """Before: at most 1,000 ids, and the error said "characters"."""
    b = book(lib_server)
    ids = [r["id"] for r in lib_server.rpc("bulkCreate", {"entity": "Tag", "items": [
        {"label": f"cap-{uuid.uuid4().hex[:12]}"} for _ in range(500)]})["items"]]
    for _ in range(2):
        ids += [r["id"] for r in lib_server.rpc("bulkCreate", {"entity": "Tag", "items": [
            {"label": f"cap-{uuid.uuid4().hex[:12]}"} for _ in range(500)]})["items"]]
    lib_server.rpc("updateEntity", {"entity": "Book", "id": b["id"], "data": {"tags": ids[:1200]}})
    assert len(tag_ids(lib_server, b["id"])) == 1200
    out = lib_server.rpc("addLinks", {"entity": "Book", "id": b["id"], "relationship": "tags", "ids": ids})
    assert (out["added"], out["count"]) == (300, 1500)
    out = lib_server.rpc("removeLinks", {"entity": "Book", "id": b["id"], "relationship": "tags", "ids": ids[:1400]})
    assert (out["removed"], out["count"]) == (1400, 100)


def test_openrpc_and_capabilities_name_the_link_methods(lib_server):
    doc = lib_server.rpc("rpc.discover", {})
    methods = {m["name"]: m for m in doc["methods"]}
    rel = next(p for p in methods["addLinks"]["params"] if p["name"] == "relationship")
    assert rel["schema"]["enum"] == ["books", "tags"] and "removeLinks" in methods
    assert "maxItems" not in doc["components"]["schemas"]["BookUpdate"]["properties"]["tags"]
    assert {"addLinks", "removeLinks"} <= set(lib_server.rpc("getCapabilities", {})["methods"])


def _mcp(srv, method: str, params: dict, rid: int = 1) -> dict:
    meta = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}
    r = httpx.post(f"{srv.base}/mcp", json={"jsonrpc": "2.0", "id": rid, "method": method, "params": {**params, "_meta": meta}},
                   headers={"Accept": "application/json, text/event-stream", "MCP-Protocol-Version": "2026-07-28", "Mcp-Method": method,
                            **({"Mcp-Name": params["name"]} if "name" in params else {})}, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def test_mcp_link_tools(lib_server):
    tools = {t["name"]: t for t in _mcp(lib_server, "tools/list", {})["result"]["tools"]}
    assert tools["book_add_links"]["inputSchema"]["properties"]["relationship"]["enum"] == ["tags"]
    assert tools["tag_remove_links"]["annotations"]["destructiveHint"] is True
    b = book(lib_server)
    t1, t2 = tag(lib_server), tag(lib_server)
    res = _mcp(lib_server, "tools/call", {"name": "book_add_links", "arguments": {"id": b["id"], "relationship": "tags", "ids": [t1, t2]}})
    assert res["result"]["structuredContent"]["added"] == 2, res
    res = _mcp(lib_server, "tools/call", {"name": "tag_remove_links", "arguments": {"id": t1, "relationship": "books", "ids": [b["id"]]}})
    assert res["result"]["structuredContent"]["removed"] == 1, res
    assert tag_ids(lib_server, b["id"]) == {t2}
    res = _mcp(lib_server, "tools/call", {"name": "book_add_links", "arguments": {"id": b["id"], "relationship": "tags", "ids": [str(uuid.uuid4())]}})
    assert res["result"]["isError"] is True

