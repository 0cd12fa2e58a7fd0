"""TableSpec → DDL statements (text), per dialect.

Spec expressions are shared, read-only parts of the trees built here (no
copies: sqlglot re-parents them, and generation does not mutate our trees),
which keeps a 200-entity model's DDL well under a second.

Every statement is built as a sqlglot expression and generated with the
dialects of :mod:`.dialects`, except the PL/pgSQL bodies and ``DO`` blocks,
which are text with identifiers written by ``quote_ident``. Each statement
ends with ``;`` at the end of a line and contains no blank line, so a file
joined with blank lines can be split on them (see ``split_statements``).
"""

from __future__ import annotations

import re

from sqlglot import exp

from torquec.backends.sql import naming
from torquec.backends.sql.dialects import POSTGRES, SQLITE, check_sql, sql
from torquec.backends.sql.naming import quote_ident as q
from torquec.backends.sql.naming import quote_string
from torquec.backends.sql.schema import ON_DELETE_SQL, CheckSpec, ColumnSpec, ForeignKeySpec, IndexSpec, TableSpec, UniqueSpec


def ident(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def table_ref(name: str) -> exp.Table:
    return exp.Table(this=ident(name))


def column_def(c: ColumnSpec) -> exp.ColumnDef:
    constraints = []
    if c.not_null:
        constraints.append(exp.ColumnConstraint(kind=exp.NotNullColumnConstraint()))
    if c.default is not None:
        constraints.append(exp.ColumnConstraint(kind=exp.DefaultColumnConstraint(this=c.default)))
    return exp.ColumnDef(this=ident(c.name), kind=c.type, constraints=constraints)


def check_constraint(ck: CheckSpec) -> exp.Constraint:
    return exp.Constraint(this=ident(ck.name), expressions=[exp.CheckColumnConstraint(this=ck.expr)])


def pk_constraint(name: str, columns: tuple[str, ...]) -> exp.Constraint:
    return exp.Constraint(this=ident(name), expressions=[exp.PrimaryKey(expressions=[ident(c) for c in columns])])


def fk_constraint(fk: ForeignKeySpec) -> exp.Constraint:
    return exp.Constraint(
        this=ident(fk.name),
        expressions=[
            exp.ForeignKey(
                expressions=[ident(fk.column)],
                reference=exp.Reference(this=exp.Schema(this=table_ref(fk.ref_table), expressions=[ident("id")])),
                delete=ON_DELETE_SQL[fk.on_delete],
            )
        ],
    )


def unique_constraint(u: UniqueSpec) -> exp.Constraint:
    return exp.Constraint(this=ident(u.name), expressions=[exp.UniqueColumnConstraint(this=exp.Schema(expressions=[ident(u.column)]))])


def create_table(spec: TableSpec, inline_fks: frozenset[str] | None = None, *, if_not_exists: bool = True, name: str | None = None) -> exp.Create:
    """``CREATE TABLE`` of ``spec``; ``inline_fks`` limits which foreign keys are written inline."""
    items: list[exp.Expr] = [column_def(c) for c in spec.columns]
    items.append(pk_constraint(spec.pk_name, spec.pk_columns))
    items.extend(check_constraint(ck) for ck in spec.checks)
    if spec.dialect == SQLITE:
        items.extend(unique_constraint(u) for u in spec.uniques)
    for fk in spec.foreign_keys:
        if inline_fks is None or fk.name in inline_fks:
            items.append(fk_constraint(fk))
    props = None
    if spec.dialect == POSTGRES and spec.partition_key:
        props = exp.Properties(expressions=[exp.PartitionedByProperty(this=exp.Anonymous(this="hash", expressions=[exp.column(spec.partition_key, quoted=True)]))])
    return exp.Create(
        kind="TABLE",
        exists=if_not_exists,
        this=exp.Schema(this=table_ref(name or spec.name), expressions=items),
        properties=props,
    )


def create_partition(parent: str, partition: str, modulus: int, remainder: int) -> exp.Create:
    return exp.Create(
        kind="TABLE",
        exists=True,
        this=table_ref(partition),
        properties=exp.Properties(
            expressions=[
                exp.PartitionedOfProperty(
                    this=table_ref(parent),
                    expression=exp.PartitionBoundSpec(this=exp.Literal.number(modulus), expression=exp.Literal.number(remainder)),
                )
            ]
        ),
    )


def create_index(table: str, ix: IndexSpec, if_not_exists: bool = True) -> exp.Create:
    return exp.Create(
        kind="INDEX",
        exists=if_not_exists,
        this=exp.Index(
            this=ident(ix.name),
            table=table_ref(table),
            params=exp.IndexParameters(columns=[exp.Ordered(this=exp.column(c, quoted=True)) for c in ix.columns], using=exp.var(ix.using) if ix.using else None),
        ),
    )


def add_foreign_key(table: str, fk: ForeignKeySpec) -> exp.Alter:
    return exp.Alter(this=table_ref(table), kind="TABLE", actions=[exp.AddConstraint(expressions=[fk_constraint(fk)])])


def stmt(expression: exp.Expr, dialect: str) -> str:
    return sql(expression, dialect) + ";"


# --------------------------------------------------------------------------- PostgreSQL unique side tables


def unique_side_table(u: UniqueSpec) -> exp.Create:
    return exp.Create(
        kind="TABLE",
        exists=True,
        this=exp.Schema(
            this=table_ref(u.side_table),
            expressions=[
                exp.ColumnDef(this=ident("value"), kind=u.type, constraints=[exp.ColumnConstraint(kind=exp.NotNullColumnConstraint())]),
                exp.ColumnDef(this=ident("id"), kind=exp.DataType(this=exp.DType.UUID), constraints=[exp.ColumnConstraint(kind=exp.NotNullColumnConstraint())]),
                pk_constraint(u.name, ("value",)),
            ],
        ),
    )


def unique_function(table: str, u: UniqueSpec) -> str:
    """The trigger function keeping ``u.side_table`` equal to the table's (value, id) pairs."""
    side, c = q(u.side_table), q(u.column)
    insert = f'INSERT INTO {side} ("value", "id") VALUES (NEW.{c}, NEW."id");'
    delete = f'DELETE FROM {side} WHERE "value" = OLD.{c} AND "id" = OLD."id";'
    return "\n".join(
        [
            f"-- Keeps {side} in step with {q(table)}.{c}; a duplicate value violates {q(u.name)} (SQLSTATE 23505).",
            f"CREATE OR REPLACE FUNCTION {q(u.function)}() RETURNS trigger LANGUAGE plpgsql AS $fn$",
            "BEGIN",
            "  IF TG_OP = 'TRUNCATE' THEN",
            f"    TRUNCATE {side};",
            "  ELSIF TG_OP = 'INSERT' THEN",
            f"    IF NEW.{c} IS NOT NULL THEN",
            f"      {insert}",
            "    END IF;",
            "  ELSIF TG_OP = 'DELETE' THEN",
            f"    {delete}",
            f'  ELSIF NEW.{c} IS DISTINCT FROM OLD.{c} OR NEW."id" IS DISTINCT FROM OLD."id" THEN',
            f"    {delete}",
            f"    IF NEW.{c} IS NOT NULL THEN",
            f"      {insert}",
            "    END IF;",
            "  END IF;",
            "  RETURN NULL;",
            "END;",
            "$fn$;",
        ]
    )


def _trigger(name: str, table: str, events: list[exp.TriggerEvent], for_each: str, function: str) -> exp.Create:
    return exp.Create(
        kind="TRIGGER",
        replace=True,
        this=ident(name),
        properties=exp.Properties(
            expressions=[
                exp.TriggerProperties(
                    table=table_ref(table),
                    timing="AFTER",
                    events=events,
                    execute=exp.TriggerExecute(this=exp.Anonymous(this=ident(function))),
                    for_each=for_each,
                )
            ]
        ),
    )


def unique_triggers(table: str, u: UniqueSpec) -> list[exp.Create]:
    row = _trigger(
        u.trigger,
        table,
        [
            exp.TriggerEvent(this="INSERT"),
            exp.TriggerEvent(this="UPDATE", columns=[exp.column(u.column, quoted=True), exp.column("id", quoted=True)]),
            exp.TriggerEvent(this="DELETE"),
        ],
        "ROW",
        u.function,
    )
    truncate = _trigger(u.truncate_trigger, table, [exp.TriggerEvent(this="TRUNCATE")], "STATEMENT", u.function)
    return [row, truncate]


def unique_statements(table: str, u: UniqueSpec) -> list[str]:
    return [
        f"-- Unique {q(u.column)}: enforced across all partitions by this side table.\n" + stmt(unique_side_table(u), POSTGRES),
        unique_function(table, u),
        *(stmt(t, POSTGRES) for t in unique_triggers(table, u)),
    ]


def deferred_foreign_key(table: str, fk: ForeignKeySpec) -> str:
    """PostgreSQL has no ``ADD CONSTRAINT IF NOT EXISTS``: an idempotent DO block (cyclic references only)."""
    alter = sql(add_foreign_key(table, fk), POSTGRES)
    return "\n".join(
        [
            "DO $do$",
            "BEGIN",
            f"  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = {quote_string(fk.name)} AND conrelid = {quote_string(q(table))}::regclass) THEN",
            f"    {alter};",
            "  END IF;",
            "END",
            "$do$;",
        ]
    )


def fk_partition_copies(spec: TableSpec, partitions_of: dict[str, tuple[str, ...]]) -> list[tuple[ForeignKeySpec, str, str]]:
    """(foreign key, referenced partition, name) of each per-partition copy PostgreSQL makes."""
    out = []
    for fk in spec.foreign_keys:
        for i, part in enumerate(partitions_of.get(fk.ref_table, ())):
            out.append((fk, part, naming.fk_partition_name(fk.name, i)))
    return out


def rename_fk_copies(spec: TableSpec, partitions_of: dict[str, tuple[str, ...]]) -> str | None:
    """An idempotent DO block giving the per-partition foreign key copies predictable names.

    PostgreSQL names them ``<table>_<column>_fkey<N>`` in creation order, and a
    RESTRICT violation on delete reports that name.
    """
    rows = fk_partition_copies(spec, partitions_of)
    if not rows:
        return None
    values = ",\n".join(f"      ({quote_string(fk.name)}, {quote_string(q(part))}, {quote_string(new)})" for fk, part, new in rows)
    table = quote_string(q(spec.name))
    return "\n".join(
        [
            f"-- Predictable names for the per-partition copies of the foreign keys of {q(spec.name)}.",
            "DO $do$",
            "DECLARE r record;",
            "BEGIN",
            "  FOR r IN",
            "    SELECT c.conname AS old_name, v.new_name",
            "    FROM pg_constraint c",
            "    JOIN pg_constraint p ON p.oid = c.conparentid",
            "    JOIN (VALUES",
            values,
            "    ) AS v (parent_name, part, new_name) ON p.conname = v.parent_name AND c.confrelid = to_regclass(v.part)",
            f"    WHERE c.conrelid = {table}::regclass AND p.conrelid = {table}::regclass AND c.conname <> v.new_name",
            "  LOOP",
            f"    EXECUTE format('ALTER TABLE %I RENAME CONSTRAINT %I TO %I', {quote_string(spec.name)}, r.old_name, r.new_name);",
            "  END LOOP;",
            "END",
            "$do$;",
        ]
    )


# --------------------------------------------------------------------------- whole tables


def _comment_lines(text: str) -> list[str]:
    return [f"-- {line}".rstrip() for line in text.splitlines() if line.strip()]


def table_statements(spec: TableSpec, inline_fks: frozenset[str] | None = None) -> list[str]:
    """All statements creating ``spec``'s table (idempotent): table, partitions, unique machinery, indexes.

    Written as text around sqlglot-generated leaves (types, defaults, CHECK
    bodies, identifiers): exactly what generating the statement trees of
    :func:`create_table`, :func:`create_partition`, :func:`unique_side_table`,
    :func:`unique_triggers` and :func:`create_index` gives (the tests compare
    the two on every model they have), in a fraction of the time.
    """
    d = spec.dialect
    head = []
    if spec.kind == "entity":
        title = f"Entity {spec.owner}" + (f": {spec.description}" if spec.description else "")
    else:
        title = f"Join table of relationship {spec.owner}" + (f": {spec.description}" if spec.description else "")
    head.extend(_comment_lines(title))
    head.extend(f"-- Note: {n}" for n in spec.notes)
    out = ["\n".join([*head, create_table_text(spec, inline_fks)])]
    if d == POSTGRES:
        n = len(spec.partitions)
        parent = _id(spec.name, d)
        out.extend(
            f"CREATE TABLE IF NOT EXISTS {_id(p, d)} PARTITION OF {parent} FOR VALUES WITH (MODULUS {n}, REMAINDER {i});"
            for i, p in enumerate(spec.partitions)
        )
        for u in spec.uniques:
            out.extend(_unique_statements_text(spec.name, u))
    out.extend(_create_index_text(spec.name, ix, d) for ix in spec.indexes)
    return out


# --------------------------------------------------------------------------- text rendering (fast path)

# sqlglot's rendering of identifiers and of small leaf expressions, per dialect.
_IDENT_SQL: dict[str, dict[str, str]] = {POSTGRES: {}, SQLITE: {}}
_LEAF_SQL: dict[str, dict[tuple, str]] = {POSTGRES: {}, SQLITE: {}}
_PLAIN_IDENT = re.compile(r"[A-Za-z0-9_]+")


def _id(name: str, dialect: str) -> str:
    """``name`` as sqlglot writes a quoted identifier in ``dialect``."""
    cache = _IDENT_SQL[dialect]
    text = cache.get(name)
    if text is None:
        if _PLAIN_IDENT.fullmatch(name):
            # Nothing to escape: sqlglot only wraps it in the dialect's quotes.
            text = _quoted(name, dialect)
        else:
            text = sql(ident(name), dialect)
        if len(cache) > 100_000:
            cache.clear()
        cache[name] = text
    return text


_QUOTES: dict[str, tuple[str, str]] = {}


def _quoted(name: str, dialect: str) -> str:
    quotes = _QUOTES.get(dialect)
    if quotes is None:
        probe = sql(ident("x"), dialect)
        quotes = _QUOTES[dialect] = (probe[: probe.index("x")], probe[probe.index("x") + 1 :])
    return f"{quotes[0]}{name}{quotes[1]}"


def _leaf_key(e: exp.Expr) -> tuple | None:
    """A structural key for the leaf expressions of column types and defaults
    (types with numeric parameters, literals, variables, ``f()``, booleans);
    ``None`` for anything else (rendered without caching)."""
    if e.comments:
        return None
    t = type(e)
    args = e.args
    if t is exp.DataType:
        if any(v for k, v in args.items() if k not in ("this", "expressions")):
            return None
        params = []
        for p in args.get("expressions") or ():
            lit = p.this
            if type(p) is not exp.DataTypeParam or len(p.args) != 1 or type(lit) is not exp.Literal or lit.comments or p.comments:
                return None
            params.append((lit.this, bool(lit.args.get("is_string"))))
        return (t, args.get("this"), tuple(params))
    if t is exp.Literal:
        if any(v for k, v in args.items() if k not in ("this", "is_string")):
            return None
        return (t, args.get("this"), bool(args.get("is_string")))
    if t in (exp.Var, exp.Boolean) or (t is exp.Anonymous and not args.get("expressions")):
        if any(v for k, v in args.items() if k not in ("this", "expressions")) or not isinstance(args.get("this"), (str, bool)):
            return None
        return (t, type(args["this"]), args["this"])
    return None


def _leaf(e: exp.Expr, dialect: str) -> str:
    """``sql(e, dialect)``, cached on the structure of small leaves."""
    key = _leaf_key(e)
    if key is None:
        return sql(e, dialect)
    cache = _LEAF_SQL[dialect]
    text = cache.get(key)
    if text is None:
        if len(cache) > 10_000:
            cache.clear()
        text = cache[key] = sql(e, dialect)
    return text


def _column_text(c: ColumnSpec, dialect: str) -> str:
    line = f"{_id(c.name, dialect)} {_leaf(c.type, dialect)}"
    if c.not_null:
        line += " NOT NULL"
    if c.default is not None:
        line += f" DEFAULT {_leaf(c.default, dialect)}"
    return line


def _check_text(ck: CheckSpec, dialect: str) -> str:
    return f"CONSTRAINT {_id(ck.name, dialect)} {check_sql(ck.expr, dialect)}"


def _fk_text(fk: ForeignKeySpec, dialect: str) -> str:
    return (
        f"CONSTRAINT {_id(fk.name, dialect)} FOREIGN KEY ({_id(fk.column, dialect)})"
        f" REFERENCES {_id(fk.ref_table, dialect)} ({_id('id', dialect)}) ON DELETE {ON_DELETE_SQL[fk.on_delete]}"
    )


def create_table_text(spec: TableSpec, inline_fks: frozenset[str] | None = None) -> str:
    """``stmt(create_table(spec, inline_fks), spec.dialect)``, as text."""
    d = spec.dialect
    items = [_column_text(c, d) for c in spec.columns]
    items.append(f"CONSTRAINT {_id(spec.pk_name, d)} PRIMARY KEY ({', '.join(_id(c, d) for c in spec.pk_columns)})")
    items.extend(_check_text(ck, d) for ck in spec.checks)
    if d == SQLITE:
        items.extend(f"CONSTRAINT {_id(u.name, d)} UNIQUE ({_id(u.column, d)})" for u in spec.uniques)
    items.extend(_fk_text(fk, d) for fk in spec.foreign_keys if inline_fks is None or fk.name in inline_fks)
    tail = f" PARTITION BY HASH ({_id(spec.partition_key, d)})" if d == POSTGRES and spec.partition_key else ""
    return f"CREATE TABLE IF NOT EXISTS {_id(spec.name, d)} (\n  " + ",\n  ".join(items) + f"\n){tail};"


def _create_index_text(table: str, ix: IndexSpec, dialect: str) -> str:
    """``stmt(create_index(table, ix), dialect)``, as text."""
    using = f" USING {ix.using}" if ix.using else ""
    columns = ", ".join(_id(c, dialect) for c in ix.columns)
    return f"CREATE INDEX IF NOT EXISTS {_id(ix.name, dialect)} ON {_id(table, dialect)}{using} ({columns});"


def _unique_statements_text(table: str, u: UniqueSpec) -> list[str]:
    """:func:`unique_statements`, as text."""
    d = POSTGRES
    t, fn = _id(table, d), _id(u.function, d)
    side = (
        f"CREATE TABLE IF NOT EXISTS {_id(u.side_table, d)} (\n"
        f"  {_id('value', d)} {_leaf(u.type, d)} NOT NULL,\n"
        f"  {_id('id', d)} UUID NOT NULL,\n"
        f"  CONSTRAINT {_id(u.name, d)} PRIMARY KEY ({_id('value', d)})\n"
        ");"
    )
    return [
        f"-- Unique {q(u.column)}: enforced across all partitions by this side table.\n" + side,
        unique_function(table, u),
        f"CREATE OR REPLACE TRIGGER {_id(u.trigger, d)} AFTER INSERT OR UPDATE OF {_id(u.column, d)}, {_id('id', d)} OR DELETE"
        f" ON {t} FOR EACH ROW EXECUTE FUNCTION {fn}();",
        f"CREATE OR REPLACE TRIGGER {_id(u.truncate_trigger, d)} AFTER TRUNCATE ON {t} FOR EACH STATEMENT EXECUTE FUNCTION {fn}();",
    ]
