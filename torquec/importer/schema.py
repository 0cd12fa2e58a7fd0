"""The importer's neutral view of a database schema, filled by one reader per source kind
(``sqlite``, ``postgres``, ``sqlfile``) and turned into a model by ``to_model``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Column:
    name: str
    type: str  # the source's type text, lower case: "varchar(40)", "integer", "numeric(10,2)"
    nullable: bool = True
    default: str | None = None  # the source's default expression, as SQL text
    autoincrement: bool = False
    line: int | None = None


@dataclass
class ForeignKey:
    columns: list[str]
    ref_table: str
    ref_columns: list[str]
    on_delete: str = "restrict"  # restrict | cascade | setNull | other
    line: int | None = None


@dataclass
class Index:
    columns: list[str]
    unique: bool = False
    name: str | None = None
    line: int | None = None


@dataclass
class Table:
    name: str
    columns: list[Column] = field(default_factory=list)
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    indexes: list[Index] = field(default_factory=list)  # unique constraints are unique indexes here
    checks: list[tuple[str, int | None]] = field(default_factory=list)  # (SQL text, line)
    line: int | None = None

    def column(self, name: str) -> Column | None:
        low = name.lower()
        for c in self.columns:
            if c.name.lower() == low:
                return c
        return None


@dataclass
class Warning_:
    code: str
    message: str
    table: str | None = None
    column: str | None = None
    line: int | None = None

    def render(self, source: str) -> str:
        where = f"{source}:{self.line}: " if self.line else ""
        what = ".".join(p for p in (self.table, self.column) if p)
        return f"{where}warning[{self.code}]: {what + ': ' if what else ''}{self.message}"


@dataclass
class Schema:
    tables: list[Table] = field(default_factory=list)
    enums: dict[str, list[str]] = field(default_factory=dict)  # type name (lower) → values
    warnings: list[Warning_] = field(default_factory=list)
    # table name → list of row dicts {column: python value}; only when data was asked for
    rows: dict[str, list[dict]] | None = None

    def table(self, name: str) -> Table | None:
        low = name.lower()
        for t in self.tables:
            if t.name.lower() == low:
                return t
        return None
