"""The Run panel on a model with `auth`: the studio has no token (tokens never live in the
model), so it names a role and api/run runs the flow in the served app as that role."""

from __future__ import annotations

import httpx
import pytest

from watch.harness import WatchThread, todo_with_roles

RUN = "/__torque/studio/api/run"


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("studio-run")
    model_path = todo_with_roles(tmp)
    watch = WatchThread(model_path, str(tmp / "app")).start(timeout=120)
    client = httpx.Client(base_url=watch.url, headers=watch.dev_headers, timeout=30)
    yield watch, client
    client.close()
    watch.stop()


def test_without_a_token_the_app_refuses_the_flow(session):
    watch, _ = session
    body = watch.rpc("executeXFlow", {"flow": "countOpen", "input": {}}).json()
    assert "Unauthorized" in body["error"]["message"], body


def test_run_as_a_role_that_may_run_the_flow(session):
    _, client = session
    r = client.post(RUN, json={"flow": "countOpen", "input": {"asOf": "2030-01-01"}, "role": "admin"})
    assert r.status_code == 200, r.text
    result = r.json()["result"]
    assert set(result["output"]) == {"open", "overdue"}
    assert [t["node"] for t in result["trace"]][:2] == ["start", "openTodos"]


def test_run_as_a_role_that_may_not_is_refused_by_the_app(session):
    _, client = session
    body = client.post(RUN, json={"flow": "countOpen", "role": "reader"}).json()
    assert body["error"]["code"] == -32007 and "reader" in body["error"]["message"], body


def test_a_role_must_be_named_and_exist(session):
    _, client = session
    for role in (None, "nobody"):
        r = client.post(RUN, json={"flow": "countOpen", "role": role})
        assert r.status_code == 422 and r.json()["roles"] == ["admin", "reader"], r.text


def test_the_run_route_wants_the_sessions_secret(session):
    watch, _ = session
    r = httpx.post(watch.url + RUN, json={"flow": "countOpen", "role": "admin"}, timeout=30)
    assert r.status_code in (401, 403), r.text


# ---- api/rpc: the page editor's canvas renders the app's own components; their calls come here

RPC = "/__torque/studio/api/rpc"


def _call(method, params, id_=1):
    return {"jsonrpc": "2.0", "id": id_, "method": method, "params": params}


def test_the_canvas_writes_and_reads_real_rows_as_a_role(session):
    _, client = session
    r = client.post(RPC, params={"role": "admin"}, json=_call("createEntity", {"entity": "Todo", "data": {"title": "canvas row"}}))
    assert r.status_code == 200 and r.json()["result"]["title"] == "canvas row", r.text
    r = client.post(RPC, params={"role": "reader"}, json=_call("loadEntityData", {"entity": "Todo", "search": "canvas row"}))
    assert r.status_code == 200, r.text
    assert [t["title"] for t in r.json()["result"]["items"]] == ["canvas row"], r.text


def test_the_canvas_call_keeps_the_roles_rights(session):
    _, client = session
    batch = [_call("loadEntityData", {"entity": "Project"}, 1), _call("createEntity", {"entity": "Todo", "data": {"title": "x"}}, 2)]
    answers = {a["id"]: a for a in client.post(RPC, params={"role": "reader"}, json=batch).json()}
    # Project is not the reader's to see (the app does not even name it), nor is a Todo to create.
    assert "error" in answers[1] and answers[2]["error"]["code"] == -32007, answers


def test_the_canvas_must_name_an_existing_role(session):
    _, client = session
    for params in ({}, {"role": "nobody"}):
        r = client.post(RPC, params=params, json=_call("loadEntityData", {"entity": "Todo"}))
        assert r.status_code == 422 and r.json()["roles"] == ["admin", "reader"], r.text


def test_the_canvas_route_wants_the_sessions_secret_and_a_local_origin(session):
    watch, client = session
    r = httpx.post(watch.url + RPC, params={"role": "admin"}, json=_call("loadEntityData", {"entity": "Todo"}), timeout=30)
    assert r.status_code in (401, 403), r.text
    r = client.post(RPC, params={"role": "admin"}, json=_call("loadEntityData", {"entity": "Todo"}),
                    headers={"Origin": "http://evil.example"})
    assert r.status_code == 403, r.text
