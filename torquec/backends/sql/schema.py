"""Model → table specifications per dialect (plain data holding sqlglot expressions).

A :class:`TableSpec` says everything the database must know about one table:
columns (type, NOT NULL, DEFAULT), named CHECKs with the rule they enforce,
foreign keys, unique columns, indexes and (PostgreSQL) partitions. The DDL
renderer (:mod:`.ddl`) turns it into statements; the migration planner
(:mod:`torquec.migrate`) diffs two of them; the constraint map tells the
server runtime which field and rule a constraint name stands for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlglot import exp

from torquec.backends.base import exact_key
from torquec.backends.sql import naming, patterns
from torquec.backends.sql.dialects import POSTGRES, SQLITE
from torquec.backends.sql.relations import ForeignKeyInfo, JoinTableInfo, snake_case
from torquec.backends.sql import values as sql_values
from torquec.backends.sql.values import canonical_datetime, json_text
from torquec.runtime import decimals, local_datetime

SQLITE_LOCAL_DATETIME_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*"
from torquec.ir.nodes import STRING_LIKE, Entity, Field, FieldType, OnDelete, Validation

# PostgreSQL btree entries are limited to 2704 bytes; 600 characters of up to
# 4 bytes each always fit. Longer columns get a hash index when `indexed`
# (equality only) and none when only listed as search/display field.
BTREE_MAX_CHARS = 600

ON_DELETE_SQL = {OnDelete.CASCADE: "CASCADE", OnDelete.RESTRICT: "RESTRICT", OnDelete.SET_NULL: "SET NULL"}

SQLITE_UUID_GLOB = "-".join("[0-9a-f]" * n for n in (8, 4, 4, 4, 12))
SQLITE_DATETIME_GLOB = (
    "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]."
    "[0-9][0-9][0-9][0-9][0-9][0-9]Z"
)
SQLITE_NOW = "(strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')"
# A random version-4 UUID in canonical lower-case form, for rows inserted without an id.
SQLITE_UUID_DEFAULT = (
    "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)"
    " || '-' || hex(randomblob(6))))"
)


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    name: str
    type: exp.DataType
    not_null: bool = False
    default: exp.Expr | None = None
    field: str | None = None  # model field name; None for system columns
    field_id: str | None = None
    field_type: FieldType | None = None


@dataclass(frozen=True, slots=True)
class CheckSpec:
    name: str
    column: str
    rule: str  # one of naming.RULES
    expr: exp.Expr
    field: str | None


@dataclass(frozen=True, slots=True)
class ForeignKeySpec:
    name: str
    column: str
    ref_table: str
    on_delete: OnDelete
    field: str | None
    # A reference by natural key: the key column (PostgreSQL: the unique side table's
    # "value"), and changing a referenced key updates the references.
    ref_column: str = "id"
    on_update_cascade: bool = False
    deferrable: bool = False  # PostgreSQL, inside a reference cycle: DEFERRABLE INITIALLY IMMEDIATE


@dataclass(frozen=True, slots=True)
class UniqueSpec:
    """A unique column, or columns together (``entity.indexes``). PostgreSQL: side
    table + trigger; SQLite: UNIQUE constraint."""

    name: str
    columns: tuple[str, ...]
    fields: tuple[str, ...]
    types: tuple[exp.DataType, ...]
    side_table: str
    function: str
    trigger: str
    truncate_trigger: str

    @property
    def column(self) -> str:
        return self.columns[0]

    @property
    def field(self) -> str:
        return self.fields[0]

    @property
    def composite(self) -> bool:
        return len(self.columns) > 1

    @property
    def side_columns(self) -> tuple[str, ...]:
        """The side table's value columns: ``"value"`` for one column, else the table's own names."""
        return self.columns if self.composite else ("value",)


@dataclass(frozen=True, slots=True)
class SequenceSpec:
    """A field the database numbers (``sequence``). PostgreSQL: a sequence and a BEFORE
    INSERT trigger filling a NULL from it (and moving it past a value that was given);
    SQLite: nothing in the schema — the insert statement numbers the row (``max + 1``)."""

    name: str  # the sequence
    column: str
    field: str
    function: str
    trigger: str


@dataclass(frozen=True, slots=True)
class PrimaryKeySpec:
    name: str
    columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IndexSpec:
    """An index on ``column``; btree indexes also carry ``"id"`` (``extra``) so a
    page sorted by the column with the runtime's ``"id"`` tie-breaker is read
    in index order (no sort of all matching rows)."""

    name: str
    column: str
    using: str | None = None  # None = btree
    extra: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.column, *self.extra)


@dataclass(frozen=True, slots=True)
class TableSpec:
    dialect: str
    name: str
    kind: str  # "entity" | "join"
    owner: str  # entity name, or relationship name for a join table
    owner_id: str  # entity id, or relationship id
    description: str
    columns: tuple[ColumnSpec, ...]
    pk_name: str
    pk_columns: tuple[str, ...]
    checks: tuple[CheckSpec, ...] = ()
    foreign_keys: tuple[ForeignKeySpec, ...] = ()
    uniques: tuple[UniqueSpec, ...] = ()
    indexes: tuple[IndexSpec, ...] = ()
    sequences: tuple[SequenceSpec, ...] = ()  # PostgreSQL only
    partition_key: str | None = None  # PostgreSQL only
    partitions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # comments written above the table
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def primary_key(self) -> PrimaryKeySpec:
        return PrimaryKeySpec(self.pk_name, self.pk_columns)

    def column(self, name: str) -> ColumnSpec | None:
        for c in self.columns:
            if c.name == name:
                return c
        return None


# --------------------------------------------------------------------------- helpers


def col(name: str) -> exp.Column:
    return exp.column(name, quoted=True)


def _s(value: str) -> exp.Literal:
    return exp.Literal.string(value)


def _n(value: int | float) -> exp.Literal:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return exp.Literal.number(value)


def _f(name: str, *args: exp.Expr) -> exp.Anonymous:
    return exp.Anonymous(this=name, expressions=list(args))


def _dtype(kind: str, *params: int) -> exp.DataType:
    return exp.DataType(this=exp.DType[kind], expressions=[exp.DataTypeParam(this=exp.Literal.number(p)) for p in params])


def _raw(sql: str) -> exp.Expr:
    """A fixed SQL fragment written by torquec (no identifiers from the model)."""
    return exp.var(sql)


def column_type(f: Field | FieldType, dialect: str, precision: int = 18, scale: int = 2) -> exp.DataType:
    t = f.value_type if isinstance(f, Field) else f
    if isinstance(f, Field):
        precision, scale = f.precision, f.scale
    if dialect == POSTGRES:
        return {
            FieldType.INTEGER: lambda: _dtype("BIGINT"),
            FieldType.FLOAT: lambda: _dtype("DOUBLE"),
            FieldType.DECIMAL: lambda: _dtype("DECIMAL", precision, scale),
            FieldType.BOOLEAN: lambda: _dtype("BOOLEAN"),
            FieldType.DATE: lambda: _dtype("DATE"),
            FieldType.DATETIME: lambda: _dtype("TIMESTAMPTZ"),
            FieldType.LOCAL_DATETIME: lambda: _dtype("TIMESTAMP"),
            FieldType.BYTES: lambda: _dtype("VARBINARY"),
            FieldType.UUID: lambda: _dtype("UUID"),
            FieldType.REFERENCE: lambda: _dtype("UUID"),
            FieldType.ARRAY: lambda: _dtype("JSONB"),
            FieldType.JSON: lambda: _dtype("JSONB"),
        }.get(t, lambda: _dtype("TEXT"))()
    return {
        FieldType.INTEGER: lambda: _dtype("INT"),
        FieldType.BOOLEAN: lambda: _dtype("INT"),
        FieldType.FLOAT: lambda: _dtype("DOUBLE"),
        FieldType.BYTES: lambda: _dtype("BLOB"),
        # exact and in numeric order (torquec.runtime.decimals): scaled INTEGER, or fixed-width TEXT beyond 18 digits
        FieldType.DECIMAL: lambda: _dtype("INT" if decimals.scaled_integer(precision) else "TEXT"),
    }.get(t, lambda: _dtype("TEXT"))()


def default_expr(f: Field, dialect: str) -> exp.Expr | None:
    if not f.has_default or f.default is None:
        return None
    v: Any = f.default
    t = f.type
    if t in (FieldType.ARRAY, FieldType.JSON):
        text = _s(json_text(v))
        return exp.Cast(this=text, to=_dtype("JSONB")) if dialect == POSTGRES else text
    if t is FieldType.BOOLEAN:
        return exp.Boolean(this=bool(v)) if dialect == POSTGRES else _n(1 if v else 0)
    if t is FieldType.DECIMAL:
        try:
            stored = sql_values.to_db(t, v, dialect, f.precision, f.scale)
        except decimals.DecimalProblem:  # reported by the defaults pass
            return None
        return _s(stored) if isinstance(stored, str) else _n(stored)
    if t in (FieldType.INTEGER, FieldType.FLOAT):
        return _n(v)
    if t is FieldType.DATETIME and dialect == SQLITE:
        return _s(canonical_datetime(v))
    if t is FieldType.LOCAL_DATETIME:
        try:
            return _s(local_datetime.canonical(v))
        except local_datetime.LocalDateTimeProblem:  # reported by the defaults pass
            return None
    if t is FieldType.BYTES:
        return None  # the schema allows no default
    if t in (FieldType.UUID, FieldType.REFERENCE):
        return _s(str(v).lower())
    return _s(str(v))


# --------------------------------------------------------------------------- checks


@lru_cache(maxsize=1024)
def system_check(t: FieldType, column: str) -> exp.Expr | None:
    """A shared (read-only) SQLite storage-form check of a system column."""
    return sqlite_type_check(t, col(column))


def sqlite_type_check(t: FieldType, c: exp.Column, precision: int = 18, scale: int = 2) -> exp.Expr | None:
    """The SQLite CHECK that keeps a column's values in their storage form (NULL passes)."""
    if t is FieldType.INTEGER or (t is FieldType.DECIMAL and decimals.scaled_integer(precision)):
        return exp.In(this=_f("typeof", c), expressions=[_s("integer"), _s("null")])
    if t is FieldType.DECIMAL:  # fixed width: digits and point, plus the sign of a negative value
        width = precision + (1 if scale else 0)
        return exp.or_(
            c.is_(exp.null()),
            exp.and_(exp.EQ(this=_f("typeof", c.copy()), expression=_s("text")),
                     exp.In(this=exp.Length(this=c.copy()), expressions=[_n(width), _n(width + 1)]), copy=False),
            copy=False)
    if t is FieldType.FLOAT:
        return exp.In(this=_f("typeof", c), expressions=[_s("integer"), _s("real"), _s("null")])
    if t is FieldType.BOOLEAN:
        return exp.In(this=c, expressions=[_n(0), _n(1)])
    if t is FieldType.BYTES:
        return exp.In(this=_f("typeof", c), expressions=[_s("blob"), _s("null")])
    if t is FieldType.LOCAL_DATETIME:  # the canonical text: YYYY-MM-DDTHH:MM:SS[.ffffff], a real calendar day
        return exp.and_(
            exp.Glob(this=c.copy(), expression=_s(SQLITE_LOCAL_DATETIME_GLOB)),
            exp.In(this=exp.Length(this=c.copy()), expressions=[_n(19), _n(26)]),
            exp.EQ(this=_f("date", _f("julianday", _f("substr", c.copy(), _n(1), _n(10)))), expression=_f("substr", c.copy(), _n(1), _n(10))),
            exp.LT(this=_f("substr", c.copy(), _n(12), _n(2)), expression=_s("24")),
            copy=False,
        )
    if t is FieldType.DATE:
        # date(julianday(x)) normalises impossible days (2024-02-30 → 2024-03-01);
        # date(x) alone does not.
        return exp.NullSafeEQ(this=c, expression=_f("date", _f("julianday", c)))
    if t is FieldType.DATETIME:
        return exp.and_(
            exp.Glob(this=c.copy(), expression=_s(SQLITE_DATETIME_GLOB)),
            exp.EQ(this=_f("date", _f("julianday", _f("substr", c.copy(), _n(1), _n(10)))), expression=_f("substr", c.copy(), _n(1), _n(10))),
            exp.LT(this=_f("substr", c.copy(), _n(12), _n(2)), expression=_s("24")),
            copy=False,
        )
    if t in (FieldType.UUID, FieldType.REFERENCE):
        return exp.and_(
            exp.EQ(this=exp.Length(this=c.copy()), expression=_n(36)),
            exp.Glob(this=c.copy(), expression=_s(SQLITE_UUID_GLOB)),
            copy=False,
        )
    if t is FieldType.JSON:
        return exp.or_(c.is_(exp.null()), _f("json_valid", c), copy=False)
    if t is FieldType.ARRAY:
        return exp.Case(
            ifs=[exp.If(this=_f("json_valid", c), true=exp.EQ(this=_f("json_type", c), expression=_s("array")))],
            default=c.is_(exp.null()),
        )
    return None


