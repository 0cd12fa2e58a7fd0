"""Tests of the XFlow QuickJS sandbox (real QuickJS, no mocks)."""

from __future__ import annotations

import threading
import time

import pytest

from torquec.runtime.xflow.sandbox import (
    SandboxError,
    SandboxHostError,
    SandboxMemoryError,
    SandboxPool,
    SandboxScriptError,
    SandboxStackOverflow,
    SandboxTimeout,
    current_call,
)

TIMEOUT_MS = 200
MEMORY = 16 * 1024 * 1024

MODULE = r"""
function ok(input) { return {x: input.a + 1}; }
function echo(input) { return input; }
function loop() { while (true) {} }
function loopSwallow() {
  for (;;) { try { while (true) {} } catch (e) {} finally { } }
}
function loopSwallowCalls() {
  function spin() { var i = 0; while (true) { i++; } }
  while (true) { try { spin(); } catch (e) { } }
}
function stringBomb() { var s = "x"; while (true) { s += s; } }
function arrayBomb() { var a = []; while (true) { a.push({n: a.length}); } }
function arrayBombNumbers() { var a = []; while (true) { a.push(a.length); } }
function hugeString() { return "x".repeat(1 << 28).length; }
function recurse(n) { return recurse(n + 1) + 1; }
function recurseCaught() { try { return recurse(0); } catch (e) { return "caught: " + e.message; } }
function tamper() {
  Object.prototype.polluted = 1;
  Array.prototype.push = null;
  JSON.parse = function () { return "evil"; };
  Math.max = function () { return -1; };
  String.prototype.toUpperCase = function () { return "evil"; };
  try { delete Array.prototype.map; } catch (e) {}
  try { Object.defineProperty(Object.prototype, "p2", {value: 2}); } catch (e) {}
  try { Object.setPrototypeOf(Array.prototype, null); } catch (e) {}
  try { ok = function () { return "hijacked"; }; } catch (e) {}
  try { leakedGlobal = 42; } catch (e) {}
  return "tampered";
}
function tamperStrict() {
  "use strict";
  var errors = [];
  try { Object.prototype.polluted = 1; } catch (e) { errors.push(e.name); }
  try { Array.prototype.push = null; } catch (e) { errors.push(e.name); }
  try { Error.prototype.name = "X"; } catch (e) { errors.push(e.name); }
  return errors;
}
function inspect() {
  var a = [];
  a.push(1);
  return {
    polluted: ({}).polluted === undefined && ({}).p2 === undefined,
    push: a.length === 1,
    parse: JSON.parse("[1]")[0] === 1,
    max: Math.max(1, 2) === 2,
    upper: "ab".toUpperCase() === "AB",
    map: typeof [].map === "function",
    okIntact: ok({a: 1}).x === 2,
    noLeakedGlobal: typeof leakedGlobal === "undefined",
  };
}
function instanceOverrides() {
  var e = new Error("m"); e.name = "CustomError";
  var o = {}; o.toString = function () { return "custom"; };
  function F() {} F.prototype.toString = function () { return "F"; };
  return [String(e), String(o), String(new F()), [1, 2].at(-1), Object.hasOwn({k: 1}, "k")];
}
function globals() {
  var out = {};
  ["eval", "std", "os", "print", "console", "scriptArgs", "require", "process", "Atomics",
   "SharedArrayBuffer", "__date_clock", "WebAssembly", "import"].forEach(function (k) { out[k] = typeof globalThis[k]; });
  try { out.fnCtor = (function () {}).constructor("return 1")(); } catch (e) { out.fnCtor = e.name; }
  try { out.FunctionGlobal = Function("return 1")(); } catch (e) { out.FunctionGlobal = e.name; }
  out.instanceOfFunction = (function () {}) instanceof Function;
  return out;
}
function fail() {
  var x = 1;
  throw new TypeError("bad value " + x);
}
function failWithCode() { var e = new Error("rejected"); e.code = "E_RULE"; throw e; }
function throwObject() { throw {code: "E_OBJ", message: "plain object"}; }
function hostCaught(input, host) {
  try { host.boom({why: "test"}); return "not thrown"; }
  catch (e) { return {name: e.name, message: e.message, code: e.code, host: e.host, isHostError: e instanceof HostError}; }
}
function hostUncaught(input, host) { host.boom({}); return "unreachable"; }
function hostGlobal(input) { return __host_echo({v: input}); }
function hostRun(input, host) { return host.whoami(input); }
function hostThenLoop(input, host) { host.boom({}); }
function hostSleepThenLoop(input, host) { try { host.sleep(input); } catch (e) {} while (true) {} }
function hostSleepThenReturn(input, host) { try { host.sleep(input); } catch (e) {} return "done"; }
function nested(input, host) { return {outer: input, inner: host.nest(input + 1)}; }
function asyncResult(input) { return Promise.resolve(input).then(function (v) { return v * 2; }); }
async function asyncAwait(input, host) { var a = await Promise.resolve(input); return a + host.echo(1); }
function asyncReject() { return Promise.reject(new RangeError("nope")); }
function neverSettles() { return new Promise(function () {}); }
function fireAndForget(input, host) { Promise.resolve().then(function () { host.record(input); }); return "sync"; }
function microtaskFlood() { function f() { Promise.resolve().then(f); } f(); return 1; }
async function asyncLoop() { await null; while (true) {} }
function identity(input) { return {thread: input.thread, i: input.i, sum: input.i + input.thread * 1000}; }
"""


