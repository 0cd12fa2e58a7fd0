"""The JavaScript the sandbox evaluates in every QuickJS context (see sandbox.py).

``PRELUDE`` runs first (host shims, entry points, small polyfills); ``HARDEN``
runs after the modules are loaded (removes code generation and builtins outside
the documented flow language, guards native loops, deep-freezes the intrinsics).
"""

from __future__ import annotations

# --------------------------------------------------------------------------- JavaScript prelude

# Evaluated first in every context, as `(function(G, hostNames){...})(globalThis, [...])`.
PRELUDE = r"""
(function (G, hostNames) {
  "use strict";
  var parse = JSON.parse, stringify = JSON.stringify, defineProperty = Object.defineProperty;
  function def(o, k, v) { defineProperty(o, k, {value: v, writable: true, configurable: true, enumerable: false}); }

  // ---- small polyfills (missing from the 2021 QuickJS; quickjs-ng has them)
  function relIndex(len, i) { i = Math.trunc(Number(i)) || 0; return i < 0 ? i + len : i; }
  if (!Array.prototype.at) def(Array.prototype, "at", function at(i) {
    var o = Object(this), n = o.length >>> 0, k = relIndex(n, i); return k < 0 || k >= n ? undefined : o[k]; });
  if (!String.prototype.at) def(String.prototype, "at", function at(i) {
    var s = String(this), k = relIndex(s.length, i); return k < 0 || k >= s.length ? undefined : s.charAt(k); });
  if (!Array.prototype.findLast) def(Array.prototype, "findLast", function findLast(f, t) {
    var o = Object(this); for (var i = (o.length >>> 0) - 1; i >= 0; i--) if (f.call(t, o[i], i, o)) return o[i]; return undefined; });
  if (!Array.prototype.findLastIndex) def(Array.prototype, "findLastIndex", function findLastIndex(f, t) {
    var o = Object(this); for (var i = (o.length >>> 0) - 1; i >= 0; i--) if (f.call(t, o[i], i, o)) return i; return -1; });
  if (!Object.hasOwn) def(Object, "hasOwn", function hasOwn(o, k) { return Object.prototype.hasOwnProperty.call(Object(o), k); });

  // ---- host functions: errors thrown by Python arrive as HostError (catchable)
  class HostError extends Error { constructor(message) { super(message); } }
  def(HostError.prototype, "name", "HostError");
  def(G, "HostError", HostError);

  function shim(name, raw) {
    var f = function (args) {
      var r = raw(args === undefined ? "null" : stringify(args));
      if (typeof r !== "string" || r.length === 0) throw new HostError(name + ": invalid host result");
      var body = parse(r.slice(1));
      if (r.charCodeAt(0) === 111 /* o */) return body;
      // The run is over (deadline passed, or aborted): Python has armed the interrupt, and this
      // tight loop reaches its next poll at once (an error thrown here could be caught and the
      // script could go on calling hosts for a while).
      if (body.stop) for (;;) {}
      var e = new HostError(String(body.message));
      if (body.code !== undefined && body.code !== null) e.code = body.code;
      e.host = name;
      defineProperty(e, "__hostErrorId", {value: body.id});
      throw e;
    };
    defineProperty(f, "name", {value: "__host_" + name});
    return f;
  }
  var host = Object.create(null);
  for (var i = 0; i < hostNames.length; i++) {
    var n = hostNames[i], rawName = "__hostraw_" + n, fn = shim(n, G[rawName]);
    delete G[rawName];
    host[n] = fn;
    def(G, "__host_" + n, fn);
  }
  def(G, "__host", host);

  // ---- entry points used by Python
  function prim(v) { var t = typeof v; return t === "string" || t === "number" || t === "boolean" ? v : undefined; }
  // Every string handed back to Python is JSON.stringify output (a flat string):
  // quickjs-ng represents long concatenations as ropes, which the binding cannot convert.
  function describe(e) {
    try {
      var info;
      if (e instanceof Error) {
        info = {name: String(e.name), message: String(e.message), stack: typeof e.stack === "string" ? e.stack : ""};
        var c = prim(e.code); if (c !== undefined) info.code = c;
        if (typeof e.__hostErrorId === "number") info.hostErrorId = e.__hostErrorId;
      } else {
        var v; try { v = stringify(e); } catch (_) {}
        var isObj = e !== null && typeof e === "object";
        var m = isObj ? prim(e.message) : undefined, c2 = isObj ? prim(e.code) : undefined;
        info = {name: "Error", message: m !== undefined ? String(m) : (v !== undefined ? v : typeof e), stack: "",
                value: v === undefined ? null : parse(v)};
        if (c2 !== undefined) info.code = c2;
        if (e === null || e === undefined) info.nullish = true;
      }
      return stringify({e: info});
    } catch (_) {
      return '{"e":{"name":"Error","message":"unprintable exception","stack":""}}';
    }
  }
  function finish(out) { return stringify([out]); }  // [undefined] gives "[null]"
  var pending = null;
  def(G, "__sandbox_invoke", function __sandbox_invoke(fname, inputJson) {
    pending = null;
    try {
      var fn = G[fname];
      if (typeof fn !== "function") throw new ReferenceError(fname + " is not defined");
      var out = fn(parse(inputJson), host);
      if (out !== null && typeof out === "object" && typeof out.then === "function") {
        var st = pending = {done: false, ok: false, v: undefined, e: undefined};
        Promise.resolve(out).then(function (v) { st.done = true; st.ok = true; st.v = v; },
                                  function (e) { st.done = true; st.e = e; });
        return "p";
      }
      return finish(out);
    } catch (e) { return describe(e); }
  });
  def(G, "__sandbox_settle", function __sandbox_settle() {
    var st = pending; pending = null;
    try {
      if (!st || !st.done) throw new Error("the function returned a promise that never settled");
      return st.ok ? finish(st.v) : describe(st.e);
    } catch (e) { return describe(e); }
  });
})
"""