def _array_length(c: exp.Column, dialect: str) -> tuple[exp.Expr, exp.Expr]:
    """(guard, length) — the length is only computed when the guard holds."""
    if dialect == POSTGRES:
        return exp.EQ(this=_f("jsonb_typeof", c), expression=_s("array")), _f("jsonb_array_length", c)
    return _f("json_valid", c), _f("json_array_length", c)


def field_checks(f: Field, dialect: str, column: str | None = None) -> tuple[tuple[tuple[str, exp.Expr], ...], tuple[str, ...]]:
    """(rule, expression) pairs for ``f`` in :data:`naming.RULES` order, plus notes.

    Cached on what the checks depend on, so fields of the same shape share one
    (read-only) expression: a 200-entity model builds each shape once. The
    cache outlives a build (it is a pure function's), so its key is exact:
    ``1e20 == 10**20`` to Python, but the two are spelled differently.
    """
    v = f.validation
    digits = (f.precision, f.scale) if f.type is FieldType.DECIMAL else (f.max_bytes, 0) if f.type is FieldType.BYTES else (0, 0)
    key = (dialect, f.value_type, column or f.column, f.max_length, v.min_length, v.max_length, v.pattern, v.minimum, v.maximum, f.values, digits)
    return _field_checks(exact_key(*key), *key)