class RuleViolation(Exception):
    code = "E_HOST_RULE"


class Abort(BaseException):
    pass


def _boom(run, args):
    raise RuleViolation("kaput")


@pytest.fixture
def pool():
    recorded: list = []
    p = SandboxPool({"main": MODULE}, timeout_ms=TIMEOUT_MS, memory_limit=MEMORY)
    p.register_host("boom", _boom)
    p.register_host("echo", lambda run, args: args)
    p.register_host("whoami", lambda run, args: {"run": run, "args": args, "current": current_call().run})
    p.register_host("record", lambda run, args: recorded.append((run, args)))
    p.register_host("sleep", lambda run, args: time.sleep(args))
    p.register_host("nest", lambda run, args: p.call("hostRun", args, run=f"inner-of-{run}"))
    p.recorded = recorded  # type: ignore[attr-defined]
    yield p
    p.discard_thread_contexts()


def _ctx_id(pool: SandboxPool) -> int:
    return pool.thread_context_info()["id"]


def _assert_recovers(pool: SandboxPool) -> None:
    assert pool.call("ok", {"a": 41}) == {"x": 42}
    assert pool.call("ok", {"a": 1}) == {"x": 2}


# --------------------------------------------------------------------------- results


def test_results_and_json_roundtrip(pool):
    assert pool.call("ok", {"a": 1}) == {"x": 2}
    value = {
        "s": "héllo € 😀 \u0000 \"quoted\" \\ \n",
        "n": [0, -1, 2**31, 2**53 - 1, 1.5, -0.25],
        "b": [True, False],
        "z": None,
        "nested": {"deep": [{"k": [1, {"v": "w"}]}]},
    }
    assert pool.call("echo", value) == value
    assert pool.call("echo", None) is None
    assert pool.call("echo", "plain") == "plain"


def test_undefined_and_non_json_results(pool):
    pool.load("extra", "function undef() {} function lone() { return '\\ud800'; } function big() { return 10n; }")
    assert pool.call("undef") is None
    assert pool.call("lone") == "\ud800"  # lone surrogate survives via JSON escaping
    with pytest.raises(SandboxScriptError) as ei:
        pool.call("big")
    assert ei.value.name == "TypeError"


def test_script_error_details(pool):
    with pytest.raises(SandboxScriptError) as ei:
        pool.call("fail")
    err = ei.value
    assert (err.name, err.message, err.function) == ("TypeError", "bad value 1", "fail")
    line = MODULE.splitlines().index('  throw new TypeError("bad value " + x);') + 1
    assert f"at fail (<input>:{line}:" in err.stack  # (<input>:LINE:COLUMN)
    with pytest.raises(SandboxScriptError) as ei:
        pool.call("failWithCode")
    assert ei.value.code == "E_RULE" and ei.value.message == "rejected"
    with pytest.raises(SandboxScriptError) as ei:
        pool.call("throwObject")
    assert ei.value.code == "E_OBJ" and ei.value.value == {"code": "E_OBJ", "message": "plain object"}
    with pytest.raises(SandboxScriptError) as ei:
        pool.call("doesNotExist")
    assert ei.value.name == "ReferenceError"
    # A script error does not cost the context.
    before = _ctx_id(pool)
    _assert_recovers(pool)
    assert _ctx_id(pool) == before


# --------------------------------------------------------------------------- limits


@pytest.mark.parametrize(
    "fn", ["loop", "loopSwallow", "loopSwallowCalls", "hostThenLoopSwallow", "microtaskFlood", "asyncLoop"]
)
def test_time_limit(pool, fn):
    if fn == "hostThenLoopSwallow":
        pool.load("x", "function hostThenLoopSwallow(i, host) { while (true) { try { host.boom({}); } catch (e) {} } }")
    pool.call("ok", {"a": 0})
    before = _ctx_id(pool)
    t0 = time.monotonic()
    with pytest.raises(SandboxTimeout) as ei:
        pool.call(fn)
    elapsed = (time.monotonic() - t0) * 1000
    assert TIMEOUT_MS * 0.9 <= elapsed <= TIMEOUT_MS + 300, elapsed
    assert ei.value.timeout_ms == TIMEOUT_MS
    _assert_recovers(pool)
    assert _ctx_id(pool) != before  # context was replaced


