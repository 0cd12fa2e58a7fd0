"""Every database name torquec derives, in one place.

The server runtime maps a database error back to a field through the
constraint name (PostgreSQL reports it in the error's diagnostics, SQLite in
the message of a CHECK failure), and the migration planner targets
constraints by name, so the names must be deterministic, unambiguous and fit
PostgreSQL's 63-byte identifier limit:

=====================  ==========================================  =====================
what                   name                                        scope (PostgreSQL)
=====================  ==========================================  =====================
primary key            ``pk_<table>``                              schema (index)
check constraint       ``ck_<table>_<column>_<rule>``              table
foreign key            ``fk_<table>_<column>``                     table
FK partition copy      ``fk_<table>_<column>__p<i>``               table
unique                 ``uq_<table>_<column>``                     schema (index)
index                  ``ix_<table>_<column>``                     schema
partition              ``<table>_p<i>``                            schema
unique side table      ``<table>__uq_<column>``                    schema
unique trigger fn      ``<table>__uq_<column>_fn``                 schema
unique triggers        ``tg_uq_<column>``, ``tg_uq_<column>_truncate``  table
=====================  ==========================================  =====================

``<rule>`` is one of :data:`RULES` (snake_case of the model's validation
keyword, plus ``type``, ``format`` and ``enum``).

Two guards keep names unambiguous:

* a name longer than 63 bytes keeps its first 54 bytes and gets ``_`` plus 8
  hex digits of the SHA-256 of the full name;
* ``<table>_<column>`` is ambiguous when two (table, column) pairs of one model
  spell the same text (``Order.itemCount`` and ``OrderItem.count`` are both
  ``order_item_count``). :func:`ambiguous_pairs` finds them; every name of such
  a pair gets ``_`` plus 6 hex digits of ``"<table>.<column>"``.

Identifiers in SQL text are always written through :func:`quote_ident`.
"""

from __future__ import annotations

import hashlib
from typing import Iterable

MAX_IDENT = 63

# Check-constraint rules, in the order they are emitted for a field.
RULES = ("type", "format", "enum", "min_length", "max_length", "min", "max", "pattern")

# Rule name in a constraint name → the validation keyword the runtime reports.
RULE_KEYWORDS = {
    "type": "type",
    "format": "format",
    "enum": "enum",
    "min_length": "minLength",
    "max_length": "maxLength",
    "min": "min",
    "max": "max",
    "pattern": "pattern",
}


def quote_ident(name: str) -> str:
    """The one way an identifier is written into SQL text: double-quoted, ``"`` doubled."""
    return '"' + name.replace('"', '""') + '"'


def quote_string(value: str) -> str:
    """A standard SQL string literal (``'`` doubled; backslashes are literal in both dialects)."""
    return "'" + value.replace("'", "''") + "'"


def _digest(text: str, n: int) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def limit(name: str) -> str:
    """Fit ``name`` into PostgreSQL's 63-byte identifiers, keeping it unique."""
    raw = name.encode("utf-8")
    if len(raw) <= MAX_IDENT:
        return name
    head = raw[:54].decode("utf-8", errors="ignore")
    return f"{head}_{_digest(name, 8)}"


def ambiguous_pairs(pairs: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """The (table, column) pairs whose ``<table>_<column>`` text is shared with another pair."""
    first: dict[str, tuple[str, str]] = {}
    shared: set[tuple[str, str]] = set()
    for pair in pairs:
        other = first.setdefault(f"{pair[0]}_{pair[1]}", pair)
        if other != pair:
            shared.add(other)
            shared.add(pair)
    return frozenset(shared)


def _pair(table: str, column: str, ambiguous: bool) -> str:
    base = f"{table}_{column}"
    return f"{base}_{_digest(f'{table}.{column}', 6)}" if ambiguous else base


def pk_name(table: str) -> str:
    return limit(f"pk_{table}")


def check_name(table: str, column: str, rule: str, ambiguous: bool = False) -> str:
    return limit(f"ck_{_pair(table, column, ambiguous)}_{rule}")


def fk_name(table: str, column: str, ambiguous: bool = False) -> str:
    return limit(f"fk_{_pair(table, column, ambiguous)}")


def fk_partition_name(fk: str, i: int) -> str:
    """PostgreSQL copies a foreign key referencing a partitioned table once per
    referenced partition (on the referencing table); deleting a referenced row
    reports the copy. torquec renames the copies to this."""
    return limit(f"{fk}__p{i}")


def unique_name(table: str, column: str, ambiguous: bool = False) -> str:
    return limit(f"uq_{_pair(table, column, ambiguous)}")


def index_name(table: str, column: str, ambiguous: bool = False) -> str:
    return limit(f"ix_{_pair(table, column, ambiguous)}")


def partition_name(table: str, i: int) -> str:
    return limit(f"{table}_p{i}")


def unique_table(table: str, column: str) -> str:
    return limit(f"{table}__uq_{column}")


def unique_function(table: str, column: str) -> str:
    return limit(f"{table}__uq_{column}_fn")


def unique_trigger(column: str) -> str:
    return limit(f"tg_uq_{column}")


def unique_truncate_trigger(column: str) -> str:
    return limit(f"tg_uq_{column}_truncate")