def _decimal_bound(value, dialect: str, precision: int, scale: int, rounding: str) -> exp.Expr:
    """A min/max bound compared with a decimal column: its storage form on SQLite (rounded
    inwards to the scale, so the check admits exactly the values the API admits)."""
    if dialect != SQLITE:
        return _n(value)
    from decimal import Decimal

    d = (Decimal(repr(value)) if isinstance(value, float) else Decimal(value)).quantize(Decimal(1).scaleb(-scale), rounding=rounding)
    stored = decimals.sqlite_store(d, precision, scale)
    return _s(stored) if isinstance(stored, str) else _n(stored)


@lru_cache(maxsize=8192)
def _field_checks(exact, dialect, t, column, eff_max, min_length, v_max_length, pattern, minimum, maximum, values, digits):
    c = col(column)
    v = Validation(min_length=min_length, max_length=v_max_length, pattern=pattern, minimum=minimum, maximum=maximum)
    out: list[tuple[str, exp.Expr]] = []
    notes: list[str] = []
    if dialect == SQLITE:
        tc = sqlite_type_check(t, c, *digits) if t is FieldType.DECIMAL else sqlite_type_check(t, c)
        if tc is not None:
            out.append(("type", tc))
    elif t is FieldType.ARRAY:
        out.append(("type", exp.EQ(this=_f("jsonb_typeof", c), expression=_s("array"))))
    if t is FieldType.EMAIL:
        out.append(("format", exp.Like(this=c, expression=_s("%_@_%._%"))))
    elif t is FieldType.URL:
        out.append(("format", exp.or_(exp.Like(this=c.copy(), expression=_s("http://%")), exp.Like(this=c.copy(), expression=_s("https://%")), copy=False)))
    if t is FieldType.ENUM and values:
        out.append(("enum", exp.In(this=c, expressions=[_s(x) for x in values])))
    max_len = eff_max if t in STRING_LIKE else v.max_length if t is FieldType.ARRAY else None
    if t in STRING_LIKE:
        if v.min_length is not None and v.min_length > 0:
            out.append(("min_length", exp.GTE(this=exp.Length(this=c), expression=_n(v.min_length))))
        if max_len is not None:
            out.append(("max_length", exp.LTE(this=exp.Length(this=c), expression=_n(max_len))))
    elif t is FieldType.ARRAY:
        if v.min_length is not None and v.min_length > 0:
            guard, length = _array_length(c, dialect)
            out.append(("min_length", exp.Case(ifs=[exp.If(this=guard, true=exp.GTE(this=length, expression=_n(v.min_length)))])))
        if max_len is not None:
            guard, length = _array_length(c, dialect)
            out.append(("max_length", exp.Case(ifs=[exp.If(this=guard, true=exp.LTE(this=length, expression=_n(max_len)))])))
    if t is FieldType.DECIMAL:
        if v.minimum is not None:
            out.append(("min", exp.GTE(this=c, expression=_decimal_bound(v.minimum, dialect, *digits, "ROUND_CEILING"))))
        if v.maximum is not None:
            out.append(("max", exp.LTE(this=c, expression=_decimal_bound(v.maximum, dialect, *digits, "ROUND_FLOOR"))))
    elif t in (FieldType.INTEGER, FieldType.FLOAT):
        if v.minimum is not None:
            out.append(("min", exp.GTE(this=c, expression=_n(v.minimum))))
        if v.maximum is not None:
            out.append(("max", exp.LTE(this=c, expression=_n(v.maximum))))
    if t is FieldType.BYTES:  # digits[0]: maxBytes
        size = exp.Length(this=c) if dialect == SQLITE else _f("octet_length", c)
        out.append(("max_length", exp.LTE(this=size, expression=_n(digits[0]))))
    if v.pattern is not None and t in STRING_LIKE:
        if dialect == SQLITE:
            out.append(("pattern", exp.RegexpLike(this=c, expression=_s(patterns.anchored(v.pattern)))))
        else:
            pg = patterns.to_postgres(v.pattern)
            if pg is None:
                why = patterns.why_not_postgres(v.pattern)
                notes.append(f"{naming.quote_ident(column)}: pattern enforced by the API only (PostgreSQL regex lacks {why})")
            else:
                out.append(("pattern", exp.RegexpLike(this=c, expression=_s(pg))))
    return tuple(out), tuple(notes)


