"""Model ``pattern`` → a regular expression each database can check.

A model pattern is an ECMAScript regex subset that Python's ``re`` also
accepts, applied to the whole value. Both dialects check ``^(?:<pat>)$``:

* SQLite: ``"col" REGEXP '^(?:<pat>)$'``. SQLite has no REGEXP of its own; the
  server runtime registers ``regexp(pattern, value)`` (Python ``re.search``,
  NULL for a NULL value) on every connection. A raw ``sqlite3`` connection
  must do the same before writing rows, or inserts fail with
  ``no such function: REGEXP``. The pattern text is used unchanged.
* PostgreSQL: ``"col" ~ '^(?:<pat>)$'`` in PostgreSQL's own "advanced" regex
  flavour (ARE), translated by :func:`to_postgres`: ``.`` becomes ``[^\\n]``
  (ECMAScript's dot does not match a newline, ARE's does), ``\\b``/``\\B``
  become ``\\y``/``\\Y``, ``\\xHH`` becomes ``\\u00HH``, ``[`` inside a bracket
  is escaped, a ``{`` that is not a quantifier is escaped. Constructs ARE
  lacks (named groups, inline flags, ``\\p{…}``, ``\\u{…}``, ``\\k<…>``, ``\\c``,
  ``\\D``/``\\S``/``\\W`` inside brackets, empty classes) make :func:`to_postgres`
  return ``None``: the schema then carries a comment instead of a CHECK and
  the API alone enforces the pattern.
"""

from __future__ import annotations

import re

_QUANT = re.compile(r"\{\d+(,\d*)?\}")
_HEX2 = re.compile(r"[0-9A-Fa-f]{2}")
_HEX4 = re.compile(r"[0-9A-Fa-f]{4}")
_PASS_ESCAPES = set("dswDSWnrtfv0123456789")


def anchored(pattern: str) -> str:
    return f"^(?:{pattern})$"


def to_postgres(pattern: str) -> str | None:
    """The anchored ARE form of ``pattern``, or ``None`` when ARE cannot express it."""
    try:
        return anchored(_translate(pattern))
    except _Inexpressible:
        return None


def why_not_postgres(pattern: str) -> str | None:
    try:
        _translate(pattern)
        return None
    except _Inexpressible as e:
        return str(e)


class _Inexpressible(ValueError):
    pass


def _translate(p: str) -> str:
    out: list[str] = []
    i, n = 0, len(p)
    in_class = False
    class_start = False
    while i < n:
        c = p[i]
        if c == "\\":
            if i + 1 >= n:
                raise _Inexpressible("trailing backslash")
            e = p[i + 1]
            i += 2
            if e == "x":
                m = _HEX2.match(p, i)
                if not m:
                    raise _Inexpressible("\\x without two hex digits")
                out.append("\\u00" + m.group(0))
                i = m.end()
            elif e == "u":
                m = _HEX4.match(p, i)
                if not m:
                    raise _Inexpressible("\\u{…} escapes")
                out.append("\\u" + m.group(0))
                i = m.end()
            elif in_class:
                if e in "DSW":
                    raise _Inexpressible(f"\\{e} inside a character class")
                if e == "b":
                    out.append("\\b")  # backspace in both flavours
                elif e in _PASS_ESCAPES or not e.isalnum():
                    out.append("\\" + e)
                else:
                    raise _Inexpressible(f"the escape \\{e}")
            elif e == "b":
                out.append("\\y")
            elif e == "B":
                out.append("\\Y")
            elif e in _PASS_ESCAPES or not e.isalnum():
                out.append("\\" + e)
            else:
                raise _Inexpressible(f"the escape \\{e}")
            class_start = False
            continue
        if in_class:
            if c == "]" and not class_start:
                in_class = False
                out.append("]")
            elif c == "]":
                raise _Inexpressible("an empty character class")
            elif c == "[":
                out.append("\\[")
            else:
                out.append(c)
            class_start = False
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append("[")
            i += 1
            if i < n and p[i] == "^":
                out.append("^")
                i += 1
            class_start = True
            continue
        if c == "(" and p.startswith("(?", i):
            rest = p[i + 2 : i + 4]
            if rest[:1] in (":", "=", "!") or rest in ("<=", "<!"):
                width = 3 if rest[:1] in (":", "=", "!") else 4
                out.append(p[i : i + width])
                i += width
                continue
            raise _Inexpressible("named groups and inline flags")
        if c == ".":
            out.append("[^\\n]")
            i += 1
            continue
        if c == "{":
            m = _QUANT.match(p, i)
            if m:
                out.append(m.group(0))
                i = m.end()
                continue
            out.append("\\{")
            i += 1
            continue
        if c == "}":
            out.append("\\}")
            i += 1
            continue
        out.append(c)
        i += 1
    if in_class:
        raise _Inexpressible("an unterminated character class")
    return "".join(out)
