"""Edits of a model file as minimal text edits.

The studio changes the model through JSON-pointer operations::

    {"op": "set",    "path": "/entities/0/fields/1/name", "value": "title"}
    {"op": "insert", "path": "/entities/0/fields/2", "value": {...}}   # "-" appends
    {"op": "remove", "path": "/relationships/0"}
    {"op": "move",   "from": "/entities/0/fields/3", "path": "/entities/0/fields/0"}

Each one becomes a splice of the file's text: every byte outside the changed
value stays as it was (formatting, key order, blank lines), so a rename is a
one-line diff. A ``set`` of a whole object or array is diffed member by member
against what is there. New values are laid out like their neighbours: one
line when short and the container is one line, else indented with the file's
own indent unit and line ending. Positions come from the loader's targeted span lookups.
"""

from __future__ import annotations

import json
import re
from typing import Any

from torquec.load.sourcemap import escape_pointer_token, span_in

__all__ = ["EditError", "apply_ops", "apply_op"]

_LINE_LIMIT = 100


class EditError(ValueError):
    """An operation that cannot be applied (bad pointer, wrong container, file not valid JSON)."""


def apply_ops(text: str, ops: list[dict]) -> str:
    """``text`` with every operation applied in order."""
    if not isinstance(ops, list):
        raise EditError("`ops` must be a list of operations")
    for op in ops:
        text = apply_op(text, op)
    return text


def apply_op(text: str, op: dict) -> str:
    if not isinstance(op, dict):
        raise EditError("an operation must be an object")
    kind, path = op.get("op"), op.get("path")
    if not isinstance(path, str) or (path and not path.startswith("/")):
        raise EditError(f"`path` must be a JSON pointer, got {path!r}")
    doc = _Document(text)
    if kind == "set":
        if "value" not in op:
            raise EditError("`set` needs a `value`")
        return doc.set(path, op["value"])
    if kind == "insert":
        if "value" not in op:
            raise EditError("`insert` needs a `value`")
        return doc.insert(path, op["value"])
    if kind == "remove":
        return doc.remove(path)
    if kind == "move":
        source = op.get("from")
        if not isinstance(source, str) or not source.startswith("/"):
            raise EditError("`move` needs a `from` pointer")
        return doc.move(source, path)
    raise EditError(f"unknown operation {kind!r} (set, insert, remove, move)")


def _split(pointer: str) -> tuple[str, str]:
    parent, _, token = pointer.rpartition("/")
    return parent, token.replace("~1", "/").replace("~0", "~")


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]] if pointer else []


def _same(a: Any, b: Any) -> bool:
    # JSON equality: 1 == 1.0 but True != 1.
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and a == b


