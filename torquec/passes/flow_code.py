"""Pass ``flow_code``: every piece of flow JavaScript is parsed and vetted.

The accepted language
---------------------
A piece of flow JavaScript is accepted iff

1. its *wrapper* (below) parses with esprima 4.0.1 ``parseScript`` — ES2017
   as esprima implements it (plus object rest/spread, which esprima 4 also
   accepts), a classic script, **strict mode** (the wrapper starts with
   ``"use strict"``) — and the parse is exactly one function declaration
   spanning the whole wrapper (so code cannot close its function early);
2. QuickJS (the 2021 engine the runtime uses) compiles the same wrapper: this
   removes the few strict-mode early errors esprima misses (``"\\08"``,
   ``08``, ``let`` redeclaring a ``var``, bad template escapes, ``super``
   outside methods), so the checker and the runtime accept exactly the same
   code;
3. and it uses none of the forbidden constructs (codes below).

The wrapper is the exact text the code generator emits for the piece
(:func:`wrap`), so what is checked is what runs. Pieces:

* ``javascript.code`` — a function body (``return`` gives the output);
* ``transform.expression``, ``condition.expression``, ``end.output``,
  ``entityRead.recordId``, ``entityRead.filters[].value``,
  ``entityWrite.data``/``recordId``, ``httpRequest.url``/``headers.*``/
  ``body`` — one expression;
* ``error.message`` — the body of a template literal (``${…}`` are
  expressions; write ``\\``` for a literal backtick).

Each runs as ``function (input, nodes, prev, ctx) { "use strict"; … }``.
Newer syntax (``?.``, ``??``, class fields, BigInt literals, numeric
separators, named groups in regexes) is rejected by esprima even though
QuickJS would run it: the accepted language is the intersection.

Codes (also in ``torquec/passes/CODES.md``)::

    E640 JavaScript syntax error (esprima's or QuickJS's message)
    E641 not a single expression / code closes its function body
    E642 `eval`
    E643 `Function` (the Function constructor)
    E644 `constructor` property access
    E645 `__proto__` and the legacy accessors (`__defineGetter__`, …)
    E646 a name starting with `__` (reserved for the runtime)
    E647 `import` / `require`
    E648 `with`
    E649 `debugger`
    E650 `globalThis`, or `this` outside a function
    E651 modifying a builtin (assignment, delete, defineProperty, … on
         `Object`, `Array.prototype`, `Math`, …)
    E652 `arguments.callee` / `arguments.caller`
    E653 a builtin the flow runtime does not have (the sandbox keeps the documented language)
    W640 name that is neither declared nor a builtin
    W641 `javascript` node without a `return <value>` (output undefined)
    W642 condition expression is an assignment (`=` instead of `===`?)

Graph structure (one start, cycles, reachability, edge cases) is checked by
``flow_graph``, not here.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Iterator

from torquec import esprima_fast
from torquec.diagnostics import Diagnostic, Diagnostics, did_you_mean, error, warning
from torquec.ir.nodes import Flow, FlowNode, Model
from torquec.load.sourcemap import escape_pointer_token

esprima = esprima_fast.load()  # esprima without its multi-second import (see esprima_fast)

# --------------------------------------------------------------------------- pieces and wrappers

#: Parameters of every generated piece function, in this order.
PARAMS = ("input", "nodes", "prev", "ctx")
_PARAM_LIST = ", ".join(PARAMS)

BODY, EXPR, TEMPLATE = "body", "expr", "template"


@dataclass(frozen=True, slots=True)
class Piece:
    """One string of JavaScript in a flow node."""

    node: FlowNode
    role: str  # code expression output message recordId data url header body filter
    kind: str  # BODY | EXPR | TEMPLATE
    fn: str  # generated function name
    pointer: str  # JSON pointer of the string in the model
    text: str
    what: str  # for messages: "code of node `x`"


def node_pieces(node: FlowNode) -> list[Piece]:
    """The JavaScript strings of ``node``, in a fixed order (codegen relies on it)."""
    out: list[Piece] = []
    base = f"__n_{node.id}"

    def add(role: str, kind: str, suffix: str, pointer: str, text: str | None, what: str) -> None:
        if text is None:
            return
        out.append(Piece(node, role, kind, base + suffix, pointer, text, f"{what} of node `{node.id}`"))

    t, p = node.type, node.pointer
    if t == "javascript":
        add("code", BODY, "", f"{p}/code", node.code, "code")
    elif t in ("transform", "condition"):
        add("expression", EXPR, "", f"{p}/expression", node.expression, "expression")
    elif t == "end":
        add("output", EXPR, "", f"{p}/output", node.output, "output")
    elif t == "error":
        add("message", TEMPLATE, "$message", f"{p}/message", node.message, "message")
    elif t == "entityRead":
        add("recordId", EXPR, "$recordId", f"{p}/recordId", node.record_id, "recordId")
        for i, f in enumerate(node.filters):
            add("filter", EXPR, f"$f{i}", f"{f.pointer}/value", f.value, f"filter `{f.field}` value")
    elif t == "entityWrite":
        add("recordId", EXPR, "$recordId", f"{p}/recordId", node.record_id, "recordId")
        add("data", EXPR, "$data", f"{p}/data", node.data, "data")
    elif t == "httpRequest":
        add("url", EXPR, "$url", f"{p}/url", node.url, "url")
        for i, (name, value) in enumerate(node.headers):
            add("header", EXPR, f"$h{i}", f"{p}/headers/{escape_pointer_token(name)}", value, f"header `{name}`")
        add("body", EXPR, "$body", f"{p}/body", node.body, "body")
    return out


def flow_pieces(flow: Flow) -> Iterator[Piece]:
    for node in flow.nodes:
        yield from node_pieces(node)


def wrap(piece: Piece) -> tuple[str, int]:
    """The exact function text emitted for ``piece`` and the offset of the user text in it.

    The user text always starts a line of its own (line 2 of the wrapper), so
    line numbers inside the piece are ``wrapper line - 1``.
    """
    head = f'function {piece.fn}({_PARAM_LIST}) {{ "use strict";'
    if piece.kind == BODY:
        head += "\n"
        return f"{head}{piece.text}\n}}", len(head)
    if piece.kind == EXPR:
        head += " return (\n"
        return f"{head}{piece.text}\n);}}", len(head)
    head += " return (\n`"
    return f"{head}{piece.text}`\n);}}", len(head)


# --------------------------------------------------------------------------- the language tables

#: Globals of the flow runtime (QuickJS after the sandbox's hardening).
RUNTIME_GLOBALS = frozenset(
    """Object Function Array Number Boolean String Symbol BigInt Math JSON Date RegExp Promise Proxy Reflect
    Map Set WeakMap WeakSet ArrayBuffer DataView Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array
    Int32Array Uint32Array Float32Array Float64Array BigInt64Array BigUint64Array
    Error EvalError RangeError ReferenceError SyntaxError TypeError URIError InternalError AggregateError HostError
    parseInt parseFloat isNaN isFinite decodeURI decodeURIComponent encodeURI encodeURIComponent escape unescape
    Infinity NaN undefined arguments""".split()
)

#: Builtins whose members flow code must not modify (E651).
PROTECTED_GLOBALS = RUNTIME_GLOBALS - {"arguments", "Infinity", "NaN", "undefined"}

# Globals flow code may not name: name -> (code, message, help).
FORBIDDEN_GLOBALS = {
    "eval": ("E642", "`eval` is not allowed in flow JavaScript", "flow code cannot generate code from strings"),
    "Function": ("E643", "the `Function` constructor is not allowed in flow JavaScript",
                 "write a function expression: `function (x) { … }` or `(x) => …`"),
    "globalThis": ("E650", "`globalThis` is not allowed in flow JavaScript",
                   "use builtins directly (`Math`, `JSON`, …); flow state is in `input`, `nodes`, `prev`"),
    "require": ("E647", "`require` is not allowed in flow JavaScript", "flows cannot load modules"),
}

_TIMERS_HINT = "flow JavaScript runs synchronously to completion; there are no timers"
#: Globals people reach for that the runtime does not have (E653), with a hint.
MISSING_GLOBALS: dict[str, str] = {
    "console": "use `ctx.log(...)`",
    "fetch": "use an `httpRequest` node",
    "XMLHttpRequest": "use an `httpRequest` node",
    "setTimeout": _TIMERS_HINT,
    "setInterval": _TIMERS_HINT,
    "setImmediate": _TIMERS_HINT,
    "clearTimeout": _TIMERS_HINT,
    "clearInterval": _TIMERS_HINT,
    "queueMicrotask": "use `Promise.resolve().then(...)`",
    "structuredClone": "use `JSON.parse(JSON.stringify(value))`",
    "Intl": "QuickJS has no Intl; format numbers and dates by hand (e.g. `n.toFixed(2)`, `d.toISOString()`)",
    "WeakRef": "removed from the sandbox (garbage collection timing must not affect a run)",
    "FinalizationRegistry": "removed from the sandbox (garbage collection timing must not affect a run)",
    "Atomics": "removed from the sandbox",
    "SharedArrayBuffer": "removed from the sandbox",
    "performance": "use `Date.now()`",
    "URL": "parse URLs with a regular expression or `String.prototype.split`",
    "URLSearchParams": "build the query string with `encodeURIComponent`",
    "TextEncoder": "not available in the flow runtime",
    "TextDecoder": "not available in the flow runtime",
    "atob": "not available in the flow runtime",
    "btoa": "not available in the flow runtime",
    "crypto": "not available in the flow runtime",
    "process": "flows have no process environment; pass values in the flow input",
    "Buffer": "use strings or typed arrays",
    "window": "there is no browser environment",
    "document": "there is no browser environment",
    "self": "there is no global object in flow JavaScript",
    "global": "there is no global object in flow JavaScript",
}

#: Static members the runtime lacks (E653): (object, member) → hint.
MISSING_STATICS: dict[tuple[str, str], str] = {
    ("Object", "groupBy"): "group with `Array.prototype.reduce`",
    ("Map", "groupBy"): "group with `Array.prototype.reduce`",
    ("Array", "fromAsync"): "flow JavaScript is synchronous; use `Array.from`",
    ("Promise", "withResolvers"): "use `new Promise((resolve, reject) => …)`",
    ("Error", "captureStackTrace"): "V8-only; QuickJS sets `error.stack` itself",
}

#: Prototype methods (ES2022+) the runtime lacks (E653) when called as ``x.m(...)``.
MISSING_METHODS: dict[str, str] = {
    "toSorted": "use `.slice().sort(...)`",
    "toReversed": "use `.slice().reverse()`",
    "toSpliced": "use `.slice()` and `.splice(...)` on the copy",
    "isWellFormed": "not available in the flow runtime",
    "toWellFormed": "not available in the flow runtime",
}

_LEGACY_PROTO = frozenset({"__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"})

#: Calls that modify their first argument: ``Object.defineProperty(Array.prototype, …)``.
_MUTATORS = frozenset(
    {
        ("Object", "defineProperty"),
        ("Object", "defineProperties"),
        ("Object", "setPrototypeOf"),
        ("Object", "assign"),
        ("Reflect", "set"),
        ("Reflect", "defineProperty"),
        ("Reflect", "deleteProperty"),
        ("Reflect", "setPrototypeOf"),
    }
)

_FUNCTION_TYPES = frozenset({"FunctionDeclaration", "FunctionExpression"})
_ALL_FUNCTION_TYPES = _FUNCTION_TYPES | {"ArrowFunctionExpression"}


# --------------------------------------------------------------------------- the pass


def run(model: Model, diags: Diagnostics) -> Model:
    for flow in model.flows:
        for piece in flow_pieces(flow):
            diags.extend(check_piece(piece))
    return model


# Checking is a pure function of the piece (its text, node, role and pointer),
# and parsing dominates a rebuild of a model with many flows: `torquec watch`
# re-checks only the pieces an edit changed. Bounded so it cannot grow without end.
_CHECKED: dict[Piece, tuple[Diagnostic, ...]] = {}
_CHECKED_MAX = 20_000


def check_piece(piece: Piece) -> list[Diagnostic]:
    """All diagnostics for one piece of JavaScript (memoised)."""
    try:
        return list(_CHECKED[piece])
    except KeyError:
        pass
    except TypeError:  # unhashable piece (never expected): check without the memo
        return _check_piece(piece)
    result = _check_piece(piece)
    if len(_CHECKED) >= _CHECKED_MAX:
        _CHECKED.clear()
    _CHECKED[piece] = tuple(result)
    return result


def _check_piece(piece: Piece) -> list[Diagnostic]:
    src, start = wrap(piece)
    end = start + len(piece.text)
    loc = _Locator(piece, src, start, end)
    try:
        program = esprima.parseScript(src, range=True)
    except esprima.Error as exc:
        return [loc.syntax_error(exc)]
    except RecursionError:
        return [error("E640", f"JavaScript syntax error in {piece.what}: code is nested too deeply", piece.pointer,
                      inner=(1, 1, 1))]
    shape = _check_shape(program, piece, loc)
    if shape is not None:
        return [shape]
    out = _Checker(piece, loc).run(program)
    qjs = _quickjs_check(src, loc)
    if qjs is not None:
        out.insert(0, qjs)
    return out


class _Locator:
    """Positions inside the user text of one piece, as Diagnostic ``inner``."""

    def __init__(self, piece: Piece, src: str, start: int, end: int) -> None:
        self.piece, self.src, self.start, self.end = piece, src, start, end

    def inner(self, index: int, length: int = 1) -> tuple[int, int, int]:
        rel = min(max(index, self.start), self.end) - self.start
        text = self.piece.text
        line = text.count("\n", 0, rel) + 1
        col = rel - (text.rfind("\n", 0, rel) + 1) + 1
        eol = text.find("\n", rel)
        room = (len(text) if eol < 0 else eol) - rel
        return line, col, max(1, min(length, room)) if room > 0 else 1

    def span(self, node) -> tuple[int, int, int]:
        a, b = node.range
        return self.inner(a, b - a)

    def diag(self, code: str, message: str, index_or_node, hint: str | None = None, *, warn: bool = False,
             notes: tuple[str, ...] = ()) -> Diagnostic:
        inner = self.inner(index_or_node) if isinstance(index_or_node, int) else self.span(index_or_node)
        make = warning if warn else error
        return make(code, message, self.piece.pointer, hint, inner=inner, notes=notes)

    def syntax_error(self, exc: esprima.Error) -> Diagnostic:
        message = re.sub(r"^Line \d+: ", "", str(exc.message))
        index = exc.index if isinstance(exc.index, int) else self.start
        what = self.piece.what
        if message == "Strict mode code may not include a with statement":
            m = re.search(r"\bwith\b", self.src[max(index, self.start):self.end])
            at = (max(index, self.start) + m.start()) if m else index
            return self.diag("E648", f"`with` is not allowed in flow JavaScript ({what})", at,
                             "flow JavaScript is strict mode code; use a local variable instead of `with`")
        index = _skip_space(self.src, index, self.end)
        hint = None
        if index >= self.end:
            if message.startswith("Unexpected token") or message == "Unexpected end of input":
                message = "Unexpected end of input"
            if self.piece.kind == TEMPLATE and "`" in self.piece.text:
                hint = "the message is a template literal: write \\` for a literal backtick"
            return error("E640", f"JavaScript syntax error in {what}: {message}", self.piece.pointer, hint,
                         inner=self._past_end())
        if self.piece.kind == TEMPLATE and "`" in self.piece.text:
            hint = "the message is a template literal: write \\` for a literal backtick"
        elif "?." in self.src[index - 1:index + 2] or "??" in self.src[index - 1:index + 2]:
            hint = "optional chaining `?.` and `??` are ES2020; flow JavaScript is ES2017 (esprima 4)"
        return error("E640", f"JavaScript syntax error in {what}: {message}", self.piece.pointer, hint,
                     inner=self.inner(index))

    def _past_end(self) -> tuple[int, int, int]:
        text = self.piece.text
        line = text.count("\n") + 1
        col = len(text) - (text.rfind("\n") + 1) + 1
        return line, col, 1


def _skip_space(src: str, index: int, end: int) -> int:
    # esprima sometimes reports the whitespace before the offending token.
    while index < end and src[index] in " \t\r\n":
        index += 1
    return index


def _check_shape(program, piece: Piece, loc: _Locator) -> Diagnostic | None:
    """The wrapper must parse as one function declaration spanning all of it."""
    body = program.body
    fn = body[0] if body else None
    if fn is None or fn.type != "FunctionDeclaration" or fn.range[1] != len(loc.src) or len(body) != 1:
        cut = fn.range[1] - 1 if fn is not None and fn.type == "FunctionDeclaration" else loc.start
        return loc.diag("E641", f"{piece.what} closes its function body early (unbalanced `}}`)", cut,
                        "flow JavaScript is the body of a function; remove the extra `}`")
    if piece.kind == BODY:
        return None
    stmts = fn.body.body
    if len(stmts) != 2 or stmts[1].type != "ReturnStatement" or stmts[1].argument is None:
        extra = stmts[1].range[1] if len(stmts) > 1 else loc.start
        return loc.diag("E641", f"{piece.what} must be a single JavaScript expression", extra,
                        "use a `javascript` node for statements, or wrap an object literal in parentheses")
    if piece.kind == TEMPLATE:
        arg = stmts[1].argument
        if arg.type != "TemplateLiteral" or arg.range != [loc.start - 1, loc.end + 1]:
            at = loc.start
            if "`" in piece.text:
                at = loc.start + piece.text.index("`")
            return loc.diag("E641", f"{piece.what} must be the text of one template literal", at,
                            "write \\` for a literal backtick")
    return None


# --------------------------------------------------------------------------- QuickJS agreement

_qjs = threading.local()


def _quickjs_check(src: str, loc: _Locator) -> Diagnostic | None:
    """Compile (never call) the wrapper in QuickJS; report what esprima let through."""
    import quickjs

    ctx = getattr(_qjs, "ctx", None)
    if ctx is None:
        ctx = _qjs.ctx = quickjs.Context()
        ctx.set_memory_limit(16 << 20)
        ctx.set_time_limit(2)  # seconds of CPU; compiling is all that happens here
    try:
        ctx.eval(f"(void ({src}))")
    except quickjs.JSException as exc:
        text = str(exc)
        first = text.split("\n", 1)[0]
        if not first.startswith("SyntaxError"):
            return None  # resource trouble is not a verdict on the code
        message = first.split(": ", 1)[1] if ": " in first else first
        m = re.search(r"<input>:(\d+)", text)
        line = int(m.group(1)) if m else 2
        # Wrapper line 2 is the first line of the user text.
        rel_line = max(1, line - 1)
        text_lines = loc.piece.text.split("\n")
        rel_line = min(rel_line, len(text_lines))
        offset = sum(len(t) + 1 for t in text_lines[: rel_line - 1])
        offset += len(text_lines[rel_line - 1]) - len(text_lines[rel_line - 1].lstrip())
        return error("E640", f"JavaScript syntax error in {loc.piece.what}: {message}", loc.piece.pointer,
                     "QuickJS, which runs flows, rejects this (esprima accepts it)",
                     inner=loc.inner(loc.start + offset, len(text_lines[rel_line - 1].strip()) or 1))
    return None


# --------------------------------------------------------------------------- the AST checks


def _children(node):
    for key, value in vars(node).items():
        if key in ("type", "range"):
            continue
        if isinstance(value, list):
            for item in value:
                if item is not None and hasattr(item, "type"):
                    yield key, item
        elif value is not None and hasattr(value, "type"):
            yield key, value


def _static_name(node) -> str | None:
    """Name of a non-computed property, or of a computed string literal key."""
    if node is None:
        return None
    if node.type == "Identifier":
        return node.name
    if node.type == "Literal" and isinstance(node.value, str):
        return node.value
    if node.type == "TemplateLiteral" and not node.expressions and len(node.quasis) == 1:
        return node.quasis[0].value.cooked
    return None


def _member_name(node) -> str | None:
    if node.computed:
        return _static_name(node.property) if node.property.type != "Identifier" else None
    return node.property.name


def _root(node):
    while node.type == "MemberExpression":
        node = node.object
    return node


class _Checker:
    def __init__(self, piece: Piece, loc: _Locator) -> None:
        self.piece = piece
        self.loc = loc
        self.out: list[Diagnostic] = []
        self.declared: set[str] = set(PARAMS)
        self.references: list = []  # Identifier nodes in reference position
        self.has_return = False

    def run(self, program) -> list[Diagnostic]:
        fn = program.body[0]
        body = fn.body.body[1:]  # skip the "use strict" directive
        if self.piece.kind != BODY:
            body = [fn.body.body[1].argument]
        self._collect_declarations(fn.body)
        for stmt in body:
            self._visit(stmt)
        self._unknown_names()
        if self.piece.kind == BODY and not self.has_return:
            self.out.append(
                self.loc.diag("W641", f"node `{self.piece.node.id}` never returns a value; its output is `undefined`",
                              self.loc.start, "end the code with `return <value>;`", warn=True)
            )
        if self.piece.node.type == "condition" and body and body[0].type == "AssignmentExpression" and body[0].operator == "=":
            self.out.append(
                self.loc.diag("W642", "condition is an assignment", body[0],
                              "did you mean `===`?", warn=True)
            )
        return self.out

    # ---- declarations (one flat set: a conservative scope model for W640)

    def _collect_declarations(self, root) -> None:
        stack = [root]
        while stack:
            node = stack.pop()
            t = node.type
            if t == "VariableDeclarator":
                self._bind(node.id)
            elif t in _ALL_FUNCTION_TYPES:
                if node.id is not None:
                    self.declared.add(node.id.name)
                for p in node.params:
                    self._bind(p)
            elif t in ("ClassDeclaration", "ClassExpression") and node.id is not None:
                self.declared.add(node.id.name)
            elif t == "CatchClause" and node.param is not None:
                self._bind(node.param)
            stack.extend(child for _, child in _children(node))

    def _bind(self, pattern) -> None:
        self.declared.update(p.name for p in _pattern_targets(pattern) if p.type == "Identifier")

    # ---- the walk

    def _visit(self, root) -> None:
        # in_fn: inside a non-arrow function or a class (own `this`);
        # in_any: inside any function (own `return`).
        stack = [(root, None, None, False, False)]
        while stack:
            node, parent, key, in_fn, in_any = stack.pop()
            self._check(node, parent, key, in_fn, in_any)
            t = node.type
            inner_fn = in_fn or t in _FUNCTION_TYPES or t in ("ClassDeclaration", "ClassExpression")
            inner_any = in_any or t in _ALL_FUNCTION_TYPES
            for ckey, child in reversed(list(_children(node))):
                stack.append((child, node, ckey, inner_fn, inner_any))

    def _check(self, node, parent, key, in_fn: bool, in_any: bool) -> None:
        t = node.type
        loc = self.loc
        if t == "Identifier":
            self._identifier(node, parent, key)
        elif t == "MemberExpression":
            self._member(node, parent, key)
        elif t == "Property" and parent is not None:
            name = None if node.computed and node.key.type == "Identifier" else _static_name(node.key)
            if name == "__proto__" and parent.type == "ObjectExpression" and not node.shorthand:
                self.out.append(loc.diag("E645", "`__proto__` is not allowed in flow JavaScript", node.key,
                                         "use `Object.create(proto)` if you need a prototype"))
            elif name is not None and parent.type == "ObjectPattern":
                self._property_access(name, node.key)
        elif t == "ThisExpression" and not in_fn:
            self.out.append(loc.diag("E650", "`this` is undefined in flow JavaScript", node,
                                     "use `input`, `nodes`, `prev` or `ctx`"))
        elif t == "DebuggerStatement":
            self.out.append(loc.diag("E649", "`debugger` is not allowed in flow JavaScript", node))
        elif t == "WithStatement":  # unreachable in strict mode, kept for completeness
            self.out.append(loc.diag("E648", "`with` is not allowed in flow JavaScript", node))
        elif t == "Import":
            self.out.append(loc.diag("E647", "`import()` is not allowed in flow JavaScript", node,
                                     "flows cannot load modules; use an `httpRequest` node to call other services"))
        elif t == "ReturnStatement" and not in_any and node.argument is not None:
            self.has_return = True
        elif t == "AssignmentExpression":
            self._modifies(node.left, "assign to")
        elif t == "UpdateExpression":
            self._modifies(node.argument, "modify")
        elif t == "UnaryExpression" and node.operator == "delete":
            self._modifies(node.argument, "delete")
        elif t in ("ForInStatement", "ForOfStatement") and node.left.type != "VariableDeclaration":
            self._modifies(node.left, "assign to")
        elif t == "CallExpression":
            self._call(node)

    def _identifier(self, node, parent, key) -> None:
        if parent is not None:
            pt = parent.type
            if pt == "MemberExpression" and key == "property" and not parent.computed:
                return
            if pt in ("Property", "MethodDefinition") and key == "key" and not parent.computed:
                return
            if pt in ("LabeledStatement", "BreakStatement", "ContinueStatement") and key == "label":
                return
            if pt == "MetaProperty":
                return
        name = node.name
        loc = self.loc
        if name.startswith("__"):
            self.out.append(loc.diag("E646", f"`{name}`: names starting with `__` are reserved for the flow runtime",
                                     node, "these names belong to the compiled flow and its sandbox; use another name"))
            return
        if name in self.declared:
            return  # a local (or a parameter) shadows any builtin of that name
        forbidden = FORBIDDEN_GLOBALS.get(name)
        if forbidden is not None:
            code, message, help_text = forbidden
            self.out.append(loc.diag(code, message, node, help_text))
        elif name in MISSING_GLOBALS:
            self.out.append(loc.diag("E653", f"`{name}` is not available in the flow runtime", node,
                                     MISSING_GLOBALS[name]))
        elif not (parent is not None and parent.type == "UnaryExpression" and parent.operator == "typeof"):
            # (`typeof x === "undefined"` is how one probes for a name: no W640)
            self.references.append(node)

    def _member(self, node, parent, key) -> None:
        name = _member_name(node)
        if name is None:
            return
        self._property_access(name, node.property)
        obj = node.object
        if obj.type == "Identifier" and obj.name not in self.declared:
            if obj.name == "arguments" and name in ("callee", "caller"):
                self.out.append(self.loc.diag("E652", f"`arguments.{name}` is not allowed in flow JavaScript", node,
                                              "name the function and call it by name"))
            hint = MISSING_STATICS.get((obj.name, name))
            if hint is not None:
                self.out.append(self.loc.diag("E653", f"`{obj.name}.{name}` is not available in the flow runtime",
                                              node, hint))
        if name in MISSING_METHODS and parent is not None and parent.type == "CallExpression" and key == "callee":
            self.out.append(self.loc.diag("E653", f"`.{name}()` is not available in the flow runtime",
                                          node.property, MISSING_METHODS[name]))

    def _property_access(self, name: str, at) -> None:
        loc = self.loc
        if name == "constructor":
            self.out.append(loc.diag("E644", "access to `constructor` is not allowed in flow JavaScript", at,
                                     "compare types with `typeof`, `Array.isArray` or `instanceof`"))
        elif name in _LEGACY_PROTO:
            self.out.append(loc.diag("E645", f"`{name}` is not allowed in flow JavaScript", at,
                                     "use `Object.getPrototypeOf` / `Object.create`"))

    def _modifies(self, target, verb: str) -> None:
        for t in self._targets(target):
            root = _root(t)
            if root.type != "Identifier" or root.name in self.declared or root.name not in PROTECTED_GLOBALS:
                continue
            shown = self._text(t)
            self.out.append(self.loc.diag("E651", f"flow JavaScript must not {verb} builtin `{shown}`", t,
                                          "builtins are frozen in the flow runtime; use a local variable"))

    def _targets(self, pattern):
        return _pattern_targets(pattern)

    def _call(self, node) -> None:
        callee = node.callee
        if callee.type != "MemberExpression" or callee.object.type != "Identifier" or not node.arguments:
            return
        pair = (callee.object.name, _member_name(callee))
        if pair not in _MUTATORS or callee.object.name in self.declared:
            return
        first = node.arguments[0]
        root = _root(first)
        if root.type == "Identifier" and root.name in PROTECTED_GLOBALS and root.name not in self.declared:
            self.out.append(self.loc.diag("E651", f"flow JavaScript must not modify builtin `{self._text(first)}`",
                                          first, "builtins are frozen in the flow runtime"))

    def _text(self, node) -> str:
        a, b = node.range
        return self.loc.src[a:b]

    def _unknown_names(self) -> None:
        known = RUNTIME_GLOBALS | self.declared
        seen: set[str] = set()
        for node in self.references:
            name = node.name
            if name in known or name in seen:
                continue
            seen.add(name)
            self.out.append(
                self.loc.diag("W640", f"`{name}` is not defined", node,
                              did_you_mean(name, known) or "flow state is in `input`, `nodes`, `prev` and `ctx`",
                              warn=True)
            )


def _pattern_targets(pattern):
    """The names and member expressions a destructuring pattern assigns to (left of defaults)."""
    stack = [pattern]
    while stack:
        p = stack.pop()
        if p is None:
            continue
        t = p.type
        if t in ("Identifier", "MemberExpression"):
            yield p
        elif t == "ObjectPattern":
            for prop in p.properties:
                stack.append(prop.argument if prop.type == "RestElement" else prop.value)
        elif t == "ArrayPattern":
            stack.extend(p.elements)
        elif t == "RestElement":
            stack.append(p.argument)
        elif t == "AssignmentPattern":
            stack.append(p.left)
