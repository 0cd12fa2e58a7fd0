"""Hostile flow code in real QuickJS: every run ends with a clear error within its limit,
and the next run on the same engine (and thread) works."""

from __future__ import annotations

import time

import pytest

from torquec.runtime.errors import FlowFailedError
from xflow.kit import E, S, chain, engine_for, flow

TIMEOUT_MS = 250

HOSTILE = {
    # name: (code, reason, message)
    "loop": ("while (true) {}\nreturn 1;", "timeout", f"flow `loop` exceeded its time limit of {TIMEOUT_MS} ms"),
    "loopInTry": ("for (;;) {\n  try { while (true) {} } catch (e) {} finally { continue; }\n}", "timeout",
                  f"flow `loopInTry` exceeded its time limit of {TIMEOUT_MS} ms"),
    "memoryBomb": ("var keep = [];\nwhile (true) { keep.push(new Array(100000).fill(7)); }", "memory",
                   "flow `memoryBomb` exceeded its memory limit of 16 MiB"),
    "hugeString": ("var s = 'x';\nfor (var i = 0; i < 40; i++) { s = s + s; }\nreturn s.length;", "memory",
                   "flow `hugeString` exceeded its memory limit of 16 MiB"),
    "deepRecursion": ("function down(n) { return down(n + 1) + 1; }\nreturn down(0);", "stack",
                      "flow `deepRecursion` overflowed its stack (recursion too deep)"),
    "prototypeTampering": ("var P = Object.getPrototypeOf([]);\nP.map = function () { return 'pwned'; };\nreturn [1].map(String);",
                           "exception", "TypeError: 'map' is read-only"),
    "objectPrototype": ("var O = Object.getPrototypeOf({});\nO.isAdmin = true;\nreturn 1;", "exception",
                        "TypeError: object is not extensible"),
    "constructorEscape": ("var k = 'constr' + 'uctor';\nvar F = (function () {})[k];\nreturn F('return 1')();", "exception",
                          "EvalError: code generation from strings is disabled in the sandbox"),
    "throwsNonError": ("throw {code: 42};", "exception", "threw a non-Error value: {\"code\":42}"),
    # catastrophic backtracking: the regex engine polls the time limit too
    "regexTest": ("return /^(a+)+$/.test('a'.repeat(41) + '!');", "timeout",
                  f"flow `regexTest` exceeded its time limit of {TIMEOUT_MS} ms"),
    "regexReplaceInTry": ("try { return ('a'.repeat(40) + '!').replace(/^(a|a)+$/g, 'x'); } catch (e) { return 'caught'; }",
                          "timeout", f"flow `regexReplaceInTry` exceeded its time limit of {TIMEOUT_MS} ms"),
    "regexSplit": ("return ('a'.repeat(40) + '!').split(/^(a+)+$/).length;", "timeout",
                   f"flow `regexSplit` exceeded its time limit of {TIMEOUT_MS} ms"),
    # native loops over a hollow giant array (no memory used) never poll the time limit: refused or interruptible
    "hollowJoin": ("return new Array(2 ** 32 - 1).join('-').length;", "exception",
                   "RangeError: Array.prototype.join: length 4294967295 is over the flow sandbox's limit of 4194304"),
    "hollowTemplate": ("return `${new Array(2 ** 32 - 1)}`.length;", "exception",
                       "RangeError: Array.prototype.toString: length 4294967295 is over the flow sandbox's limit of 4194304"),
    "arrayLikeSort": ("return Array.prototype.sort.call({length: 2 ** 53 - 1}).length;", "exception",
                      "RangeError: Array.prototype.sort: length 9007199254740991 is over the flow sandbox's limit of 4194304"),
    "hollowConcat": ("return [].concat(new Array(2 ** 32 - 1)).length;", "exception",
                     "RangeError: Array.prototype.concat: length 4294967295 is over the flow sandbox's limit of 4194304"),
    "hollowFlat": ("return [new Array(2 ** 32 - 1)].flat().length;", "timeout",
                   f"flow `hollowFlat` exceeded its time limit of {TIMEOUT_MS} ms"),
}
REGEX = [name for name in HOSTILE if name.startswith(("regex", "hollow", "arrayLike"))]


def js(code):
    return {"id": "evil", "type": "javascript", "code": code}


