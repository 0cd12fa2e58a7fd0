"""Roles: each role of the model can do exactly what the model grants, and
nothing else leaks (metadata, includes, related records, pages, forms, events).

Uses the customer-order sample plus one extra role, `clerk` (Order read/create
only), added to a copy of the model to cover an entity a role cannot see."""

from __future__ import annotations

import itertools
import json
import uuid

import pytest

from torquec.driver import build

from .conftest import SAMPLES
from .harness import Server

ALICE = "c1000000-0000-4000-8000-000000000001"
ORDER1 = "0d000000-0000-4000-8000-000000000001"
TOKENS = {"admin": "t-admin", "sales": "t-sales", "viewer": "t-viewer", "clerk": "t-clerk"}
OPS = ("read", "create", "update", "delete")


def model_with_clerk() -> dict:
    m = json.loads(SAMPLES["customer-order"].read_text())
    m["auth"]["roles"].append({"name": "clerk", "description": "Order desk", "permissions": {"Order": ["read", "create"]}, "flows": []})
    return m


def granted() -> dict[tuple[str, str], set[str]]:
    out = {}
    for role in model_with_clerk()["auth"]["roles"]:
        for entity in ("Customer", "Order"):
            ops = set()
            for key, allowed in role["permissions"].items():
                if key in ("*", entity):
                    ops |= set(allowed)
            out[(role["name"], entity)] = ops
    return out


@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    d = tmp_path_factory.mktemp("roles")
    model = d / "customer-order.json"
    model.write_text(json.dumps(model_with_clerk()))
    result = build(str(model), str(d / "app"))
    assert result.ok, [str(x) for x in result.diagnostics]
    s = Server(d / "app", tokens=",".join(f"{t}:{r}" for r, t in TOKENS.items()), token=TOKENS["admin"])
    yield s
    s.stop()


def fresh(srv, entity):
    if entity == "Customer":
        data = {"name": "R " + uuid.uuid4().hex[:6], "email": f"{uuid.uuid4().hex[:12]}@example.com"}
    else:
        data = {"orderNumber": f"ORD-{uuid.uuid4().int % 10**9:09d}", "customerId": ALICE, "totalAmount": 5, "orderDate": "2024-06-01"}
    return data


def attempt(srv, role, entity, op):
    """Perform op as role; return the error code or None."""
    tok = TOKENS[role]
    if op == "read":
        resp = srv.call("loadEntityData", {"entity": entity}, token=tok)
        if "error" in resp:
            return resp["error"]["code"]
        rid = ALICE if entity == "Customer" else ORDER1
        resp = srv.call("getEntity", {"entity": entity, "id": rid}, token=tok)
    elif op == "create":
        resp = srv.call("createEntity", {"entity": entity, "data": fresh(srv, entity)}, token=tok)
    else:
        target = srv.rpc("createEntity", {"entity": entity, "data": fresh(srv, entity)})  # as admin
        if op == "update":
            resp = srv.call("updateEntity", {"entity": entity, "id": target["id"], "data": {}}, token=tok)
        else:
            resp = srv.call("deleteEntity", {"entity": entity, "id": target["id"]}, token=tok)
        still = srv.call("getEntity", {"entity": entity, "id": target["id"]})
        if "error" in resp:
            assert "result" in still and still["result"]["version"] == 1, "a refused write changed the record"
    return resp["error"]["code"] if "error" in resp else None


MATRIX = list(itertools.product(TOKENS, ("Customer", "Order"), OPS))


@pytest.mark.parametrize("role,entity,op", MATRIX, ids=[f"{r}-{e}-{o}" for r, e, o in MATRIX])
def test_matrix(srv, role, entity, op):
    ops = granted()[(role, entity)]
    allowed = op in ops
    code = attempt(srv, role, entity, op)
    # a role with no permission at all on an entity is told it does not exist (-32602, unknown entity);
    # one with some permissions is told the operation is forbidden (-32007)
    refused = -32007 if ops else -32602
    assert code == (None if allowed else refused), f"{role} {op} {entity}: expected {'ok' if allowed else refused}, got {code}"


def test_hidden_entity_answers_like_an_unknown_one(srv):
    clerk = TOKENS["clerk"]  # no permission on Customer
    for method, params in (("loadEntityData", {"entity": "{E}"}), ("getEntity", {"entity": "{E}", "id": ALICE}),
                           ("createEntity", {"entity": "{E}", "data": {}}), ("deleteEntity", {"entity": "{E}", "id": ALICE}),
                           ("getFormDefinition", {"entity": "{E}", "mode": "create"})):
        def ask(name):
            p = {k: (name if v == "{E}" else v) for k, v in params.items()}
            return srv.error(method, p, token=clerk)
        hidden, missing = ask("Customer"), ask("Kustomer")
        assert hidden["code"] == missing["code"] == -32602, (method, hidden, missing)
        assert hidden["message"].replace("Customer", "X") == missing["message"].replace("Kustomer", "X"), method
        assert str(hidden.get("data")).replace("Customer", "X") == str(missing.get("data")).replace("Kustomer", "X"), method


