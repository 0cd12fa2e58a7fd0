"""The model file as the studio sees it: versioned text, guarded writes, byte-exact undo/redo.

A version is a hash of the file's bytes. Every change names the version it was
made on; when the file moved on since (a text editor, an agent, another studio
tab saved), the change is refused with :class:`Conflict` instead of overwriting
the other edit. Writes are atomic (temp file + rename in the same directory).
Undo and redo swap whole file texts, so they restore the exact bytes; they too
refuse when the file is no longer the text they would undo.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from dataclasses import dataclass
from typing import Callable

from torquec.studio.textedit import apply_ops

__all__ = ["Conflict", "ModelStore", "version_of"]


def version_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Conflict(Exception):
    """The change was based on an outdated version of the file."""

    def __init__(self, message: str, text: str) -> None:
        super().__init__(message)
        self.text = text


@dataclass
class _Step:
    before: str
    after: str
    label: str


class ModelStore:
    def __init__(self, path: str, history_limit: int = 200) -> None:
        self.path = path
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._limit = history_limit
        self._lock = threading.Lock()

    def read(self) -> str:
        # newline="": CRLF files keep their line endings through an edit.
        with open(self.path, encoding="utf-8", newline="") as fh:
            return fh.read()

    def history(self) -> dict:
        return {"undo": [s.label for s in self._undo], "redo": [s.label for s in self._redo]}

    # ------------------------------------------------------------------ changes

    def edit(self, base: str, ops: list[dict], label: str = "edit") -> str:
        with self._lock:
            text = self._current(base)
            new = apply_ops(text, ops)
            return self._commit(text, new, label)

    def replace(self, base: str, new: str, label: str = "JSON edit") -> str:
        with self._lock:
            return self._commit(self._current(base), new, label)

    def rewrite(self, base: str, change: Callable[[str], str], label: str) -> str:
        """Commit ``change(text)`` of the current text (a rename computed from the exact bytes)."""
        with self._lock:
            text = self._current(base)
            return self._commit(text, change(text), label)

    def undo(self, base: str) -> str:
        return self._swap(base, self._undo, self._redo, "undo")

    def redo(self, base: str) -> str:
        return self._swap(base, self._redo, self._undo, "redo")

    # ------------------------------------------------------------------ internals

    def _current(self, base: str) -> str:
        text = self.read()
        if version_of(text) != base:
            raise Conflict("the model file changed since this version (edited elsewhere); "
                           "your change was not applied — review the new version and redo it", text)
        return text

    def _commit(self, before: str, after: str, label: str) -> str:
        if after == before:
            return after
        self._write(after)
        self._undo.append(_Step(before, after, label))
        del self._undo[:-self._limit]
        self._redo.clear()
        return after

    def _swap(self, base: str, source: list[_Step], target: list[_Step], what: str) -> str:
        with self._lock:
            text = self._current(base)
            if not source:
                raise LookupError(f"nothing to {what}")
            step = source[-1]
            expected, restored = (step.after, step.before) if what == "undo" else (step.before, step.after)
            if text != expected:
                raise Conflict(f"cannot {what}: the file was changed elsewhere after that step", text)
            self._write(restored)
            target.append(source.pop())
            return restored

    def _write(self, text: str) -> None:
        directory = os.path.dirname(os.path.abspath(self.path))
        fd, tmp = tempfile.mkstemp(prefix=".torquec-studio-", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            try:
                os.chmod(tmp, os.stat(self.path).st_mode & 0o7777)
            except OSError:
                pass
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
