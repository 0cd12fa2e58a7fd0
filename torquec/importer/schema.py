"""The importer's neutral view of a database schema, filled by one reader per source kind
(``sqlite``, ``postgres``, ``sqlfile``) and turned into a model by ``to_model``."""

from __future__ import annotations

import re
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
    inherits: str | None = None  # PostgreSQL INHERITS (parent): see Schema.fold_inherited

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
    # PostgreSQL domains (type name, lower) → (base type text, CHECK texts over VALUE, NOT NULL)
    domains: dict[str, tuple[str, list[str], bool]] = field(default_factory=dict)

    def table(self, name: str) -> Table | None:
        low = name.lower()
        for t in self.tables:
            if t.name.lower() == low:
                return t
        return None

    def resolve_domains(self) -> None:
        """A column of a domain type (pagila's ``year``: integer CHECK (VALUE BETWEEN 1901 AND 2155)) becomes a
        column of the domain's base type with the domain's CHECKs as its own (``VALUE`` → the column)."""
        if not self.domains:
            return
        for t in self.tables:
            for c in t.columns:
                got = self.domains.get(c.type.strip().lower())
                if got is None:
                    continue
                c.type, checks, not_null = got
                c.nullable = c.nullable and not not_null
                t.checks += domain_checks(c.name, checks, c.line)

    def fold_inherited(self) -> None:
        """The format has no table inheritance: a table made by INHERITS (old-style partitions such as pagila's
        payment_p2007_01 … of payment) is no entity of its own; its rows (the parent's columns) join those of the
        table it inherits from, transitively, so each row is imported once. A warning (I015) says so."""
        by_name = {t.name.lower(): t for t in self.tables}
        children = [t for t in self.tables if t.inherits and t.inherits.lower() in by_name and t.inherits.lower() != t.name.lower()]
        for child in children:
            root, seen = by_name[child.inherits.lower()], {child.name.lower()}
            while root.inherits and root.inherits.lower() in by_name and root.name.lower() not in seen:
                seen.add(root.name.lower())
                root = by_name[root.inherits.lower()]
            mine = {c.name.lower() for c in root.columns}
            own = sorted(c.name for c in child.columns if c.name.lower() not in mine)
            extra = f"; its own columns ({', '.join(own)}) are left out" if own else ""
            self.warnings.append(Warning_("I015", f"inherits from `{root.name}` (INHERITS): its rows are imported as `{root.name}` records{extra}",
                                          child.name, None, child.line))
            if self.rows is not None and self.rows.get(child.name):
                keep = [c.name for c in root.columns]
                rows = self.rows.setdefault(root.name, [])
                rows.extend({k: r.get(k) for k in keep} for r in self.rows.pop(child.name))
                if root.primary_key:  # in key order, as each table's rows are read
                    rows.sort(key=lambda r: tuple((r.get(k) is None, r.get(k)) for k in root.primary_key))
        gone = {id(t) for t in children}
        self.tables = [t for t in self.tables if id(t) not in gone]
        if self.rows is not None:
            for child in children:
                self.rows.pop(child.name, None)


def domain_checks(column: str, checks: list[str], line: int | None) -> list[tuple[str, int | None]]:
    """A domain's CHECKs as the column's own: ``VALUE`` → the column."""
    quoted = '"' + column.replace('"', '""') + '"'
    return [(re.sub(r"\bVALUE\b", quoted, check, flags=re.I), line) for check in checks]
