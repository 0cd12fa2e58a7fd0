"""Tests for torquec.runtime.jsonrpc / torquec.runtime.errors.

Section 7 of the JSON-RPC 2.0 specification is replayed verbatim.  The spec
examples use positional params, so the spec method table registers its methods
with ``by_position=True``; the default (by-name only) is tested separately.
"""

from __future__ import annotations

import asyncio
import logging
import threading

import orjson
import pytest

from torquec.runtime import errors as E
from torquec.runtime.jsonrpc import Dispatcher, MethodSpec


def run(coro):
    return asyncio.run(coro)


def rpc(d: Dispatcher, body: str | bytes, context=None):
    """Send a raw body; return the parsed response (or None for no body)."""
    if isinstance(body, str):
        body = body.encode()
    out = run(d.handle_bytes(body, context))
    return None if out is None else orjson.loads(out)


# --------------------------------------------------------------------------
# the spec's method table
# --------------------------------------------------------------------------

CALLS: list[tuple[str, object]] = []


def _subtract_params(p):
    if isinstance(p, list):
        if len(p) != 2:
            raise E.InvalidParams.single("params", "arity", "subtract takes 2 params")
        return {"minuend": p[0], "subtrahend": p[1]}
    missing = [k for k in ("minuend", "subtrahend") if k not in p]
    if missing:
        raise E.InvalidParams(errors=[{"field": k, "rule": "required", "message": f"{k} is required"} for k in missing])
    return None  # keep as is


async def subtract(p, ctx):
    return p["minuend"] - p["subtrahend"]


def _args(p):
    return {"args": p} if isinstance(p, list) else p


async def sum_(p, ctx):
    return sum(p["args"])


async def update(p, ctx):
    CALLS.append(("update", p))


def get_data(p, ctx):  # sync on purpose
    return ["hello", 5]


async def notify_hello(p, ctx):
    CALLS.append(("notify_hello", p))


def spec_dispatcher(**kw) -> Dispatcher:
    return Dispatcher(
        {
            "subtract": MethodSpec(subtract, validate=_subtract_params, by_position=True),
            "sum": MethodSpec(sum_, validate=_args, by_position=True),
            "update": MethodSpec(update, validate=_args, by_position=True),
            "get_data": MethodSpec(get_data),
            "notify_hello": MethodSpec(notify_hello, validate=_args, by_position=True),
        },
        **kw,
    )


@pytest.fixture
def d():
    CALLS.clear()
    return spec_dispatcher()


# --------------------------------------------------------------------------
# JSON-RPC 2.0 specification, section 7
# --------------------------------------------------------------------------

SPEC_EXAMPLES = [
    # rpc call with positional parameters
    ('{"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}',
     '{"jsonrpc": "2.0", "result": 19, "id": 1}'),
    ('{"jsonrpc": "2.0", "method": "subtract", "params": [23, 42], "id": 2}',
     '{"jsonrpc": "2.0", "result": -19, "id": 2}'),
    # rpc call with named parameters
    ('{"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3}',
     '{"jsonrpc": "2.0", "result": 19, "id": 3}'),
    ('{"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 42, "subtrahend": 23}, "id": 4}',
     '{"jsonrpc": "2.0", "result": 19, "id": 4}'),
    # a Notification
    ('{"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]}', None),
    ('{"jsonrpc": "2.0", "method": "foobar"}', None),
    # rpc call of non-existent method
    ('{"jsonrpc": "2.0", "method": "foobar", "id": "1"}',
     '{"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found: `foobar`", "data": {"kind": "method_not_found", "method": "foobar"}}, "id": "1"}'),
    # rpc call with invalid JSON
    ('{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]',
     '{"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null}'),
    # rpc call with invalid Request object
    ('{"jsonrpc": "2.0", "method": 1, "params": "bar"}',
     '{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}'),
    # rpc call Batch, invalid JSON
    ('[\n  {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},\n  {"jsonrpc": "2.0", "method"\n]',
     '{"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null}'),
    # rpc call with an empty Array
    ('[]',
     '{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}'),
    # rpc call with an invalid Batch (but not empty)
    ('[1]',
     '[{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}]'),
    # rpc call with invalid Batch
    ('[1,2,3]',
     '[{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},'
     ' {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},'
     ' {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}]'),
    # rpc call Batch
    ('''[
        {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
        {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
        {"jsonrpc": "2.0", "method": "subtract", "params": [42,23], "id": "2"},
        {"foo": "boo"},
        {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
        {"jsonrpc": "2.0", "method": "get_data", "id": "9"}
    ]''',
     '''[
        {"jsonrpc": "2.0", "result": 7, "id": "1"},
        {"jsonrpc": "2.0", "result": 19, "id": "2"},
        {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
        {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found: `foo.get`", "data": {"kind": "method_not_found", "method": "foo.get"}}, "id": "5"},
        {"jsonrpc": "2.0", "result": ["hello", 5], "id": "9"}
    ]'''),
    # rpc call Batch (all notifications)
    ('''[
        {"jsonrpc": "2.0", "method": "notify_sum", "params": [1,2,4]},
        {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}
    ]''', None),
]


