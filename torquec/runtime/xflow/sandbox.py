"""QuickJS sandbox pool for XFlow.

The flow compiler emits one JavaScript module (a classic script) per flow; each
defines a global function, e.g. ``function __flow_orderTotal(input, host)``,
that returns the flow output. This module supplies the generic machinery that
runs those functions safely:

* :class:`SandboxPool` keeps one ``quickjs.Context`` per *(thread, pool,
  nesting depth)* in a ``threading.local``. A QuickJS context must never be
  touched by two threads (that crashes the process), so a context is created
  lazily on the thread that uses it and is only ever used there. Nested runs
  (a host function that runs another flow on the same thread) get a second
  context one level deeper instead of re-entering a busy one.
* Data crosses the boundary as JSON text: one string in (``JSON.parse`` in
  JS), one string out (``JSON.stringify`` in JS, never a concatenation:
  quickjs-ng keeps long concatenations as ropes, which the binding cannot
  convert), parsed with orjson.
* Limits per run: wall-clock time, heap memory, native stack.
* Host functions (entity read/write, HTTP, log, ...) are Python callables
  bound to the *current run* of the calling context.

Engine
    The binding is PyPI ``quickjs-ng`` (the quickjs-ng engine): its regex
    engine calls the interrupt handler while it backtracks, which the 2021
    QuickJS of PyPI ``quickjs`` never did (a hostile regex held a thread
    forever). The code also runs on the old binding, minus that guarantee.

Time limit
    The binding's own ``Context.set_time_limit`` measures ``clock()`` --
    process-wide CPU time, so other busy threads eat a run's budget -- and
    refuses calls from JS into Python while set. The pool therefore never
    uses it. Instead it installs its own QuickJS interrupt handler
    (``JS_SetInterruptHandler``, exported by the extension module) through
    ctypes. QuickJS calls it every ~10k interpreter ticks and while a regex
    backtracks; it compares ``time.monotonic()`` with the run's deadline. An
    interrupt is uncatchable in JS (``try/catch`` and ``finally`` do not
    run), so ``while(true){}`` inside a swallowing ``try`` still ends. The
    deadline is wall-clock and includes time spent in host functions; hosts
    can ask for the remaining budget with :func:`current_call`.
    :meth:`SandboxPool.interrupt_all` ends every run in progress (shutdown).
    Native Array methods that loop in C without polling (``join``, ``sort``,
    ...) refuse hollow giant lengths; see ``_HARDEN``.

Isolation between runs
    At context creation, after the modules are loaded, every object reachable
    from the global object (all intrinsics, their prototypes, the hidden
    iterator/generator prototypes, and the modules' global functions) is
    frozen, and so is the global object itself. Before freezing, the usual
    "override mistake" properties (``constructor``, ``toString``, ``name``,
    ``message``, ...) on ``Object.prototype``, ``Function.prototype``,
    ``Array.prototype`` and the Error prototypes become accessors so that
    ``err.name = 'X'`` on an *instance* still works. ``eval``, the
    ``Function`` constructors, ``Atomics``, ``SharedArrayBuffer`` and
    ``__date_clock`` are removed or replaced by throwing stubs. Consequence for
    the compiler: module top-level ``var``/function bindings are read-only
    after load (top-level ``let``/``const`` bindings stay mutable but should
    not be used as cross-run state).

Limits
    ``timeout_ms`` is a wall-clock deadline for the whole run, host calls
    included: it fires at the next interrupt poll, and a host function that
    returns after the deadline also ends the run. ``memory_limit`` is the JS
    heap a run may use on top of the context's baseline (modules loaded);
    QuickJS raises "out of memory", or throws ``null`` when it cannot even
    allocate that error, so a script's own uncaught ``throw null`` is
    reported as :class:`SandboxMemoryError` too. ``stack_limit`` is
    QuickJS's native stack budget (``set_max_stack_size``).

After a limit error (timeout, memory, stack overflow) or any failure that
escapes the JS-side wrapper, the thread's context is discarded and rebuilt on
the next call; plain script errors keep the context.

Calling convention
    ``pool.call("__flow_x", input, run=run)`` invokes
    ``__flow_x(input, host)``; ``host.<name>(args)`` (also the global
    ``__host_<name>(args)``) calls the Python host function registered under
    ``<name>`` with ``(run, args)``. A returned Promise is awaited by running
    the job queue, and jobs queued by a run always execute before the call
    returns, under that run's limits and binding.
"""

