"""One version of an open model file: its text, parsed JSON, positions and symbols.

Positions come from the compiler's own source map (``torquec.load.sourcemap``):
a JSON pointer's value and key spans. This module adds the reverse lookup an
editor needs (offset → innermost pointer) and LSP positions (UTF-16 columns).
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from functools import cached_property

from lsprotocol import types as lsp

from torquec.load.source import SourceFile
from torquec.lsp.symbols import SymbolIndex


@dataclass(frozen=True, slots=True)
class Spot:
    """What the cursor is on: the innermost JSON value (or member key)."""

    pointer: str
    tokens: tuple[str, ...]
    is_key: bool
    start: int
    end: int

    @property
    def is_string(self) -> bool:
        return self.end - self.start >= 2


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

    @cached_property
    def sourcemap(self):
        return self.source.sourcemap

    @cached_property
    def symbols(self) -> SymbolIndex:
        return SymbolIndex(self.data or {}, self.sourcemap, self.text)

    @cached_property
    def _spans(self) -> tuple[list[int], list[tuple[int, int, str, bool]]]:
        sm = self.sourcemap
        items = [(s, e, p, False) for p, (s, e) in sm.values.items()]
        items += [(s, e, p, True) for p, (s, e) in sm.keys.items()]
        items.sort(key=lambda t: (t[0], -t[1]))
        return [t[0] for t in items], items

    def spot_at(self, offset: int) -> Spot | None:
        """The innermost value or key containing ``offset`` (inside a string's quotes)."""
        if self.data is None:
            return None
        starts, items = self._spans
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return None
        start, end, ptr, is_key = items[i]
        values = self.sourcemap.values
        while True:
            if self._contains(start, end, offset):
                return Spot(ptr, split_pointer(ptr), is_key, start, end)
            if not ptr:
                return None
            # Not inside: the cursor is in the whitespace of an enclosing container.
            ptr = ptr.rsplit("/", 1)[0] if not is_key else ptr.rsplit("/", 1)[0]
            start, end = values[ptr]
            is_key = False

    def _contains(self, start: int, end: int, offset: int) -> bool:
        if self.text[start] == '"':
            return start < offset < end
        if self.text[start] in "{[":
            return start < offset < end
        return start <= offset <= end

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
        return (self.sourcemap.keys if key else self.sourcemap.values).get(pointer)
