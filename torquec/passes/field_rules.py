"""Pass ``field_rules``: each field's own rules are consistent with its type.

* validation keys fit the type: ``minLength``/``maxLength`` on string-like
  types and arrays, ``min``/``max`` on numbers, ``pattern`` on string-like;
* bounds are ordered (``min <= max``, ``minLength <= maxLength``, and
  ``minLength`` within the implicit cap of ``string``/``email``/``url``);
* ``pattern`` compiles with Python ``re`` *and* only uses syntax that means
  the same in ECMAScript (the web front-end and flows check it in JS); a
  pattern the server must validate with a backtracking engine (look-around,
  back-references) may not nest quantifiers (``(a+)+``: exponential time);
* decimal ``precision``/``scale`` are ones PostgreSQL and Python agree on;
* enum values (and array item values) are non-empty and unique;
* ``unique`` is not used on array/json, ``indexed`` on json is a warning;
* ``ui.widget`` can edit the field's type (``WIDGET_TYPES``); a widget that
  cannot is a warning, and ``resolve`` uses the type's default instead.
"""

from __future__ import annotations

import re
import re._parser as sre  # the parser behind `re` (Python 3.11+)
import warnings
from functools import lru_cache

from torquec.diagnostics import Diagnostics, error, warning
from torquec.ir.nodes import DEFAULT_WIDGETS, NUMERIC, STRING_LIKE, WIDGET_TYPES, Field, FieldType, Model
from torquec.runtime.binary import MAX_MAX_BYTES
from torquec.runtime.bounded_match import linear_time

LENGTH_TYPES = STRING_LIKE | {FieldType.ARRAY}
MAX_DECIMAL_PRECISION = 38

_TYPES_FOR = {
    "minLength": "string, text, email, url and array fields",
    "maxLength": "string, text, email, url and array fields",
    "pattern": "string, text, email and url fields",
    "min": "integer, float and decimal fields",
    "max": "integer, float and decimal fields",
}


def run(model: Model, diags: Diagnostics) -> Model:
    for e in model.entities:
        for f in e.fields:
            _validation(f, diags)
            _decimal(f, diags)
            _bytes(f, diags)
            _enum(f, diags)
            _flags(f, diags)
            _widget(f, diags)
            _value_labels(f, diags)
    return model


_OK_TYPES = (
    ("minLength", "min_length", LENGTH_TYPES), ("maxLength", "max_length", LENGTH_TYPES),
    ("pattern", "pattern", STRING_LIKE), ("min", "minimum", NUMERIC), ("max", "maximum", NUMERIC),
)


def _validation(f: Field, diags: Diagnostics) -> None:
    v = f.validation
    if v.min_length is None and v.max_length is None and v.pattern is None and v.minimum is None and v.maximum is None:
        return
    vp = v.pointer or f"{f.pointer}/validation"
    applicable = set()
    for key, attr, types in _OK_TYPES:
        if getattr(v, attr) is None:
            continue
        if f.type not in types:
            diags.add(error("E501", f"`{key}` does not apply to the {f.type.value} field `{f.name}`",
                            f"{vp}/{key}", f"`{key}` applies to {_TYPES_FOR[key]}; remove it", at_key=True))
        else:
            applicable.add(key)
    if {"min", "max"} <= applicable and v.minimum > v.maximum:
        diags.add(error("E502", f"`min` ({_num(v.minimum)}) is greater than `max` ({_num(v.maximum)}) on field `{f.name}`",
                        f"{vp}/min", "no value can satisfy both; swap or fix the bounds"))
    if "minLength" in applicable:
        cap = f.max_length if "maxLength" in applicable or f.type is not FieldType.ARRAY else None
        if "maxLength" in applicable and v.min_length > v.max_length:
            diags.add(error("E503", f"`minLength` ({v.min_length}) is greater than `maxLength` ({v.max_length}) on field `{f.name}`",
                            f"{vp}/minLength", "no value can satisfy both; swap or fix the bounds"))
        elif "maxLength" not in applicable and cap is not None and v.min_length > cap:
            diags.add(error("E503", f"`minLength` ({v.min_length}) exceeds the implicit limit of {cap} characters of the {f.type.value} field `{f.name}`",
                            f"{vp}/minLength", f"add `\"maxLength\"` of at least {v.min_length}, or use type `text`"))
    if "pattern" in applicable:
        _pattern(f, v.pattern, f"{vp}/pattern", diags)


def _num(x) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)


# --------------------------------------------------------------------------- patterns