@pytest.fixture(scope="module")
def engine():
    flows = [flow(name, nodes=[S, js(code), E], edges=chain("start", "evil", "end"), timeoutMs=TIMEOUT_MS)
             for name, (code, _r, _m) in HOSTILE.items()]
    flows.append(flow("fine", nodes=[S, {"id": "add", "type": "transform", "expression": "input.a + 1"}, E],
                      edges=chain("start", "add", "end")))
    return engine_for(*flows, memory_limit=16 * 1024 * 1024)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_run_ends_clearly_within_its_limit_and_next_run_works(engine, name):
    _code, reason, message = HOSTILE[name]
    t0 = time.monotonic()
    with pytest.raises(FlowFailedError) as ei:
        engine.run(name, {})
    elapsed = time.monotonic() - t0
    data = ei.value.to_error_object()["data"]
    assert data["kind"] == "flow_failed" and data["reason"] == reason
    assert data["message"] == message
    assert data["flow"] == name
    if data["node"] is not None:  # attributed whenever QuickJS left a backtrace
        assert data["node"] == "evil" and data["pointer"].startswith("/flows/")
    assert elapsed < TIMEOUT_MS / 1000 * 2 + 1.0
    assert engine.run("fine", {"a": 1}) == {"output": 2}


@pytest.mark.parametrize("name", REGEX)
def test_regex_and_native_loops_end_within_the_limit_plus_a_small_margin(engine, name):
    t0 = time.monotonic()
    with pytest.raises(FlowFailedError):
        engine.run(name, {})
    assert time.monotonic() - t0 < TIMEOUT_MS / 1000 + 0.3
    t0 = time.monotonic()
    assert engine.run("fine", {"a": 1}) == {"output": 2}
    assert time.monotonic() - t0 < 0.1


def test_limit_errors_name_the_node_and_line(engine):
    with pytest.raises(FlowFailedError) as ei:
        engine.run("loop", {})
    # (QuickJS-ng reports a time-limit interrupt at the piece's wrapper: the piece, not a line in it)
    assert (ei.value.data["node"], ei.value.data["pointer"]) == ("evil", "/flows/0/nodes/1/code")
    with pytest.raises(FlowFailedError) as ei:
        engine.run("deepRecursion", {})
    assert (ei.value.data["node"], ei.value.data["line"]) == ("evil", 1)  # the line of the recursing function


class Boom(Exception):
    pass


class Explosive:
    def read(self, run, entity, id):
        raise Boom("database on fire")

    def query(self, run, entity, filters, limit):
        time.sleep(5)

    def create(self, run, entity, data):
        raise KeyboardInterrupt

    update = delete = read


def test_throwing_and_hanging_host_callbacks():
    read = {"id": "r", "type": "entityRead", "entity": "Customer", "recordId": "'x'"}
    scan = {"id": "q", "type": "entityRead", "entity": "Customer", "filters": [{"field": "name", "op": "eq", "value": "'a'"}]}
    make = {"id": "w", "type": "entityWrite", "entity": "Customer", "operation": "create", "data": "({name: 'n'})"}
    eng = engine_for(
        flow("reads", nodes=[S, read, E], edges=chain("start", "r", "end")),
        flow("scans", nodes=[S, scan, E], edges=chain("start", "q", "end"), timeoutMs=200),
        flow("writes", nodes=[S, make, E], edges=chain("start", "w", "end")),
        flow("fine", nodes=[S, {"id": "t", "type": "transform", "expression": "7"}, E], edges=chain("start", "t", "end")),
        services=Explosive(),
    )
    with pytest.raises(FlowFailedError) as ei:
        eng.run("reads", {})
    assert ei.value.data["reason"] == "host" and ei.value.data["message"] == "entityRead: database on fire"
    assert isinstance(ei.value.__cause__, Boom)
    assert eng.run("fine") == {"output": 7}
    # A host call that outlives the run's deadline: the run ends as a timeout right after it returns.
    t0 = time.monotonic()
    with pytest.raises(FlowFailedError) as ei:
        eng.run("scans", {})
    assert ei.value.data["reason"] == "timeout"
    assert time.monotonic() - t0 < 6
    assert eng.run("fine") == {"output": 7}
    # BaseException (Ctrl-C) inside a host stops the run and propagates unchanged.
    with pytest.raises(KeyboardInterrupt):
        eng.run("writes", {})
    assert eng.run("fine") == {"output": 7}


def test_flow_code_cannot_reach_host_functions_or_the_global_object():
    probe = (
        "var seen = [];\n"
        "try { seen.push(typeof (function () { return this; })()); } catch (e) { seen.push('err'); }\n"
        "try { seen.push(typeof ctx.log); } catch (e) { seen.push('err'); }\n"
        "seen.push(Object.isFrozen(ctx));\n"
        "seen.push(Object.isFrozen(Array.prototype));\n"
        "return seen;"
    )
    eng = engine_for(flow("probe", nodes=[S, js(probe), E], edges=chain("start", "evil", "end")))
    assert eng.run("probe")["output"] == ["undefined", "function", True, True]
