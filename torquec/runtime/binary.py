"""Binary data (``bytes`` fields): base64 text in every API, raw bytes in the database.

API value: standard base64 (RFC 4648 §4, with padding, no line breaks), what
JSON-RPC and MCP send and answer; the empty string is zero bytes. Input must
be exactly that (whitespace or the URL-safe alphabet are refused, so one
value has one spelling) and decode to at most the field's ``maxBytes``.
PostgreSQL stores ``BYTEA``, SQLite a ``BLOB``; both CHECK the size.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

DEFAULT_MAX_BYTES = 262_144
"""A bytes field without ``maxBytes``: 256 KiB (its base64 fits the default 1 MiB request body)."""
MAX_MAX_BYTES = 64 * 1024 * 1024

_BASE64_RE = re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")


class BytesProblem(ValueError):
    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message


def base64_length(max_bytes: int) -> int:
    """Characters of the base64 text of ``max_bytes`` bytes."""
    return 4 * ((max_bytes + 2) // 3)


def size_words(n: int) -> str:
    return f"{n} byte{'s' if n != 1 else ''}"


def decode(value: Any, max_bytes: int) -> bytes:
    """Base64 text → the bytes; raises BytesProblem (rule type or maxBytes)."""
    if not isinstance(value, str):
        raise BytesProblem("type", "must be base64 text (a string)")
    if len(value) > base64_length(max_bytes):
        raise BytesProblem("maxBytes", f"must be at most {size_words(max_bytes)}")
    if not _BASE64_RE.fullmatch(value):
        raise BytesProblem("type", "must be standard base64 (A-Z a-z 0-9 + /, padded with =)")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise BytesProblem("type", "must be standard base64 (A-Z a-z 0-9 + /, padded with =)") from None
    if len(data) > max_bytes:
        raise BytesProblem("maxBytes", f"must be at most {size_words(max_bytes)}")
    return data


def canonical(value: Any, max_bytes: int) -> str:
    """The API text of a valid value (unused bits of the last character set to zero)."""
    return encode(decode(value, max_bytes))


def encode(data: bytes | bytearray | memoryview) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")
