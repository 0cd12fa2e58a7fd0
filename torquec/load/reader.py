"""Read a model file and parse its JSON; syntax problems become E0xx diagnostics."""

from __future__ import annotations

import json
import os

from torquec.diagnostics import Diagnostic, Diagnostics, error
from torquec.load.source import SourceFile

MAX_MODEL_BYTES = 64 * 1024 * 1024


class _DuplicateKeys:
    """object_pairs_hook that remembers duplicate keys (JSON allows them; we don't)."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def __call__(self, pairs):
        result = {}
        for key, value in pairs:
            if key in result:
                self.found.append(key)
            result[key] = value
        return result


def load_model_text(text: str, path: str, display_path: str | None = None) -> tuple[SourceFile, object | None, Diagnostics]:
    source = SourceFile(path=path, text=text, display_path=display_path or path)
    diags = Diagnostics()
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        diags.add(error("E002", "the model file is empty", line=1, col=1, hint="run `torquec init NAME` for a starter model"))
        return source, None, diags
    dupes = _DuplicateKeys()
    try:
        data = json.loads(text, object_pairs_hook=dupes)
    except json.JSONDecodeError as exc:
        if source.text.startswith("\ufeff"):
            exc.pos += 1  # positions are in the file, which starts with the BOM
        diags.add(_syntax_error(exc, source))
        return source, None, diags
    except RecursionError:
        diags.add(error("E005", "the model nests too deeply to be read", line=1, col=1))
        return source, None, diags
    if dupes.found:
        for ptr, key in _duplicate_pointers(source):
            diags.add(
                error("E003", f"duplicate key `{key}`: the later value silently wins in most JSON tools",
                      ptr, at_key=True, hint="remove one of the two members")
            )
    if not isinstance(data, dict):
        diags.add(error("E004", f"the model must be a JSON object, found {_json_type(data)}", "", line=1, col=1))
        return source, None, diags
    return source, data, diags


def load_model_file(path: str) -> tuple[SourceFile | None, object | None, Diagnostics]:
    diags = Diagnostics()
    display = os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
    try:
        size = os.path.getsize(path)
        if size > MAX_MODEL_BYTES:
            diags.add(error("E002", f"the model file is {size} bytes; the limit is {MAX_MODEL_BYTES}"))
            return None, None, diags
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        diags.add(error("E002", f"no such model file: {display}"))
        return None, None, diags
    except IsADirectoryError:
        diags.add(error("E002", f"{display} is a directory, not a model file"))
        return None, None, diags
    except OSError as exc:
        diags.add(error("E002", f"cannot read {display}: {exc.strerror}"))
        return None, None, diags
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        source = SourceFile(path=path, text=raw.decode("utf-8", "replace"), display_path=display)
        line, col = source.line_col(exc.start)
        diags.add(error("E001", "the model file is not valid UTF-8", line=line, col=col,
                        hint="save the file as UTF-8"))
        return source, None, diags
    return load_model_text(text, path, display)


def _syntax_error(exc: json.JSONDecodeError, source: SourceFile) -> Diagnostic:
    msg = exc.msg
    if msg.endswith(" at"):  # "Invalid control character at", "Unterminated string starting at"
        msg = msg[:-3]
    message = None
    hint = None
    text = source.text
    pos = exc.pos
    ahead = text[pos:pos + 2]
    if ahead in ("//", "/*") and (msg.startswith("Expecting value") or msg.startswith("Expecting property name")):
        line, col = source.line_col(pos)
        line_comment = ahead == "//"
        return error("E001", "invalid JSON: comments are not allowed in JSON", line=line, col=col,
                     length=_comment_length(text, pos), hint="remove the comment, or move it into a `description`",
                     # A line comment is removed by the fix; a block comment's end is not known here.
                     replacement="" if line_comment else None, replacement_raw=line_comment)
    if msg.startswith(("Expecting property name enclosed in double quotes", "Expecting value")):
        prev = text[:pos].rstrip()
        at_key = msg.startswith("Expecting property")  # (a trailing comma in an object, or a key)
        if prev.endswith(",") and (at_key or text[pos:pos + 1] in "]}"):
            hint = "JSON does not allow a trailing comma" + (" before `}`" if at_key else "")
            message = "trailing comma"
            pos = len(prev) - 1
        elif text[pos:pos + 1] == "'":
            hint = "JSON strings and keys use double quotes" if at_key else "JSON strings use double quotes"
    elif msg.startswith("Expecting ',' delimiter"):
        hint = "a `,` is missing between two members or elements"
        # Point just after the previous value, where the comma belongs (rustc does the same).
        prev = text[:pos].rstrip()
        if "\n" in text[len(prev):pos]:
            pos = len(prev)
    elif msg.startswith("Unterminated string"):
        message = "unterminated string"
        hint = "close the string with `\"`"
    elif msg.startswith("Invalid control character"):
        if text[pos:pos + 1] in ("\n", "\r"):
            message = "unterminated string"
            hint = "close the string with `\"` (a string cannot span lines; write a line break as `\\n`)"
            pos = _string_start(text, pos)
        else:
            message = "invalid control character in a string"
            hint = "write a tab as `\\t` and other control characters as `\\u00XX`"
    elif msg.startswith("Extra data"):
        message = "unexpected text after the model's top-level object"
        hint = "the model is one JSON object; remove what follows its closing `}`"
    line, col = source.line_col(pos)
    if message == "trailing comma":
        return error("E001", "invalid JSON: trailing comma", line=line, col=col, hint=hint, replacement="", replacement_raw=True)
    return error("E001", f"invalid JSON: {message or msg.lower()}", line=line, col=col, hint=hint)


def _comment_length(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return (end if end != -1 else len(text)) - pos if text.startswith("//", pos) else 2


def _string_start(text: str, pos: int) -> int:
    """Offset of the opening quote of the string that a line break at ``pos`` interrupts."""
    line_start = text.rfind("\n", 0, pos) + 1
    i = pos - 1
    while i >= line_start:
        if text[i] == '"':
            backslashes = 0
            j = i - 1
            while j >= line_start and text[j] == "\\":
                backslashes += 1
                j -= 1
            if backslashes % 2 == 0:
                return i
        i -= 1
    return pos


def _duplicate_pointers(source: SourceFile) -> list[tuple[str, str]]:
    """Pointers of duplicated keys (rare path: the position scanner finds them)."""
    result = []
    for ptr in source.sourcemap.duplicates:
        key = ptr.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
        result.append((ptr, key))
    return result


def _json_type(value) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "null"
    return "an object"

