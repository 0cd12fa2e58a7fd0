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
    hint = None
    text = source.text
    pos = exc.pos
    if msg.startswith("Expecting property name enclosed in double quotes"):
        prev = text[:pos].rstrip()
        if prev.endswith(","):
            hint = "JSON does not allow a trailing comma before `}`"
            pos = len(prev) - 1
        elif text[pos:pos + 1] == "'":
            hint = "JSON strings and keys use double quotes"
    elif msg.startswith("Expecting value"):
        prev = text[:pos].rstrip()
        if prev.endswith(",") and text[pos:pos + 1] in "]}":
            hint = "JSON does not allow a trailing comma"
            pos = len(prev) - 1
        elif text[pos:pos + 1] == "'":
            hint = "JSON strings use double quotes"
        elif text[pos:pos + 2] == "//" or text[pos:pos + 2] == "/*":
            hint = "JSON has no comments"
    elif msg.startswith("Expecting ',' delimiter"):
        hint = "a `,` is missing between two members or elements"
    elif msg.startswith("Unterminated string"):
        hint = "close the string with `\"`"
    elif msg.startswith("Invalid control character"):
        hint = "write a newline inside a string as `\\n`"
    line, col = source.line_col(pos)
    return error("E001", f"invalid JSON: {msg.lower()}", line=line, col=col, hint=hint)


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

