"""TypeScript source helpers: literals, identifiers, doc comments (deterministic)."""

from __future__ import annotations

import json
import re

_IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")

# Words TypeScript reserves (as identifiers) plus names the generated modules use.
RESERVED = frozenset(
    """break case catch class const continue debugger default delete do else enum export extends false
    finally for function if import in instanceof new null return super switch this throw true try typeof
    var void while with as implements interface let package private protected public static yield any
    boolean constructor declare get module require number set string symbol type from of unknown never
    object bigint undefined async await Record Partial Array Object String Number Boolean Date JSON Map
    Set Promise Error Symbol""".split()
)


def string(s: str) -> str:
    """A JS string literal (JSON's escaping is valid JS)."""
    return json.dumps(s, ensure_ascii=False)


def key(name: str) -> str:
    return name if _IDENT.match(name) else string(name)


class Raw(str):
    """TypeScript source inserted as is (an identifier, an expression)."""


class Spread(str):
    """As a dict key: ``...name`` spread into the object literal (its value is ignored)."""


def _entry(k, v, render) -> str:
    return f"...{k}" if isinstance(k, Spread) else f"{key(str(k))}: {render(v)}"


def literal(value, indent: int = 0, step: int = 2) -> str:
    """A JS literal for JSON-like data; short structures stay on one line."""
    one = _inline(value)
    if len(one) + indent <= 100 or not isinstance(value, (dict, list, tuple)):
        return one
    pad = " " * (indent + step)
    end = " " * indent
    if isinstance(value, dict):
        items = [f"{pad}{_entry(k, v, lambda x: literal(x, indent + step, step))}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{end}}}"
    items = [f"{pad}{literal(v, indent + step, step)}," for v in value]
    return "[\n" + "\n".join(items) + f"\n{end}]"


def _inline(value) -> str:
    if isinstance(value, Raw):
        return str(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(_entry(k, v, _inline) for k, v in value.items()) + " }"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as a TypeScript literal")


def union(values) -> str:
    vals = [string(v) for v in values]
    return " | ".join(vals) if vals else "never"


def doc(text: str | None, indent: int = 0) -> str:
    """A JSDoc comment (with a trailing newline), or '' for no text."""
    if not text:
        return ""
    pad = " " * indent
    lines = text.replace("*/", "*\u2215").splitlines() or [""]
    if len(lines) == 1:
        return f"{pad}/** {lines[0].strip()} */\n"
    body = "\n".join(f"{pad} * {ln.rstrip()}".rstrip() for ln in lines)
    return f"{pad}/**\n{body}\n{pad} */\n"


def pascal(name: str) -> str:
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", name) if p]
    out = "".join(p[:1].upper() + p[1:] for p in parts)
    if not out or out[0].isdigit():
        out = "X" + out
    return out


def camel(name: str) -> str:
    p = pascal(name)
    return p[:1].lower() + p[1:]


class Names:
    """Allocates unique identifiers in one TypeScript module."""

    def __init__(self, taken=()) -> None:
        self.used = set(RESERVED) | set(taken)

    def take(self, want: str, suffix: str = "") -> str:
        name = want
        if name in self.used:
            name = want + suffix if suffix else want
            n = 2
            while name in self.used:
                name = f"{want}{suffix}{n}"
                n += 1
        self.used.add(name)
        return name
