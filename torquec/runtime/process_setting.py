"""A process-wide interpreter setting changed while any of several blocks runs.

Imports may run on several threads of one server at once, and the settings they change for
speed (the cyclic garbage collector, the thread switch interval) belong to the whole process:
the first block in changes the setting, the last one out puts back what was there before, so
two overlapping imports never restore it under each other.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator


class ProcessSetting:
    """``change()`` applies the setting and returns what to give ``restore`` afterwards."""

    def __init__(self, change: Callable[[], Any], restore: Callable[[Any], None]) -> None:
        self._change, self._restore = change, restore
        self._lock = threading.Lock()
        self._holders = 0
        self._saved: Any = None

    def enter(self) -> None:
        with self._lock:
            if self._holders == 0:
                self._saved = self._change()
            self._holders += 1

    def leave(self) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0:
                self._restore(self._saved)
                self._saved = None

    @contextmanager
    def held(self) -> Iterator[None]:
        self.enter()
        try:
            yield
        finally:
            self.leave()
