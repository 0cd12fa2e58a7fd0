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
_KEY = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"[ \t\n\r]*:[ \t\n\r]*').match


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
        """One iterative pass with an explicit stack (no call per value): the
        200-entity benchmark model (900 KB) scans in well under 100 ms."""
        text = self.source.text
        values, keys, duplicates = self.values, self.keys, self.duplicates
        ws, key_at, string_at, scalar_at = _SKIP_WS, _KEY, _STRING, _SCALAR
        i = ws(text, 0).end()
        if text.startswith("\ufeff", i):
            i = ws(text, i + 1).end()
        # Frames of the open containers: [is_object, pointer, start, index or seen keys].
        stack: list[list] = []
        ptr = ""
        while True:
            # A value starts at i; its pointer is ptr.
            ch = text[i]
            if ch == "{" or ch == "[":
                j = ws(text, i + 1).end()
                if text[j] == ("}" if ch == "{" else "]"):
                    end = j + 1
                    values[ptr] = (i, end)
                elif ch == "{":
                    seen: set[str] = set()
                    stack.append([True, ptr, i, seen])
                    ptr, i = self._member(text, j, ptr, seen, key_at, keys, duplicates)
                    continue
                else:
                    stack.append([False, ptr, i, 0])
                    ptr, i = ptr + "/0", j
                    continue
            else:
                m = string_at(text, i) if ch == '"' else scalar_at(text, i)
                if m is None:
                    raise ValueError("unterminated string")
                end = m.end()
                values[ptr] = (i, end)
            # After a complete value: the next member/element, or close containers.
            while True:
                if not stack:
                    return
                frame = stack[-1]
                j = ws(text, end).end()
                if text[j] == ",":
                    j = ws(text, j + 1).end()
                    if frame[0]:
                        ptr, i = self._member(text, j, frame[1], frame[3], key_at, keys, duplicates)
                    else:
                        frame[3] += 1
                        ptr, i = f"{frame[1]}/{frame[3]}", j
                    break
                stack.pop()
                end = j + 1
                values[frame[1]] = (frame[2], end)

    @staticmethod
    def _member(text, j, parent, seen, key_at, keys, duplicates) -> tuple[str, int]:
        """Record the key at j; return the member's pointer and where its value starts."""
        m = key_at(text, j)
        if m is None:
            raise ValueError("expected a key")
        raw = m.group(1)
        key = json.loads(f'"{raw}"') if "\\" in raw else raw
        child = f"{parent}/{escape_pointer_token(key)}" if ("~" in key or "/" in key) else f"{parent}/{key}"
        if key in seen:
            duplicates.append(child)
        seen.add(key)
        keys[child] = (j, m.end(1) + 1)
        return child, m.end()


# --------------------------------------------------------------------------- targeted lookups
#
# An editor asks about one place at a time (the cursor), right after each
# keystroke. Scanning the whole file for that costs ~100 ms on the 900 KB
# benchmark model; these walk only the containers on the way to the place and
# step over each sibling value with the C JSON decoder. ``text`` must be valid
# JSON (callers parse it first).

_DECODER = json.JSONDecoder()


def _contains(text: str, start: int, end: int, offset: int) -> bool:
    # Strings and containers contain the positions between their delimiters;
    # a bare scalar also the positions at its edges.
    if text[start] in '"{[':
        return start < offset < end
    return start <= offset <= end


def _value_end(text: str, i: int) -> int:
    return _DECODER.raw_decode(text, i)[1]


def locate(text: str, offset: int) -> tuple[str, bool, int, int] | None:
    """(pointer, is_key, start, end) of the innermost value or key at ``offset``."""
    i = _SKIP_WS(text, 0).end()
    if text.startswith("\ufeff", i):
        i = _SKIP_WS(text, i + 1).end()
    ptr = ""
    end = _value_end(text, i)
    if not _contains(text, i, end, offset):
        return None
    while True:
        if text[i] not in "{[":
            return ptr, False, i, end
        found = False
        for member in _members(text, i):
            if member is None:
                return None
            name, start, key_end, vstart, vend = member
            if start > offset:
                break
            child = f"{ptr}/{escape_pointer_token(name) if isinstance(name, str) else name}"
            if key_end is not None and start < offset < key_end:
                return child, True, start, key_end
            if _contains(text, vstart, vend, offset):
                ptr, i, end, found = child, vstart, vend, True
                break
        if not found:
            return ptr, False, i, end