def index_method(f: Field | None, dialect: str, explicit: bool) -> str | None | bool:
    """``None`` for btree, ``"hash"``/``"gin"`` for PostgreSQL alternatives, ``False`` for no index."""
    if dialect == SQLITE or f is None:
        return None
    if f.type in (FieldType.ARRAY, FieldType.JSON):
        return "gin" if explicit else False
    if f.type in STRING_LIKE:
        n = f.max_length
        if n is None or n > BTREE_MAX_CHARS:
            return "hash" if explicit else False
    return None


# --------------------------------------------------------------------------- tables

_VERSION_MIN = exp.GTE(this=col("version"), expression=_n(1))


def _system_columns_head(dialect: str) -> list[ColumnSpec]:
    if dialect == POSTGRES:
        return [ColumnSpec("id", _dtype("UUID"), True, _f("gen_random_uuid"))]
    return [ColumnSpec("id", _dtype("TEXT"), True, _raw(SQLITE_UUID_DEFAULT))]


def _timestamp_column(name: str, dialect: str) -> ColumnSpec:
    if dialect == POSTGRES:
        return ColumnSpec(name, _dtype("TIMESTAMPTZ"), True, _f("now"))
    return ColumnSpec(name, _dtype("TEXT"), True, _raw(SQLITE_NOW))


