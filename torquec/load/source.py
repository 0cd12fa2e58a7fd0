"""The model's source text, with line lookup and a lazily built pointer map."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(eq=False)
class SourceFile:
    path: str
    text: str
    display_path: str = ""
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.display_path:
            self.display_path = self.path
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._line_starts = starts

    @cached_property
    def sourcemap(self):
        # Built only when a diagnostic needs a position (see diagnostics.py).
        from torquec.load.sourcemap import SourceMap

        return SourceMap(self)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        idx = bisect.bisect_right(self._line_starts, offset) - 1
        return idx + 1, offset - self._line_starts[idx] + 1

    def offset_of(self, line: int, col: int) -> int:
        """Character offset of a 1-based line and column."""
        return self._line_starts[line - 1] + col - 1

    def line_text(self, line: int) -> str | None:
        if line < 1 or line > len(self._line_starts):
            return None
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")
