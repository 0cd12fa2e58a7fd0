"""Matching a value against a model ``pattern`` in bounded time.

Python's ``re`` backtracks: ``(a+)+`` against ``'a' * 24 + '!'`` takes half a
second and twice as long per extra character. Everything that matches a model
pattern outside pydantic's own validation (the SQLite ``regexp`` function of the
pattern CHECK constraints, the compiler's checks of sample data and defaults)
goes through :func:`search`:

* patterns the Rust ``regex`` engine of pydantic-core compiles (everything but
  look-around and back-references) run there: linear time, and the engine the
  generated server validates request data with, so both agree;
* the others run in the ``regex`` module (backtracking like ``re``, same syntax
  for the ECMAScript/Python subset models may use) under a time limit. A
  pattern that exceeded it 20 times is remembered and not run again (a model
  with many sample values for one hostile pattern stays quick to build).

:func:`search` returns ``None`` when the answer could not be found in time.
"""

from __future__ import annotations

import threading
from functools import lru_cache

#: Time one backtracking match may take.
MATCH_TIMEOUT_S = 0.05

#: pattern -> how often it exceeded the time limit (capped in size).
_timeouts: dict[str, int] = {}
_timeouts_lock = threading.Lock()
_TIMEOUTS_MAX = 1024
_GIVE_UP_AFTER = 20


@lru_cache(maxsize=1024)
def _linear(pattern: str):
    from pydantic_core import SchemaError, SchemaValidator, core_schema

    try:
        return SchemaValidator(core_schema.str_schema(pattern=pattern))
    except SchemaError:  # look-around, back-references, or too big for the Rust engine
        return None


@lru_cache(maxsize=1024)
def _backtracking(pattern: str):
    import regex

    try:
        return regex.compile(pattern, regex.V0)
    except (regex.error, RecursionError, OverflowError, ValueError):
        return None


def search(pattern: str, value: str) -> bool | None:
    """Whether ``pattern`` is found in ``value`` (``re.search`` semantics), or ``None``
    when that cannot be decided in bounded time."""
    return _match(pattern, pattern, value, full=False)


def full_match(pattern: str, value: str) -> bool | None:
    """Whether all of ``value`` matches ``pattern`` (``re.fullmatch``), or ``None``
    when that cannot be decided in bounded time."""
    return _match(f"^(?:{pattern})$", pattern, value, full=True)  # Rust's `$` is the very end


def _match(linear_pattern: str, pattern: str, value: str, *, full: bool) -> bool | None:
    linear = _linear(linear_pattern)
    if linear is not None:
        from pydantic_core import ValidationError

        try:
            linear.validate_python(value)
            return True
        except ValidationError:
            return False
    if _timeouts.get(pattern, 0) >= _GIVE_UP_AFTER:
        return None
    rx = _backtracking(pattern)
    if rx is None:
        return None
    try:
        found = (rx.fullmatch if full else rx.search)(value, timeout=MATCH_TIMEOUT_S)
    except TimeoutError:
        with _timeouts_lock:
            if pattern in _timeouts or len(_timeouts) < _TIMEOUTS_MAX:
                _timeouts[pattern] = _timeouts.get(pattern, 0) + 1
        return None
    return found is not None


def linear_time(pattern: str) -> bool:
    """Whether the generated server validates ``pattern`` with the linear-time Rust engine
    (else pydantic falls back to Python's backtracking ``re``: look-around, back-references)."""
    return _linear(f"^(?:{pattern})$") is not None