def _partitions(table: str, dialect: str, count: int, clash: bool) -> tuple[str, ...]:
    if dialect != POSTGRES:
        return ()
    if clash:
        return tuple(naming.limit(f"{table}_p{i}_{naming._digest(table, 6)}") for i in range(count))
    return tuple(naming.partition_name(table, i) for i in range(count))


def _unique_spec(table: str, fields: tuple[Field, ...], columns: tuple[str, ...], dialect: str, name: str) -> UniqueSpec:
    key = "_".join(columns)
    return UniqueSpec(
        name,
        columns,
        tuple(f.name for f in fields),
        tuple(column_type(f, dialect) for f in fields),
        naming.unique_table(table, key),
        naming.unique_function(table, key),
        naming.unique_trigger(key),
        naming.unique_truncate_trigger(key),
    )


def _foreign_key_spec(table: str, fk: ForeignKeyInfo, dialect: str, ambiguous: bool) -> ForeignKeySpec:
    name = naming.fk_name(table, fk.column, ambiguous)
    deferrable = fk.in_cycle and dialect == POSTGRES  # SQLite defers any foreign key (PRAGMA defer_foreign_keys)
    if fk.target_column == "id":
        return ForeignKeySpec(name, fk.column, fk.target_table, fk.on_delete, fk.field, deferrable=deferrable)
    # By natural key. PostgreSQL: a partitioned table has no unique index on the key (it would have
    # to contain the partition key), but the key's side table has it as primary key.
    if dialect == POSTGRES:
        return ForeignKeySpec(name, fk.column, naming.unique_table(fk.target_table, fk.target_column), fk.on_delete, fk.field, "value", True,
                              deferrable)
    return ForeignKeySpec(name, fk.column, fk.target_table, fk.on_delete, fk.field, fk.target_column, True)


