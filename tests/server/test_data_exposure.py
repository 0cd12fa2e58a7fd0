"""No data of an entity reaches a role that cannot read it: not through flow
failures, not through many-to-many links, not through the API description.
The library model with roles and flows of ``exposure_model``, over real HTTP
(`torquec serve`)."""

from __future__ import annotations

import json
import time
import uuid

import pytest

from torquec.driver import build

from .exposure_model import AUTHOR, CLOSED, OPEN, TAG, TOKENS, library_with_auth
from .harness import Server


@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    d = tmp_path_factory.mktemp("exposure")
    (d / "library.json").write_text(json.dumps(library_with_auth()))
    result = build(str(d / "library.json"), str(d / "app"))
    assert result.ok, [str(x) for x in result.diagnostics]
    s = Server(d / "app", tokens=",".join(f"{t}:{r}" for r, t in TOKENS.items()), token=TOKENS["librarian"])
    yield s
    s.stop()


def book(**extra):
    return {"title": "B " + uuid.uuid4().hex[:8], "authorId": AUTHOR, **extra}


def as_cataloguer(srv, method, params):
    return srv.call(method, params, token=TOKENS["cataloguer"])


# ----------------------------------------------------------------- 1. flows


def test_system_flow_failure_is_withheld_from_a_role_that_cannot_read_its_data(srv):
    err = as_cataloguer(srv, "createEntity", {"entity": "Book", "data": book(publisherId=CLOSED)})["error"]
    assert err["code"] == -32005
    assert "Closed Press" not in json.dumps(err), err  # before: "Publisher Closed Press takes no new books"
    assert set(err["data"]) == {"kind", "flow", "reason", "logId"}, err
    assert err["data"]["flow"] == "guardBook" and err["data"]["reason"] == "withheld"
    # the detail is in the server log, under the id the caller got
    deadline = time.monotonic() + 5
    while err["data"]["logId"] not in srv.output() and time.monotonic() < deadline:
        time.sleep(0.05)
    line = next(x for x in srv.output().splitlines() if err["data"]["logId"] in x)
    assert "Closed Press" in line
    # a role that can read Publisher sees the flow's own message
    full = srv.error("createEntity", {"entity": "Book", "data": book(publisherId=CLOSED)})
    assert full["code"] == -32005 and "Publisher Closed Press takes no new books" in full["message"]
    assert full["data"]["errorCode"] == "PUBLISHER_CLOSED" and full["data"]["node"] == "refuse"


def test_system_flow_still_checks_for_a_role_that_cannot_read_what_it_reads(srv):
    out = as_cataloguer(srv, "createEntity", {"entity": "Book", "data": book(publisherId=OPEN)})
    assert "result" in out, out


def test_after_flows_act_with_the_writers_rights(srv):
    """auditBook (runAs caller) creates a Tag: done for the librarian, refused for the cataloguer (before: as the system)."""
    mine = book()
    assert "result" in as_cataloguer(srv, "createEntity", {"entity": "Book", "data": mine})
    theirs = book()
    srv.rpc("createEntity", {"entity": "Book", "data": theirs})
    deadline = time.monotonic() + 5
    labels = set()
    while time.monotonic() < deadline:
        labels = {t["label"] for t in srv.rpc("loadEntityData", {"entity": "Tag", "pageSize": 500})["items"]}
        if "audit-" + theirs["title"] in labels:
            break
        time.sleep(0.05)
    assert "audit-" + theirs["title"] in labels
    assert "audit-" + mine["title"] not in labels


def test_manual_flows_use_the_callers_rights_unless_they_run_as_system(srv):
    err = as_cataloguer(srv, "executeXFlow", {"flow": "publisherName", "input": {"id": OPEN}})["error"]
    # Publisher is hidden from the cataloguer: the flow's read fails as for an unknown entity
    assert err["code"] == -32005 and err["data"]["cause"]["code"] == -32602 and "unknown entity" in err["data"]["cause"]["message"]
    assert srv.rpc("executeXFlow", {"flow": "publisherName", "input": {"id": OPEN}})["output"] == "Open Books"
    # elevated: the output is the flow's design; failures and traces are withheld
    assert as_cataloguer(srv, "executeXFlow", {"flow": "publisherNameSystem", "input": {"id": OPEN}})["result"]["output"] == "Open Books"
    err = as_cataloguer(srv, "executeXFlow", {"flow": "publisherNameSystem", "input": {"id": CLOSED}})["error"]
    assert err["data"]["reason"] == "withheld" and "Closed Press" not in json.dumps(err)
    err = as_cataloguer(srv, "executeXFlow", {"flow": "publisherNameSystem", "input": {"id": OPEN}, "trace": True})["error"]
    assert err["code"] == -32007
    traced = srv.rpc("executeXFlow", {"flow": "publisherNameSystem", "input": {"id": OPEN}, "trace": True})
    assert traced["output"] == "Open Books" and traced["trace"]


