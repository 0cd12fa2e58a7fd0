"""The cyclic garbage collector paused while a bulk import runs.

An import keeps hundreds of thousands of row dicts and tuples alive until it ends; the collector's
full passes over that growing heap free nothing (rows hold no reference cycles) and cost about a
fifth of a 100,000-row import. The pause is counted (``ProcessSetting``), so imports in two threads
do not switch the collector back on under each other, and it is left alone if something else had
switched it off.
"""

from __future__ import annotations

import gc
from contextlib import AbstractContextManager

from .process_setting import ProcessSetting


def _disable() -> bool:
    was = gc.isenabled()
    gc.disable()
    return was


def _restore(was: bool) -> None:
    if was:
        gc.enable()


_COLLECTOR_OFF = ProcessSetting(_disable, _restore)


def gc_paused() -> AbstractContextManager[None]:
    return _COLLECTOR_OFF.held()
