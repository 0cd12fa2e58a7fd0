"""TypeScript source helpers: literals, identifiers, doc comments (deterministic)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from json.encoder import encode_basestring

# What json.dumps(s, ensure_ascii=False) does for a str, without building an encoder per call.
_encode_string = encode_basestring

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
    return _encode_string(s) if isinstance(s, str) else json.dumps(s, ensure_ascii=False)


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    return name if _IDENT.match(name) else string(name)


class Raw(str):
    """TypeScript source inserted as is (an identifier, an expression)."""


class Spread(str):
    """As a dict key: ``...name`` spread into the object literal (its value is ignored)."""


def literal(value, indent: int = 0, step: int = 2) -> str:
    """A JS literal for JSON-like data; short structures stay on one line.

    A structure goes on one line when its one-line form plus ``indent`` fits
    in 100 columns; otherwise one entry per line, each laid out the same way
    one level deeper. Linear in the size of ``value``: every one-line form is
    rendered once (bottom up) and reused by the enclosing structures and by
    the layout pass.
    """
    if not isinstance(value, (dict, list, tuple)):
        return _inline(value)
    parts: dict[int, list] = {}
    one = _inline_parts(value, parts)
    if len(one) + indent <= 100:
        return one
    return _layout(value, indent, step, parts)


def _inline_parts(value, parts: dict[int, list]) -> str:
    """The one-line form of container ``value``. Records in ``parts[id(c)]``,
    for ``value`` and every container in it, the entries of ``c`` as
    ``(prefix, one-line form of the entry's value, the value)``."""
    entries = []
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(k, Spread):
                entries.append((f"...{k}", None, None))
                continue
            one = _inline_parts(v, parts) if isinstance(v, (dict, list, tuple)) else _inline(v)
            entries.append((f"{key(str(k))}: ", one, v))
        s = "{ " + ", ".join(p if one is None else p + one for p, one, _ in entries) + " }" if entries else "{}"
    else:
        for v in value:
            entries.append(("", _inline_parts(v, parts) if isinstance(v, (dict, list, tuple)) else _inline(v), v))
        s = "[" + ", ".join(one for _, one, _ in entries) + "]"
    parts[id(value)] = entries
    return s


def _layout(value, indent: int, step: int, parts: dict[int, list]) -> str:
    """``value`` (a container too long for one line) with one entry per line."""
    pad = " " * (indent + step)
    deeper = indent + step
    lines = []
    for prefix, one, v in parts[id(value)]:
        if one is None:  # a spread
            lines.append(f"{pad}{prefix},")
        elif len(one) + deeper <= 100 or not isinstance(v, (dict, list, tuple)):
            lines.append(f"{pad}{prefix}{one},")
        else:
            lines.append(f"{pad}{prefix}{_layout(v, deeper, step, parts)},")
    body = "\n".join(lines)
    end = " " * indent
    if isinstance(value, dict):
        return "{\n" + body + f"\n{end}}}"
    return "[\n" + body + f"\n{end}]"


def _inline(value) -> str:
    if isinstance(value, str):
        return str(value) if isinstance(value, Raw) else _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, (dict, list, tuple)):
        return _inline_parts(value, {})
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


@lru_cache(maxsize=65536)
def pascal(name: str) -> str:
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", name) if p]
    out = "".join(p[:1].upper() + p[1:] for p in parts)
    if not out or out[0].isdigit():
        out = "X" + out
    return out


@lru_cache(maxsize=65536)
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
