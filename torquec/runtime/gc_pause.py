"""The cyclic garbage collector paused while a bulk import runs.

An import keeps hundreds of thousands of row dicts and tuples alive until it ends; the collector's
full passes over that growing heap free nothing (rows hold no reference cycles) and cost about a
fifth of a 100,000-row import. The pause is counted, so imports in two threads do not switch the
collector back on under each other, and it is left alone if something else had switched it off.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_pauses = 0  # paused blocks running in this process
_ours = False  # the first of them switched the collector off (it was on)


@contextmanager
def gc_paused() -> Iterator[None]:
    global _pauses, _ours
    with _lock:
        if _pauses == 0:
            _ours = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _ours:
                _ours = False
                gc.enable()
