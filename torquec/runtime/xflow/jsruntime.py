"""The JavaScript half of the XFlow runtime, loaded once per QuickJS context.

It is evaluated before the compiled flow modules (``flows/<name>.js``) and
gives them the global ``__xf``:

``__xf.define(name, types, factory)``
    called by each compiled module; ``factory(X)`` receives the helper object
    and returns ``run(input, host, S)``. ``define`` registers ``run`` and
    returns the module's public entry ``__flow_<name>(input, host)``, which
    returns the output or throws a ``FlowError``.

``__xflow_run({f, i, t}, host)``
    the entry the Python engine calls: runs flow ``f`` on input ``i`` with the
    trace on when ``t``; never throws for a flow failure but returns an
    envelope ``{ok: true, output, trace}`` / ``{ok: false, error, trace}``.
    Resource errors (interrupt, out of memory, stack overflow) are rethrown so
    the sandbox classifies them and discards the context.

Every function here is named ``__xf_*`` (a name flow JavaScript cannot use):
the engine skips those frames when it maps a backtrace to the model.

``S`` is the state of one run: ``flow``, ``c`` (id of the node running),
``T`` (trace records or null) plus the trace's scratch fields.

Bump :data:`RUNTIME_VERSION` when the contract between compiled modules and
this file changes; the manifest names the version it was compiled for.
"""

from __future__ import annotations

RUNTIME_VERSION = 1

