"""Diagnostics: what every phase reports, and how it is shown to people and tools.

A diagnostic names its place by JSON pointer only. Turning a pointer into
``line:col`` needs a position-keeping scan of the source, which is much slower
than ``json.loads``; we do that scan lazily, only when a diagnostic is rendered
(see ``torquec.load.sourcemap``). A clean build never pays for it.

Codes are stable (documented in the README):
  E0xx load (file, JSON syntax)     E1xx schema
  E2xx names                        E3xx references
  E4xx relationships                E5xx field rules and defaults
  E6xx flows                        E7xx layouts
  E8xx sample data                  E9xx auth
  Wxxx warnings of the same areas
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from torquec.load.source import SourceFile


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    pointer: str = ""
    hint: str | None = None
    # Point at the member's key instead of its value (e.g. "unknown key").
    at_key: bool = False
    # An explicit position wins over the pointer (JSON syntax errors have no pointer;
    # flow JavaScript errors point inside a string value).
    line: int | None = None
    col: int | None = None
    length: int | None = None
    # Offset inside the string value the pointer names (JavaScript errors).
    inner: tuple[int, int, int] | None = None  # (line, col, length) within the string
    notes: tuple[str, ...] = ()
    # Machine-usable fix. By default the name that should replace the JSON string
    # (value, or key when ``at_key``) at ``pointer``; with ``replacement_raw`` the
    # text that replaces the explicit ``line``/``col``/``length`` span as is
    # (e.g. "" for a trailing comma). Editors offer it as a quick fix.
    replacement: str | None = None
    replacement_raw: bool = False

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


_DID_YOU_MEAN = re.compile(r"^did you mean `([^`]+)`\?")


def suggested_name(hint: str | None) -> str | None:
    """The name a ``did you mean `x`?`` hint proposes (the passes' one convention)."""
    m = _DID_YOU_MEAN.match(hint or "")
    return m.group(1) if m else None


def error(code: str, message: str, pointer: str = "", hint: str | None = None, **kw) -> Diagnostic:
    kw.setdefault("replacement", suggested_name(hint) if pointer else None)
    return Diagnostic(code, Severity.ERROR, message, pointer, hint, **kw)


def warning(code: str, message: str, pointer: str = "", hint: str | None = None, **kw) -> Diagnostic:
    kw.setdefault("replacement", suggested_name(hint) if pointer else None)
    return Diagnostic(code, Severity.WARNING, message, pointer, hint, **kw)


@dataclass(slots=True)
class Diagnostics:
    """An ordered collection; phases append, the driver checks ``has_errors``."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diag: Diagnostic) -> None:
        self.items.append(diag)

    def extend(self, diags: Iterable[Diagnostic]) -> None:
        self.items.extend(diags)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.items)

    @property
    def error_count(self) -> int:
        return sum(1 for d in self.items if d.is_error)

    @property
    def warning_count(self) -> int:
        return sum(1 for d in self.items if not d.is_error)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


# --------------------------------------------------------------------------- hints


def did_you_mean(name: str, candidates: Iterable[str]) -> str | None:
    """A ``did you mean `x`?`` hint for the closest candidate, or None.

    Case-insensitive Damerau-Levenshtein distance, accepted when it is small
    relative to the length (the rule rustc and ruff use in spirit).
    """
    best, best_d = None, None
    lowered = name.lower()
    for cand in sorted(set(candidates)):
        d = _edit_distance(lowered, cand.lower())
        if best_d is None or d < best_d:
            best, best_d = cand, d
    if best is None or best_d is None:
        return None
    limit = max(1, len(name) // 3)
    if best_d <= limit or best.lower() == lowered:
        return f"did you mean `{best}`?"
    extended = _extended_name(name, candidates)
    return f"did you mean `{extended}`?" if extended else None


def _extended_name(name: str, candidates: Iterable[str]) -> str | None:
    """The one candidate that extends ``name`` (``copies`` → ``copiesOwned``,
    ``name`` → ``fullName``): what a rename usually looks like. None if several."""
    lowered = name.lower()
    if len(lowered) < 3:
        return None
    hits = {c for c in candidates if c.lower() != lowered and (c.lower().startswith(lowered) or c.lower().endswith(lowered))}
    return hits.pop() if len(hits) == 1 else None


def _edit_distance(a: str, b: str) -> int:
    # Optimal string alignment distance: counts a transposition as one edit.
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def json_type(value) -> str:
    """How messages name the JSON type of a value ("an integer", "null", …)."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    return "an object"


# --------------------------------------------------------------------------- rendering


def _resolve(diag: Diagnostic, source: "SourceFile | None") -> tuple[int | None, int | None, int]:
    """Line, column (1-based) and caret length for a diagnostic."""
    if diag.line is not None:
        return diag.line, diag.col or 1, diag.length or 1
    if source is None or not diag.pointer and diag.pointer != "":
        return None, None, 1
    span = source.sourcemap.span(diag.pointer, key=diag.at_key)
    if span is None:
        return None, None, 1
    line, col, length = span
    if diag.inner is not None:
        # Position inside a JSON string: only exact when the string has no escapes
        # before the position, which holds for single-line JavaScript and is
        # handled by the string-aware mapping in sourcemap for the rest.
        mapped = source.sourcemap.inner_position(diag.pointer, diag.inner[0], diag.inner[1])
        if mapped is not None:
            return mapped[0], mapped[1], diag.inner[2]
    return line, col, length


def render_text(diags: Iterable[Diagnostic], source: "SourceFile | None", color: bool = False) -> str:
    out: list[str] = []
    for d in diags:
        out.append(_render_one(d, source, color))
    return "\n".join(out)


def _render_one(d: Diagnostic, source: "SourceFile | None", color: bool) -> str:
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    sev_color = "1;31" if d.is_error else "1;33"
    lines = [f"{paint(f'{d.severity.value}[{d.code}]', sev_color)}: {paint(d.message, '1')}"]
    line, col, length = _resolve(d, source)
    path = source.display_path if source is not None else "<model>"
    if line is not None:
        gutter = " " * len(str(line))
        lines.append(f"{gutter}{paint('-->', '1;34')} {path}:{line}:{col}")
        text_line = source.line_text(line) if source is not None else None
        if text_line is not None:
            shown = text_line.expandtabs(1)
            caret_len = max(1, min(length, len(shown) - col + 1)) if len(shown) >= col else 1
            shown, caret_col, caret_len = _window(shown, col, caret_len)
            lines.append(f"{gutter} {paint('|', '1;34')}")
            lines.append(f"{paint(str(line), '1;34')} {paint('|', '1;34')} {shown}")
            lines.append(f"{gutter} {paint('|', '1;34')} {' ' * (caret_col - 1)}{paint('^' * caret_len, sev_color)}")
        if d.pointer:
            lines.append(f"{gutter} {paint('=', '1;34')} at: {d.pointer}")
    else:
        lines.append(f" {paint('-->', '1;34')} {path}")
        if d.pointer:
            lines.append(f"  {paint('=', '1;34')} at: {d.pointer}")
    gutter = " " * (len(str(line)) if line is not None else 1)
    for note in d.notes:
        lines.append(f"{gutter} {paint('=', '1;34')} note: {_locate_note(note, source)}")
    if d.hint:
        lines.append(f"{gutter} {paint('=', '1;34')} help: {d.hint}")
    return "\n".join(lines) + "\n"


MAX_SHOWN = 120  # source lines longer than this are cut around the caret


def _window(shown: str, col: int, caret_len: int) -> tuple[str, int, int]:
    """Cut a long source line to at most ``MAX_SHOWN`` characters around the caret."""
    if len(shown) <= MAX_SHOWN:
        return shown, col, caret_len
    start = max(0, min(col - 1 - 40, len(shown) - MAX_SHOWN))
    end = start + MAX_SHOWN
    prefix = "..." if start > 0 else ""
    suffix = "..." if end < len(shown) else ""
    caret_col = col - start + len(prefix)
    caret_len = max(1, min(caret_len, end - (col - 1)))
    return prefix + shown[start:end] + suffix, caret_col, caret_len


_NOTE_POINTER = re.compile(r" at (/\S*)$")


def _locate_note(note: str, source: "SourceFile | None") -> str:
    """A note ending in ``at /json/pointer`` (the convention of the passes) names the
    place as ``file:line:col`` in text output; JSON output keeps the pointer."""
    m = _NOTE_POINTER.search(note)
    if m is None or source is None:
        return note
    span = source.sourcemap.span(m.group(1))
    if span is None:
        return note
    return f"{note[:m.start()]} at {source.display_path}:{span[0]}:{span[1]}"


def summary_line(diags: Diagnostics) -> str:
    e, w = diags.error_count, diags.warning_count
    parts = []
    if e:
        parts.append(f"{e} error{'s' if e != 1 else ''}")
    if w:
        parts.append(f"{w} warning{'s' if w != 1 else ''}")
    return ", ".join(parts) if parts else "no problems"


def to_json_list(diags: Iterable[Diagnostic], source: "SourceFile | None") -> list[dict]:
    result = []
    for d in diags:
        line, col, length = _resolve(d, source)
        result.append(
            {
                "code": d.code,
                "severity": d.severity.value,
                "message": d.message,
                "file": source.display_path if source is not None else None,
                "line": line,
                "column": col,
                "length": length,
                "pointer": d.pointer,
                "hint": d.hint,
                "replacement": _replacement_json(d, source),
                "notes": list(d.notes),
                "sourceLine": source.line_text(line) if (source is not None and line is not None) else None,
            }
        )
    return result


def replacement_span(d: Diagnostic, source: "SourceFile | None") -> tuple[int, int] | None:
    """Character offsets (start, end) of what a diagnostic's ``replacement``
    replaces: the JSON string at its pointer (quotes included), or its explicit
    span for a raw replacement; None when there is nothing to replace."""
    if d.replacement is None or source is None:
        return None
    if d.replacement_raw:
        if d.line is None:
            return None
        start = source.offset_of(d.line, d.col or 1)
        return start, start + (d.length or 1)
    if not d.pointer:
        return None
    sm = source.sourcemap
    hit = (sm.keys if d.at_key else sm.values).get(d.pointer)
    if hit is None or source.text[hit[0]:hit[0] + 1] != '"':
        return None
    return hit


def _replacement_json(d: Diagnostic, source: "SourceFile | None") -> dict | None:
    span = replacement_span(d, source)
    if span is None:
        return None
    line, col = source.line_col(span[0])
    return {"text": replacement_text(d), "line": line, "column": col, "length": span[1] - span[0]}


def replacement_text(d: Diagnostic) -> str:
    """The source text a fix writes (a name becomes a JSON string)."""
    return d.replacement if d.replacement_raw else json.dumps(d.replacement, ensure_ascii=False)


def render_json(diags: Diagnostics, source: "SourceFile | None") -> str:
    payload = {
        "diagnostics": to_json_list(diags, source),
        "errorCount": diags.error_count,
        "warningCount": diags.warning_count,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
