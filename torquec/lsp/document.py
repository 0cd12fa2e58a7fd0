"""One version of an open model file: its text, parsed JSON, positions and symbols.

Positions come from the compiler's own source map (``torquec.load.sourcemap``):
its full pointer map when every reference is needed, its targeted walks
(offset → innermost pointer, pointer → span) for the one place a request is
about. This module adds LSP positions (UTF-16 columns).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property

from lsprotocol import types as lsp

from torquec.load.source import SourceFile
from torquec.load.sourcemap import escape_pointer_token, locate, span_in, spans_in
from torquec.lsp.symbols import SymbolIndex


@dataclass(frozen=True, slots=True)
class Spot:
    """What the cursor is on: the innermost JSON value (or member key)."""

    pointer: str
    tokens: tuple[str, ...]
    is_key: bool
    start: int
    end: int


def split_pointer(pointer: str) -> tuple[str, ...]:
    if not pointer:
        return ()
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:])


class ModelDocument:
    def __init__(self, uri: str, text: str, version: int | None = None) -> None:
        self.uri = uri
        self.text = text
        self.version = version
        self.source = SourceFile(uri, text)
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        self.data: dict | None = data if isinstance(data, dict) else None

    # ------------------------------------------------------------------ lookups

    @property
    def sourcemap(self):
        """The compiler's full pointer map (one scan, cached on the source);
        needed for references, rename and diagnostics. Single lookups use the
        targeted walks below until it exists."""
        return self.source.sourcemap

    def release(self) -> None:
        """Drop the full pointer map of a superseded version. It refers back to
        its source (a cycle), which reference counting alone cannot free and
        the server keeps the collector away from (server.py)."""
        self.source.__dict__.pop("sourcemap", None)

    @property
    def has_sourcemap(self) -> bool:
        return "sourcemap" in self.source.__dict__

    @cached_property
    def symbols(self) -> SymbolIndex:
        return SymbolIndex(self.data or {})

    def spot_at(self, offset: int) -> Spot | None:
        """The innermost value or key containing ``offset`` (inside a string's quotes)."""
        if self.data is None:
            return None
        found = self._descend(offset) if self.has_sourcemap else locate(self.text, offset)
        if found is None:
            return None
        ptr, is_key, start, end = found
        return Spot(ptr, split_pointer(ptr), is_key, start, end)

    def _descend(self, offset: int) -> tuple[str, bool, int, int] | None:
        """``locate`` with the full pointer map at hand: dict lookups along the
        path (children of a list are found by bisection), no parsing."""
        values, keys, text = self.sourcemap.values, self.sourcemap.keys, self.text

        def inside(span) -> bool:
            s, e = span
            return s < offset < e if text[s] in '"{[' else s <= offset <= e

        ptr, node = "", self.data
        span = values.get("")
        if span is None or not inside(span):
            return None
        while True:
            child = None
            if isinstance(node, dict):
                for k, v in node.items():
                    p = f"{ptr}/{escape_pointer_token(k)}"
                    ks = keys.get(p)
                    if ks is not None and ks[0] < offset < ks[1]:
                        return p, True, ks[0], ks[1]
                    vs = values.get(p)
                    if vs is not None and inside(vs):
                        child = (p, v, vs)
                        break
            elif isinstance(node, list) and node:
                lo, hi = 0, len(node) - 1
                while lo < hi:  # last item starting at or before the offset
                    mid = (lo + hi + 1) // 2
                    if values[f"{ptr}/{mid}"][0] <= offset:
                        lo = mid
                    else:
                        hi = mid - 1
                p = f"{ptr}/{lo}"
                if inside(values[p]):
                    child = (p, node[lo], values[p])
            if child is None:
                return ptr, False, span[0], span[1]
            ptr, node, span = child

    def value_at(self, tokens: tuple[str, ...]):
        node = self.data
        for t in tokens:
            if isinstance(node, dict):
                node = node.get(t)
            elif isinstance(node, list) and t.isdigit() and int(t) < len(node):
                node = node[int(t)]
            else:
                return None
        return node

    # ------------------------------------------------------------------ positions (LSP: UTF-16 columns)

    def offset_at(self, pos: lsp.Position) -> int:
        starts = self.source._line_starts
        if pos.line >= len(starts):
            return len(self.text)
        start = starts[pos.line]
        line_end = self.text.find("\n", start)
        line = self.text[start:line_end if line_end != -1 else len(self.text)]
        if line.isascii():
            return start + min(pos.character, len(line))
        units = 0
        for i, ch in enumerate(line):
            if units >= pos.character:
                return start + i
            units += 2 if ord(ch) > 0xFFFF else 1
        return start + len(line)

    def position_at(self, offset: int) -> lsp.Position:
        line, col = self.source.line_col(offset)
        start = self.source._line_starts[line - 1]
        prefix = self.text[start:offset]
        units = len(prefix) if prefix.isascii() else sum(2 if ord(c) > 0xFFFF else 1 for c in prefix)
        return lsp.Position(line=line - 1, character=units)

    def range_of(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(start=self.position_at(start), end=self.position_at(end))

    def span_of(self, pointer: str, key: bool = False) -> tuple[int, int] | None:
        if self.has_sourcemap:  # already scanned: a dict lookup
            return (self.sourcemap.keys if key else self.sourcemap.values).get(pointer)
        return span_in(self.text, pointer, key) if self.data is not None else None

    def spans_of(self, places: list[tuple[str, bool]]) -> list[tuple[int, int] | None]:
        """Spans of many (pointer, is_key) places: dict lookups once the full
        map exists, else one walk that enters only their containers."""
        if self.has_sourcemap or self.data is None:
            return [self.span_of(p, k) for p, k in places]
        found = spans_in(self.text, [p for p, _k in places])
        out = []
        for p, k in places:
            hit = found.get(p)
            out.append(None if hit is None else (hit[1] if k else hit[0]))
        return out