# Evaluated after the modules: neutralise globals, tame, deep-freeze.
HARDEN = r"""
(function (G, freezeGlobal) {
  "use strict";
  var getProto = Object.getPrototypeOf, gopd = Object.getOwnPropertyDescriptor, defineProperty = Object.defineProperty;

  // ---- no code generation from strings, no odd globals
  function denied() { throw new EvalError("code generation from strings is disabled in the sandbox"); }
  defineProperty(denied, "prototype", {value: Function.prototype});
  [Function.prototype, getProto(function* () {}), getProto(async function () {}), getProto(async function* () {})]
    .forEach(function (p) { defineProperty(p, "constructor", {value: denied, writable: false, enumerable: false, configurable: true}); });
  G.Function = denied;
  ["eval", "__date_clock", "Atomics", "SharedArrayBuffer"].forEach(function (k) { delete G[k]; });

  // ---- keep the documented flow language (the compiler's tables, torquec/passes/flow_code.py):
  // builtins newer than it are removed, so a flow behaves the same whatever QuickJS release runs it.
  // WeakRef/FinalizationRegistry would also let garbage collection timing into a run.
  ["WeakRef", "FinalizationRegistry", "queueMicrotask", "performance", "atob", "btoa"]
    .forEach(function (k) { delete G[k]; });
  [[Object, "groupBy"], [Map, "groupBy"], [Array, "fromAsync"], [Promise, "withResolvers"], [Error, "captureStackTrace"]]
    .forEach(function (p) { delete p[0][p[1]]; });
  [Array.prototype, getProto(Int8Array.prototype), String.prototype].forEach(function (proto) {
    ["toSorted", "toReversed", "toSpliced", "isWellFormed", "toWellFormed"].forEach(function (k) { delete proto[k]; });
  });

  // ---- native loops that never poll the interrupt handler
  // These Array methods loop in C up to `length` without ever checking the time limit, and a
  // sparse array or array-like (`new Array(2**32 - 1)`, `{length: 2**53 - 1}`) makes that loop
  // endless at no memory cost. A real array within the heap limit is far shorter than
  // MAX_NATIVE_LENGTH, so the guard only refuses such hollow giants; `flat`/`flatMap` (which
  // also descend into elements) are re-implemented in JavaScript, whose loops are interruptible.
  var MAX_NATIVE_LENGTH = 4194304, apply = Reflect.apply, isArray = Array.isArray, AP = Array.prototype;
  var spreadable = Symbol.isConcatSpreadable;
  function tooLong(o, what) {
    if (o === null || (typeof o !== "object" && typeof o !== "function")) return;
    var n = Number(o.length);
    if (n > MAX_NATIVE_LENGTH)
      throw new RangeError(what + ": length " + n + " is over the flow sandbox's limit of " + MAX_NATIVE_LENGTH);
  }
  function guard(name, checkArgs) {
    var raw = AP[name];
    var f = {[name]: function () {
      tooLong(this, "Array.prototype." + name);
      if (checkArgs) for (var i = 0; i < arguments.length; i++) {
        var a = arguments[i];
        if (a !== null && typeof a === "object" && (isArray(a) || a[spreadable])) tooLong(a, "Array.prototype." + name);
      }
      return apply(raw, this, arguments);
    }}[name];
    defineProperty(AP, name, {value: f, writable: true, enumerable: false, configurable: true});
  }
  ["join", "toString", "toLocaleString", "reverse", "copyWithin", "sort", "shift", "unshift"]
    .forEach(function (name) { guard(name, false); });
  guard("concat", true);
  function flattenInto(target, source, depth, mapper, thisArg) {
    var len = Math.min(Math.max(Math.trunc(Number(source.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
    for (var i = 0; i < len; i++) {
      if (!(i in source)) continue;
      var el = source[i];
      if (mapper) el = apply(mapper, thisArg, [el, i, source]);
      if (depth > 0 && isArray(el)) flattenInto(target, el, depth - 1);
      else defineProperty(target, target.length, {value: el, writable: true, enumerable: true, configurable: true});
    }
    return target;
  }
  defineProperty(AP, "flat", {value: function flat() {
    var d = arguments[0] === undefined ? 1 : Math.trunc(Number(arguments[0])) || 0;
    return flattenInto([], Object(this), d);
  }, writable: true, enumerable: false, configurable: true});
  defineProperty(AP, "flatMap", {value: function flatMap(fn) {
    if (typeof fn !== "function") throw new TypeError("flatMap: callback is not a function");
    return flattenInto([], Object(this), 1, fn, arguments[1]);
  }, writable: true, enumerable: false, configurable: true});

  // ---- override-mistake taming: assignment on instances keeps working after freeze
  function tame(o, k) {
    var d = gopd(o, k);
    if (!d || !("value" in d) || !d.configurable) return;
    var v = d.value;
    defineProperty(o, k, {
      get: function () { return v; },
      set: function (nv) {
        if (this === o) throw new TypeError("Cannot assign to read only property '" + String(k) + "' of a frozen intrinsic");
        defineProperty(this, k, {value: nv, writable: true, enumerable: true, configurable: true});
      },
      enumerable: d.enumerable, configurable: false
    });
  }
  ["constructor", "toString", "valueOf", "toLocaleString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]
    .forEach(function (k) { tame(Object.prototype, k); });
  ["constructor", "toString"].forEach(function (k) { tame(Function.prototype, k); tame(Array.prototype, k); });
  [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
   typeof InternalError === "function" ? InternalError : Error, typeof AggregateError === "function" ? AggregateError : Error,
   G.HostError].forEach(function (E) {
    ["constructor", "name", "message", "toString"].forEach(function (k) { tame(E.prototype, k); });
  });

  // ---- deep freeze of everything reachable from the global object
  var seen = new Set(), queue = [];
  function add(v) {
    if (v !== null && (typeof v === "object" || typeof v === "function") && !seen.has(v)) { seen.add(v); queue.push(v); }
  }
  seen.add(G);
  add(getProto(G));
  Reflect.ownKeys(G).forEach(function (k) { var d = gopd(G, k); add(d.value); add(d.get); add(d.set); });
  var gen = (function* () {})();
  [getProto(function* () {}), getProto(async function () {}), getProto(async function* () {}), gen,
   [][Symbol.iterator](), new Map()[Symbol.iterator](), new Set()[Symbol.iterator](), ""[Symbol.iterator](),
   /x/[Symbol.matchAll](""), (async function* () {})(), getProto(Int8Array), Promise.resolve()].forEach(function (o) { add(getProto(o)); });
  while (queue.length) {
    var o = queue.pop();
    add(getProto(o));
    Reflect.ownKeys(o).forEach(function (k) { var d = gopd(o, k); if (d) { add(d.value); add(d.get); add(d.set); } });
  }
  seen.delete(G);
  seen.forEach(function (o) { Object.freeze(o); });
  if (freezeGlobal) Object.freeze(G);
  return seen.size;
})
"""