def entity_table(
    entity: Entity,
    fks: list[ForeignKeyInfo],
    dialect: str,
    partitions: int,
    ambiguous: frozenset[str] = frozenset(),
    partition_clash: bool = False,
) -> TableSpec:
    """The table of one entity. ``ambiguous``: its columns whose names need a hash (see naming)."""
    table = snake_case(entity.name)
    amb = lambda column: column in ambiguous  # noqa: E731
    columns = _system_columns_head(dialect)
    checks: list[CheckSpec] = []
    notes: list[str] = []
    if dialect == SQLITE:
        checks.append(CheckSpec(naming.check_name(table, "id", "type", amb("id")), "id", "type", system_check(FieldType.UUID, "id"), None))
    column_of = {f.name: snake_case(f.name) for f in entity.fields}
    for f in entity.fields:
        cname = column_of[f.name]
        columns.append(ColumnSpec(cname, column_type(f, dialect), f.required, default_expr(f, dialect), f.name, f.id, f.type))
        fc, fnotes = field_checks(f, dialect, cname)
        notes.extend(fnotes)
        a = amb(cname)
        for rule, expr in fc:
            checks.append(CheckSpec(naming.check_name(table, cname, rule, a), cname, rule, expr, f.name))
    columns.append(_timestamp_column("created_at", dialect))
    columns.append(_timestamp_column("updated_at", dialect))
    columns.append(ColumnSpec("version", _dtype("INT"), True, _n(1)))
    if dialect == SQLITE:
        for name in ("created_at", "updated_at"):
            checks.append(CheckSpec(naming.check_name(table, name, "type", amb(name)), name, "type", system_check(FieldType.DATETIME, name), None))
        checks.append(CheckSpec(naming.check_name(table, "version", "type", amb("version")), "version", "type", system_check(FieldType.INTEGER, "version"), None))
    checks.append(CheckSpec(naming.check_name(table, "version", "min", amb("version")), "version", "min", _VERSION_MIN, None))

    foreign = tuple(_foreign_key_spec(table, fk, dialect, amb(fk.column)) for fk in fks)
    one_to_one = {fk.column for fk in fks if fk.one_to_one}
    field_of = {f.name: f for f in entity.fields}
    uniques = []
    for f in entity.fields:
        if f.unique or column_of[f.name] in one_to_one:
            c = column_of[f.name]
            uniques.append(_unique_spec(table, (f,), (c,), dialect, naming.unique_name(table, c, amb(c))))
    for ix in entity.indexes:
        if ix.unique and len(ix.fields) > 1:
            fs = tuple(field_of[n] for n in ix.fields)
            cols = tuple(column_of[n] for n in ix.fields)
            uniques.append(_unique_spec(table, fs, cols, dialect, naming.limit(ix.name) if ix.name else naming.unique_name(table, "_".join(cols))))
    unique_cols = {u.column for u in uniques if not u.composite}

    # Indexes: foreign keys, `indexed`, display and search fields (and on
    # PostgreSQL unique columns, whose uniqueness lives in the side table).
    fk_cols = {fk.column for fk in fks}
    wanted = set(entity.ui.search_fields)
    if entity.ui.display_field:
        wanted.add(entity.ui.display_field)
    if entity.ui.default_sort_field:
        wanted.add(entity.ui.default_sort_field)
    # Pages without an explicit sort are ordered by creation time (or ui.defaultSort):
    # without this index every such page sorts all matching rows (234 ms at 1M rows).
    indexes = [IndexSpec(naming.index_name(table, "created_at", amb("created_at")), "created_at", None, ("id",))]
    for f in entity.fields:
        explicit = f.indexed or column_of[f.name] in fk_cols
        if not (explicit or f.name in wanted or (dialect == POSTGRES and column_of[f.name] in unique_cols)):
            continue
        if dialect == SQLITE and column_of[f.name] in unique_cols:
            continue  # the UNIQUE constraint's own index serves
        method = index_method(f, dialect, explicit)
        if method is False:
            notes.append(f"{naming.quote_ident(column_of[f.name])}: no btree index (values may exceed the btree entry size); search uses a scan")
            continue
        indexes.append(IndexSpec(naming.index_name(table, column_of[f.name], amb(column_of[f.name])), column_of[f.name], method, () if method else ("id",)))
    for ix in entity.indexes:
        if ix.unique and len(ix.fields) > 1:
            continue  # a composite unique constraint: its own index (SQLite) or side table (PostgreSQL)
        cols = tuple(column_of[n] for n in ix.fields)
        if ix.unique:  # one field: the same as `"unique": true` on it
            if cols[0] not in unique_cols:
                uniques.append(_unique_spec(table, (field_of[ix.fields[0]],), cols, dialect, naming.limit(ix.name) if ix.name else naming.unique_name(table, cols[0], amb(cols[0]))))
                unique_cols.add(cols[0])
            continue
        if any(index_method(field_of[n], dialect, True) for n in ix.fields):
            notes.append(f"index ({', '.join(naming.quote_ident(c) for c in cols)}): no btree index (values may exceed the btree entry size)")
            continue
        name = naming.limit(ix.name) if ix.name else naming.index_name(table, "_".join(cols))
        indexes.append(IndexSpec(name, cols[0], None, (*cols[1:], "id")))

    return TableSpec(
        dialect=dialect,
        name=table,
        kind="entity",
        owner=entity.name,
        owner_id=entity.id,
        description=entity.description,
        columns=tuple(columns),
        pk_name=naming.pk_name(table),
        pk_columns=("id",),
        checks=tuple(checks),
        foreign_keys=foreign,
        uniques=tuple(uniques),
        indexes=tuple(indexes),
        sequences=tuple(
            SequenceSpec(naming.limit(f"{table}__seq_{column_of[f.name]}"), column_of[f.name], f.name,
                         naming.limit(f"{table}__seq_{column_of[f.name]}_fn"), naming.limit(f"tg_seq_{column_of[f.name]}"))
            for f in entity.fields if f.sequence
        ) if dialect == POSTGRES else (),
        partition_key="id" if dialect == POSTGRES else None,
        partitions=_partitions(table, dialect, partitions, partition_clash),
        notes=tuple(notes),
    )


