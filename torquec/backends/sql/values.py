"""How a model value (JSON) is stored per dialect — the storage conventions.

============  =============================  ==========================================
field type    PostgreSQL                     SQLite
============  =============================  ==========================================
boolean       BOOLEAN                        INTEGER 0 / 1
date          DATE                           TEXT ``YYYY-MM-DD``
localDateTime TIMESTAMP                      TEXT ``2021-01-01T00:00:00[.ffffff]``
bytes         BYTEA                          BLOB
datetime      TIMESTAMPTZ                    TEXT, UTC, always 6 fractional digits:
                                             ``2026-01-02T03:04:05.123456Z``
                                             (so text order is time order)
uuid, ref     UUID                           TEXT, lower-case canonical form
array, json   JSONB                          TEXT holding JSON (compact: ``[1,2]``)
decimal       NUMERIC(p, s)                  exact, in numeric order: p ≤ 18 INTEGER
                                             value × 10^s; p > 18 fixed-width TEXT
                                             (``torquec.runtime.decimals``)
others        native                         native
============  =============================  ==========================================

:func:`to_db` converts one JSON value for a dialect (used for column
defaults, by the tests' sample-data inserts and by migrations); the server
runtime applies the same rules.
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
from typing import Any

from torquec.ir.nodes import FieldType
from torquec.runtime import decimals, local_datetime

SQLITE_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def canonical_datetime(value: str) -> str:
    """ISO-8601 text → the SQLite storage form (UTC, microseconds, ``Z``)."""
    text = value.strip()
    if text.endswith(("z", "Z")):
        text = text[:-1] + "+00:00"
    d = _dt.datetime.fromisoformat(text)
    if d.tzinfo is None:
        d = d.replace(tzinfo=_dt.timezone.utc)
    return d.astimezone(_dt.timezone.utc).strftime(SQLITE_DATETIME_FORMAT)


def json_text(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def to_db(ftype: FieldType, value: Any, dialect: str, precision: int = 18, scale: int = 2) -> Any:
    """A JSON value of a field of type ``ftype`` → the Python value to bind for ``dialect``."""
    if value is None:
        return None
    if ftype is FieldType.BYTES:
        return base64.b64decode(value)
    if ftype is FieldType.LOCAL_DATETIME:
        text = local_datetime.canonical(value)
        return text if dialect == "sqlite" else local_datetime.parse(text)
    if ftype is FieldType.DECIMAL:
        d = decimals.parse(value, precision, scale)
        return decimals.sqlite_store(d, precision, scale) if dialect == "sqlite" else d
    if ftype in (FieldType.ARRAY, FieldType.JSON):
        return json_text(value)
    if dialect == "sqlite":
        if ftype is FieldType.BOOLEAN:
            return 1 if value else 0
        if ftype is FieldType.DATETIME:
            return canonical_datetime(value)
        if ftype in (FieldType.UUID, FieldType.REFERENCE):
            return str(value).lower()
    return value