def test_time_limit_per_call_and_includes_host_time(pool):
    t0 = time.monotonic()
    with pytest.raises(SandboxTimeout):
        pool.call("loop", timeout_ms=50)
    assert (time.monotonic() - t0) < 0.3
    t0 = time.monotonic()
    with pytest.raises(SandboxTimeout):
        pool.call("hostSleepThenLoop", 0.15, timeout_ms=100)
    assert (time.monotonic() - t0) < 0.4
    # A host call that returns after the deadline ends the run even if JS would return at once.
    with pytest.raises(SandboxTimeout):
        pool.call("hostSleepThenReturn", 0.12, timeout_ms=100)
    assert pool.call("hostSleepThenReturn", 0.001, timeout_ms=1000) == "done"
    _assert_recovers(pool)


@pytest.mark.parametrize("fn", ["stringBomb", "arrayBomb", "arrayBombNumbers", "hugeString"])
def test_memory_limit(pool, fn):
    pool.call("ok", {"a": 0})
    t0 = time.monotonic()
    with pytest.raises(SandboxMemoryError) as ei:  # ends on memory, well before its time limit
        pool.call(fn, timeout_ms=5000)  # (filling 16 MiB with small objects takes quickjs-ng ~0.2 s)
    assert time.monotonic() - t0 < 2.0
    assert ei.value.memory_limit == MEMORY
    _assert_recovers(pool)


def test_memory_limit_huge_input_is_rejected(pool):
    with pytest.raises(SandboxMemoryError):
        pool.call("echo", "x" * (1 << 20), memory_limit=1 << 20)
    assert pool.call("echo", "x" * 1000, memory_limit=1 << 20) == "x" * 1000


def test_stack_limit(pool):
    pool.call("ok", {"a": 0})
    before = _ctx_id(pool)
    with pytest.raises(SandboxStackOverflow) as ei:
        pool.call("recurse", 0)
    assert "at recurse" in ei.value.stack
    _assert_recovers(pool)
    assert _ctx_id(pool) != before
    # Catching the overflow inside the script is allowed.
    assert pool.call("recurseCaught") == "caught: Maximum call stack size exceeded"


# --------------------------------------------------------------------------- isolation


def test_prototype_tampering_does_not_leak(pool):
    clean = pool.call("inspect")
    assert all(clean.values()), clean
    before = _ctx_id(pool)
    assert pool.call("tamper") == "tampered"
    after = pool.call("inspect")
    assert all(after.values()), after
    assert _ctx_id(pool) == before  # same context: isolation comes from freezing, not rebuilding
    assert pool.call("tamperStrict") == ["TypeError", "TypeError", "TypeError"]
    assert all(pool.call("inspect").values())


def test_instance_overrides_still_work_after_freeze(pool):
    assert pool.call("instanceOverrides") == ["CustomError: m", "custom", "F", 2, True]


def test_dangerous_globals_absent(pool):
    g = pool.call("globals")
    for name in ("eval", "std", "os", "print", "console", "scriptArgs", "require", "process",
                 "Atomics", "SharedArrayBuffer", "__date_clock", "WebAssembly"):
        assert g[name] == "undefined", name
    assert g["fnCtor"] == "EvalError"
    assert g["FunctionGlobal"] == "EvalError"
    assert g["instanceOfFunction"] is True


# --------------------------------------------------------------------------- host functions


def test_host_error_caught_in_js(pool):
    assert pool.call("hostCaught") == {
        "name": "HostError",
        "message": "boom: kaput",
        "code": "E_HOST_RULE",
        "host": "boom",
        "isHostError": True,
    }


def test_host_error_uncaught_ends_run(pool):
    pool.call("ok", {"a": 0})
    before = _ctx_id(pool)
    with pytest.raises(SandboxHostError) as ei:
        pool.call("hostUncaught")
    err = ei.value
    assert isinstance(err.original, RuleViolation) and err.__cause__ is err.original
    assert err.host == "boom" and err.name == "HostError" and "hostUncaught" in err.stack
    _assert_recovers(pool)
    assert _ctx_id(pool) == before


def test_host_functions_bound_to_current_run(pool):
    assert pool.call("hostGlobal", 5) == {"v": 5}
    assert pool.call("hostRun", 1, run="run-A") == {"run": "run-A", "args": 1, "current": "run-A"}
    assert pool.call("hostRun", 2, run="run-B")["run"] == "run-B"
    assert current_call() is None
    # A host function that runs another sandboxed call on the same thread (nested flow).
    out = pool.call("nested", 10, run="outer")
    assert out == {"outer": 10, "inner": {"run": "inner-of-outer", "args": 11, "current": "inner-of-outer"}}


