"""XFlow through the running generated server (`torquec serve` in a subprocess), on SQLite
and PostgreSQL: executeXFlow, entity triggers with rollback, webhooks, schedules, permissions."""

from __future__ import annotations

import json
import re
import signal
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest

from server.harness import Server
from xflow.flowapp import model
from xflow.kit import built_app, local_http, served

TOKENS = "admin-token:admin,clerk-token:clerk"


class _Echo(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        raw = json.dumps({"youSent": json.loads(body)}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)


@pytest.fixture(scope="module")
def echo_url():
    yield from local_http(_Echo, "/echo")


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory):
    return built_app(tmp_path_factory, "flowapp", model())


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def srv(request, app_dir):
    yield from served(request, app_dir, tokens=TOKENS, token="admin-token")


def count(srv, entity: str, **eq) -> int:
    filters = [{"field": k, "op": "eq", "value": v} for k, v in eq.items()]
    return srv.rpc("loadEntityData", {"entity": entity, "filters": filters, "pageSize": 1})["total"]


def test_execute_flow_with_reads_parallel_join_and_trace(srv):
    acc = srv.rpc("createEntity", {"entity": "Account", "data": {"name": "Acme"}})
    for t in ("one", "two"):
        srv.rpc("createEntity", {"entity": "Note", "data": {"title": t, "accountId": acc["id"]}})
    result = srv.rpc("executeXFlow", {"flow": "summary", "input": {"accountId": acc["id"]}, "trace": True})
    assert result["output"] == {"text": "Acme: 2", "detail": {"account": "Acme", "notes": 2}}
    trace = result["trace"]
    assert [r["node"] for r in trace] == ["start", "fan", "account", "notes", "combine", "label", "end"]
    assert trace[4]["logs"] == ["joining account,notes"]
    assert "trace" not in srv.rpc("executeXFlow", {"flow": "summary", "input": {"accountId": acc["id"]}})


def test_entity_read_by_an_undefined_id_is_null_not_a_list(srv):
    acc = srv.rpc("createEntity", {"entity": "Account", "data": {"name": "Byid"}})
    assert srv.rpc("executeXFlow", {"flow": "readById", "input": {"accountId": acc["id"]}})["output"]["found"]["name"] == "Byid"
    assert srv.rpc("executeXFlow", {"flow": "readById", "input": {}})["output"] == {"found": None}


@pytest.mark.parametrize("levels", [65, 1000])
def test_input_nested_too_deep_is_invalid_params(srv, levels):
    deep = '{"a":' * levels + "{}" + "}" * levels  # built by hand: json.dumps itself stops near 1000 levels
    for flow_name in ("readById", "addNote"):  # without and with an `inputs` schema
        body = '{"jsonrpc": "2.0", "id": 7, "method": "executeXFlow", "params": {"flow": "%s", "input": %s}}' % (flow_name, deep)
        r = srv.post(body)
        assert r.status_code == 200, r.text
        err = r.json()["error"]
        assert err["code"] == -32602, err
        assert err["data"]["errors"][0]["rule"] == "maxDepth" and "64 levels" in err["message"]
    assert srv.rpc("executeXFlow", {"flow": "readById", "input": {"x": [[[[1]]]]}})["output"] == {"found": None}


def test_invalid_input_and_unknown_flow(srv):
    err = srv.error("executeXFlow", {"flow": "addNote", "input": {"fail": "yes"}})
    assert err["code"] == -32602
    assert [(e["field"], e["rule"]) for e in err["data"]["errors"]] == [("input", "required"), ("input.fail", "type")]
    err = srv.error("executeXFlow", {"flow": "nope"})
    assert err["code"] == -32602 and err["data"]["errors"][0]["field"] == "flow"


def test_entity_write_then_failing_node_leaves_nothing(srv):
    before = count(srv, "Note")
    err = srv.error("executeXFlow", {"flow": "addNote", "input": {"title": "doomed", "fail": True}})
    assert err["code"] == -32005
    assert err["data"]["node"] == "boom" and err["data"]["errorCode"] == "ASKED"
    assert err["data"]["message"].startswith("asked to fail after writing ")
    assert count(srv, "Note") == before
    ok = srv.rpc("executeXFlow", {"flow": "addNote", "input": {"title": "kept"}})["output"]
    assert ok["title"] == "KEPT"  # the before-create flow ran inside the flow's write
    assert count(srv, "Note") == before + 1


def test_runaway_flow_is_stopped_rolled_back_and_server_keeps_serving(srv):
    before = count(srv, "Note", title="LOOPING")
    t0 = time.monotonic()
    err = srv.error("executeXFlow", {"flow": "writeThenLoop"})
    assert time.monotonic() - t0 < 5
    assert err["code"] == -32005 and err["data"]["reason"] == "timeout" and err["data"]["node"] == "spin"
    assert count(srv, "Note", title="LOOPING") == before
    assert srv.rpc("getCapabilities")["protocolVersion"] == "2.0"


@pytest.mark.parametrize("n", [26, 41])
def test_backtracking_regex_flow_times_out_within_its_limit_and_frees_the_worker(srv, n):
    t0 = time.monotonic()
    err = srv.error("executeXFlow", {"flow": "backtrack", "input": {"n": n}})
    elapsed = time.monotonic() - t0
    assert err["code"] == -32005 and err["data"]["reason"] == "timeout" and err["data"]["node"] == "match", err
    assert elapsed < 0.8 + 0.7, elapsed
    for _ in range(3):  # every worker thread is free again: the next flows run at once
        t0 = time.monotonic()
        assert srv.rpc("executeXFlow", {"flow": "readById", "input": {}})["output"] == {"found": None}
        assert time.monotonic() - t0 < 0.5


