"""flow_code diagnostics: one case per check, with the exact rendered text.

Each case is a start → node → end flow whose node holds the JavaScript; the
model is ``passes.modelkit.minimal()`` dumped with indent 2, so the node's
string is on line 59 of ``model.json``.
"""

from __future__ import annotations

import pytest

from xflow.kit import js_text

CASES = {
    'syntax_error_inside_multiline_code': (
        'var total = 0;\nfor (var i = 0; i < input.items.length; i++) {\n  total += input.items[i].qty *;\n}\nreturn total;', 'javascript',
        r"""
error[E640]: JavaScript syntax error in code of node `n`: Unexpected token ;
  --> model.json:59:115
   |
59 | ...e": "var total = 0;\nfor (var i = 0; i < input.items.length; i++) {\n  total += input.items[i].qty *;\n}\nreturn total;"
   |                                                                                                        ^
   = at: /flows/0/nodes/1/code
""",
    ),
    'optional_chaining_is_es2020': (
        'return input.customer?.name;', 'javascript',
        r"""
error[E640]: JavaScript syntax error in code of node `n`: Unexpected token .
  --> model.json:59:42
   |
59 |           "code": "return input.customer?.name;"
   |                                          ^
   = at: /flows/0/nodes/1/code
   = help: optional chaining `?.` and `??` are ES2020; flow JavaScript is ES2017 (esprima 4)
""",
    ),
    'unexpected_end_of_expression': (
        'input.a +', 'transform',
        r"""
error[E640]: JavaScript syntax error in expression of node `n`: Unexpected end of input
  --> model.json:59:35
   |
59 |           "expression": "input.a +"
   |                                   ^
   = at: /flows/0/nodes/1/expression
""",
    ),
    'quickjs_rejects_what_esprima_accepts': (
        "var s = '\\08';\nreturn s;", 'javascript',
        r"""
error[E640]: JavaScript syntax error in code of node `n`: Octal escape sequences are not allowed in strict mode
  --> model.json:59:20
   |
59 |           "code": "var s = '\\08';\nreturn s;"
   |                    ^^^^^^^^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: QuickJS, which runs flows, rejects this (esprima accepts it)
""",
    ),
    'code_closing_its_function': (
        'return 1;\n}\nfunction evil() {', 'javascript',
        r"""
error[E641]: code of node `n` closes its function body early (unbalanced `}`)
  --> model.json:59:31
   |
59 |           "code": "return 1;\n}\nfunction evil() {"
   |                               ^
   = at: /flows/0/nodes/1/code
   = help: flow JavaScript is the body of a function; remove the extra `}`
""",
    ),
    'statements_in_an_expression': (
        'var a = 1; a', 'transform',
        r"""
error[E640]: JavaScript syntax error in expression of node `n`: Unexpected token var
  --> model.json:59:26
   |
59 |           "expression": "var a = 1; a"
   |                          ^
   = at: /flows/0/nodes/1/expression
""",
    ),
    'backtick_in_error_message': (
        'Order `x` failed for ${input.id}', 'error',
        r"""
error[E640]: JavaScript syntax error in message of node `n`: Unexpected identifier
  --> model.json:59:30
   |
59 |           "message": "Order `x` failed for ${input.id}"
   |                              ^
   = at: /flows/0/nodes/1/message
   = help: the message is a template literal: write \` for a literal backtick
""",
    ),
    'eval': (
        "return eval('1 + 1');", 'javascript',
        r"""
error[E642]: `eval` is not allowed in flow JavaScript
  --> model.json:59:27
   |
59 |           "code": "return eval('1 + 1');"
   |                           ^^^^
   = at: /flows/0/nodes/1/code
   = help: flow code cannot generate code from strings
""",
    ),
    'function_constructor': (
        "return new Function('return 1')();", 'javascript',
        r"""
error[E643]: the `Function` constructor is not allowed in flow JavaScript
  --> model.json:59:31
   |
59 |           "code": "return new Function('return 1')();"
   |                               ^^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: write a function expression: `function (x) { … }` or `(x) => …`
""",
    ),
    'constructor_access': (
        'prev.constructor.name', 'transform',
        r"""
error[E644]: access to `constructor` is not allowed in flow JavaScript
  --> model.json:59:31
   |
59 |           "expression": "prev.constructor.name"
   |                               ^^^^^^^^^^^
   = at: /flows/0/nodes/1/expression
   = help: compare types with `typeof`, `Array.isArray` or `instanceof`
""",
    ),
    'proto': (
        'var o = {}; o.__proto__ = null; return o;', 'javascript',
        r"""
error[E645]: `__proto__` is not allowed in flow JavaScript
  --> model.json:59:34
   |
59 |           "code": "var o = {}; o.__proto__ = null; return o;"
   |                                  ^^^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: use `Object.getPrototypeOf` / `Object.create`
""",
    ),
    'reserved_runtime_name': (
        'return __host;', 'javascript',
        r"""
error[E646]: `__host`: names starting with `__` are reserved for the flow runtime
  --> model.json:59:27
   |
59 |           "code": "return __host;"
   |                           ^^^^^^
   = at: /flows/0/nodes/1/code
   = help: these names belong to the compiled flow and its sandbox; use another name
""",
    ),
    'require': (
        "var fs = require('fs');\nreturn fs;", 'javascript',
        r"""
error[E647]: `require` is not allowed in flow JavaScript
  --> model.json:59:29
   |
59 |           "code": "var fs = require('fs');\nreturn fs;"
   |                             ^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: flows cannot load modules
""",
    ),
    'dynamic_import': (
        "return import('x');", 'javascript',
        r"""
error[E647]: `import()` is not allowed in flow JavaScript
  --> model.json:59:27
   |
59 |           "code": "return import('x');"
   |                           ^^^^^^
   = at: /flows/0/nodes/1/code
   = help: flows cannot load modules; use an `httpRequest` node to call other services
""",
    ),
    'with': (
        'with (input) {\n  return a;\n}', 'javascript',
        r"""
error[E648]: `with` is not allowed in flow JavaScript (code of node `n`)
  --> model.json:59:20
   |
59 |           "code": "with (input) {\n  return a;\n}"
   |                    ^
   = at: /flows/0/nodes/1/code
   = help: flow JavaScript is strict mode code; use a local variable instead of `with`
""",
    ),
    'debugger': (
        'debugger;\nreturn 1;', 'javascript',
        r"""
error[E649]: `debugger` is not allowed in flow JavaScript
  --> model.json:59:20
   |
59 |           "code": "debugger;\nreturn 1;"
   |                    ^^^^^^^^^
   = at: /flows/0/nodes/1/code
""",
    ),
    'globalthis': (
        'globalThis.leak = input;\nreturn 1;', 'javascript',
        r"""
error[E650]: `globalThis` is not allowed in flow JavaScript
  --> model.json:59:20
   |
59 |           "code": "globalThis.leak = input;\nreturn 1;"
   |                    ^^^^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: use builtins directly (`Math`, `JSON`, …); flow state is in `input`, `nodes`, `prev`
""",
    ),
    'top_level_this': (
        'this.x', 'transform',
        r"""
error[E650]: `this` is undefined in flow JavaScript
  --> model.json:59:26
   |
59 |           "expression": "this.x"
   |                          ^^^^
   = at: /flows/0/nodes/1/expression
   = help: use `input`, `nodes`, `prev` or `ctx`
""",
    ),
    'assign_to_builtin_prototype': (
        'Array.prototype.sum = function () { return 0; };\nreturn 1;', 'javascript',
        r"""
error[E651]: flow JavaScript must not assign to builtin `Array.prototype.sum`
  --> model.json:59:20
   |
59 |           "code": "Array.prototype.sum = function () { return 0; };\nreturn 1;"
   |                    ^^^^^^^^^^^^^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: builtins are frozen in the flow runtime; use a local variable
""",
    ),
    'define_property_on_builtin': (
        "Object.defineProperty(Object.prototype, 'x', {value: 1});\nreturn 1;", 'javascript',
        r"""
error[E651]: flow JavaScript must not modify builtin `Object.prototype`
  --> model.json:59:42
   |
59 |           "code": "Object.defineProperty(Object.prototype, 'x', {value: 1});\nreturn 1;"
   |                                          ^^^^^^^^^^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: builtins are frozen in the flow runtime
""",
    ),
    'arguments_callee': (
        'return (function () { return arguments.callee; })();', 'javascript',
        r"""
error[E652]: `arguments.callee` is not allowed in flow JavaScript
  --> model.json:59:49
   |
59 |           "code": "return (function () { return arguments.callee; })();"
   |                                                 ^^^^^^^^^^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: name the function and call it by name
""",
    ),
    'missing_prototype_method': (
        'return input.items.toSorted();', 'javascript',
        r"""
error[E653]: `.toSorted()` is not available in the flow runtime
  --> model.json:59:39
   |
59 |           "code": "return input.items.toSorted();"
   |                                       ^^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: use `.slice().sort(...)`
""",
    ),
    'missing_global': (
        'console.log(input);\nreturn 1;', 'javascript',
        r"""
error[E653]: `console` is not available in the flow runtime
  --> model.json:59:20
   |
59 |           "code": "console.log(input);\nreturn 1;"
   |                    ^^^^^^^
   = at: /flows/0/nodes/1/code
   = help: use `ctx.log(...)`
""",
    ),
    'missing_static_method': (
        'Object.groupBy(input.items, function (i) { return i.kind; })', 'transform',
        r"""
error[E653]: `Object.groupBy` is not available in the flow runtime
  --> model.json:59:26
   |
59 |           "expression": "Object.groupBy(input.items, function (i) { return i.kind; })"
   |                          ^^^^^^^^^^^^^^
   = at: /flows/0/nodes/1/expression
   = help: group with `Array.prototype.reduce`
""",
    ),
    'undefined_name': (
        'return inptu.total;', 'javascript',
        r"""
warning[W640]: `inptu` is not defined
  --> model.json:59:27
   |
59 |           "code": "return inptu.total;"
   |                           ^^^^^
   = at: /flows/0/nodes/1/code
   = help: did you mean `input`?
""",
    ),
    'no_return': (
        'var x = input.total * 2;', 'javascript',
        r"""
warning[W641]: node `n` never returns a value; its output is `undefined`
  --> model.json:59:20
   |
59 |           "code": "var x = input.total * 2;"
   |                    ^
   = at: /flows/0/nodes/1/code
   = help: end the code with `return <value>;`
""",
    ),
    'assignment_as_condition': (
        "input.status = 'Shipped'", 'condition',
        r"""
warning[W642]: condition is an assignment
  --> model.json:59:26
   |
59 |           "expression": "input.status = 'Shipped'"
   |                          ^^^^^^^^^^^^^^^^^^^^^^^^
   = at: /flows/0/nodes/1/expression
   = help: did you mean `===`?
""",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_diagnostic_text(name):
    code, kind, expected = CASES[name]
    assert js_text(code, kind) == expected.lstrip("\n")


# --------------------------------------------------------------------------- the language rule

from torquec.passes.flow_code import (  # noqa: E402
    MISSING_GLOBALS,
    MISSING_METHODS,
    MISSING_STATICS,
    RUNTIME_GLOBALS,
)
from xflow.kit import E, S, chain, engine_for, flow  # noqa: E402

ACCEPTED = {
    "object spread and rest": "var {a, ...rest} = {a: 1, b: 2, c: 3};\nreturn {...rest, a};",
    "classes and getters": "class P { constructor(x) { this.x = x; } get twice() { return this.x * 2; } }\nreturn new P(4).twice;",
    "generators": "function* g() { yield 1; yield 2; }\nreturn Array.from(g());",
    "destructuring defaults": "var [x = 5, [y] = [6]] = [];\nreturn x + y;",
    "template literals": "var n = 3;\nreturn `${n} items, ${`nested ${n * 2}`}`;",
    "regex flags": "return /a.b/s.test('a\\nb') && /(?<=\\$)\\d+/.test('$42');",
    "labels and exponent": "outer: for (var i = 0; i < 3; i++) { for (;;) { continue outer; } }\nreturn 2 ** 10;",
    "arrow functions and this inside methods": "var o = {v: 7, f() { return [1].map(() => this.v)[0]; }};\nreturn o.f();",
    "polyfilled builtins": "return [[1, 2, 3].at(-1), [1, 2, 3].findLast(x => x < 3), Object.hasOwn({k: 1}, 'k')];",
    "typeof probe of an unknown name": "return typeof someGlobal === 'undefined';",
    "async functions (not awaited by the flow)": "async function f() { return 1; }\nreturn typeof f;",
}
EXPECTED = {
    "object spread and rest": {"b": 2, "c": 3, "a": 1},
    "classes and getters": 8,
    "generators": [1, 2],
    "destructuring defaults": 11,
    "template literals": "3 items, nested 6",
    "regex flags": True,
    "labels and exponent": 1024,
    "arrow functions and this inside methods": 7,
    "polyfilled builtins": [3, 2, True],
    "typeof probe of an unknown name": True,
    "async functions (not awaited by the flow)": "function",
}


def test_accepted_language_checks_clean_and_runs_in_quickjs():
    flows = []
    for i, (name, code) in enumerate(ACCEPTED.items()):
        assert js_text(code) == "", name
        flows.append(flow(f"f{i}", nodes=[S, {"id": "n", "type": "javascript", "code": code}, E],
                          edges=chain("start", "n", "end")))
    eng = engine_for(*flows)
    for i, name in enumerate(ACCEPTED):
        assert eng.run(f"f{i}")["output"] == EXPECTED[name], name


@pytest.mark.parametrize("code", [
    "var s = '\\08';\nreturn s;",          # octal escape in strict mode
    "var n = 08;\nreturn n;",              # legacy decimal literal
    "var a = 1;\nlet a = 2;\nreturn a;",   # let redeclaring a var
    "return `\\unicode`;",                 # malformed template escape
    "function f() { return super.x; }\nreturn 1;",
])
def test_what_only_quickjs_rejects_is_an_error_too(code):
    text = js_text(code)
    assert text.startswith("error[E640]: JavaScript syntax error in code of node `n`: ")
    assert "QuickJS, which runs flows, rejects this (esprima accepts it)" in text


def test_language_tables_agree_with_the_sandbox():
    eng = engine_for(flow("probe", nodes=[S, {"id": "n", "type": "transform", "expression": "1"}, E],
                          edges=chain("start", "n", "end")))
    pool = eng.pool  # probe the very globals flows see, from a sloppy-mode module that can reach them
    names = sorted(RUNTIME_GLOBALS - {"arguments"})
    missing = sorted(MISSING_GLOBALS)
    statics = sorted(f"{o}.{m}" for o, m in MISSING_STATICS)
    methods = sorted(MISSING_METHODS)
    pool.load("probe", (
        "function __probe(a) {\n"
        "  var g = (function () { return this; })();\n"
        "  return {\n"
        "    present: a.present.filter(function (n) { return !(n in g); }),\n"
        "    missing: a.missing.filter(function (n) { return n in g; }),\n"
        "    statics: a.statics.filter(function (s) { var p = s.split('.'); return g[p[0]] && p[1] in g[p[0]]; }),\n"
        "    methods: a.methods.filter(function (m) { return m in Array.prototype || m in String.prototype; })\n"
        "  };\n"
        "}\n"
    ))
    try:
        out = pool.call("__probe", {"present": names, "missing": missing, "statics": statics, "methods": methods})
    finally:
        pool.unload("probe")
    assert out == {"present": [], "missing": [], "statics": [], "methods": []}