# ----------------------------------------------------------------- 2. links


def _same_shape(a: dict, b: dict, ids: tuple[str, str]) -> None:
    text = json.dumps(a).replace(ids[0], "<id>")
    assert text == json.dumps(b).replace(ids[1], "<id>"), (a, b)


def test_links_to_an_entity_the_role_cannot_read_answer_like_missing_ids(srv):
    missing = str(uuid.uuid4())
    existing = as_cataloguer(srv, "createEntity", {"entity": "Book", "data": book(tags=[TAG])})
    assert "error" in existing, "before: the link to a Tag the role cannot read was written"
    absent = as_cataloguer(srv, "createEntity", {"entity": "Book", "data": book(tags=[missing])})
    _same_shape(existing["error"], absent["error"], (TAG, missing))
    assert existing["error"]["code"] == -32602 and existing["error"]["data"]["errors"][0]["rule"] == "reference"

    b = as_cataloguer(srv, "createEntity", {"entity": "Book", "data": book()})["result"]
    upd = [as_cataloguer(srv, "updateEntity", {"entity": "Book", "id": b["id"], "data": {"tags": [x]}})["error"] for x in (TAG, missing)]
    _same_shape(upd[0], upd[1], (TAG, missing))
    bulk = [as_cataloguer(srv, "bulkCreate", {"entity": "Book", "items": [book(tags=[x])]})["error"] for x in (TAG, missing)]
    _same_shape(bulk[0], bulk[1], (TAG, missing))
    assert srv.rpc("getEntity", {"entity": "Book", "id": b["id"], "include": ["tags"]})["tags"] == []
    # the same through a flow's entityWrite (the flow acts with the caller's rights)
    via_flow = [as_cataloguer(srv, "executeXFlow", {"flow": "tagBook", "input": {"title": "F", "authorId": AUTHOR, "tag": x}})["error"]
                for x in (TAG, missing)]
    assert via_flow[0]["data"]["cause"]["code"] == -32602
    _same_shape(via_flow[0]["data"]["cause"], via_flow[1]["data"]["cause"], (TAG, missing))
    # a role that may read Tag links it
    linked = srv.rpc("createEntity", {"entity": "Book", "data": book(tags=[TAG])})
    assert [t["id"] for t in srv.rpc("getEntity", {"entity": "Book", "id": linked["id"], "include": ["tags"]})["tags"]] == [TAG]


# ----------------------------------------------------------------- 3. the API description


def test_rpc_discover_shows_only_what_the_role_may_read(srv):
    full = srv.rpc("rpc.discover")
    assert "TagRecord" in full["components"]["schemas"]
    doc = as_cataloguer(srv, "rpc.discover", None)["result"]
    schemas = doc["components"]["schemas"]
    hidden = ("Publisher", "Tag", "Review", "Profile")
    assert not [k for k in schemas if k.startswith(hidden)], list(schemas)
    assert schemas["EntityName"]["enum"] == ["Author", "Book"]
    text = json.dumps(doc)
    for name in hidden:
        assert f"#/components/schemas/{name}" not in text
    assert set(schemas["Include"]["items"]["enum"]) == {"author", "books"}  # not tags, reviews, publisher, profile
    assert "label" not in schemas["Filters"]["items"]["properties"]["field"]["enum"]  # Tag's only field
    methods = {m["name"]: m for m in doc["methods"]}
    flow_enum = next(p for p in methods["executeXFlow"]["params"] if p["name"] == "flow")["schema"]["enum"]
    assert flow_enum == ["publisherName", "publisherNameSystem", "tagBook"]
    related = next(p for p in methods["getRelated"]["params"] if p["name"] == "relationship")["schema"]["enum"]
    assert set(related) == {"author", "books"}
    # the same rule as getModelMetadata
    meta = as_cataloguer(srv, "getModelMetadata", None)["result"]
    assert [e["name"] for e in meta["entities"]] == schemas["EntityName"]["enum"]


def test_hints_name_only_what_the_role_may_read(srv):
    err = as_cataloguer(srv, "loadEntityData", {"entity": "Tags"})["error"]
    assert err["code"] == -32602 and "did you mean" not in json.dumps(err)  # before: "did you mean `Tag`?"
    assert "did you mean `Tag`?" in srv.error("loadEntityData", {"entity": "Tags"})["message"]
    err = as_cataloguer(srv, "getRelated", {"entity": "Book", "id": str(uuid.uuid4()), "relationship": "tag"})["error"]
    assert err["code"] == -32602 and "tags" not in json.dumps(err)
    assert "did you mean `tags`?" in json.dumps(srv.error("getRelated", {"entity": "Book", "id": str(uuid.uuid4()), "relationship": "tag"}))