def test_server_with_a_flow_stuck_in_a_regex_stops_on_sigterm_within_seconds(app_dir, tmp_path):
    s = Server(app_dir, database_url=str(tmp_path / "stuck.sqlite"), tokens=TOKENS, token="admin-token", seed=False)
    try:
        answers = []

        def stuck_call():
            try:
                answers.append(s.call("executeXFlow", {"flow": "backtrackLong", "input": {"n": 60}}))
            except Exception as exc:  # the connection may close under it
                answers.append(exc)

        caller = threading.Thread(target=stuck_call, daemon=True)
        caller.start()
        time.sleep(1.0)  # the regex is running (its limit is 60 s)
        assert s.proc.poll() is None and not answers
        t0 = time.monotonic()
        s.proc.send_signal(signal.SIGTERM)
        s.proc.wait(timeout=15)
        assert time.monotonic() - t0 < 4.0, s.output()
        caller.join(5)
        assert answers and not caller.is_alive()
    finally:
        s.stop()


def test_before_create_flow_rejects_and_nothing_is_written(srv):
    before = count(srv, "Note")
    err = srv.error("createEntity", {"entity": "Note", "data": {"title": "Forbidden fruit"}})
    assert err["code"] == -32005
    assert err["data"]["flow"] == "checkNote" and err["data"]["errorCode"] == "FORBIDDEN_TITLE"
    assert err["data"]["message"] == "title 'Forbidden fruit' is not allowed"
    assert count(srv, "Note") == before
    # bulk: one bad item rolls back the whole batch
    err = srv.error("bulkCreate", {"entity": "Note", "items": [{"title": "fine"}, {"title": "forbidden"}]})
    assert err["code"] == -32005
    assert count(srv, "Note") == before


def test_before_create_flow_changes_the_data(srv):
    note = srv.rpc("createEntity", {"entity": "Note", "data": {"title": "quiet"}})
    assert (note["title"], note["body"]) == ("QUIET", "checked")
    assert srv.rpc("getEntity", {"entity": "Note", "id": note["id"]})["title"] == "QUIET"


def test_after_update_flow_runs_after_commit(srv):
    note = srv.rpc("createEntity", {"entity": "Note", "data": {"title": "draft"}})
    srv.rpc("updateEntity", {"entity": "Note", "id": note["id"], "data": {"body": "edited"}})
    audits = srv.rpc("loadEntityData", {"entity": "Audit", "filters": [{"field": "ref", "op": "eq", "value": note["id"]}]})
    assert [a["message"] for a in audits["items"]] == ["note DRAFT now v2"]


def test_before_delete_flow_guards(srv):
    locked = srv.rpc("createEntity", {"entity": "Account", "data": {"name": "Vault", "locked": True}})
    err = srv.error("deleteEntity", {"entity": "Account", "id": locked["id"]})
    assert err["code"] == -32005 and err["data"]["errorCode"] == "LOCKED"
    assert srv.rpc("getEntity", {"entity": "Account", "id": locked["id"]})["name"] == "Vault"
    free = srv.rpc("createEntity", {"entity": "Account", "data": {"name": "Open"}})
    assert srv.rpc("deleteEntity", {"entity": "Account", "id": free["id"]})["deleted"] is True


def test_webhooks(srv):
    c = srv.client
    r = c.post("/hooks/echo", json={"a": 1}, headers=srv.headers())
    assert r.status_code == 200 and r.json() == {"received": {"a": 1}, "at": "hook"}
    assert c.post("/hooks/echo", json={"a": 1}, headers=srv.headers("clerk-token")).status_code == 200
    r = c.post("/hooks/echo", json={"a": 1})
    assert r.status_code == 401 and r.json()["error"]["code"] == -32006
    r = c.post("/hooks/echo", content=b"{not json", headers=srv.headers())
    assert r.status_code == 400 and r.json()["error"]["data"]["errors"][0]["rule"] == "json"
    srv.rpc("createEntity", {"entity": "Account", "data": {"name": "Hooked"}})
    r = c.get("/hooks/accounts/lookup", params={"name": "Hooked"}, headers=srv.headers())
    assert r.status_code == 200 and r.json() == {"count": 1}
    r = c.get("/hooks/accounts/lookup", params={"name": "Hooked"}, headers=srv.headers("clerk-token"))
    assert r.status_code == 403
    assert c.post("/hooks/nope", json={}, headers=srv.headers()).status_code == 404


def test_permissions_for_flows(srv):
    err = srv.error("executeXFlow", {"flow": "writeThenLoop"}, token="clerk-token")
    assert err["code"] == -32007 and err["data"]["flow"] == "writeThenLoop"
    out = srv.rpc("executeXFlow", {"flow": "addNote", "input": {"title": "by clerk"}}, token="clerk-token")
    assert out["output"]["title"] == "BY CLERK"
    assert srv.error("executeXFlow", {"flow": "addNote", "input": {"title": "x"}}, token=None)["code"] == -32006


def test_http_request_node(srv, echo_url):
    out = srv.rpc("executeXFlow", {"flow": "fetch", "input": {"url": echo_url}})["output"]
    assert out == {"youSent": {"ping": True}}
    err = srv.error("executeXFlow", {"flow": "fetch", "input": {"url": "http://example.com/"}})
    assert err["data"]["errorCode"] == "HOST_NOT_ALLOWED"


def test_schedule_fires(srv):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if count(srv, "Tick") >= 2:
            break
        time.sleep(0.2)
    assert count(srv, "Tick") >= 2
    assert re.search(r"Traceback", srv.output()) is None