from __future__ import annotations

import ctypes
import decimal
import json
import re
import threading
import time
import weakref
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

import orjson
import quickjs

from torquec.runtime.xflow.sandbox_js import HARDEN as _HARDEN
from torquec.runtime.xflow.sandbox_js import PRELUDE as _PRELUDE

__all__ = [
    "CallInfo",
    "HostFunction",
    "SandboxError",
    "SandboxHostError",
    "SandboxMemoryError",
    "SandboxPool",
    "SandboxScriptError",
    "SandboxStackOverflow",
    "SandboxTimeout",
    "current_call",
]

#: ``fn(run, args) -> result``: ``run`` is the object passed to
#: :meth:`SandboxPool.call` as ``run=``; ``args``/``result`` are JSON values.
HostFunction = Callable[[Any, Any], Any]

#: Host errors of one run kept for attribution (see ``_make_host``).
MAX_HOST_ERRORS = 100
_NAME_RE = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
_HOST_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# --------------------------------------------------------------------------- errors


class SandboxError(Exception):
    """Base class of every error a sandboxed run can end with."""


class SandboxTimeout(SandboxError):
    """The run exceeded its time limit."""

    def __init__(self, message: str, *, timeout_ms: float) -> None:
        super().__init__(message)
        self.timeout_ms = timeout_ms


class SandboxMemoryError(SandboxError):
    """The run exceeded its memory limit."""

    def __init__(self, message: str, *, memory_limit: int) -> None:
        super().__init__(message)
        self.memory_limit = memory_limit


class SandboxStackOverflow(SandboxError):
    """The run exceeded its native stack limit (typically deep recursion)."""

    def __init__(self, message: str, *, stack: str = "") -> None:
        super().__init__(message)
        self.stack = stack


class SandboxScriptError(SandboxError):
    """The JavaScript code threw an exception that nothing caught.

    ``name``/``message``/``stack`` are the JS error's; ``stack`` is QuickJS's
    text (``    at fn (<input>:LINE)`` per frame, line numbers relative to the
    module source) so the compiler can map frames back to model positions.
    ``code`` is the error's ``code`` property if it was a string/number/bool.
    ``value`` is the thrown value as JSON when something other than an Error
    was thrown (``throw {code: 'X'}``).
    """

    def __init__(
        self,
        name: str,
        message: str,
        stack: str = "",
        *,
        code: Any = None,
        value: Any = None,
        function: str | None = None,
    ) -> None:
        super().__init__(f"{name}: {message}" if name else message)
        self.name = name
        self.message = message
        self.stack = stack
        self.code = code
        self.value = value
        self.function = function


