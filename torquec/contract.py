"""What the compiler, the runtime and the web front-end must agree on, written once.

The compiler writes these into what it generates (JSON Schemas, OpenRPC, MCP
tool schemas, ``web/src/torque/contract.ts``); the runtime enforces them. A
change here changes every surface at once.

This module imports nothing from torquec: the runtime (``torquec.runtime``)
imports it without importing the compiler.
"""

from __future__ import annotations

from dataclasses import dataclass

# Version of the generated ``METADATA`` (server/<package>/metadata.json, loaded by metadata.py). The
# runtime refuses to start on another one: rebuild the app with this torquec.
# 2: no "forms" (the runtime makes each entity's create/edit form from its field metadata).
METADATA_FORMAT = 2

# Columns every record has, in this order.
SYSTEM_FIELDS = ("id", "createdAt", "updatedAt", "version")

# What a role may be granted on an entity's records, in the order metadata lists them.
OPERATIONS = ("read", "create", "update", "delete")

# List queries: `filters: [{field, op, value}]`.
FILTER_OPS = ("eq", "ne", "lt", "lte", "gt", "gte", "in", "contains", "startsWith", "isNull")
# Field types free-text search and `contains`/`startsWith` apply to.
SEARCHABLE_TYPES = frozenset({"string", "text", "email", "url", "enum"})
# Field types a list may be sorted by (and, but boolean, compared with lt/lte/gt/gte): all but json and array.
SORTABLE_TYPES = frozenset({"string", "text", "email", "url", "enum", "integer", "float", "decimal", "boolean",
                            "date", "datetime", "localDateTime", "uuid", "reference"})

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 500
MAX_PAGE = 10_000_000
MAX_IN = 500  # values of one `in` filter
MAX_FILTERS = 50
MAX_SORT = 10  # sort keys
MAX_SEARCH = 200  # characters of `search`
MAX_BULK = 500  # records of one bulk call

# The one e-mail rule: a local part, `@`, then two or more non-empty dot-separated
# labels (`a@b.c.` and `a@b..c` are not addresses). Used by the API schemas (and so
# by the runtime's validation) and by the compile-time check of defaults and
# sample data. Written in the regex subset Python, Rust (pydantic-core) and
# ECMAScript agree on.
EMAIL_PATTERN = r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$"
# The one URL rule: `http://` or `https://` (lower case, as the database CHECK
# `LIKE 'http://%'` on PostgreSQL wants), a non-empty host part, then optionally a
# path, query or fragment; no white space. (The compile-time check used urlsplit,
# the API a pattern without a host and with any case, the front-end the URL class.)
URL_PATTERN = r"^https?://[^\s/?#]+(?:[/?#]\S*)?$"


@dataclass(frozen=True, slots=True)
class ErrorSpec:
    """One JSON-RPC error: ``code``, ``message``, and ``data.kind`` (``kind``)."""

    name: str  # camelCase, as the front-end's ErrorCode calls it
    code: int
    kind: str
    message: str
    description: str = ""  # what `data` carries (OpenRPC)
    per_method: bool = True  # listed as a possible error of every API method (OpenRPC)


ERRORS: tuple[ErrorSpec, ...] = (
    # JSON-RPC 2.0 specification codes
    ErrorSpec("parseError", -32700, "parse_error", "Parse error", per_method=False),
    ErrorSpec("invalidRequest", -32600, "invalid_request", "Invalid Request", per_method=False),
    ErrorSpec("methodNotFound", -32601, "method_not_found", "Method not found", per_method=False),
    ErrorSpec("invalidParams", -32602, "invalid_params", "Invalid params", "data.errors: [{field, rule, message}]"),
    ErrorSpec("internalError", -32603, "internal_error", "Internal error", per_method=False),
    # application codes (-32000..-32099)
    ErrorSpec("notFound", -32001, "not_found", "Not found"),
    ErrorSpec("conflict", -32002, "conflict", "Conflict", "unique value already used; data.field (data.fields: every field of a unique combination)"),
    ErrorSpec("versionConflict", -32003, "version_conflict", "Version conflict", "expectedVersion is stale; data.currentVersion"),
    ErrorSpec("referentialIntegrity", -32004, "referential_integrity", "Referential integrity violation",
              "restricted delete or missing reference"),
    ErrorSpec("flowFailed", -32005, "flow_failed", "Flow failed"),
    ErrorSpec("unauthorized", -32006, "unauthorized", "Unauthorized", "missing or invalid bearer token"),
    ErrorSpec("forbidden", -32007, "forbidden", "Forbidden", "the token's role lacks the permission"),
    ErrorSpec("payloadTooLarge", -32008, "payload_too_large", "Payload too large"),
    ErrorSpec("rateLimited", -32009, "rate_limited", "Rate limited", per_method=False),  # reserved
)

ERROR_BY_KIND = {e.kind: e for e in ERRORS}


class MetadataFormatError(RuntimeError):
    """The generated metadata was written by a torquec with another format."""


def check_metadata_format(meta: dict) -> None:
    """Raise :class:`MetadataFormatError` unless ``meta`` has this runtime's format."""
    found = meta.get("format") if isinstance(meta, dict) else None
    if found != METADATA_FORMAT:
        raise MetadataFormatError(
            f"the generated metadata has format {found!r}, but this torquec runtime reads format {METADATA_FORMAT}: "
            "rebuild the app with this torquec (`torquec build <model>.json`)"
        )