@pytest.mark.parametrize("request_body,expected", SPEC_EXAMPLES, ids=[f"spec7-{i}" for i in range(len(SPEC_EXAMPLES))])
def test_spec_section_7(d, request_body, expected):
    got = rpc(d, request_body)
    if expected is None:
        assert got is None
    else:
        assert got == orjson.loads(expected)


def test_notifications_are_executed(d):
    assert rpc(d, '{"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]}') is None
    assert CALLS == [("update", {"args": [1, 2, 3, 4, 5]})]
    CALLS.clear()
    rpc(d, '[{"jsonrpc": "2.0", "method": "notify_sum", "params": [1]},'
           ' {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}]')
    assert CALLS == [("notify_hello", {"args": [7]})]


def test_handle_obj_returns_python_objects(d):
    req = {"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 5, "subtrahend": 2}, "id": 7}
    assert run(d.handle_obj(req, None)) == {"jsonrpc": "2.0", "result": 3, "id": 7}
    assert run(d.handle_obj([req, {"jsonrpc": "2.0", "method": "update"}], None)) == [
        {"jsonrpc": "2.0", "result": 3, "id": 7}
    ]
    assert run(d.handle_obj([{"jsonrpc": "2.0", "method": "update"}], None)) is None


# --------------------------------------------------------------------------
# request structure
# --------------------------------------------------------------------------

INVALID = {"code": -32600, "message": "Invalid Request"}


@pytest.mark.parametrize("rid", ["abc", "", 0, -5, 1.5, 2**53, None])
def test_valid_id_types_are_echoed(d, rid):
    body = orjson.dumps({"jsonrpc": "2.0", "method": "get_data", "id": rid})
    got = rpc(d, body)
    assert got == {"jsonrpc": "2.0", "result": ["hello", 5], "id": rid}
    assert type(got["id"]) is type(rid)


@pytest.mark.parametrize("rid_json", ["true", "false", "{}", '{"a": 1}', "[]", "[1]"])
def test_invalid_id_types(d, rid_json):
    got = rpc(d, '{"jsonrpc": "2.0", "method": "get_data", "id": %s}' % rid_json)
    assert got == {"jsonrpc": "2.0", "error": INVALID, "id": None}


def test_non_finite_float_id_via_handle_obj(d):
    got = run(d.handle_obj({"jsonrpc": "2.0", "method": "get_data", "id": float("nan")}))
    assert got["error"] == INVALID and got["id"] is None


@pytest.mark.parametrize("version", ['"1.0"', '"2"', "2.0", "null", '"2.0 "'])
def test_jsonrpc_version_must_be_exactly_2_0(d, version):
    got = rpc(d, '{"jsonrpc": %s, "method": "get_data", "id": 1}' % version)
    assert got == {"jsonrpc": "2.0", "error": INVALID, "id": 1}


def test_missing_jsonrpc_or_method(d):
    assert rpc(d, '{"method": "get_data", "id": 1}') == {"jsonrpc": "2.0", "error": INVALID, "id": 1}
    assert rpc(d, '{"jsonrpc": "2.0", "id": 1}') == {"jsonrpc": "2.0", "error": INVALID, "id": 1}
    # invalid requests are answered even without an id: they are not notifications
    assert rpc(d, '{"jsonrpc": "1.0", "method": "get_data"}') == {"jsonrpc": "2.0", "error": INVALID, "id": None}


@pytest.mark.parametrize("method", ["1", "null", "[]", '{"a": 1}', "true"])
def test_method_must_be_string(d, method):
    got = rpc(d, '{"jsonrpc": "2.0", "method": %s, "id": "x"}' % method)
    assert got == {"jsonrpc": "2.0", "error": INVALID, "id": "x"}


@pytest.mark.parametrize("params", ['"bar"', "1", "null", "true"])
def test_params_must_be_structured(d, params):
    got = rpc(d, '{"jsonrpc": "2.0", "method": "get_data", "params": %s, "id": 1}' % params)
    assert got == {"jsonrpc": "2.0", "error": INVALID, "id": 1}


def test_extra_members_rejected_unless_allowed():
    body = '{"jsonrpc": "2.0", "method": "get_data", "id": 1, "extra": true}'
    assert rpc(spec_dispatcher(), body) == {"jsonrpc": "2.0", "error": INVALID, "id": 1}
    assert rpc(spec_dispatcher(allow_extra_members=True), body)["result"] == ["hello", 5]


@pytest.mark.parametrize("body", ['"hello"', "1", "null", "true", "3.5"])
def test_top_level_scalar_is_invalid_request(d, body):
    assert rpc(d, body) == {"jsonrpc": "2.0", "error": INVALID, "id": None}


@pytest.mark.parametrize("body", [b"", b"   ", b"\xff\xfe", b'{"a": 1', b"[1,]", b"NaN", b"{'a': 1}"])
def test_parse_errors(d, body):
    assert rpc(d, body) == {"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": None}


def test_nested_batch_item_is_invalid(d):
    got = rpc(d, '[[{"jsonrpc": "2.0", "method": "get_data", "id": 1}]]')
    assert got == [{"jsonrpc": "2.0", "error": INVALID, "id": None}]


def test_method_not_found_names_the_method_and_the_closest_one(d):
    got = rpc(d, '{"jsonrpc": "2.0", "method": "subtrakt", "id": 1}')
    assert got["error"] == {
        "code": -32601, "message": "Method not found: `subtrakt`; did you mean `subtract`?",
        "data": {"kind": "method_not_found", "method": "subtrakt", "didYouMean": "subtract"},
    }
    long = "x" * 5000
    got = rpc(d, '{"jsonrpc": "2.0", "method": "%s", "id": 1}' % long)
    assert got["error"]["message"] == f"Method not found: `{'x' * 100}`" and got["error"]["data"]["method"] == "x" * 100


def test_unknown_rpc_method_and_reserved_registration(d):
    got = rpc(d, '{"jsonrpc": "2.0", "method": "rpc.foo", "id": 1}')
    assert got["error"] == {"code": -32601, "message": "Method not found: `rpc.foo`", "data": {"kind": "method_not_found", "method": "rpc.foo"}}
    with pytest.raises(ValueError):
        Dispatcher({"rpc.foo": lambda p, c: 1})
    d2 = Dispatcher({"rpc.discover": lambda p, c: {"openrpc": "1.3.2"}})
    assert rpc(d2, '{"jsonrpc": "2.0", "method": "rpc.discover", "id": 1}')["result"] == {"openrpc": "1.3.2"}


def test_method_not_found_notification_is_silent(d):
    assert rpc(d, '{"jsonrpc": "2.0", "method": "nope", "params": {}}') is None


# --------------------------------------------------------------------------
# params
# --------------------------------------------------------------------------


def test_array_params_rejected_for_by_name_methods():
    seen = []

    async def create(p, ctx):
        seen.append(p)
        return 1

    d = Dispatcher({"createEntity": create})
    got = rpc(d, '{"jsonrpc": "2.0", "method": "createEntity", "params": ["Customer", {}], "id": 1}')
    assert got["id"] == 1
    err = got["error"]
    assert err["code"] == -32602
    assert "by-name" in err["message"]
    assert err["data"]["kind"] == "invalid_params"
    assert err["data"]["errors"][0]["field"] == "params"
    assert err["data"]["errors"][0]["rule"] == "by_name"
    assert seen == []
    # absent params -> {}
    assert rpc(d, '{"jsonrpc": "2.0", "method": "createEntity", "id": 2}')["result"] == 1
    assert seen == [{}]


def test_invalid_params_data_errors(d):
    got = rpc(d, '{"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 1}, "id": 1}')
    assert got == {
        "jsonrpc": "2.0",
        "error": {
            "code": -32602,
            "message": "Invalid params",
            "data": {
                "kind": "invalid_params",
                "errors": [{"field": "subtrahend", "rule": "required", "message": "subtrahend is required"}],
            },
        },
        "id": 1,
    }


def test_validator_normalises_params():
    def validate(p):
        return {"n": int(p.get("n", 0)) * 2}

    d = Dispatcher({"double": MethodSpec(lambda p, c: p["n"], validate=validate)})
    assert rpc(d, '{"jsonrpc": "2.0", "method": "double", "params": {"n": 21}, "id": 1}')["result"] == 42


def test_pydantic_validation_error_becomes_invalid_params():
    from pydantic import BaseModel, Field

    class Params(BaseModel):
        entity: str
        pageSize: int = Field(20, le=500)

    async def load(p, ctx):
        return p

    d = Dispatcher({"load": MethodSpec(load, validate=lambda p: Params.model_validate(p).model_dump())})
    got = rpc(d, '{"jsonrpc": "2.0", "method": "load", "params": {"pageSize": 501}, "id": 1}')
    err = got["error"]
    assert err["code"] == -32602
    assert err["data"]["kind"] == "invalid_params"
    by_field = {e["field"]: e for e in err["data"]["errors"]}
    assert by_field["entity"]["rule"] == "missing"
    assert by_field["pageSize"]["rule"] == "less_than_equal"
    assert all(e["message"] for e in err["data"]["errors"])
    ok = rpc(d, '{"jsonrpc": "2.0", "method": "load", "params": {"entity": "C"}, "id": 2}')
    assert ok["result"] == {"entity": "C", "pageSize": 20}


# --------------------------------------------------------------------------
# errors
# --------------------------------------------------------------------------

APP_ERRORS = [
    (E.NotFoundError, -32001, "not_found"),
    (E.ConflictError, -32002, "conflict"),
    (E.VersionConflictError, -32003, "version_conflict"),
    (E.ReferentialIntegrityError, -32004, "referential_integrity"),
    (E.FlowFailedError, -32005, "flow_failed"),
    (E.UnauthorizedError, -32006, "unauthorized"),
    (E.ForbiddenError, -32007, "forbidden"),
    (E.PayloadTooLargeError, -32008, "payload_too_large"),
    (E.RateLimitedError, -32009, "rate_limited"),
]


@pytest.mark.parametrize("cls,code,kind", APP_ERRORS)
def test_app_errors_carry_code_and_kind(cls, code, kind):
    async def boom(p, ctx):
        raise cls(entity="Customer", id="42")

    d = Dispatcher({"boom": boom})
    got = rpc(d, '{"jsonrpc": "2.0", "method": "boom", "id": "a"}')
    assert got["id"] == "a"
    err = got["error"]
    assert err["code"] == code
    assert -32099 <= code <= -32000
    assert isinstance(err["message"], str) and err["message"]
    assert err["data"] == {"kind": kind, "entity": "Customer", "id": "42"}
    assert cls.kind == kind


def test_error_codes_and_helpers():
    assert (E.PARSE_ERROR, E.INVALID_REQUEST, E.METHOD_NOT_FOUND, E.INVALID_PARAMS, E.INTERNAL_ERROR) == (
        -32700, -32600, -32601, -32602, -32603)
    assert E.error_class_for_code(-32003) is E.VersionConflictError
    assert E.to_error_object(E.ConflictError("Email already used", field="email")) == {
        "code": -32002, "message": "Email already used", "data": {"kind": "conflict", "field": "email"}}
    assert E.to_error_object(RuntimeError("password=hunter2")) == {
        "code": -32603, "message": "Internal error", "data": {"kind": "internal_error"}}
    assert E.to_error_object(E.RpcError(-32050, "custom", data=[1])) == {
        "code": -32050, "message": "custom", "data": {"kind": "error", "detail": [1]}}
    assert E.to_error_object(E.MethodNotFound()) == {"code": -32601, "message": "Method not found"}
    for cls in E.ERROR_CLASSES:
        assert issubclass(cls, E.RpcError)


def test_internal_errors_do_not_leak(caplog):
    async def bad(p, ctx):
        raise RuntimeError("secret connection string postgres://u:pw@db")

    def bad_sync(p, ctx):
        return {}["missing-key-secret"]

    d = Dispatcher({"bad": bad, "badSync": bad_sync})
    with caplog.at_level(logging.ERROR, logger="torquec.runtime.jsonrpc"):
        raw = run(d.handle_bytes(b'[{"jsonrpc": "2.0", "method": "bad", "id": 17},'
                                 b' {"jsonrpc": "2.0", "method": "badSync", "id": 18}]', None))
    got = orjson.loads(raw)
    generic = {"code": -32603, "message": "Internal error", "data": {"kind": "internal_error"}}
    assert got == [{"jsonrpc": "2.0", "error": generic, "id": 17}, {"jsonrpc": "2.0", "error": generic, "id": 18}]
    assert b"secret" not in raw and b"Traceback" not in raw and b"RuntimeError" not in raw
    # ... but they are logged, with the method and the request id
    recs = [r for r in caplog.records if r.name == "torquec.runtime.jsonrpc"]
    assert len(recs) == 2
    assert "'bad'" in recs[0].getMessage() and "17" in recs[0].getMessage()
    assert recs[0].exc_info is not None
    assert "secret" in str(recs[0].exc_info[1])


def test_failing_notification_is_silent_but_logged(caplog):
    async def bad(p, ctx):
        raise RuntimeError("x")

    d = Dispatcher({"bad": bad})
    with caplog.at_level(logging.ERROR, logger="torquec.runtime.jsonrpc"):
        assert rpc(d, '{"jsonrpc": "2.0", "method": "bad"}') is None
        assert rpc(d, '[{"jsonrpc": "2.0", "method": "bad"}, {"jsonrpc": "2.0", "method": "bad", "params": [1]}]') is None
    # two RuntimeErrors logged; the by-name InvalidParams is a client error, not logged
    assert len(caplog.records) == 2


def test_unserializable_result_is_internal_error_for_that_item_only(caplog):
    d = Dispatcher({"ok": lambda p, c: 1, "weird": lambda p, c: object()})
    with caplog.at_level(logging.ERROR, logger="torquec.runtime.jsonrpc"):
        got = rpc(d, '[{"jsonrpc": "2.0", "method": "ok", "id": 1}, {"jsonrpc": "2.0", "method": "weird", "id": 2}]')
    assert got[0] == {"jsonrpc": "2.0", "result": 1, "id": 1}
    assert got[1]["error"]["code"] == -32603 and got[1]["id"] == 2
    assert rpc(d, '{"jsonrpc": "2.0", "method": "weird", "id": 3}')["error"]["code"] == -32603


# --------------------------------------------------------------------------
# sync / async, context, auth, hooks, limits
# --------------------------------------------------------------------------


def test_sync_async_and_threaded_methods():
    main_thread = threading.get_ident()

    async def a(p, ctx):
        await asyncio.sleep(0)
        return ["async", ctx]

    def s(p, ctx):
        return ["sync", ctx, threading.get_ident() == main_thread]

    def t(p, ctx):
        return ["thread", ctx, threading.get_ident() == main_thread]

    def returns_awaitable(p, ctx):
        return a(p, ctx)

    d = Dispatcher({"a": a, "s": s, "t": MethodSpec(t, in_thread=True), "w": returns_awaitable})
    got = rpc(d, '[{"jsonrpc": "2.0", "method": "a", "id": 1}, {"jsonrpc": "2.0", "method": "s", "id": 2},'
                 ' {"jsonrpc": "2.0", "method": "t", "id": 3}, {"jsonrpc": "2.0", "method": "w", "id": 4}]', "CTX")
    assert [r["result"] for r in got] == [["async", "CTX"], ["sync", "CTX", True], ["thread", "CTX", False],
                                          ["async", "CTX"]]


def test_batch_runs_sequentially_in_order():
    log = []

    async def slow(p, ctx):
        log.append(("start", p["n"]))
        await asyncio.sleep(0.01 * (3 - p["n"]))
        log.append(("end", p["n"]))
        return p["n"]

    d = Dispatcher({"slow": slow})
    body = orjson.dumps([{"jsonrpc": "2.0", "method": "slow", "params": {"n": i}, "id": i} for i in range(3)])
    got = rpc(d, body)
    assert [r["result"] for r in got] == [0, 1, 2]
    assert log == [("start", 0), ("end", 0), ("start", 1), ("end", 1), ("start", 2), ("end", 2)]


def test_max_batch_size():
    d = Dispatcher({"get": lambda p, c: 1}, max_batch_size=3)
    item = {"jsonrpc": "2.0", "method": "get", "id": 1}
    assert len(rpc(d, orjson.dumps([item] * 3))) == 3
    got = rpc(d, orjson.dumps([item] * 4))
    assert isinstance(got, dict) and got["id"] is None
    assert got["error"]["code"] == -32600
    assert got["error"]["data"]["maxBatchSize"] == 3
    # default is 100
    d100 = Dispatcher({"get": lambda p, c: 1})
    assert d100.max_batch_size == 100
    assert len(rpc(d100, orjson.dumps([item] * 100))) == 100
    assert rpc(d100, orjson.dumps([item] * 101))["error"]["code"] == -32600


def test_max_body_bytes():
    d = Dispatcher({"get": lambda p, c: 1}, max_body_bytes=64)
    assert rpc(d, '{"jsonrpc": "2.0", "method": "get", "id": 1}')["result"] == 1
    got = rpc(d, '{"jsonrpc": "2.0", "method": "get", "id": 1, "pad": "%s"}' % ("x" * 100))
    assert got["id"] is None
    assert got["error"]["code"] == -32008
    assert got["error"]["data"]["kind"] == "payload_too_large"


def test_on_call_hook():
    calls = []

    async def ok(p, ctx):
        return 1

    async def fail(p, ctx):
        raise E.NotFoundError()

    d = Dispatcher({"ok": ok, "fail": fail}, on_call=lambda m, s, k: calls.append((m, s, k)))
    rpc(d, '[{"jsonrpc": "2.0", "method": "ok", "id": 1}, {"jsonrpc": "2.0", "method": "fail", "id": 2},'
           ' {"jsonrpc": "2.0", "method": "ok"}, {"jsonrpc": "2.0", "method": "missing", "id": 3}]')
    assert [(m, k) for m, _, k in calls] == [("ok", True), ("fail", False), ("ok", True)]
    assert all(isinstance(s, float) and s >= 0 for _, s, _ in calls)


def test_on_call_hook_failure_is_ignored():
    def hook(m, s, k):
        raise RuntimeError("metrics down")

    d = Dispatcher({"ok": lambda p, c: 1}, on_call=hook)
    assert rpc(d, '{"jsonrpc": "2.0", "method": "ok", "id": 1}')["result"] == 1


def test_auth_hook():
    seen = []

    async def authenticate(method, ctx):
        if not ctx or "token" not in ctx:
            raise E.UnauthorizedError()
        if ctx["token"] != "good":
            raise E.ForbiddenError()
        return {"user": "alice"}

    async def secret(p, ctx):
        seen.append(p)
        return ctx["user"]

    def need_x(p):
        if "x" not in p:
            raise E.InvalidParams.single("x", "required", "x is required")

    d = Dispatcher(
        {"secret": MethodSpec(secret, needs_auth=True, validate=need_x),
         "public": lambda p, c: "hi"},
        authenticate=authenticate,
    )
    body = '{"jsonrpc": "2.0", "method": "secret", "params": {"x": 1}, "id": 1}'
    assert rpc(d, body, None)["error"]["data"]["kind"] == "unauthorized"
    assert rpc(d, body, {"token": "bad"})["error"]["code"] == -32007
    assert rpc(d, body, {"token": "good"})["result"] == "alice"
    # auth is checked before params are looked at
    assert rpc(d, '{"jsonrpc": "2.0", "method": "secret", "params": [1], "id": 2}', None)["error"]["code"] == -32006
    assert rpc(d, '{"jsonrpc": "2.0", "method": "public", "id": 3}', None)["result"] == "hi"
    assert seen == [{"x": 1}]
    with pytest.raises(ValueError):
        Dispatcher({"secret": MethodSpec(secret, needs_auth=True)})


def test_direct_call():
    d = spec_dispatcher()
    assert run(d.call("subtract", {"minuend": 3, "subtrahend": 1})) == 2
    with pytest.raises(E.MethodNotFound):
        run(d.call("nope"))
    with pytest.raises(E.InvalidParams):
        run(d.call("subtract", {"minuend": 3}))


def test_method_table_introspection(d):
    assert d.method_names == ["get_data", "notify_hello", "subtract", "sum", "update"]
    assert d.methods["subtract"].is_async is True
    assert d.methods["get_data"].is_async is False
    with pytest.raises(TypeError):
        d.methods["x"] = None  # read-only


# --------------------------------------------------------------------------
# duplicate keys (a proxy reading the first `method` must see what runs)
# --------------------------------------------------------------------------

DUPLICATES = [
    '{"jsonrpc":"2.0","method":"safe","method":"danger","id":1}',
    '{"jsonrpc":"2.0","method":"danger","params":{"a":1,"a":2},"id":1}',
    '[{"jsonrpc":"2.0","method":"safe","id":1},{"jsonrpc":"2.0","method":"safe","method":"danger","id":2}]',
    '{"jsonrpc":"2.0","method":"safe","method":"danger","id":"x\\u003ay"}',  # an escaped colon hides one member from the count
    '{"jsonrpc":"2.0","method":"safe","params":{"t":"10:00","t":"11:00"},"method":"danger","id":1}',
    '{"jsonrpc":"2.0","method":"safe","method":"danger","id":"x\\u003Ay"}',
    '{"jsonrpc":"2.0","method":"safe","params":{"n":"Ren\\u00e9e"},"method":"danger","id":1}',
]


@pytest.mark.parametrize("body", DUPLICATES)
def test_duplicate_keys_are_invalid_requests(body):
    ran = []
    d = Dispatcher({"safe": lambda p, c: ran.append("safe"), "danger": lambda p, c: ran.append("danger")})
    resp = rpc(d, body)
    assert resp["error"]["code"] == -32600 and resp["id"] is None, resp
    assert resp["error"]["data"]["reason"] == "a JSON object has the same key twice"
    assert ran == []


@pytest.mark.parametrize("body", [
    '{"jsonrpc":"2.0","method":"echo","params":{"at":"2024-01-01T10:00:00Z","u":"a\\u003ab"},"id":"k:1"}',
    '{"jsonrpc":"2.0","method":"echo","params":{"a":{"x":1},"b":{"x":1},"c":[{"x":1},{"x":2}]},"id":1}',
])
def test_equal_keys_in_different_objects_and_colons_in_strings_are_fine(body):
    d = Dispatcher({"echo": lambda p, c: p})
    resp = rpc(d, body)
    assert "result" in resp, resp
    assert resp["result"] == orjson.loads(body)["params"]


def test_deeply_nested_params_reach_the_method_and_deep_duplicates_are_still_refused():
    """Past the json module's recursion depth the duplicate check goes on without recursion."""
    deep = '{"a":' * 1000 + '{"k":1,"j":[2,"x:\\"y"]}' + "}" * 1000
    d = Dispatcher({"echo": lambda p, c: "reached"})
    resp = rpc(d, '{"jsonrpc":"2.0","method":"echo","params":{"v":' + deep + '},"id":1}')
    assert resp.get("result") == "reached", resp
    dup = '{"a":' * 1000 + '{"k":1,"k":2}' + "}" * 1000
    resp = rpc(d, '{"jsonrpc":"2.0","method":"echo","params":{"v":' + dup + '},"id":1}')
    assert resp["error"]["code"] == -32600 and resp["error"]["data"]["key"] == "k", resp
    resp = rpc(d, '{"jsonrpc":"2.0","method":"echo","params":{"v":' + deep + '},"method":"echo","id":1}')
    assert resp["error"]["code"] == -32600, resp
