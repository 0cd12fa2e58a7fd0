"""Value conversion: API (JSON) values ⇄ database values, per field type and dialect.

Three representations of a field value:

* **API value** — what JSON-RPC sends and returns, and what records hold
  inside the runtime (hooks, events, flows see these): strings for dates
  (``YYYY-MM-DD``), datetimes (UTC, ``YYYY-MM-DDTHH:MM:SS.ffffffZ``) and UUIDs
  (lower-case canonical), strings with exactly ``scale`` places for ``decimal`` (see
  :mod:`torquec.runtime.decimals`; never rounded),
  lists/dicts for ``array``/``json``.
* **validated value** — what the generated pydantic models produce
  (``datetime.date``, ``uuid.UUID`` …); :func:`api_normalizer` turns it into
  the API value.
* **database value** — what the driver binds/returns; per dialect, following
  the storage conventions of ``torquec.backends.sql.values``.
"""

from __future__ import annotations

import base64
import datetime as _dt
import os
import threading
import time
import uuid as _uuid
from decimal import Decimal
from typing import Any, Callable

import orjson

from torquec.contract import SEARCHABLE_TYPES

from . import binary, decimals, local_datetime

UTC = _dt.timezone.utc
DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

Conv = Callable[[Any], Any] | None


# --------------------------------------------------------------------------- helpers


def format_datetime(d: _dt.datetime) -> str:
    """``2024-05-06T12:34:00.000000Z`` (DATETIME_FORMAT). ``isoformat`` rather than ``strftime``:
    five times faster (an import formats one per row and field), and years before 1000 keep
    their four digits (glibc's ``%Y`` writes ``999``, which the SQLite CHECK refuses)."""
    if d.tzinfo is not None and d.utcoffset():
        d = d.astimezone(UTC)
    return d.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def parse_datetime(text: str) -> _dt.datetime:
    """ISO 8601 text (``Z`` or an offset; naive = UTC) → aware datetime. Raises ValueError."""
    if not isinstance(text, str) or len(text) > 64:
        raise ValueError("not a date-time")
    d = _dt.datetime.fromisoformat(text.strip())
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return d.astimezone(UTC)


def canonical_datetime(text: str) -> str:
    return format_datetime(parse_datetime(text))


def canonical_date(text: str) -> str:
    if not isinstance(text, str) or len(text) != 10:
        raise ValueError("not a date (YYYY-MM-DD)")
    return _dt.date.fromisoformat(text).isoformat()


def canonical_uuid(text: Any) -> str:
    """A UUID string in any accepted form → lower-case canonical. Raises ValueError."""
    if isinstance(text, _uuid.UUID):
        return str(text)
    if not isinstance(text, str) or len(text) != 36:
        raise ValueError("not a UUID")
    return str(_uuid.UUID(text))


def now_utc() -> tuple[_dt.datetime, str]:
    d = _dt.datetime.now(UTC)
    return d, d.strftime(DATETIME_FORMAT)


_ID_LOCK = threading.Lock()
_id_state = [0, 0]  # last millisecond, counter


def new_id() -> str:
    """A UUIDv7 (RFC 9562): time-ordered, good B-tree locality for both databases.
    Monotonic within the process: a 12-bit counter orders ids of one millisecond."""
    rand = int.from_bytes(os.urandom(8), "big")
    ms = time.time_ns() // 1_000_000
    with _ID_LOCK:
        last, counter = _id_state
        if ms <= last:
            ms = last
            counter += 1
            if counter > 0xFFF:
                ms, counter = last + 1, 0
        else:
            counter = rand >> 53  # random start in the lower half of the counter space
        _id_state[0], _id_state[1] = ms, counter
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(_uuid.UUID(int=value))


# --------------------------------------------------------------------------- validated → API


def api_normalizer(ftype: str, scale: int = 2, item_type: str | None = None) -> Conv:
    """Function turning a pydantic-validated value of ``ftype`` into its API value (None = identity)."""
    if ftype == "date":
        return lambda v: v.isoformat() if isinstance(v, _dt.date) else v
    if ftype == "datetime":
        return _api_datetime
    if ftype in ("uuid", "reference"):
        return lambda v: str(v) if isinstance(v, _uuid.UUID) else v
    if ftype == "float":
        return lambda v: float(v) if isinstance(v, int) and not isinstance(v, bool) else v
    if ftype == "array" and item_type is not None:
        inner = api_normalizer(item_type)
        if inner is None:
            return None
        return lambda v: [inner(x) if x is not None else None for x in v] if isinstance(v, list) else v
    return None


def _api_datetime(v: Any) -> Any:
    if not isinstance(v, _dt.datetime):
        return v
    try:
        return format_datetime(v)
    except OverflowError:  # 0001-01-01T00:00+01:00 is before year 1 in UTC
        raise BadValue("format", DATETIME_RANGE_MESSAGE) from None


DATETIME_RANGE_MESSAGE = "is out of range: must be between years 1 and 9999 in UTC"


# --------------------------------------------------------------------------- API → database


def _json_text(v: Any) -> str:
    return orjson.dumps(v).decode("utf-8")


