"""The library test model with `auth` and flows, for the tests of what a role may
learn (tests/server/test_data_exposure.py, tests/mcp/test_mcp_roles.py).

`cataloguer` may read Author and read/create/update Book, nothing else
(Publisher, Tag, Review, Profile are hidden from it); `librarian` may do
everything. Flows: `guardBook` (before create Book, runAs system: refuses
books of "Closed Press", naming it), `auditBook` (after create Book, the
writer's rights: creates a Tag), `publisherName` / `publisherNameSystem`
(manual: a publisher's name, with the caller's rights / as the system),
`tagBook` (manual: creates a Book linked to a Tag, with the caller's rights)."""

from __future__ import annotations

import json
from pathlib import Path

LIBRARY = Path(__file__).resolve().parent / "models" / "library.json"

AUTHOR = "a1000000-0000-4000-8000-000000000001"
CLOSED = "d1000000-0000-4000-8000-000000000001"  # Publisher "Closed Press"
OPEN = "d1000000-0000-4000-8000-000000000002"  # Publisher "Open Books"
TAG = "e1000000-0000-4000-8000-000000000001"  # Tag "classic"
TOKENS = {"librarian": "t-librarian", "cataloguer": "t-cataloguer"}


def _flow(fid, name, trigger, nodes, edges, **extra):
    return {"id": fid, "name": name, "trigger": trigger, "nodes": [{"id": "start", "type": "start"}, *nodes],
            "edges": [{"from": a, "to": b, **({"condition": c} if c else {})} for a, b, c in edges], **extra}


def read_publisher(record_id):
    return {"id": "pub", "type": "entityRead", "entity": "Publisher", "recordId": record_id}


def library_with_auth() -> dict:
    m = json.loads(LIBRARY.read_text())
    m["sampleData"]["Publisher"] = [{"id": CLOSED, "name": "Closed Press"}, {"id": OPEN, "name": "Open Books"}]
    m["sampleData"]["Tag"] = [*m["sampleData"].get("Tag", []), {"id": TAG, "label": "classic"}]
    closed_check = [
        read_publisher("input.publisherId"),
        {"id": "isOpen", "type": "condition", "expression": "nodes.pub === null || nodes.pub.name !== 'Closed Press'"},
        {"id": "ok", "type": "end", "output": "({})"},
        {"id": "refuse", "type": "error", "errorCode": "PUBLISHER_CLOSED",
         "message": "Publisher ${nodes.pub.name} takes no new books"},
    ]
    closed_edges = [("start", "pub", None), ("pub", "isOpen", None), ("isOpen", "ok", "true"), ("isOpen", "refuse", "false")]
    name_nodes = [read_publisher("input.id"), {"id": "done", "type": "end", "output": "nodes.pub.name"}]
    m["flows"] = [
        # before-create Book, elevated: the check holds for roles that cannot read Publisher
        _flow("flow-guard", "guardBook", {"type": "entity", "entity": "Book", "event": "create", "phase": "before"},
              closed_check, closed_edges, runAs="system"),
        # after-create Book, the writer's rights (the default)
        _flow("flow-audit", "auditBook", {"type": "entity", "entity": "Book", "event": "create", "phase": "after"},
              [{"id": "tag", "type": "entityWrite", "entity": "Tag", "operation": "create",
                "data": "({ label: 'audit-' + input.title })"}, {"id": "done", "type": "end"}],
              [("start", "tag", None), ("tag", "done", None)]),
        _flow("flow-name", "publisherName", {"type": "manual"}, name_nodes, [("start", "pub", None), ("pub", "done", None)]),
        _flow("flow-name-sys", "publisherNameSystem", {"type": "manual"}, [read_publisher("input.id"), closed_check[1],
              {"id": "ok", "type": "end", "output": "nodes.pub.name"}, closed_check[3]], closed_edges, runAs="system"),
        _flow("flow-tag", "tagBook", {"type": "manual"},
              [{"id": "w", "type": "entityWrite", "entity": "Book", "operation": "create",
                "data": "({ title: input.title, authorId: input.authorId, tags: [input.tag] })"}, {"id": "done", "type": "end"}],
              [("start", "w", None), ("w", "done", None)]),
    ]
    m["auth"] = {"roles": [
        {"name": "librarian", "permissions": {"*": ["read", "create", "update", "delete"]}, "flows": ["*"]},
        {"name": "cataloguer", "permissions": {"Book": ["read", "create", "update"], "Author": ["read"]},
         "flows": ["publisherName", "publisherNameSystem", "tagBook"]},
    ]}
    return m