def test_host_base_exception_aborts_run(pool):
    def abort(run, args):
        raise Abort()

    pool.register_host("abort", abort)
    pool.load("abort", "function aborter(i, host) { try { host.abort(1); } catch (e) {} while (true) {} }")
    t0 = time.monotonic()
    with pytest.raises(Abort):
        pool.call("aborter")
    assert time.monotonic() - t0 < 0.1
    _assert_recovers(pool)


def test_register_and_load_rebuild_lazily(pool):
    pool.call("ok", {"a": 0})
    pool.load("v", "function version() { return 1; }")
    assert pool.call("version") == 1
    pool.load("v", "function version() { return 2; }")
    assert pool.call("version") == 2
    pool.unload("v")
    with pytest.raises(SandboxScriptError):
        pool.call("version")
    with pytest.raises(SandboxError):
        pool.load("broken", "function (")
        pool.call("ok", {"a": 0})
    pool.unload("broken")
    _assert_recovers(pool)


# --------------------------------------------------------------------------- promises


def test_promises(pool):
    assert pool.call("asyncResult", 21) == 42
    assert pool.call("asyncAwait", 2) == 3
    with pytest.raises(SandboxScriptError) as ei:
        pool.call("asyncReject")
    assert ei.value.name == "RangeError"
    with pytest.raises(SandboxScriptError) as ei:
        pool.call("neverSettles")
    assert "never settled" in ei.value.message
    # Fire-and-forget jobs run inside the run that queued them, with its binding.
    assert pool.call("fireAndForget", 7, run="R1") == "sync"
    assert pool.recorded == [("R1", 7)]


# --------------------------------------------------------------------------- threads


def test_threads_share_one_pool(pool):
    n_threads, n_calls = 4, 500
    errors: list = []
    ctx_ids: dict = {}
    barrier = threading.Barrier(n_threads)

    def worker(t: int) -> None:
        try:
            barrier.wait()
            for i in range(n_calls):
                out = pool.call("identity", {"thread": t, "i": i}, run=t)
                assert out == {"thread": t, "i": i, "sum": i + t * 1000}, out
                if i % 100 == 0:
                    assert pool.call("hostRun", i, run=("t", t))["run"] == ["t", t]
            ctx_ids[t] = pool.thread_context_info()["id"]
            pool.discard_thread_contexts()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(n_threads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not errors, errors
    assert len(ctx_ids) == n_threads


def test_threads_with_limit_errors(pool):
    """Limit errors on some threads while others keep computing."""
    errors: list = []

    def hostile() -> None:
        try:
            for fn, exc in (("loop", SandboxTimeout), ("stringBomb", SandboxMemoryError), ("recurse", SandboxStackOverflow)):
                with pytest.raises(exc):
                    pool.call(fn, 0, timeout_ms=100)
                assert pool.call("ok", {"a": 1}) == {"x": 2}
            pool.discard_thread_contexts()
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    def busy(t: int) -> None:
        try:
            for i in range(300):
                assert pool.call("identity", {"thread": t, "i": i})["sum"] == i + t * 1000
            pool.discard_thread_contexts()
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=hostile) for _ in range(2)]
    threads += [threading.Thread(target=busy, args=(t,)) for t in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not errors, errors


def test_interrupt_all_ends_runs_on_other_threads_at_once():
    """Server shutdown: a run stuck in a backtracking regex with a long limit ends right away."""
    pool = SandboxPool({"m": "function stuck() { return /^(a+)+$/.test('a'.repeat(60) + '!'); }"})
    outcome = []

    def worker():
        t0 = time.monotonic()
        try:
            pool.call("stuck", timeout_ms=60_000)
        except SandboxTimeout:
            outcome.append(time.monotonic() - t0)

    t = threading.Thread(target=worker)
    t.start()
    time.sleep(0.3)
    pool.interrupt_all()
    t.join(2)
    assert not t.is_alive() and outcome and outcome[0] < 1.0


def test_host_errors_kept_per_run_are_bounded():
    """A script that catches host errors in a loop must not pile up Python exceptions for its whole run."""
    def boom(run, args):
        raise ValueError("no")

    pool = SandboxPool({"m": "function many(i, host) { for (var k = 0; k < 500; k++) { try { host.boom({}); } catch (e) {} }"
                             " return host.kept({}); }"},
                       hosts={"boom": boom, "kept": lambda run, args: len(current_call().host_errors)})
    assert pool.call("many") == 100