@lru_cache(maxsize=1024)
def compile_pattern(pattern: str) -> re.Pattern | None:
    """The compiled pattern, or None when Python rejects it (cached: sample data reuses it)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return re.compile(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None


def _pattern(f: Field, pattern: str, pointer: str, diags: Diagnostics) -> None:
    if compile_pattern(pattern) is not None:
        problem = _portability(pattern)
        if problem is not None:
            what, hint, pos, length = problem
            diags.add(error("E505", f"the pattern of field `{f.name}` uses {what}, which ECMAScript and Python read differently",
                            pointer, hint, inner=(1, pos + 1, length) if "\n" not in pattern else None))
        elif not linear_time(pattern) and nested_quantifier(pattern):
            diags.add(error("E512", f"the pattern of field `{f.name}` nests quantifiers and needs a backtracking regex "
                            "engine (look-around or back-reference): a crafted value could keep request validation "
                            "busy for hours", pointer,
                            "remove the nesting (e.g. `(a+)+` → `a+`), or the look-around/back-reference so that the "
                            "linear-time engine validates it"))
        return
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            re.compile(pattern)
    except re.error as exc:
        pos = exc.pos if exc.pos is not None and 0 <= exc.pos < len(pattern) else None
        diags.add(error("E504", f"the pattern of field `{f.name}` is not a valid regular expression: {exc.msg}",
                        pointer, "patterns use the syntax common to ECMAScript and Python `re`",
                        inner=(1, pos + 1, 1) if pos is not None and "\n" not in pattern else None))
        return
    except (RecursionError, OverflowError, ValueError) as exc:
        diags.add(error("E504", f"the pattern of field `{f.name}` is not a valid regular expression: {exc}", pointer))


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def nested_quantifier(pattern: str) -> bool:
    """Whether a variable-width quantifier sits inside a quantifier that repeats
    without bound (`(a+)+`, `(\\w+\\s?)*`): the shape that makes backtracking exponential."""
    try:
        tree = sre.parse(pattern)
    except Exception:
        return False

    def walk(items, inside_unbounded: bool) -> bool:
        for op, av in items:
            if op in _REPEATS:
                lo, hi, sub = av
                if inside_unbounded and lo != hi:
                    return True
                if walk(sub, inside_unbounded or hi == sre.MAXREPEAT):
                    return True
            elif op is sre.SUBPATTERN:
                if walk(av[-1], inside_unbounded):
                    return True
            elif op is sre.BRANCH:
                if any(walk(alt, inside_unbounded) for alt in av[1]):
                    return True
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                if walk(av[1], inside_unbounded):
                    return True
            elif op is sre.ATOMIC_GROUP:
                if walk(av, inside_unbounded):
                    return True
        return False

    return walk(tree, False)


@lru_cache(maxsize=1024)
def _portability(pattern: str):
    return portability_problem(pattern)


def portability_problem(pattern: str) -> tuple[str, str, int, int] | None:
    """The first construct outside the common ECMAScript/Python subset: (what, hint, offset, length)."""
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if nxt in ("A", "Z", "z", "G"):
                return f"the anchor `\\{nxt}`", "use `^` and `$` (patterns are anchored to the whole value anyway)", i, 2
            if nxt in ("p", "P") and pattern[i + 2:i + 3] == "{":
                return "a Unicode property escape `\\p{…}`", "list the characters in a class like `[A-Za-z]`", i, 3
            if nxt == "N" and pattern[i + 2:i + 3] == "{":
                return "a named character escape `\\N{…}`", "write the character itself or `\\uXXXX`", i, 3
            if nxt == "u" and pattern[i + 2:i + 3] == "{":
                return "a code point escape `\\u{…}`", "use `\\uXXXX`", i, 3
            if nxt == "k" and pattern[i + 2:i + 3] == "<":
                return "a named backreference `\\k<…>`", "use a numbered backreference like `\\1`", i, 3
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            i += 1
            continue
        if ch == "[":
            in_class = True
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":
                return "`]` as the first character of a class", "escape it as `\\]`", i, 1
            continue
        if ch == "(" and pattern[i + 1:i + 2] == "?":
            rest = pattern[i + 2:]
            if rest.startswith(("<=", "<!")):
                return "a lookbehind `(?<=…)`/`(?<!…)`", "rewrite the pattern without lookbehind", i, 4
            if rest.startswith(("P<", "P=", "<")):
                return "a named group", "use a plain group `(…)` or a non-capturing group `(?:…)`", i, 4 if rest.startswith("P") else 3
            if rest.startswith("#"):
                return "a comment group `(?#…)`", "remove the comment", i, 3
            if rest.startswith(">"):
                return "an atomic group `(?>…)`", "use a plain group `(…)`", i, 3
            if rest.startswith("("):
                return "a conditional group `(?(…)…)`", "rewrite the pattern without conditionals", i, 3
            m = re.match(r"[aiLmsux-]+[:)]", rest)
            if m:
                return f"inline flags `(?{m.group(0)}`", "remove the flags; for case-insensitive matching list both cases, e.g. `[Aa]`", i, 2 + len(m.group(0))
        if ch in "*+?}" and pattern[i + 1:i + 2] == "+" and i > 0:
            return "a possessive quantifier", "use a plain quantifier (`*`, `+`, `?`, `{n,m}`)", i, 2
        if ch == "{" and re.match(r"\{,\d+\}", pattern[i:]):
            return "a quantifier without lower bound `{,n}`", "write `{0,n}`", i, 2
        i += 1
    return None


# --------------------------------------------------------------------------- decimal, enum, flags


def _decimal(f: Field, diags: Diagnostics) -> None:
    if f.type is not FieldType.DECIMAL:
        return
    if not 1 <= f.precision <= MAX_DECIMAL_PRECISION:
        diags.add(error("E506", f"decimal precision {f.precision} of field `{f.name}` is out of range",
                        f"{f.pointer}/precision", f"precision is the total number of digits, 1 to {MAX_DECIMAL_PRECISION}"))
    elif not 0 <= f.scale <= f.precision:
        diags.add(error("E507", f"decimal scale {f.scale} of field `{f.name}` is out of range for precision {f.precision}",
                        f"{f.pointer}/scale", f"scale is the number of digits after the point, 0 to {f.precision}"))


def _bytes(f: Field, diags: Diagnostics) -> None:
    if f.type is FieldType.BYTES and not 1 <= f.max_bytes <= MAX_MAX_BYTES:
        diags.add(error("E515", f"maxBytes {f.max_bytes} of field `{f.name}` is out of range", f"{f.pointer}/maxBytes",
                        f"maxBytes is the largest value in bytes, 1 to {MAX_MAX_BYTES} (64 MiB); the request body limit "
                        "(serve --max-body-bytes) must hold its base64 too"))


def _enum(f: Field, diags: Diagnostics) -> None:
    if f.type is FieldType.ENUM:
        _values(f, f.values, f"{f.pointer}/values", diags)
    elif f.type is FieldType.ARRAY and f.items is not None and f.items.values:
        _values(f, f.items.values, f"{f.pointer}/items/values", diags)


def _values(f: Field, values: tuple[str, ...], pointer: str, diags: Diagnostics) -> None:
    if not values:
        diags.add(error("E508", f"enum field `{f.name}` has no values", pointer, "list the allowed values in `values`"))
        return
    seen: dict[str, int] = {}
    for i, v in enumerate(values):
        if not isinstance(v, str) or not v.strip():
            diags.add(error("E508", f"enum value #{i} of field `{f.name}` is empty", f"{pointer}/{i}"))
            continue
        if v in seen:
            diags.add(error("E509", f"duplicate enum value `{v}` in field `{f.name}`", f"{pointer}/{i}",
                            "remove the duplicate", notes=(f"first listed at {pointer}/{seen[v]}",)))
        else:
            seen[v] = i


def _flags(f: Field, diags: Diagnostics) -> None:
    if f.unique and f.type in (FieldType.ARRAY, FieldType.JSON, FieldType.BYTES):
        diags.add(error("E510", f"`unique` is not supported on the {f.type.value} field `{f.name}`",
                        f"{f.pointer}/unique", "remove `unique`; uniqueness of structured or binary values is not enforceable across databases", at_key=True))
    if f.indexed and f.type in (FieldType.JSON, FieldType.BYTES):
        diags.add(warning("W501", f"`indexed` on the json field `{f.name}` creates an index that no query uses",
                          f"{f.pointer}/indexed", "remove `indexed`", at_key=True))


def _widget(f: Field, diags: Diagnostics) -> None:
    w = f.ui.widget
    if w is None or f.type in WIDGET_TYPES.get(w, ()):
        return
    fits = sorted(name for name, types in WIDGET_TYPES.items() if f.type in types)
    diags.add(warning("W502", f"the widget `{w}` cannot edit the {f.type.value} field `{f.name}`; forms use `{DEFAULT_WIDGETS[f.type]}`",
                      f"{f.pointer}/ui/widget", f"use one of {', '.join(f'`{n}`' for n in fits)}, or remove `widget`"))


def _value_labels(f: Field, diags: Diagnostics) -> None:
    """``ui.valueLabels`` names what people read for enum values; a key that is no value of
    the field (a typo, a renamed value) would silently show nothing different."""
    if not f.ui.value_labels:
        return
    values = f.values if f.type is FieldType.ENUM else (f.items.values if f.items else ())
    for key, _ in f.ui.value_labels:
        if key not in values:
            hint = f"the values are {', '.join(f'`{v}`' for v in values)}" if values else "`valueLabels` applies to enum fields and arrays of enum items"
            diags.add(warning("W503", f"`ui.valueLabels` of `{f.name}` names `{key}`, which is not one of its values; the label is not used",
                              f"{f.pointer}/ui/valueLabels/" + key.replace("~", "~0").replace("/", "~1"), hint, at_key=True))
