"""Local date-times (``localDateTime`` fields): a wall-clock date and time with no time zone.

An invoice dated 2021-01-01 00:00 is that, wherever it is read: unlike a
``datetime`` (an instant, answered in UTC and shown in the reader's zone) a
local date-time is never converted. API value: ``YYYY-MM-DDTHH:MM:SS`` with
``.ffffff`` only when the microseconds are not zero (``2021-01-01T00:00:00``);
input may also use a space for ``T``, omit the seconds or give fewer fraction
digits, but never a ``Z`` or an offset (that would be an instant). PostgreSQL
stores ``TIMESTAMP`` (without time zone); SQLite stores the API text, whose
text order is time order.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

LOCAL_DATETIME_RE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ]([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)")
ZONED_RE = re.compile(r".*([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)")
FORMAT_WORDS = "a local date-time YYYY-MM-DDTHH:MM:SS, without a time zone"


class LocalDateTimeProblem(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.rule = "format"
        self.message = message


def parse(value: Any) -> _dt.datetime:
    """Text → naive datetime; raises LocalDateTimeProblem."""
    if not isinstance(value, str) or len(value) > 40:
        raise LocalDateTimeProblem(f"must be {FORMAT_WORDS}")
    m = LOCAL_DATETIME_RE.fullmatch(value)
    if m is None:
        if ZONED_RE.fullmatch(value) and LOCAL_DATETIME_RE.match(value):
            raise LocalDateTimeProblem("must not have a time zone (Z or an offset): a local date-time is shown as written; "
                                       "use a datetime field for instants")
        raise LocalDateTimeProblem(f"must be {FORMAT_WORDS}")
    try:
        return _dt.datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}")
    except ValueError:
        raise LocalDateTimeProblem("is not a valid calendar date and time") from None


def format_local(d: _dt.datetime) -> str:
    return d.replace(tzinfo=None).isoformat()


def canonical(value: Any) -> str:
    return format_local(parse(value))