JS_RUNTIME = r"""
var __xf, __xflow_run;
(function () {
  "use strict";
  var stringify = JSON.stringify, parse = JSON.parse, registry = Object.create(null);
  var MAX_SNAPSHOT = 65536, MAX_SUMMARY = 200;

  class FlowError extends Error {
    constructor(message, code, node) {
      super(message);
      if (code !== undefined && code !== null) this.code = code;
      this.node = node;
    }
  }
  Object.defineProperty(FlowError.prototype, "name", {value: "FlowError", writable: true, configurable: true});

  function __xf_fatal(e) {
    // The sandbox's resource errors: let them through untouched.
    if (e === null || e === undefined) return true;
    if (e instanceof InternalError) {
      var m = e.message;
      return m === "stack overflow" || m === "out of memory" || m === "interrupted" ||
             m === "string too long" || m === "out of memory in regexp execution";
    }
    // quickjs-ng reports a stack overflow as a RangeError
    return e instanceof RangeError && e.message === "Maximum call stack size exceeded";
  }

  // A resource error keeps only the innermost frames (quickjs-ng: 10): name the node
  // that was running in an outermost frame, so the engine can still attribute it.
  function __xf_mark(e, S) {
    try {
      if (S.c !== null && e !== null && typeof e === "object" && typeof e.stack === "string")
        e.stack = e.stack + "    at __n_" + S.c + " (<input>)\n";
    } catch (_) {}
    return e;
  }

  function __xf_text(v) {
    if (typeof v === "string") return v;
    try { var s = stringify(v); return s === undefined ? String(v) : s; } catch (_) { return String(v); }
  }

  function __xf_snapshot(v) {
    if (v === undefined) return null;
    var s;
    try { s = stringify(v); } catch (e) { return {"$unserialisable": String(e && e.message)}; }
    if (s === undefined) return null;
    if (s.length > MAX_SNAPSHOT) return {"$truncated": s.length, "preview": s.slice(0, 1000)};
    return parse(s);
  }

  function __xf_summary(v) {
    var s = v === undefined ? "undefined" : __xf_text(v);
    return s.length > MAX_SUMMARY ? s.slice(0, MAX_SUMMARY - 1) + "\u2026" : s;
  }

  var X = {
    FlowError: FlowError,
    // ctx as seen by flow JavaScript
    ctx: function __xf_ctx(host, S) {
      return Object.freeze({
        flow: S.flow,
        log: function __xf_log() {
          var parts = [];
          for (var i = 0; i < arguments.length; i++) parts.push(__xf_text(arguments[i]));
          var line = parts.join(" ");
          if (S.T) (S.L || (S.L = [])).push(line);
          host.log({node: S.c, message: line});
        }
      });
    },
    // a node's value must not be a promise: flow JavaScript is synchronous
    sync: function __xf_sync(v) {
      if (v !== null && typeof v === "object" && typeof v.then === "function")
        throw new TypeError("the node returned a Promise; flow JavaScript runs synchronously (no await)");
      return v;
    },
    // prev of a node with several incoming edges: [taken, sourceId, output, ...]
    join: function __xf_join(parts) {
      var n = 0, one, out = {};
      for (var i = 0; i < parts.length; i += 3) {
        if (parts[i]) { n++; one = parts[i + 2]; out[parts[i + 1]] = parts[i + 2]; }
      }
      return n === 1 ? one : out;
    },
    nocase: function __xf_nocase(S, value, cases) {
      return new FlowError("condition `" + S.c + "` gave " + __xf_summary(value) + ", which matches no outgoing edge (cases: " +
                           cases.join(", ") + ") and there is no default edge", "NO_MATCHING_EDGE", S.c);
    },
    noend: function __xf_noend(S) {
      return new FlowError("the flow finished without reaching an `end` node", "NO_END", S.c);
    },
    fail: function __xf_fail(S, message, code) {
      return new FlowError(String(message), code, S.c);
    },
    // trace: begin / end of a node
    beg: function __xf_beg(S, host, input) {
      S.L = null;
      S.inp = __xf_summary(input);
      S.t0 = host.clock();
    },
    end: function __xf_end(S, host, output, branch) {
      var r = {node: S.c, type: S.types[S.c], input: S.inp, output: __xf_snapshot(output),
               ms: host.clock() - S.t0, status: "ok"};
      if (branch !== undefined) r.branch = branch;
      if (S.L) r.logs = S.L;
      S.T.push(r);
      S.L = null; S.inp = undefined; S.t0 = 0;
    }
  };
  Object.freeze(X);

  function __xf_state(name, trace) {
    var entry = registry[name];
    return {flow: name, c: null, T: trace ? [] : null, L: null, inp: undefined, t0: 0, types: entry.types};
  }

  function __xf_describe(e, S) {
    var d = {node: S.c};
    if (e instanceof Error) {
      d.name = String(e.name);
      d.message = String(e.message);
      d.stack = typeof e.stack === "string" ? e.stack : "";
      if (e instanceof FlowError) {
        d.flowError = true;
        if (e.node !== undefined) d.node = e.node;
      }
      var c = e.code;
      if (typeof c === "string" || typeof c === "number" || typeof c === "boolean") d.code = c;
      if (typeof e.__hostErrorId === "number") d.hostErrorId = e.__hostErrorId;
      if (typeof e.host === "string") d.host = e.host;
    } else {
      d.name = "Error";
      d.message = typeof e === "string" ? e : "threw a non-Error value: " + __xf_summary(e);
      d.stack = "";
      if (e !== null && typeof e === "object") {
        var m = e.message, c2 = e.code;
        if (typeof m === "string") d.message = m;
        if (typeof c2 === "string" || typeof c2 === "number") d.code = c2;
      }
      d.value = __xf_snapshot(e);
    }
    return d;
  }

  function __xf_failRecord(S, host, d) {
    if (!S.T || S.c === null) return;
    var r = {node: S.c, type: S.types[S.c], input: S.inp, output: null,
             ms: S.t0 ? host.clock() - S.t0 : 0, status: "error", error: d.message};
    if (S.L) r.logs = S.L;
    S.T.push(r);
  }

  __xf = Object.freeze({
    version: 1,
    define: function __xf_define(name, types, factory) {
      var run = factory(X);
      registry[name] = {run: run, types: types};
      return function __xf_entry(input, host) {
        var S = __xf_state(name, false);
        try {
          return run(input, host, S);
        } catch (e) {
          if (__xf_fatal(e) || e instanceof FlowError) throw e;
          var d = __xf_describe(e, S);
          var err = new FlowError(d.message, d.code, S.c);
          err.cause = e;
          throw err;
        }
      };
    }
  });

  __xflow_run = function __xflow_run(req, host) {
    var entry = registry[req.f];
    if (entry === undefined) throw new ReferenceError("no compiled flow named " + req.f);
    var S = __xf_state(req.f, req.t);
    try {
      var out = entry.run(req.i, host, S);
      return {ok: true, output: out === undefined ? null : out, trace: S.T};
    } catch (e) {
      if (__xf_fatal(e)) throw __xf_mark(e, S);
      var d = __xf_describe(e, S);
      __xf_failRecord(S, host, d);
      return {ok: false, error: d, trace: S.T};
    }
  };
})();
"""