@pytest.mark.parametrize("role", list(TOKENS))
def test_bulk_respects_roles(srv, role):
    ok = "create" in granted()[(role, "Order")]
    resp = srv.call("bulkCreate", {"entity": "Order", "items": [fresh(srv, "Order")]}, token=TOKENS[role])
    assert ("result" in resp) == ok and (ok or resp["error"]["code"] == -32007)


def test_missing_and_bad_tokens(srv):
    for tok in (None, "", "wrong", TOKENS["admin"] + "x"):
        for method, params in (("loadEntityData", {"entity": "Order"}), ("getModelMetadata", None), ("rpc.discover", None),
                               ("createEntity", {"entity": "Order", "data": {}}), ("loadPage", {"page": "orders"})):
            err = srv.call(method, params, token=tok)["error"]
            assert err["code"] == -32006, (tok, method, err)
    r = srv.client.post("/rpc", json={"jsonrpc": "2.0", "method": "getEntity", "params": {"entity": "Order", "id": ORDER1}, "id": 1},
                        headers={"authorization": f"Basic {TOKENS['admin']}"})
    assert r.json()["error"]["code"] == -32006
    assert "methods" in srv.rpc("getCapabilities", token=None)  # public: tells a client that auth is needed
    assert srv.rpc("getCapabilities", token=None)["features"]["auth"] is True


def test_metadata_shows_only_permitted(srv):
    meta = srv.rpc("getModelMetadata", token=TOKENS["clerk"])
    assert [e["name"] for e in meta["entities"]] == ["Order"]
    assert meta["relationships"] == [] and meta["role"] == "clerk" and meta["flows"] == []
    assert meta["entities"][0]["relations"] == [] and meta["entities"][0]["permissions"] == ["read", "create"]
    sales = srv.rpc("getModelMetadata", token=TOKENS["sales"])
    assert [f["name"] for f in sales["flows"]] == ["validateOrder"]
    assert [e["permissions"] for e in sales["entities"]] == [["read", "create", "update"]] * 2


def test_no_leaks_through_relationships(srv):
    clerk = TOKENS["clerk"]
    # a relationship into an entity hidden from the role answers exactly like one that does not exist
    for method, params in (("loadEntityData", {"entity": "Order", "include": ["{R}"]}),
                           ("getEntity", {"entity": "Order", "id": ORDER1, "include": ["{R}"]}),
                           ("getRelated", {"entity": "Order", "id": ORDER1, "relationship": "{R}"})):
        def ask(name):
            return srv.error(method, {k: ([name] if v == ["{R}"] else name if v == "{R}" else v) for k, v in params.items()}, token=clerk)
        hidden, missing = ask("customer"), ask("kustomer")
        assert hidden["code"] == missing["code"] == -32602, (method, hidden)
        assert str(hidden).replace("customer", "X") == str(missing).replace("kustomer", "X"), (method, hidden, missing)
    assert srv.call("getFormDefinition", {"entity": "Customer", "mode": "create"}, token=clerk)["error"]["code"] == -32602
    form = srv.rpc("getFormDefinition", {"entity": "Order", "mode": "create"}, token=clerk)
    assert "options" not in next(f for f in form["fields"] if f["name"] == "customerId")  # no Customer names leak
    # a page of an entity the role cannot use answers like a missing page (before: its shell came back)
    hidden = srv.error("loadPage", {"page": "customers"}, token=clerk)
    missing = srv.error("loadPage", {"page": "customerz"}, token=clerk)
    assert hidden["code"] == missing["code"] == -32001
    assert hidden["message"].replace("customers", "X") == missing["message"].replace("customerz", "X")
    assert "customers" not in [lay["name"] for lay in srv.rpc("getModelMetadata", token=clerk)["layouts"]]
    page = srv.rpc("loadPage", {"page": "dashboard"}, token=clerk)
    assert all(c.get("entity") != "Customer" for c in page["components"]) and "Customer" not in page["permissions"]
    viewer_page = srv.rpc("loadPage", {"page": "customers"}, token=TOKENS["viewer"])
    types = [c["type"] for c in viewer_page["components"]]
    assert "DataGrid" in types
    modal = next(c for c in viewer_page["components"] if c["id"] == "newCustomerModal")
    assert modal["children"] == []  # the create form is hidden from a read-only role


def test_websocket_needs_token(srv):
    import websockets.sync.client as wsc
    from websockets.exceptions import ConnectionClosed

    url = srv.base.replace("http", "ws") + "/ws"
    for bad in ("", "?token=wrong"):
        # accepted, then closed with 4401 (what the web front-end waits for: no retries, a sign-in)
        with pytest.raises(ConnectionClosed) as e:
            with wsc.connect(url + bad, open_timeout=5) as ws:
                ws.recv(timeout=5)
        assert e.value.rcvd is not None and e.value.rcvd.code == 4401
    with wsc.connect(url + "?token=" + TOKENS["clerk"], open_timeout=5) as ws:
        assert json.loads(ws.recv(timeout=5)) == {"type": "ready"}
        srv.rpc("createEntity", {"entity": "Customer", "data": fresh(srv, "Customer")})  # invisible to clerk
        o = srv.rpc("createEntity", {"entity": "Order", "data": fresh(srv, "Order")})
        msg = json.loads(ws.recv(timeout=5))
        assert msg["entity"] == "Order" and msg["id"] == o["id"] and msg["kind"] == "created"
