"""What both database implementations provide."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol, Sequence


class DbError(Exception):
    """A database error translated to something the service layer can explain.

    kind: unique | foreign_key | check | not_null | invalid_value | busy | other
    """

    def __init__(self, kind: str, *, constraint: str | None = None, table: str | None = None,
                 column: str | None = None, message: str = "", columns: tuple[str, ...] = ()) -> None:
        super().__init__(message or kind)
        self.kind = kind
        self.constraint = constraint
        self.table = table
        self.column = column
        self.columns = columns or ((column,) if column else ())  # all of them for a composite unique


class Tx:
    """One open transaction. ``events`` collects change events published after commit;
    ``after_commit`` holds callables run after a successful commit."""

    __slots__ = ("dialect", "events", "after_commit", "write", "data")

    def __init__(self, dialect: str, write: bool) -> None:
        self.dialect = dialect
        self.write = write
        self.events: list = []
        self.after_commit: list = []
        self.data: dict = {}  # free space for hooks (e.g. flow recursion guards)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:  # pragma: no cover
        raise NotImplementedError

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:  # pragma: no cover
        raise NotImplementedError


class Database(Protocol):
    dialect: str
    placeholder: str

    def transaction(self, write: bool = True) -> AbstractContextManager[Tx]: ...

    def ensure_schema(self, sql_text: str) -> None: ...

    def ping(self) -> bool: ...

    def close(self) -> None: ...

    def describe(self) -> str: ...
