"""Render JSON-like data as a readable, deterministic Python literal or JSON text.

A value is written on one line when that line fits in ``width`` (counting its
indentation), otherwise one item per line, recursively. Rendering is linear:
each subtree's one-line form is built once, bottom-up, and only while it can
still fit (a subtree longer than ``width`` cannot be inlined at any depth).

:class:`Prerendered` wraps a subtree rendered ahead of time at the indentation
where it will be placed; the backend memoises those per entity, so a one-field
edit re-renders one entity's part of a large literal.

Two styles, same layout rules: :data:`PYTHON` (``repr`` scalars, 4-space
indentation) and :data:`JSON` (JSON scalars, string keys only, 2-space
indentation; what the generated server's ``metadata.json`` is written in).
"""

from __future__ import annotations

import json
from typing import Any

_SIMPLE = (str, int, float, bool, type(None))


class _Style:
    __slots__ = ("name", "step", "scalar", "key", "last")

    def __init__(self, name: str, step: int, scalar, key, trailing_comma: bool) -> None:
        self.name, self.step, self.scalar, self.key = name, step, scalar, key
        self.last = ",\n" if trailing_comma else "\n"  # after the last item of a multi-line container


_json_str = json.JSONEncoder(ensure_ascii=False).encode


def _json_scalar(v: Any) -> str:
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if type(v) is float and (v != v or v in (float("inf"), float("-inf"))):
        raise ValueError(f"{v!r} has no JSON form")
    return _json_str(v)


def _json_key(k: Any) -> str:
    if type(k) is not str:
        raise TypeError(f"JSON object keys are strings, not {type(k).__name__} ({k!r})")
    return _json_str(k)


def _py_key(k: Any) -> str:
    return _inline(k, PYTHON)


PYTHON = _Style("python", 4, repr, _py_key, trailing_comma=True)
JSON = _Style("json", 2, _json_scalar, _json_key, trailing_comma=False)


class Prerendered:
    """``value`` rendered at ``indent``/``width``: dropped into a larger literal as is.

    Renders exactly like ``value`` would in place (same bytes). It must be
    placed at that indentation and width; with ``keep=True`` it keeps
    ``value`` and is rendered again from it elsewhere (otherwise ``value`` is
    dropped: memoised chunks should not keep their data alive for the GC).
    """

    __slots__ = ("value", "kept", "indent", "width", "style", "inline", "text")

    def __init__(self, value: Any, indent: int, width: int = 100, *, keep: bool = False, style: _Style = PYTHON) -> None:
        self.indent = indent
        self.width = width
        self.style = style
        self.inline, self.text = _render(value, indent, width, style)
        self.value = value if keep else None
        self.kept = keep

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Prerendered(indent={self.indent}, width={self.width}, {len(self.text)} chars)"


def render(value: Any, indent: int = 0, width: int = 100, style: _Style = PYTHON) -> str:
    return _render(value, indent, width, style)[1]


def _render(value: Any, indent: int, width: int, style: _Style) -> tuple[str | None, str]:
    """(one-line form if it is at most ``width`` long, else None; the rendering at ``indent``)."""
    t = type(value)
    if t is str or t is int or t is float or t is bool or value is None:  # most calls: a scalar
        one = style.scalar(value)
        return (one if len(one) <= width else None), one
    if t is Prerendered:
        if value.indent == indent and value.width == width and value.style is style:
            return value.inline, value.text
        if not value.kept:
            raise ValueError(f"rendered at indent {value.indent}, width {value.width}, style {value.style.name}; "
                             f"placed at {indent}, {width}, {style.name}")
        return _render(value.value, indent, width, style)
    if isinstance(value, dict):
        if not value:
            return ("{}" if width >= 2 else None), "{}"
        inner = indent + style.step
        keys = [style.key(k) for k in value]
        texts = []
        inlines: list[str] | None = []
        total = len(value) * 4  # "{", "}", ", " between items, ": " per item
        for k, v in zip(keys, value.values()):
            ci, ct = _render(v, inner, width, style)
            texts.append(ct)
            if inlines is not None:
                if ci is None or total + len(k) + len(ci) > width:
                    inlines = None
                else:
                    total += len(k) + len(ci)
                    inlines.append(ci)
        one = None
        if inlines is not None:
            one = "{" + ", ".join(f"{k}: {c}" for k, c in zip(keys, inlines)) + "}"
            if len(one) + indent <= width:
                return one, one
        # One join: a large child's text is copied once per level, not once per operation.
        sep = ",\n" + " " * inner
        parts = ["{\n", " " * inner]
        for k, c in zip(keys, texts):
            parts += (k, ": ", c, sep)
        parts[-1] = style.last + " " * indent + "}"
        return one, "".join(parts)
    if isinstance(value, (list, tuple)):
        if not value:
            return ("[]" if width >= 2 else None), "[]"
        inner = indent + style.step
        texts = []
        inlines = []
        total = len(value) * 2  # "[", "]", ", " between items
        for v in value:
            ci, ct = _render(v, inner, width, style)
            texts.append(ct)
            if inlines is not None:
                if ci is None or total + len(ci) > width:
                    inlines = None
                else:
                    total += len(ci)
                    inlines.append(ci)
        one = None
        if inlines is not None:
            one = "[" + ", ".join(inlines) + "]"
            if len(one) + indent <= width:
                return one, one
        sep = ",\n" + " " * inner
        parts = ["[\n", " " * inner]
        for c in texts:
            parts += (c, sep)
        parts[-1] = style.last + " " * indent + "]"
        return one, "".join(parts)
    one = _inline(value, style)
    return (one if len(one) <= width else None), one


def _inline(value: Any, style: _Style) -> str:
    """The one-line form of ``value`` (TypeError for what is not JSON-like)."""
    if isinstance(value, (bool, str, int, float)) or value is None:
        return style.scalar(value)
    if isinstance(value, Prerendered):
        if value.inline is not None and value.style is style:
            return value.inline
        if not value.kept:
            raise ValueError("the one-line form of a long Prerendered value was not kept")
        return _inline(value.value, style)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{style.key(k)}: {_inline(v, style)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_inline(v, style) for v in value) + "]"
    raise TypeError(f"cannot render {type(value).__name__} as a literal")
