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