def to_db(ftype: str, dialect: str, precision: int = 18, scale: int = 2) -> Conv:
    """API value → value to bind (None passes through untouched; the function never sees it)."""
    if ftype == "bytes":
        return base64.b64decode
    if ftype == "localDateTime":
        return None if dialect == "sqlite" else local_datetime.parse  # SQLite: the canonical text
    if ftype == "decimal":
        if dialect == "sqlite":
            return lambda v: decimals.sqlite_store(v, precision, scale)
        return Decimal
    if ftype in ("array", "json"):
        if dialect == "sqlite":
            return _json_text
        from psycopg.types.json import Jsonb

        return Jsonb
    if dialect == "sqlite":
        if ftype == "boolean":
            return lambda v: 1 if v else 0
        return None  # dates, datetimes, UUIDs are stored as their API text
    if ftype in ("uuid", "reference"):
        return _uuid.UUID
    if ftype == "date":
        return _dt.date.fromisoformat
    if ftype == "datetime":
        return parse_datetime
    return None


def from_db(ftype: str, dialect: str, precision: int = 18, scale: int = 2) -> Conv:
    """Database value → API value (None passes through untouched)."""
    if ftype == "bytes":
        return binary.encode
    if ftype == "localDateTime":
        return None if dialect == "sqlite" else local_datetime.format_local
    if ftype == "decimal":
        if dialect == "sqlite":
            return lambda v: decimals.sqlite_load(v, precision, scale)
        return lambda v: decimals.canonical(v, scale)
    if dialect == "sqlite":
        if ftype == "boolean":
            return bool
        if ftype == "float":
            return float
        if ftype in ("array", "json"):
            return orjson.loads
        return None
    if ftype in ("uuid", "reference"):
        return str
    if ftype == "date":
        return _dt.date.isoformat
    if ftype == "datetime":
        return format_datetime
    if ftype == "float":
        return float
    return None


# --------------------------------------------------------------------------- filter values


class BadValue(ValueError):
    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message


STRINGISH = SEARCHABLE_TYPES  # types whose filter values are strings


MAX_JSON_DEPTH = 64


def json_problem(v: Any, depth: int = 0) -> str | None:
    """``"characters"`` when a JSON value contains a NUL character (PostgreSQL text and
    jsonb reject it, so neither database stores it), ``"maxDepth"`` when it nests
    deeper than MAX_JSON_DEPTH, else None."""
    if isinstance(v, str):
        return "characters" if "\x00" in v else None
    if depth >= MAX_JSON_DEPTH and isinstance(v, (list, dict)):
        return "maxDepth"
    if isinstance(v, list):
        for x in v:
            p = json_problem(x, depth + 1)
            if p:
                return p
    elif isinstance(v, dict):
        for k, x in v.items():
            if "\x00" in k:
                return "characters"
            p = json_problem(x, depth + 1)
            if p:
                return p
    return None


def has_nul(v: Any) -> bool:
    return json_problem(v) == "characters"


NUL_MESSAGE = "must not contain NUL characters (\\u0000)"


def filter_value(ftype: str, value: Any, item_type: str | None = None, precision: int = 18, scale: int = 2) -> Any:
    """An arbitrary JSON value used in a filter → the API value of ``ftype``; raises BadValue."""
    if ftype == "decimal":
        try:
            return decimals.api_text(value, precision, scale)
        except decimals.DecimalProblem as p:
            raise BadValue(p.rule, p.message) from None
    if ftype == "localDateTime":
        try:
            return local_datetime.canonical(value)
        except local_datetime.LocalDateTimeProblem as p:
            raise BadValue(p.rule, p.message) from None
    if ftype in STRINGISH:
        if not isinstance(value, str):
            raise BadValue("type", "must be a string")
        if "\x00" in value:
            raise BadValue("characters", NUL_MESSAGE)
        if len(value) > 10_000:
            raise BadValue("maxLength", "is too long for a filter value")
        return value
    if ftype == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise BadValue("type", "must be an integer")
        if not -(2**63) <= value < 2**63:
            raise BadValue("max", "is out of the 64-bit integer range")
        return value
    if ftype == "float":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise BadValue("type", "must be a number")
        return float(value)
    if ftype == "boolean":
        if not isinstance(value, bool):
            raise BadValue("type", "must be true or false")
        return value
    if ftype == "date":
        try:
            return canonical_date(value)
        except (ValueError, TypeError):
            raise BadValue("format", "must be a date (YYYY-MM-DD)") from None
    if ftype == "datetime":
        try:
            return canonical_datetime(value)
        except (ValueError, TypeError, OverflowError):
            raise BadValue("format", "must be an ISO 8601 date-time") from None
    if ftype in ("uuid", "reference"):
        try:
            return canonical_uuid(value)
        except (ValueError, TypeError, AttributeError):
            raise BadValue("format", "must be a UUID") from None
    if ftype == "array":
        return filter_value(item_type or "json", value)
    if ftype == "json":
        raise BadValue("type", "json fields can only be filtered with isNull")
    raise BadValue("type", "unsupported type")
