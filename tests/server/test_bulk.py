"""bulkCreate's batch path (torquec/runtime/bulk.py): one query per reference field and link list,
one executemany for the rows; the same answers and errors as record by record, SQLite and PostgreSQL."""

from __future__ import annotations

import uuid


def count(srv, entity: str, field: str, value) -> int:
    return srv.rpc("loadEntityData", {"entity": entity, "pageSize": 1, "filters": [{"field": field, "op": "eq", "value": value}]})["total"]


def tags(srv, n: int) -> list[str]:
    items = [{"label": f"bk-{uuid.uuid4().hex[:12]}"} for _ in range(n)]
    return [r["id"] for r in srv.rpc("bulkCreate", {"entity": "Tag", "items": items})["items"]]


def test_a_full_batch_with_references_and_links(lib_server):
    author = lib_server.rpc("createEntity", {"entity": "Author", "data": {"name": "Batch"}})["id"]
    t = tags(lib_server, 3)
    items = [{"title": f"batch-{i}", "authorId": author, "pages": i + 1, "tags": t[: i % 4]} for i in range(500)]
    out = lib_server.rpc("bulkCreate", {"entity": "Book", "items": items})["items"]
    assert [r["title"] for r in out] == [f"batch-{i}" for i in range(500)] and all(r["version"] == 1 for r in out)
    assert len({r["id"] for r in out}) == 500
    got = lib_server.rpc("getEntity", {"entity": "Book", "id": out[3]["id"], "include": ["tags"]})
    assert got["pages"] == 4 and {x["id"] for x in got["tags"]} == set(t)
    assert lib_server.rpc("getRelated", {"entity": "Tag", "id": t[0], "relationship": "books"})["total"] == 375  # i % 4 in 1..3


def test_missing_references_are_named_per_item(lib_server):
    author = lib_server.rpc("createEntity", {"entity": "Author", "data": {"name": "Refs"}})["id"]
    ghost, ghost_tag = str(uuid.uuid4()), str(uuid.uuid4())
    items = [{"title": f"r-{i}", "authorId": author} for i in range(10)]
    items[3]["authorId"] = ghost
    items[7]["tags"] = [ghost_tag]
    err = lib_server.error("bulkCreate", {"entity": "Book", "items": items})
    assert err["code"] == -32602
    got = {(e["index"], e["field"]) for e in err["data"]["errors"]}
    assert got == {(3, "authorId"), (7, "tags")}
    assert count(lib_server, "Book", "title", "r-0") == 0


def test_a_refused_row_is_named_and_nothing_is_written(lib_server):
    label = f"dup-{uuid.uuid4().hex[:10]}"
    items = [{"label": f"ok-{uuid.uuid4().hex[:10]}"}, {"label": label}, {"label": f"ok-{uuid.uuid4().hex[:10]}"}, {"label": label}]
    err = lib_server.error("bulkCreate", {"entity": "Tag", "items": items})
    assert err["code"] == -32002 and err["data"]["index"] == 3 and err["data"]["field"] == "label"
    assert count(lib_server, "Tag", "label", label) == 0
