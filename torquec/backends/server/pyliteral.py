"""Render JSON-like data as a readable, deterministic Python literal.

A value is written on one line when that line fits in ``width`` (counting its
indentation), otherwise one item per line, recursively. Rendering is linear:
each subtree's one-line form is built once, bottom-up, and only while it can
still fit (a subtree longer than ``width`` cannot be inlined at any depth).

:class:`Prerendered` wraps a subtree rendered ahead of time at the indentation
where it will be placed; the backend memoises those per entity, so a one-field
edit re-renders one entity's part of a large literal.
"""

from __future__ import annotations

from typing import Any

_SIMPLE = (str, int, float, bool, type(None))


class Prerendered:
    """``value`` rendered at ``indent``/``width``: dropped into a larger literal as is.

    Renders exactly like ``value`` would in place (same bytes). It must be
    placed at that indentation and width; with ``keep=True`` it keeps
    ``value`` and is rendered again from it elsewhere (otherwise ``value`` is
    dropped: memoised chunks should not keep their data alive for the GC).
    """

    __slots__ = ("value", "kept", "indent", "width", "inline", "text")

    def __init__(self, value: Any, indent: int, width: int = 100, *, keep: bool = False) -> None:
        self.indent = indent
        self.width = width
        self.inline, self.text = _render(value, indent, width)
        self.value = value if keep else None
        self.kept = keep

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Prerendered(indent={self.indent}, width={self.width}, {len(self.text)} chars)"


def render(value: Any, indent: int = 0, width: int = 100) -> str:
    return _render(value, indent, width)[1]


def _render(value: Any, indent: int, width: int) -> tuple[str | None, str]:
    """(one-line form if it is at most ``width`` long, else None; the rendering at ``indent``)."""
    t = type(value)
    if t is str or t is int or t is float or t is bool or value is None:  # most calls: a scalar
        one = repr(value)
        return (one if len(one) <= width else None), one
    if t is Prerendered:
        if value.indent == indent and value.width == width:
            return value.inline, value.text
        if not value.kept:
            raise ValueError(f"rendered at indent {value.indent}, width {value.width}; placed at {indent}, {width}")
        return _render(value.value, indent, width)
    if isinstance(value, dict):
        if not value:
            return ("{}" if width >= 2 else None), "{}"
        inner = indent + 4
        keys = [_inline(k) for k in value]
        texts = []
        inlines: list[str] | None = []
        total = len(value) * 4  # "{", "}", ", " between items, ": " per item
        for k, v in zip(keys, value.values()):
            ci, ct = _render(v, inner, width)
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
        parts[-1] = ",\n" + " " * indent + "}"
        return one, "".join(parts)
    if isinstance(value, (list, tuple)):
        if not value:
            return ("[]" if width >= 2 else None), "[]"
        inner = indent + 4
        texts = []
        inlines = []
        total = len(value) * 2  # "[", "]", ", " between items
        for v in value:
            ci, ct = _render(v, inner, width)
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
        parts[-1] = ",\n" + " " * indent + "]"
        return one, "".join(parts)
    one = _inline(value)
    return (one if len(one) <= width else None), one


def _inline(value: Any) -> str:
    """The one-line form of ``value`` (TypeError for what is not JSON-like)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (str, int)):
        return repr(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Prerendered):
        if value.inline is not None:
            return value.inline
        if not value.kept:
            raise ValueError("the one-line form of a long Prerendered value was not kept")
        return _inline(value.value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_inline(k)}: {_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    raise TypeError(f"cannot render {type(value).__name__} as a literal")
