"""Bulk inserts into SQLite with the table's CHECK constraints verified once, after the insert.

SQLite evaluates every CHECK of a table for every inserted row, inside ``executemany``; on a
table of ten columns that is about a third of a bulk import's time (UUID and date-time GLOBs,
``julianday`` …). :class:`CheckedBulkInsert` instead inserts with ``PRAGMA
ignore_check_constraints`` on, turns it off again, and runs ONE query over the new rows (the
rowid range the statement filled) that finds any row breaking any CHECK — PostgreSQL users know
the scheme as ``NOT VALID`` + ``VALIDATE CONSTRAINT``. The guarantee is the same: the caller
fails the transaction when a row is found, so nothing that breaks a CHECK commits.

The CHECK expressions are read from the database itself (the table's ``sql`` in
``sqlite_master``), not from a second copy of the rules. Anything unexpected — a CHECK without
a name (column-level or ``ALTER TABLE … ADD COLUMN … CHECK``), a ``WITHOUT ROWID`` table,
triggers on the table (their writes would skip CHECKs too), text the small tokenizer below
cannot follow — makes the insert take the ordinary path (CHECKs on, row by row).

The pragma is connection state and connections are reused: it is restored in a ``finally``.
Flag pragmas expire the connection's prepared statements when they change, so an ``INSERT`` that
sqlite3's statement cache prepared while checks were ignored is prepared again, with them.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Sequence

from ..spec import q

MAX_ROWID = 2**63 - 1
MAX_REPORTED = 20  # violating rows named per statement (the import fails at the first anyway)
IMPORT_CACHE_KIB = 131072  # page cache for an import transaction (128 MiB; sqlite's default is 2 MiB)

# SQL tokens: spaces and comments (skipped), quoted strings and identifiers (one token each, so
# a parenthesis or comma inside them is not structure), words, and any other single character.
_TOKEN = re.compile(r"""
    (?P<space>\s+|--[^\n]*|/\*.*?\*/)
  | (?P<quoted>'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
  | (?P<word>[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<other>.)
""", re.X | re.S)
_QUOTES = {'"': '"', "`": "`", "[": "]"}


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    start: int
    end: int

    def is_word(self, word: str) -> bool:
        return self.kind == "word" and self.text.upper() == word


def _tokens(sql: str) -> list[_Token] | None:
    out = []
    for m in _TOKEN.finditer(sql):
        kind = m.lastgroup
        if kind == "space":
            continue
        if kind == "other" and (m.group() in "'\"`[" or sql.startswith("/*", m.start())):
            return None  # an unterminated quote or comment: not ours to guess
        out.append(_Token(kind, m.group(), m.start(), m.end()))
    return out


def _identifier(tok: _Token) -> str | None:
    if tok.kind == "word":
        return tok.text
    if tok.kind == "quoted" and tok.text[0] in _QUOTES:
        close = _QUOTES[tok.text[0]]
        return tok.text[1:-1].replace(close * 2, close) if close != "]" else tok.text[1:-1]
    return None


def parse_checks(sql: str) -> tuple[tuple[str, str], ...] | None:
    """The ``(name, expression)`` of each ``CONSTRAINT name CHECK (expression)`` of a ``CREATE
    TABLE`` statement; None when the statement holds a CHECK in any other form, is a ``WITHOUT
    ROWID`` table, or cannot be followed."""
    toks = _tokens(sql)
    if not toks or len(toks) < 4 or not toks[0].is_word("CREATE"):
        return None
    open_at = next((i for i, t in enumerate(toks) if t.text == "("), None)
    if open_at is None or any(t.is_word("AS") for t in toks[:open_at]):
        return None
    items: list[list[_Token]] = [[]]
    depth = 0
    close_at = None
    for i in range(open_at + 1, len(toks)):
        t = toks[i]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            if depth == 0:
                close_at = i
                break
            depth -= 1
        elif t.text == "," and depth == 0:
            items.append([])
            continue
        items[-1].append(t)
    if close_at is None:
        return None
    tail = toks[close_at + 1:]
    if any(not (t.is_word("STRICT") or t.text in (",", ";")) for t in tail):
        return None  # WITHOUT ROWID, or something this reader does not know
    checks = []
    for item in items:
        if not any(t.is_word("CHECK") for t in item):
            continue
        # exactly: CONSTRAINT name CHECK ( expression )
        if len(item) < 6 or not item[0].is_word("CONSTRAINT") or not item[2].is_word("CHECK") \
                or item[3].text != "(" or item[-1].text != ")":
            return None
        name = _identifier(item[1])
        if name is None or not _balanced_to_end(item[3:]):
            return None
        checks.append((name, sql[item[4].start:item[-1].start].strip()))
    return tuple(checks)


def _balanced_to_end(toks: list[_Token]) -> bool:
    """The first token's parenthesis closes at the last token, not before."""
    depth = 0
    for i, t in enumerate(toks):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
            if depth == 0:
                return i == len(toks) - 1
    return False


@dataclass(frozen=True)
class TableChecks:
    table: str
    rowid: str  # a name of the rowid that no column shadows
    checks: tuple[tuple[str, str], ...]


def read_table_checks(conn: sqlite3.Connection, table: str) -> TableChecks | None:
    """The table's named CHECKs, from its own ``CREATE TABLE`` text; None: insert the ordinary way."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    if row is None or not row[0]:
        return None
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)).fetchone():
        return None
    checks = parse_checks(row[0])
    if not checks:
        return None  # nothing to defer
    columns = {r[1].lower() for r in conn.execute(f"PRAGMA table_xinfo({q(table)})")}
    rowid = next((n for n in ("rowid", "_rowid_", "oid") if n not in columns), None)
    if rowid is None:
        return None
    return TableChecks(table, rowid, checks)


@dataclass(frozen=True)
class Violation:
    key: tuple  # the row's values of the key columns the caller named
    constraints: tuple[str, ...]  # the names of the CHECKs it breaks


class CheckedBulkInsert:
    """``executemany`` with the CHECKs verified after the statement, for one import transaction
    on one connection (the tables' CHECKs are read once per table)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._tables: dict[str, TableChecks | None] = {}

    def checks_of(self, table: str) -> TableChecks | None:
        if table not in self._tables:
            self._tables[table] = read_table_checks(self.conn, table)
        return self._tables[table]

    def executemany(self, table: str, insert: str, rows: Sequence[Sequence], key_columns: Sequence[str]) -> list[Violation]:
        """Insert ``rows``; the rows among them that break a CHECK (nothing is undone here: the
        caller fails the transaction). ``sqlite3`` errors other than CHECKs are raised as usual."""
        conn = self.conn
        plan = self.checks_of(table)
        before = None
        if plan is not None:
            got = conn.execute(f"SELECT max({plan.rowid}) FROM {q(table)}").fetchone()[0]
            before = 0 if got is None else got
            if before > MAX_ROWID - len(rows):
                before = None  # SQLite would pick free rowids at random: the new rows are no range
        if before is None:
            conn.executemany(insert, rows)
            return []
        with checks_ignored(conn):
            conn.executemany(insert, rows)
        after = conn.execute(f"SELECT max({plan.rowid}) FROM {q(table)}").fetchone()[0]
        # new rows take max(rowid) + 1 each; if they somehow did not, verify the whole table
        return self._verify(plan, before if after == before + len(rows) else None, key_columns)

    def _verify(self, plan: TableChecks, after_rowid: int | None, key_columns: Sequence[str]) -> list[Violation]:
        broken = " OR ".join(f"NOT ({expr})" for _name, expr in plan.checks)  # NULL is not NOT-true: it passes
        flags = ", ".join(f"NOT ({expr})" for _name, expr in plan.checks)
        keys = ", ".join(q(c) for c in key_columns)
        where = f"{plan.rowid} > ? AND ({broken})" if after_rowid is not None else broken
        params = (after_rowid,) if after_rowid is not None else ()
        found = self.conn.execute(f"SELECT {keys}, {flags} FROM {q(plan.table)} WHERE {where} LIMIT {MAX_REPORTED}",
                                  params).fetchall()
        n = len(key_columns)
        return [Violation(tuple(r[:n]), tuple(name for (name, _e), bad in zip(plan.checks, r[n:]) if bad))
                for r in found]


@contextmanager
def checks_ignored(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        yield
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")


@contextmanager
def import_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A bigger page cache while an import transaction runs (fewer pages spilled and read back
    from the WAL while indexes grow), the connection's own size restored after."""
    old = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(old)}")
