"""JSON pointer → source span, by a small position-keeping JSON scanner.

``json.loads`` is fast but forgets where things were. This scanner walks the
same (already known to be valid) text once and records, for every JSON
pointer, where its value and (for object members) its key start and end.
It is only run when a diagnostic has to be rendered.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from torquec.load.source import SourceFile

# The scanner's primitives are regular expressions (C speed); only structure is
# walked in Python. That keeps the scan cheap enough for an editor to run on
# every change of a 900 KB model (torquec lsp).
_SKIP_WS = re.compile(r"[ \t\n\r]*").match
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S).match
_SCALAR = re.compile(r"[^,\]} \t\r\n]*").match


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class SourceMap:
    def __init__(self, source: "SourceFile") -> None:
        self.source = source
        self.values: dict[str, tuple[int, int]] = {}
        self.keys: dict[str, tuple[int, int]] = {}
        # Pointers of keys that appear twice in one object (the later one).
        self.duplicates: list[str] = []
        try:
            self._scan()
        except (IndexError, ValueError):
            # Invalid JSON has no pointers; syntax errors carry their own position.
            pass

    # ------------------------------------------------------------------ queries

    def span(self, pointer: str, key: bool = False) -> tuple[int, int, int] | None:
        """(line, col, length) of the value (or key) at ``pointer``.

        Falls back to the nearest existing ancestor, so a diagnostic about a
        missing member points at the object that lacks it.
        """
        table = self.keys if key else self.values
        ptr = pointer
        while True:
            hit = table.get(ptr) if table is self.keys else self.values.get(ptr)
            if hit is not None:
                start, end = hit
                line, col = self.source.line_col(start)
                # Carets stay on one line: multi-line values underline their first token.
                first_line_end = self.source.text.find("\n", start)
                if first_line_end != -1 and first_line_end < end:
                    end = first_line_end
                return line, col, max(1, end - start)
            if not ptr:
                return None
            ptr = ptr.rsplit("/", 1)[0]
            table = self.values

    def inner_position(self, pointer: str, line: int, col: int) -> tuple[int, int] | None:
        """Map a (line, col) inside a JSON string's *decoded* text to the file.

        Used for JavaScript embedded in the model: the JS parser reports a
        position in the decoded code; escapes like ``\\n`` and ``\\"`` make the
        raw and decoded texts differ, so we walk the raw token.
        """
        hit = self.values.get(pointer)
        if hit is None:
            return None
        text = self.source.text
        i = hit[0] + 1  # past the opening quote
        dline, dcol = 1, 1
        while i < hit[1] - 1:
            if dline == line and dcol == col:
                return self.source.line_col(i)
            ch = text[i]
            if ch == "\\":
                esc = text[i + 1]
                i += 6 if esc == "u" else 2
                decoded = {"n": "\n"}.get(esc, "x")
            else:
                i += 1
                decoded = ch
            if decoded == "\n":
                dline, dcol = dline + 1, 1
            else:
                dcol += 1
        return self.source.line_col(min(i, hit[1] - 1))

    # ------------------------------------------------------------------ scanner

    def _scan(self) -> None:
        text = self.source.text
        self._text = text
        self._n = len(text)
        i = self._skip(0)
        if i < self._n and text[i] == "\ufeff":
            i = self._skip(i + 1)
        self._value(i, "")

    def _skip(self, i: int) -> int:
        return _SKIP_WS(self._text, i).end()

    def _value(self, i: int, ptr: str) -> int:
        text = self._text
        ch = text[i]
        if ch == "{":
            end = self._object(i, ptr)
        elif ch == "[":
            end = self._array(i, ptr)
        elif ch == '"':
            end = self._string_end(i)
        else:
            end = _SCALAR(text, i).end()
        self.values[ptr] = (i, end)
        return end

    def _string_end(self, i: int) -> int:
        m = _STRING(self._text, i)
        if m is None:
            raise ValueError("unterminated string")
        return m.end()

    def _object(self, i: int, ptr: str) -> int:
        text = self._text
        i = self._skip(i + 1)
        if text[i] == "}":
            return i + 1
        seen: set[str] = set()
        while True:
            key_start = i
            key_end = self._string_end(i)
            raw = text[key_start + 1:key_end - 1]
            key = json.loads(text[key_start:key_end]) if "\\" in raw else raw
            child = f"{ptr}/{escape_pointer_token(key)}"
            if key in seen:
                self.duplicates.append(child)
            seen.add(key)
            self.keys[child] = (key_start, key_end)
            i = self._skip(key_end)
            i = self._skip(i + 1)  # past ':'
            i = self._skip(self._value(i, child))
            if text[i] == ",":
                i = self._skip(i + 1)
                continue
            return i + 1  # '}'

    def _array(self, i: int, ptr: str) -> int:
        text = self._text
        i = self._skip(i + 1)
        if text[i] == "]":
            return i + 1
        index = 0
        while True:
            i = self._skip(self._value(i, f"{ptr}/{index}"))
            index += 1
            if text[i] == ",":
                i = self._skip(i + 1)
                continue
            return i + 1