def _members(text: str, i: int):
    """The members of the object or array at ``i``, in order: (key or index, start, end of
    the key (None in an array), value start, value end); None for a key it cannot read."""
    obj = text[i] == "{"
    j = _SKIP_WS(text, i + 1).end()
    index = 0
    while text[j] not in "}]":
        if obj:
            m = _KEY(text, j)
            if m is None:
                yield None
                return
            raw = m.group(1)
            name, key_end, vstart = (json.loads(f'"{raw}"') if "\\" in raw else raw), m.end(1) + 1, m.end()
        else:
            name, key_end, vstart = index, None, j
            index += 1
        vend = _value_end(text, vstart)
        yield name, j, key_end, vstart, vend
        j = _SKIP_WS(text, vend).end()
        if text[j] == ",":
            j = _SKIP_WS(text, j + 1).end()


def span_in(text: str, pointer: str, key: bool = False) -> tuple[int, int] | None:
    """(start, end) of the value (or key) at ``pointer``; None if there is none."""
    i = _SKIP_WS(text, 0).end()
    if text.startswith("\ufeff", i):
        i = _SKIP_WS(text, i + 1).end()
    tokens = pointer.split("/")[1:] if pointer else []
    key_span = None
    for raw_token in tokens:
        token = raw_token.replace("~1", "/").replace("~0", "~")
        if text[i] not in "{[":
            return None
        found = None
        for member in _members(text, i):
            if member is None:
                return None
            name, start, key_end, vstart, _vend = member
            if key_end is not None and name == token:
                found, key_span = vstart, (start, key_end)  # later duplicates win, as in json.loads: keep looking
            elif key_end is None and token.isdigit() and name == int(token):
                found, key_span = vstart, None
                break
        if found is None:
            return None
        i = found
    if key:
        return key_span
    return i, _value_end(text, i)


def spans_in(text: str, pointers) -> dict[str, tuple[tuple[int, int], tuple[int, int] | None]]:
    """Value span and key span (None for array items) of each of ``pointers``,
    in one walk that enters only the containers on their paths."""
    trie: dict = {}
    for p in pointers:
        node = trie
        for raw_token in (p.split("/")[1:] if p else []):
            node = node.setdefault(raw_token.replace("~1", "/").replace("~0", "~"), {})
        node[None] = p  # the pointer ends here
    out: dict[str, tuple[tuple[int, int], tuple[int, int] | None]] = {}
    i = _SKIP_WS(text, 0).end()
    if text.startswith("\ufeff", i):
        i = _SKIP_WS(text, i + 1).end()
    wanted = len(set(pointers)) if not isinstance(pointers, (set, frozenset)) else len(pointers)
    try:
        _walk(text, i, trie, None, out, wanted)
    except _AllFound:
        pass
    return out


class _AllFound(Exception):
    """Every wanted span is known: the rest of the text need not be walked."""


def _walk(text: str, i: int, trie: dict, key_span, out: dict, wanted: int) -> int:
    """Record the wanted spans at or under the value starting at ``i``; return its end."""
    ch = text[i]
    here = trie.get(None)
    if ch not in "{[" or len(trie) == (1 if here is not None else 0):
        end = _value_end(text, i)
    else:
        j = _SKIP_WS(text, i + 1).end()
        index = 0
        while text[j] not in "}]":
            if ch == "{":
                m = _KEY(text, j)
                if m is None:
                    raise ValueError("expected a key")
                raw = m.group(1)
                token = json.loads(f'"{raw}"') if "\\" in raw else raw
                child_key, vstart = (j, m.end(1) + 1), m.end()
            else:
                token, child_key, vstart = str(index), None, j
                index += 1
            sub = trie.get(token)
            vend = _walk(text, vstart, sub, child_key, out, wanted) if sub is not None else _value_end(text, vstart)
            j = _SKIP_WS(text, vend).end()
            if text[j] == ",":
                j = _SKIP_WS(text, j + 1).end()
        end = j + 1
    if here is not None:
        out[here] = ((i, end), key_span)
        if len(out) == wanted:
            raise _AllFound
    return end