def join_table(
    jt: JoinTableInfo,
    dialect: str,
    partitions: int,
    ambiguous: frozenset[str] = frozenset(),
    partition_clash: bool = False,
    description: str = "",
) -> TableSpec:
    """A manyToMany join table: ("from_id", "to_id") primary key, cascading FKs to both sides."""
    table = jt.table
    amb = lambda column: column in ambiguous  # noqa: E731
    id_type = _dtype("UUID") if dialect == POSTGRES else _dtype("TEXT")
    columns = (
        ColumnSpec("from_id", id_type, True),
        ColumnSpec("to_id", id_type.copy(), True),
        _timestamp_column("created_at", dialect),
    )
    checks = []
    if dialect == SQLITE:
        checks.append(CheckSpec(naming.check_name(table, "created_at", "type", amb("created_at")), "created_at", "type", system_check(FieldType.DATETIME, "created_at"), None))
    fks = (
        ForeignKeySpec(naming.fk_name(table, "from_id", amb("from_id")), "from_id", jt.from_table, OnDelete.CASCADE, None),
        ForeignKeySpec(naming.fk_name(table, "to_id", amb("to_id")), "to_id", jt.to_table, OnDelete.CASCADE, None),
    )
    return TableSpec(
        dialect=dialect,
        name=table,
        kind="join",
        owner=jt.relationship,
        owner_id=jt.relationship_id,
        description=description,
        columns=columns,
        pk_name=naming.pk_name(table),
        pk_columns=("from_id", "to_id"),
        checks=tuple(checks),
        foreign_keys=fks,
        indexes=(IndexSpec(naming.index_name(table, "to_id", amb("to_id")), "to_id", None, ("from_id",)),),
        partition_key="from_id" if dialect == POSTGRES else None,
        partitions=_partitions(table, dialect, partitions, partition_clash),
    )