class _Document:
    def __init__(self, text: str) -> None:
        try:
            self.data = json.loads(text)
        except ValueError as exc:
            raise EditError(f"the model file is not valid JSON ({exc}); fix it in the JSON view first") from None
        self.text = text
        # Spans are found on demand by walking only the containers on the way (the C decoder
        # steps over the rest): an edit of the 900 KB benchmark model needs a few, and a scan
        # of the whole file for them cost ~60 ms per operation.
        self._spans: dict[tuple[str, bool], tuple[int, int]] = {}
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.unit = _indent_unit(text)

    # ------------------------------------------------------------------ lookups

    def get(self, pointer: str) -> Any:
        node = self.data
        for token in _tokens(pointer):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise EditError(f"nothing at {pointer!r}")
        return node

    def exists(self, pointer: str) -> bool:
        try:
            self.get(pointer)
            return True
        except EditError:
            return False

    def span(self, pointer: str, key: bool = False) -> tuple[int, int]:
        """(start, end) of the value at ``pointer`` (of its key with ``key``); KeyError when none."""
        found = self._spans.get((pointer, key))
        if found is None:
            found = span_in(self.text, pointer, key)
            if found is None:
                raise KeyError(pointer)
            self._spans[(pointer, key)] = found
        return found

    def children(self, pointer: str) -> list[str]:
        node = self.get(pointer)
        if isinstance(node, dict):
            return [f"{pointer}/{escape_pointer_token(k)}" for k in node]
        return [f"{pointer}/{i}" for i in range(len(node))]

    def start_of(self, child: str, in_object: bool) -> int:
        return self.span(child, key=in_object)[0]

    def line_indent(self, offset: int) -> str:
        line_start = self.text.rfind("\n", 0, offset) + 1
        prefix = self.text[line_start:offset]
        return prefix[:len(prefix) - len(prefix.lstrip(" \t"))]

    def column(self, offset: int) -> int:
        return offset - (self.text.rfind("\n", 0, offset) + 1)

    def splice(self, start: int, end: int, new: str) -> str:
        return self.text[:start] + new + self.text[end:]

    # ------------------------------------------------------------------ operations

    def set(self, pointer: str, value: Any) -> str:
        if not self.exists(pointer):
            return self.insert(pointer, value)
        old = self.get(pointer)
        if _same(old, value):
            return self.text
        if isinstance(old, dict) and isinstance(value, dict) and pointer:
            return self._merge_object(pointer, old, value)
        if isinstance(old, list) and isinstance(value, list) and len(old) == len(value) and pointer:
            text = self.text
            for i, item in enumerate(value):
                text = apply_op(text, {"op": "set", "path": f"{pointer}/{i}", "value": item})
            return text
        start, end = self.span(pointer)
        multiline = "\n" in self.text[start:end]
        return self.splice(start, end, self.render(value, self.line_indent(start), self.column(start), multiline))

    def _merge_object(self, pointer: str, old: dict, new: dict) -> str:
        text = self.text
        for key in old:
            if key not in new:
                text = apply_op(text, {"op": "remove", "path": f"{pointer}/{escape_pointer_token(key)}"})
        for key, value in new.items():
            text = apply_op(text, {"op": "set", "path": f"{pointer}/{escape_pointer_token(key)}", "value": value})
        return text

    def insert(self, pointer: str, value: Any) -> str:
        if not pointer:
            raise EditError("cannot insert the whole document")
        parent, token = _split(pointer)
        if not self.exists(parent):
            raise EditError(f"nothing at {parent!r} to insert into")
        container = self.get(parent)
        if isinstance(container, dict):
            if token in container:
                return self.set(pointer, value)
            return self._add_member(parent, token, value)
        if isinstance(container, list):
            index = len(container) if token == "-" else _index(token, len(container) + 1, pointer)
            return self._add_element(parent, index, value)
        raise EditError(f"{parent!r} is neither an object nor an array")

    def remove(self, pointer: str) -> str:
        if not pointer or not self.exists(pointer):
            raise EditError(f"nothing at {pointer!r} to remove")
        parent, _ = _split(pointer)
        in_object = isinstance(self.get(parent), dict)
        siblings = self.children(parent)
        k = siblings.index(pointer) if in_object else int(_split(pointer)[1])
        if len(siblings) == 1:
            start, end = self.span(parent)
            return self.splice(start + 1, end - 1, "")
        if k < len(siblings) - 1:
            return self.splice(self.start_of(siblings[k], in_object), self.start_of(siblings[k + 1], in_object), "")
        return self.splice(self.span(siblings[k - 1])[1], self.span(siblings[k])[1], "")

    def move(self, source: str, target: str) -> str:
        if not self.exists(source):
            raise EditError(f"nothing at {source!r} to move")
        if target == source:
            return self.text
        value = self.get(source)
        src_parent, _ = _split(source)
        dst_parent, token = _split(target)
        start, end = self.span(source)
        raw = self.text[start:end]
        after = _Document(self.remove(source))
        if dst_parent == src_parent and isinstance(after.get(dst_parent), list):
            # Same array: the element keeps its own bytes (it sits at the same depth).
            length = len(after.get(dst_parent))
            index = length if token == "-" else _index(token, length + 1, target)
            return after._add_element(dst_parent, index, value, raw=raw)
        return after.insert(target, value)

    # ------------------------------------------------------------------ adding

    def _add_member(self, parent: str, key: str, value: Any) -> str:
        members = self.children(parent)
        start, end = self.span(parent)
        name = json.dumps(key, ensure_ascii=False) + ": "
        if not members:
            return self._fill_empty(start, end, "{", "}", name, value)
        first, last = members[0], members[-1]
        key_start = self.span(first, key=True)[0]
        at = self.span(last)[1]
        if "\n" in self.text[start:key_start]:
            indent = self.line_indent(key_start)
            return self.splice(at, at, "," + self.newline + indent + name
                               + self.render(value, indent, len(indent) + len(name), False))
        return self.splice(at, at, ", " + name + self.render(value, "", self.column(at) + 2 + len(name), False))

    def _add_element(self, parent: str, index: int, value: Any, raw: str | None = None) -> str:
        elements = self.children(parent)
        start, end = self.span(parent)
        if not elements:
            return self._fill_empty(start, end, "[", "]", "", value, raw)
        first_start = self.span(elements[0])[0]
        neighbour = elements[min(index, len(elements) - 1)]
        n_start, n_end = self.span(neighbour)
        multiline = "\n" in self.text[start:first_start]
        if multiline:
            indent = self.line_indent(first_start)
            sep = "," + self.newline + indent
            body = raw if raw is not None else self.render(value, indent, len(indent),
                                                           "\n" in self.text[n_start:n_end] and isinstance(value, (dict, list)))
        else:
            sep = ", "
            body = raw if raw is not None else self.render(value, "", self.column(n_start), False)
        if index < len(elements):
            at = self.span(elements[index])[0]
            return self.splice(at, at, body + sep)
        at = self.span(elements[-1])[1]
        return self.splice(at, at, sep + body)

    def _fill_empty(self, start: int, end: int, open_: str, close: str, name: str, value: Any,
                    raw: str | None = None) -> str:
        outer = self.line_indent(start)
        column = self.column(start)
        inline = f"{open_}{' ' if open_ == '{' else ''}{name}{raw or self.render(value, '', column + 2 + len(name), False)}" \
                 f"{' ' if open_ == '{' else ''}{close}"
        if raw is None and column + len(inline) <= _LINE_LIMIT and not _needs_lines(value):
            return self.splice(start, end, inline)
        indent = outer + self.unit
        body = raw if raw is not None else self.render(value, indent, len(indent) + len(name), isinstance(value, dict))
        return self.splice(start, end, open_ + self.newline + indent + name + body + self.newline + outer + close)

    # ------------------------------------------------------------------ rendering

    def render(self, value: Any, indent: str, column: int, force_lines: bool) -> str:
        """``value`` as JSON text starting at ``column`` of a line indented by ``indent``."""
        if not isinstance(value, (dict, list)) or not value:
            return _inline(value)
        inline = _inline(value)
        if not force_lines and column + len(inline) <= _LINE_LIMIT and not _needs_lines(value):
            return inline
        inner = indent + self.unit
        nl = self.newline
        if isinstance(value, dict):
            parts = []
            for k, v in value.items():
                name = json.dumps(k, ensure_ascii=False) + ": "
                parts.append(inner + name + self.render(v, inner, len(inner) + len(name), False))
            return "{" + nl + ("," + nl).join(parts) + nl + indent + "}"
        parts = [inner + self.render(v, inner, len(inner), isinstance(v, dict)) for v in value]
        return "[" + nl + ("," + nl).join(parts) + nl + indent + "]"


def _index(token: str, limit: int, pointer: str) -> int:
    if not token.isdigit() or int(token) >= limit:
        raise EditError(f"{pointer!r}: array index out of range")
    return int(token)


def _needs_lines(value: Any) -> bool:
    """Objects inside arrays (fields, nodes, …) get lines of their own, as in the samples."""
    if isinstance(value, list):
        return any(isinstance(v, dict) and v for v in value) or any(_needs_lines(v) for v in value)
    if isinstance(value, dict):
        return any(_needs_lines(v) for v in value.values())
    return False


def _inline(value: Any) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(json.dumps(k, ensure_ascii=False) + ": " + _inline(v) for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


# The leading blanks of the first indented line (a search, not a split of the whole file).
_FIRST_INDENT = re.compile(r"(?:\r\n|\n|\r)([ \t]+)[^ \t\r\n]")


def _indent_unit(text: str) -> str:
    m = _FIRST_INDENT.search(text)
    return m.group(1) if m else "  "
