"""Render JSON-like data as a readable, deterministic Python literal."""

from __future__ import annotations

from typing import Any

_SIMPLE = (str, int, float, bool, type(None))


def render(value: Any, indent: int = 0, width: int = 100) -> str:
    one = _inline(value)
    if one is not None and len(one) + indent <= width:
        return one
    pad = " " * (indent + 4)
    end = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{pad}{_inline(k)}: {render(v, indent + 4, width)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{end}}}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [f"{pad}{render(v, indent + 4, width)}," for v in value]
        return "[\n" + "\n".join(items) + f"\n{end}]"
    return repr(value)


def _inline(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (str, int)):
        return repr(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            iv = _inline(v)
            if iv is None:
                return None
            parts.append(f"{_inline(k)}: {iv}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, (list, tuple)):
        parts = []
        for v in value:
            iv = _inline(v)
            if iv is None:
                return None
            parts.append(iv)
        return "[" + ", ".join(parts) + "]"
    raise TypeError(f"cannot render {type(value).__name__} as a literal")