class SandboxHostError(SandboxScriptError):
    """A host function raised and the JS code did not catch the resulting error.

    ``host`` is the host function name and ``original`` (also ``__cause__``)
    the Python exception it raised.
    """

    def __init__(self, *args: Any, host: str, original: BaseException, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.host = host
        self.original = original


# --------------------------------------------------------------------------- limit errors as QuickJS raises them

#: (error name, message) of the engine's stack-overflow error (2021 QuickJS, quickjs-ng).
_STACK_ERRORS = frozenset({("InternalError", "stack overflow"), ("RangeError", "Maximum call stack size exceeded")})
#: ... and of its memory-limit errors. quickjs-ng builds `s + s` as a rope without
#: allocating, so a doubling string hits its length limit before the heap limit.
_MEMORY_ERRORS = frozenset({
    ("InternalError", "out of memory"),
    ("InternalError", "out of memory in regexp execution"),
    ("InternalError", "string too long"),
})


# --------------------------------------------------------------------------- interrupt handler via ctypes

_INTERRUPT_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class _Native:
    """The QuickJS C entry points the binding does not wrap (or wraps with extra work)."""

    def __init__(self) -> None:
        lib = ctypes.CDLL(quickjs._quickjs.__file__)
        self.set_interrupt_handler = lib.JS_SetInterruptHandler
        self.set_interrupt_handler.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        self.set_interrupt_handler.restype = None
        self.get_runtime_opaque = lib.JS_GetRuntimeOpaque
        self.get_runtime_opaque.argtypes = [ctypes.c_void_p]
        self.get_runtime_opaque.restype = ctypes.c_void_p
        # The binding's Context.gc() also runs Python's full collection (tens of ms in a big process).
        self.run_gc = lib.JS_RunGC
        self.run_gc.argtypes = [ctypes.c_void_p]
        self.run_gc.restype = None
        # The binding's object starts with PyObject_HEAD followed by `JSRuntime *runtime`.
        self.runtime_offset = type(None).__basicsize__  # sizeof(PyObject) == PyObject_HEAD

    def runtime_of(self, ctx: quickjs.Context) -> int:
        rt = ctypes.c_void_p.from_address(id(ctx) + self.runtime_offset).value
        # The binding stores its own object as the runtime opaque: verify the layout.
        if not rt or self.get_runtime_opaque(rt) != id(ctx):
            raise SandboxError(
                "unsupported quickjs binding layout: cannot install the time-limit interrupt "
                "handler (expected the quickjs-ng binding, PyPI `quickjs-ng`)"
            )
        return rt


_native: _Native | None = None
_native_lock = threading.Lock()


def _get_native() -> _Native:
    global _native
    if _native is None:
        with _native_lock:
            if _native is None:
                _native = _Native()
    return _native


# --------------------------------------------------------------------------- JSON helpers


def _json_default(obj: Any) -> Any:
    if isinstance(obj, decimal.Decimal):
        return float(obj)
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    if isinstance(obj, (bytes, bytearray)):
        return obj.decode("utf-8", "replace")
    raise TypeError(f"value of type {type(obj).__name__} is not JSON serialisable")


def _dumps(value: Any) -> str:
    try:
        return orjson.dumps(value, default=_json_default, option=orjson.OPT_NON_STR_KEYS).decode()
    except orjson.JSONEncodeError:
        # orjson refuses lone surrogates (valid in both Python and JS strings).
        return json.dumps(value, default=_json_default, ensure_ascii=True)


def _loads(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)  # e.g. a lone surrogate escape produced by JSON.stringify


# --------------------------------------------------------------------------- per-call / per-context state


@dataclass
class CallInfo:
    """The run currently executing in a context (see :func:`current_call`)."""

    function: str
    run: Any
    deadline: float
    timeout_ms: float
    memory_limit: int
    host_errors: list[BaseException] = field(default_factory=list)
    abort: BaseException | None = None

    def remaining_ms(self) -> float:
        return max(0.0, (self.deadline - time.monotonic()) * 1000.0)


class _RunState:
    """What the interrupt handler and the host callables of one context read.

    Kept apart from :class:`_Slot` so that those closures do not reference the
    context: no reference cycle, and a context is freed as soon as its slot
    lets go of it (on the owning thread, or when that thread ends).
    """

    __slots__ = ("deadline", "interrupted", "call", "__weakref__")

    def __init__(self) -> None:
        self.deadline = float("inf")
        self.interrupted = False
        self.call: CallInfo | None = None


class _Slot:
    """One QuickJS context, used by exactly one thread."""

    __slots__ = (
        "ctx", "runtime", "handler", "invoke", "settle", "generation", "baseline",
        "memory_limit", "state", "freeze_count",
    )

    def __init__(self) -> None:
        self.ctx: quickjs.Context | None = None
        self.runtime = 0
        self.handler: Any = None
        self.invoke: Any = None
        self.settle: Any = None
        self.generation = -1
        self.baseline = 0
        self.memory_limit = -1
        self.state = _RunState()
        self.freeze_count = 0

    def close(self) -> None:
        """Drop the context. Only ever called on the owning thread."""
        if self.runtime:
            _get_native().set_interrupt_handler(self.runtime, None, None)
            self.runtime = 0
        self.invoke = self.settle = None
        self.ctx = None
        self.handler = None
        self.state = _RunState()


_current = threading.local()  # .stack: list[CallInfo] of this thread, innermost last


def current_call() -> CallInfo | None:
    """The innermost sandboxed run executing on this thread (for host functions)."""
    stack = getattr(_current, "stack", None)
    return stack[-1] if stack else None


# --------------------------------------------------------------------------- the pool


class SandboxPool:
    """Per-thread QuickJS contexts running a fixed set of JS modules.

    ``load()``/``unload()``/``register_host()`` may be called at any time from
    any thread; each thread's context is rebuilt lazily on its next call.
    """

    def __init__(
        self,
        modules: Mapping[str, str] | None = None,
        *,
        hosts: Mapping[str, HostFunction] | None = None,
        timeout_ms: float = 1000.0,
        memory_limit: int = 32 * 1024 * 1024,
        stack_limit: int = 256 * 1024,
        max_depth: int = 8,
        freeze_globals: bool = True,
    ) -> None:
        if timeout_ms <= 0 or memory_limit <= 0 or stack_limit <= 0:
            raise ValueError("limits must be positive")
        self.timeout_ms = float(timeout_ms)
        self.memory_limit = int(memory_limit)
        self.stack_limit = int(stack_limit)
        self.max_depth = int(max_depth)
        self.freeze_globals = bool(freeze_globals)
        self._lock = threading.Lock()
        self._modules: dict[str, str] = {}
        self._hosts: dict[str, HostFunction] = {}
        self._generation = 0
        self._local = threading.local()
        self._states: weakref.WeakSet[_RunState] = weakref.WeakSet()  # of every thread's contexts
        _get_native()  # fail early if ctypes cannot find the entry points
        for name, source in (modules or {}).items():
            self.load(name, source)
        for name, fn in (hosts or {}).items():
            self.register_host(name, fn)

    # ---- configuration

    def load(self, name: str, source: str) -> None:
        """Add or replace a module (JS source evaluated as a classic script)."""
        if not isinstance(source, str):
            raise TypeError("module source must be a str")
        if "\x00" in source:
            raise ValueError("module source contains a NUL character")
        with self._lock:
            self._modules[name] = source
            self._generation += 1

    def unload(self, name: str) -> None:
        with self._lock:
            if self._modules.pop(name, None) is not None:
                self._generation += 1

    @property
    def modules(self) -> list[str]:
        with self._lock:
            return list(self._modules)

    def register_host(self, name: str, fn: HostFunction) -> None:
        """Expose ``fn(run, args) -> result`` to JS.

        In JS it is ``__host_<name>(args)`` and ``host.<name>(args)`` (``host`` is
        the second argument of every called function, also ``__host``).
        ``args``/``result`` travel as JSON. If ``fn`` raises, JS sees a
        catchable ``HostError`` (``.message``, ``.code`` from ``exc.code``,
        ``.host``); if the script does not catch it, :meth:`call` raises
        :class:`SandboxHostError` chained to the original exception.
        """
        if not _HOST_NAME_RE.match(name) or name.startswith("__"):
            raise ValueError(f"invalid host function name {name!r}")
        if not callable(fn):
            raise TypeError("host function must be callable")
        with self._lock:
            self._hosts[name] = fn
            self._generation += 1

    # ---- running

    def call(
        self,
        function: str,
        input: Any = None,
        *,
        run: Any = None,
        timeout_ms: float | None = None,
        memory_limit: int | None = None,
    ) -> Any:
        """Run ``function(input, host)`` and return its (JSON) result.

        ``run`` is handed to host functions. ``timeout_ms`` (wall clock,
        including host calls) and ``memory_limit`` (bytes of JS heap on top
        of the loaded modules) default to the pool's settings. A returned
        Promise is awaited by draining the job queue within the same limits.
        """
        if not _NAME_RE.match(function):
            raise ValueError(f"invalid function name {function!r}")
        timeout = self.timeout_ms if timeout_ms is None else float(timeout_ms)
        mem = self.memory_limit if memory_limit is None else int(memory_limit)
        if timeout <= 0 or mem <= 0:
            raise ValueError("limits must be positive")
        try:
            input_json = _dumps(input)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"sandbox input is not JSON serialisable: {exc}") from None
        if len(input_json) * 2 > mem:
            raise SandboxMemoryError(
                f"input of {len(input_json)} bytes does not fit the memory limit of {mem} bytes",
                memory_limit=mem,
            )

        local = self._local
        slots: list[_Slot] | None = getattr(local, "slots", None)
        if slots is None:
            slots = local.slots = []
            local.depth = 0
        depth = local.depth
        if depth >= self.max_depth:
            raise SandboxError(f"sandbox runs nested deeper than {self.max_depth} on one thread")
        while len(slots) <= depth:
            slots.append(_Slot())
        slot = slots[depth]
        if slot.ctx is None or slot.generation != self._generation:
            self._build(slot)

        info = CallInfo(function, run, time.monotonic() + timeout / 1000.0, timeout, mem)
        if slot.memory_limit != mem:
            slot.ctx.set_memory_limit(slot.baseline + mem)
            slot.memory_limit = mem
        stack = getattr(_current, "stack", None)
        if stack is None:
            stack = _current.stack = []
        stack.append(info)
        state = slot.state
        state.call = info
        state.interrupted = False
        state.deadline = info.deadline
        local.depth = depth + 1
        ctx = slot.ctx
        try:
            try:
                out = slot.invoke(function, input_json)
                if out == "p":
                    while ctx.execute_pending_job():
                        pass
                    out = slot.settle()
                # Jobs queued by the run (fire-and-forget promises) run now,
                # inside this run's limits and host binding.
                while ctx.execute_pending_job():
                    pass
            except quickjs.JSException as exc:
                self._discard(slot)
                raise self._escaped_error(exc, info, state) from None
            except Exception as exc:  # conversion errors inside the binding
                self._discard(slot)
                raise SandboxError(f"sandbox failure in {function}: {exc}") from exc
            if info.abort is not None:
                self._discard(slot)
                raise info.abort
            if state.interrupted:
                # The interrupt fired but something swallowed it (a promise job
                # turns it into a rejection): the run still timed out.
                self._discard(slot)
                raise SandboxTimeout(
                    f"{function} exceeded its time limit of {timeout:g} ms", timeout_ms=timeout
                )
            if out[0] == "[":
                return _loads(out)[0]
            return self._script_error(out, info, slot)
        finally:
            state.deadline = float("inf")
            state.call = None
            local.depth = depth
            stack.pop()

    def interrupt_all(self) -> None:
        """End every run in progress, on any thread, at its next interrupt poll
        (it fails as timed out). For server shutdown: no JavaScript keeps a
        worker thread busy once the server is stopping."""
        with self._lock:
            states = list(self._states)
        for state in states:
            if state.call is not None:
                state.deadline = float("-inf")

    def discard_thread_contexts(self) -> None:
        """Drop this thread's contexts (e.g. before the thread ends)."""
        slots = getattr(self._local, "slots", None)
        if slots and getattr(self._local, "depth", 0) == 0:
            for slot in slots:
                slot.close()
            slots.clear()

    def thread_context_info(self) -> dict[str, Any]:
        """Diagnostics about this thread's outermost context."""
        slots = getattr(self._local, "slots", None)
        if not slots or slots[0].ctx is None:
            return {"exists": False}
        s = slots[0]
        return {"exists": True, "frozen_objects": s.freeze_count, "baseline_bytes": s.baseline,
                "memory": s.ctx.memory(), "id": id(s.ctx)}

    # ---- internals

    def _build(self, slot: _Slot) -> None:
        slot.close()
        with self._lock:
            modules = list(self._modules.items())
            hosts = dict(self._hosts)
            generation = self._generation
        native = _get_native()
        ctx = quickjs.Context()
        rt = native.runtime_of(ctx)

        state = slot.state
        with self._lock:
            self._states.add(state)
        monotonic = time.monotonic

        def interrupt(_rt: int, _opaque: int) -> int:
            try:
                if monotonic() >= state.deadline:
                    state.interrupted = True
                    return 1
                return 0
            except BaseException as exc:  # e.g. KeyboardInterrupt delivered here: end the run
                if state.call is not None and state.call.abort is None:
                    state.call.abort = exc
                state.interrupted = True
                return 1

        handler = _INTERRUPT_HANDLER(interrupt)
        native.set_interrupt_handler(rt, ctypes.cast(handler, ctypes.c_void_p), None)
        slot.ctx, slot.runtime, slot.handler = ctx, rt, handler
        ctx.set_max_stack_size(self.stack_limit)
        state.deadline = time.monotonic() + 10.0  # generous bound for module loading
        try:
            for name, fn in hosts.items():
                ctx.add_callable("__hostraw_" + name, self._make_host(state, name, fn))
            ctx.eval(_PRELUDE)(ctx.globalThis, ctx.parse_json(orjson.dumps(list(hosts)).decode()))
            for name, source in modules:
                try:
                    ctx.eval(source)
                except quickjs.JSException as exc:
                    raise SandboxError(f"loading module {name!r} failed: {exc}") from None
            slot.freeze_count = ctx.eval(_HARDEN)(ctx.globalThis, self.freeze_globals)
            slot.invoke = ctx.get("__sandbox_invoke")
            slot.settle = ctx.get("__sandbox_settle")
            native.run_gc(rt)
            slot.baseline = ctx.memory()["malloc_size"]
            slot.memory_limit = -1
            slot.generation = generation
        except BaseException:
            slot.close()
            raise
        finally:
            state.deadline = float("inf")

    @staticmethod
    def _make_host(state: _RunState, name: str, fn: HostFunction) -> Callable[[str], str]:
        def _deadline_exceeded() -> str:
            # The run is over: flag it and make the interrupt handler fire at the next tick.
            state.interrupted = True
            state.deadline = float("-inf")
            return "e" + _dumps({"message": f"{name}: run deadline exceeded", "id": None, "stop": True})

        def raw(args_json: str) -> str:
            info = state.call
            if info is None:
                return "e" + _dumps({"message": f"{name}: host function called outside a run", "id": None})
            if time.monotonic() >= info.deadline:
                return _deadline_exceeded()
            try:
                result = "o" + _dumps(fn(info.run, _loads(args_json)))
                if time.monotonic() >= info.deadline:
                    return _deadline_exceeded()
                return result
            except Exception as exc:  # surfaces in JS as a catchable HostError
                # Kept so an uncaught HostError can name its Python original; bounded, because a
                # script catching host errors in a loop would otherwise pile up exceptions (and
                # their tracebacks) until the garbage collector stalls the run past its limit.
                hid = None
                if len(info.host_errors) < MAX_HOST_ERRORS:
                    info.host_errors.append(exc)
                    hid = len(info.host_errors) - 1
                code = getattr(exc, "code", None)
                if not isinstance(code, (str, int, float, bool)):
                    code = None
                try:
                    return "e" + _dumps({"message": f"{name}: {exc}", "code": code, "id": hid})
                except Exception:
                    return "e" + _dumps({"message": f"{name}: {type(exc).__name__}", "id": hid})
            except BaseException as exc:  # KeyboardInterrupt & co: stop the run, re-raise after
                info.abort = exc
                state.deadline = float("-inf")  # uncatchable interrupt at the next tick
                return "e" + _dumps({"message": f"{name}: aborted", "id": None, "stop": True})

        return raw

    def _discard(self, slot: _Slot) -> None:
        slot.close()

    def _escaped_error(self, exc: quickjs.JSException, info: CallInfo, state: _RunState) -> BaseException:
        text = str(exc)
        first = text.split("\n", 1)[0]
        if info.abort is not None:
            return info.abort
        if "interrupted" in first and (state.interrupted or time.monotonic() >= info.deadline):
            return SandboxTimeout(
                f"{info.function} exceeded its time limit of {info.timeout_ms:g} ms", timeout_ms=info.timeout_ms
            )
        name, _, message = first.partition(": ")
        if isinstance(exc, quickjs.StackOverflow) or (name, message.strip()) in _STACK_ERRORS:
            return SandboxStackOverflow(f"{info.function}: stack overflow", stack=text)
        if (name, message.strip()) in _MEMORY_ERRORS or first.strip() in ("null", ""):
            return SandboxMemoryError(
                f"{info.function} exceeded its memory limit of {info.memory_limit} bytes",
                memory_limit=info.memory_limit,
            )
        return SandboxError(f"sandbox failure in {info.function}: {text.strip()}")

    def _script_error(self, out: str, info: CallInfo, slot: _Slot) -> Any:
        if out[0] != "{":
            self._discard(slot)
            raise SandboxError(f"sandbox protocol error in {info.function}: {out[:80]!r}")
        err = _loads(out)["e"]
        name = err.get("name", "Error")
        message = err.get("message", "")
        stack = err.get("stack", "")
        if (name, message) in _STACK_ERRORS:
            self._discard(slot)
            raise SandboxStackOverflow(f"{info.function}: stack overflow", stack=stack)
        # QuickJS throws `null` when it cannot even allocate the "out of memory"
        # error; a script's own `throw null` is therefore classified the same way.
        if (name, message) in _MEMORY_ERRORS or err.get("nullish"):
            self._discard(slot)
            raise SandboxMemoryError(
                f"{info.function} exceeded its memory limit of {info.memory_limit} bytes",
                memory_limit=info.memory_limit,
            )
        if name == "InternalError" and message == "interrupted":  # only reachable via a rethrow
            self._discard(slot)
            raise SandboxTimeout(
                f"{info.function} exceeded its time limit of {info.timeout_ms:g} ms", timeout_ms=info.timeout_ms
            )
        hid = err.get("hostErrorId")
        kwargs = {"code": err.get("code"), "value": err.get("value"), "function": info.function}
        if isinstance(hid, int) and 0 <= hid < len(info.host_errors):
            original = info.host_errors[hid]
            host = message.split(":", 1)[0]
            raise SandboxHostError(name, message, stack, host=host, original=original, **kwargs) from original
        raise SandboxScriptError(name, message, stack, **kwargs)

