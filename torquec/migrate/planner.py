"""Diff two models → an ordered, per-dialect migration plan.

Tables are matched on stable ids (entity ``id``; relationship ``id`` for
join tables), columns on field ids, so renames are renames. Each matched
table is compared as the SQL backend would create it (:class:`TableSpec`):

* PostgreSQL changes a table **in place** when its name, partition count and
  column types stay: columns are added/dropped, defaults and NOT NULL
  altered, CHECKs, foreign keys, unique side tables and indexes dropped and
  re-added by their deterministic names. A renamed table or column, a type
  change or a new partition count **rebuilds** the table: rows are copied to a
  temporary table (converted), the table is dropped and created again from
  the new DDL, and the rows copied back — the result is exactly what a fresh
  ``schema.sql`` creates.
* SQLite can only rename and add columns in place, so every change except
  index changes uses the documented 12-step rebuild (foreign keys off, new
  table, copy, drop, rename, indexes, ``PRAGMA foreign_key_check``).

Foreign keys on PostgreSQL are (re-)added after all rows are back, by the
idempotent blocks of the DDL backend. Everything runs in one transaction.

Data loss is classified with the rows actually in the database (the
``probe``): a dropped table or join table holding rows, a dropped column
holding values, a conversion that alters or drops values (see
:mod:`.convert`), and rows that would violate a new NOT NULL without a
default — with ``allow_data_loss`` those rows are deleted (their dependants
follow their relationships' ON DELETE). Tightened rules that are not type
changes (a smaller ``max``, a new ``pattern``, a new ``unique``) are checked
by the database while applying: violating rows make the migration fail and
roll back, naming the constraint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from sqlglot import exp

from torquec.backends.sql import split_statements, table_specs
from torquec.backends.sql import schema_sql as full_schema_sql
from torquec.backends.sql.ddl import (
    check_constraint,
    column_def,
    create_index,
    create_table,
    deferred_foreign_key,
    rename_fk_copies,
    stmt,
    table_statements,
    unique_statements,
)
from torquec.backends.sql.dialects import POSTGRES, SQLITE, sql
from torquec.backends.sql.naming import quote_ident as q
from torquec.backends.sql.schema import ColumnSpec, TableSpec, default_expr
from torquec.ir.nodes import Entity, Field, Model, OnDelete
from torquec.migrate.convert import Conversion, convert, same_storage

Probe = Callable[[str, str], int]  # (table, where) -> number of rows


@dataclass
class DataLoss:
    kind: str  # drop_table | drop_column | convert | delete_rows
    table: str
    rows: int  # -1: unknown (no database to ask)
    message: str
    entity: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        n = "an unknown number of" if self.rows < 0 else str(self.rows)
        return f"{self.message} ({n} row{'s' if self.rows != 1 else ''})"


@dataclass
class Step:
    description: str
    statements: list[str] = field(default_factory=list)


@dataclass
class Plan:
    dialect: str
    steps: list[Step]
    data_loss: list[DataLoss]
    initial: bool = False
    rebuilds: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(s.statements for s in self.steps)

    @property
    def statements(self) -> list[str]:
        return [s for step in self.steps for s in step.statements]

    def sql(self) -> str:
        parts = []
        for i, step in enumerate(self.steps, 1):
            if step.statements:
                parts.append(f"-- {i}. {step.description}")
                parts.extend(step.statements)
        return "\n\n".join(parts) + ("\n" if parts else "")


# --------------------------------------------------------------------------- per-table analysis


@dataclass
class _Column:
    """How one column of the new table gets its values from the old one."""

    spec: ColumnSpec
    expr: str  # over the old table's columns
    old_name: str | None  # same column (same field / system column) in the old table
    conversion: Conversion | None = None
    null_pred: str | None = None  # required, no default: rows where the value would be NULL


@dataclass
class _Table:
    old: TableSpec | None
    new: TableSpec | None
    old_entity: Entity | None = None
    new_entity: Entity | None = None
    columns: list[_Column] = field(default_factory=list)
    dropped: list[tuple[Field, str]] = field(default_factory=list)  # (old field, column)
    notes: list[str] = field(default_factory=list)
    delete_pred: str | None = None
    rebuild: bool = False


def _render_default(f: Field, dialect: str) -> str | None:
    d = default_expr(f, dialect)
    return sql(d, dialect) if d is not None else None


def _analyze(t: _Table, dialect: str) -> None:
    old, new = t.old, t.new
    old_fields = {f.id: f for f in (t.old_entity.fields if t.old_entity else ())}
    new_ids = {f.id for f in (t.new_entity.fields if t.new_entity else ())}
    deletes = []
    for c in new.columns:
        if c.field_id is None:  # system / join column: same name
            oc = old.column(c.name)
            t.columns.append(_Column(c, q(c.name) if oc else "NULL", c.name if oc else None))
            continue
        nf = t.new_entity.field(c.field)
        of = old_fields.get(c.field_id)
        if of is None:
            dflt = _render_default(nf, dialect)
            col = _Column(c, dflt or "NULL", None)
            if nf.required and dflt is None:
                col.null_pred = "TRUE" if dialect == POSTGRES else "1"
                deletes.append(col.null_pred)
            t.notes.append(f"add column {q(c.name)}")
            t.columns.append(col)
            continue
        conv = convert(of, nf, dialect, q(of.column))
        col = _Column(c, conv.expr, of.column, conv if conv.lost or conv.expr != q(of.column) else None)
        if of.column != c.name:
            t.notes.append(f"rename column {q(of.column)} → {q(c.name)}")
        if of.type is not nf.type or not same_storage(of, nf):
            t.notes.append(f"change {q(c.name)} from {of.type.value} to {nf.type.value}")
        if nf.required:
            dflt = _render_default(nf, dialect)
            could_be_null = not of.required or conv.lost is not None or conv.expr != q(of.column)
            if could_be_null and dflt is not None:
                col.expr = f"COALESCE({col.expr}, {dflt})"
            elif could_be_null:
                col.null_pred = f"({conv.expr}) IS NULL"
                deletes.append(col.null_pred)
        t.columns.append(col)
    for of in old_fields.values():
        if of.id not in new_ids:
            t.dropped.append((of, of.column))
            t.notes.append(f"drop column {q(of.column)}")
    if deletes:
        t.delete_pred = " OR ".join(f"({d})" for d in deletes) if len(deletes) > 1 else deletes[0]
    if old.name != new.name:
        t.notes.insert(0, f"rename table {q(old.name)} → {q(new.name)}")
    if dialect == POSTGRES:
        t.rebuild = (
            old.name != new.name
            or len(old.partitions) != len(new.partitions)
            or old.pk_columns != new.pk_columns
            or any(c.old_name is not None and (c.old_name != c.spec.name or _type_sql(old.column(c.old_name), dialect) != _type_sql(c.spec, dialect)) for c in t.columns)
        )
        if len(old.partitions) != len(new.partitions):
            t.notes.append(f"repartition {len(old.partitions)} → {len(new.partitions)}")
    else:
        same_ddl = sql(create_table(old), dialect) == sql(create_table(new), dialect)
        identity = all(c.old_name == c.spec.name and c.conversion is None for c in t.columns) and not t.dropped
        t.rebuild = not (same_ddl and identity)


def _type_sql(c: ColumnSpec | None, dialect: str) -> str | None:
    return sql(c.type, dialect) if c is not None else None


# --------------------------------------------------------------------------- the planner


def _key(spec: TableSpec) -> tuple[str, str]:
    return (spec.kind, spec.owner_id)


def _count(probe: Probe | None, table: str, where: str) -> int:
    if probe is None:
        return -1
    return probe(table, where)


def plan(old: Model | None, new: Model, dialect: str, probe: Probe | None = None) -> Plan:
    """The steps taking a database holding ``old`` (None: empty) to ``new``."""
    if old is None:
        stmts = split_statements(full_schema_sql(new, dialect))
        return Plan(dialect, [Step(f"create the schema of {new.name}", stmts)], [], initial=True)

    old_specs = table_specs(old, dialect)
    new_specs = table_specs(new, dialect)
    old_by = {_key(s): s for s in old_specs}
    new_by = {_key(s): s for s in new_specs}
    old_ent = {e.id: e for e in old.entities}
    new_ent = {e.id: e for e in new.entities}

    tables: list[_Table] = []
    for s in new_specs:
        o = old_by.get(_key(s))
        t = _Table(o, s, old_ent.get(s.owner_id) if s.kind == "entity" else None, new_ent.get(s.owner_id) if s.kind == "entity" else None)
        if o is not None:
            _analyze(t, dialect)
        tables.append(t)
    removed = [s for s in old_specs if _key(s) not in new_by]

    losses: list[DataLoss] = []
    for s in removed:
        n = _count(probe, s.name, "1 = 1")
        if n != 0:
            what = f"entity {s.owner}" if s.kind == "entity" else f"join table of relationship {s.owner}"
            losses.append(DataLoss("drop_table", s.name, n, f"{what}: table {q(s.name)} would be dropped", s.owner if s.kind == "entity" else None))
    for t in tables:
        if t.old is None:
            continue
        ent = t.new_entity.name if t.new_entity else t.new.owner
        for of, column in t.dropped:
            n = _count(probe, t.old.name, f"{q(column)} IS NOT NULL")
            if n != 0:
                losses.append(DataLoss("drop_column", t.old.name, n, f"{ent}.{of.name}: column {q(column)} would be dropped with its values", ent, of.name))
        for c in t.columns:
            if c.conversion is not None and c.conversion.lost:
                n = _count(probe, t.old.name, c.conversion.lost)
                if n != 0:
                    losses.append(DataLoss("convert", t.old.name, n, f"{ent}.{c.spec.field}: {c.conversion.what}", ent, c.spec.field))
            if c.null_pred is not None:
                n = _count(probe, t.old.name, c.null_pred)
                if n != 0:
                    why = "new required field without a default" if c.old_name is None else "required field without a default, rows without a value"
                    losses.append(DataLoss("delete_rows", t.old.name, n, f"{ent}.{c.spec.field}: {why}; those rows would be deleted", ent, c.spec.field))

    render = _render_postgres if dialect == POSTGRES else _render_sqlite
    steps = render(tables, removed, old_specs, new_specs)
    return Plan(dialect, steps, losses, rebuilds=[t.new.name for t in tables if t.old is not None and t.rebuild])


# --------------------------------------------------------------------------- PostgreSQL


def _drop_table_pg(spec: TableSpec) -> list[str]:
    out = [f"DROP TABLE IF EXISTS {q(spec.name)} CASCADE;"]
    for u in spec.uniques:
        out.append(f"DROP TABLE IF EXISTS {q(u.side_table)};")
        out.append(f"DROP FUNCTION IF EXISTS {q(u.function)}();")
    return out


def _inplace_pg(t: _Table) -> tuple[list[str], bool]:
    """ALTER statements for an in-place change; bool: its foreign keys changed."""
    old, new = t.old, t.new
    T = q(new.name)
    out: list[str] = []
    # Values converted within the same type (narrower length, fewer enum values…).
    for c in t.columns:
        if c.conversion is not None and c.conversion.lost and c.old_name:
            out.append(f"UPDATE {T} SET {q(c.spec.name)} = {c.conversion.expr} WHERE {c.conversion.lost};")
    old_checks = {ck.name: sql(check_constraint(ck), POSTGRES) for ck in old.checks}
    new_checks = {ck.name: sql(check_constraint(ck), POSTGRES) for ck in new.checks}
    old_fks = {fk.name: (fk.column, fk.ref_table, fk.on_delete) for fk in old.foreign_keys}
    new_fks = {fk.name: (fk.column, fk.ref_table, fk.on_delete) for fk in new.foreign_keys}
    old_uq = {u.name: u for u in old.uniques}
    new_uq = {u.name: u for u in new.uniques}
    old_ix = {ix.name: (ix.columns, ix.using) for ix in old.indexes}
    new_ix = {ix.name: (ix.columns, ix.using) for ix in new.indexes}
    for name in old_fks:
        if new_fks.get(name) != old_fks[name]:
            out.append(f"ALTER TABLE {T} DROP CONSTRAINT IF EXISTS {q(name)};")
    for name in old_checks:
        if new_checks.get(name) != old_checks[name]:
            out.append(f"ALTER TABLE {T} DROP CONSTRAINT IF EXISTS {q(name)};")
    for name, u in old_uq.items():
        if name not in new_uq or new_uq[name].column != u.column or sql(new_uq[name].type, POSTGRES) != sql(u.type, POSTGRES):
            out.append(f"DROP TRIGGER IF EXISTS {q(u.trigger)} ON {T};")
            out.append(f"DROP TRIGGER IF EXISTS {q(u.truncate_trigger)} ON {T};")
            out.append(f"DROP FUNCTION IF EXISTS {q(u.function)}();")
            out.append(f"DROP TABLE IF EXISTS {q(u.side_table)};")
    for name in old_ix:
        if new_ix.get(name) != old_ix[name]:
            out.append(f"DROP INDEX IF EXISTS {q(name)};")
    for _f, column in t.dropped:
        out.append(f"ALTER TABLE {T} DROP COLUMN IF EXISTS {q(column)} CASCADE;")
    for c in t.columns:
        if c.old_name is None:
            out.append(sql(exp.Alter(this=exp.Table(this=exp.to_identifier(new.name, quoted=True)), kind="TABLE", actions=[column_def(c.spec)]), POSTGRES) + ";")
            continue
        oc = old.column(c.old_name)
        d_old = sql(oc.default, POSTGRES) if oc.default is not None else None
        d_new = sql(c.spec.default, POSTGRES) if c.spec.default is not None else None
        if d_old != d_new:
            out.append(f"ALTER TABLE {T} ALTER COLUMN {q(c.spec.name)} " + (f"SET DEFAULT {d_new};" if d_new else "DROP DEFAULT;"))
        if oc.not_null != c.spec.not_null:
            if c.spec.not_null and c.expr.startswith("COALESCE("):
                out.append(f"UPDATE {T} SET {q(c.spec.name)} = {c.expr} WHERE {q(c.spec.name)} IS NULL;")
            out.append(f"ALTER TABLE {T} ALTER COLUMN {q(c.spec.name)} {'SET' if c.spec.not_null else 'DROP'} NOT NULL;")
    for ck in new.checks:
        if old_checks.get(ck.name) != new_checks[ck.name]:
            out.append(f"ALTER TABLE {T} ADD {sql(check_constraint(ck), POSTGRES)};")
    for name, u in new_uq.items():
        ou = old_uq.get(name)
        if ou is None or ou.column != u.column or sql(ou.type, POSTGRES) != sql(u.type, POSTGRES):
            out.extend(unique_statements(new.name, u))
            out.append(f'INSERT INTO {q(u.side_table)} ("value", "id") SELECT {q(u.column)}, "id" FROM {T} WHERE {q(u.column)} IS NOT NULL;')
    for ix in new.indexes:
        if old_ix.get(ix.name) != new_ix[ix.name]:
            out.append(stmt(create_index(new.name, ix), POSTGRES))
    return out, old_fks != new_fks


def _render_postgres(tables: list[_Table], removed: list[TableSpec], old_specs, new_specs) -> list[Step]:
    steps: list[Step] = []
    # 0. rows that cannot stay (allow_data_loss): deleted while the old tables and their FKs exist.
    for t in tables:
        if t.old is not None and t.delete_pred:
            steps.append(Step(f"delete rows of {q(t.old.name)} that cannot satisfy a new NOT NULL", [f"DELETE FROM {q(t.old.name)} WHERE {t.delete_pred};"]))
    rebuilt = [t for t in tables if t.old is not None and t.rebuild]
    # 1. copy the rows of rebuilt tables out, converted to the new columns.
    for i, t in enumerate(rebuilt):
        cols = ", ".join(f"{c.expr} AS {q(c.spec.name)}" for c in t.columns)
        steps.append(Step(f"rebuild {q(t.new.name)}: {'; '.join(t.notes) or 'recreate'} — copy rows out", [f'CREATE TEMP TABLE "_torque_copy_{i}" ON COMMIT DROP AS SELECT {cols} FROM {q(t.old.name)};']))
    # 2. drop removed tables and the old versions of rebuilt ones.
    for s in removed:
        steps.append(Step(f"drop table {q(s.name)} ({s.kind} {s.owner})", _drop_table_pg(s)))
    for t in rebuilt:
        steps.append(Step(f"drop the old {q(t.old.name)}", _drop_table_pg(t.old)))
    # 3. in-place changes.
    fk_tables: set[str] = set()
    for t in tables:
        if t.old is None or t.rebuild:
            continue
        stmts, fk_changed = _inplace_pg(t)
        if fk_changed:
            fk_tables.add(t.new.name)
        if stmts:
            steps.append(Step(f"alter {q(t.new.name)}" + (f": {'; '.join(t.notes)}" if t.notes else ""), stmts))
    # 4. create new tables and the new versions of rebuilt ones (foreign keys come last).
    created = set()
    for t in tables:
        if t.old is None or t.rebuild:
            created.add(t.new.name)
            what = "create" if t.old is None else "create the new"
            steps.append(Step(f"{what} {q(t.new.name)}", table_statements(t.new, frozenset())))
    # 5. copy the rows back.
    for i, t in enumerate(rebuilt):
        cols = ", ".join(q(c.spec.name) for c in t.columns)
        steps.append(Step(f"copy the rows of {q(t.new.name)} back", [f'INSERT INTO {q(t.new.name)} ({cols}) SELECT {cols} FROM "_torque_copy_{i}";']))
    # 6. foreign keys of created tables, of changed ones and those into recreated tables.
    dropped_names = {s.name for s in removed} | {t.old.name for t in rebuilt}
    partitions_of = {s.name: s.partitions for s in new_specs}
    fk_stmts, renames = [], []
    for s in new_specs:
        wanted = [fk for fk in s.foreign_keys if s.name in created or s.name in fk_tables or fk.ref_table in created or fk.ref_table in dropped_names]
        fk_stmts.extend(deferred_foreign_key(s.name, fk) for fk in wanted)
        if wanted:
            block = rename_fk_copies(s, partitions_of)
            if block:
                renames.append(block)
    if fk_stmts:
        steps.append(Step("add foreign keys (validated against the rows now in place)", fk_stmts + renames))
    return steps


# --------------------------------------------------------------------------- SQLite


def _delete_sqlite(table: str, where: str, specs: list[TableSpec], depth: int = 0) -> list[str]:
    """DELETE with the ON DELETE actions of the old schema done by hand (foreign keys are off)."""
    out: list[str] = []
    if depth < 16:
        for child in specs:
            for fk in child.foreign_keys:
                if fk.ref_table != table:
                    continue
                sub = f'{q(fk.column)} IN (SELECT "id" FROM {q(table)} WHERE {where})'
                if fk.on_delete is OnDelete.CASCADE:
                    out.extend(_delete_sqlite(child.name, sub, specs, depth + 1))
                elif fk.on_delete is OnDelete.SET_NULL:
                    out.append(f"UPDATE {q(child.name)} SET {q(fk.column)} = NULL WHERE {sub};")
                # RESTRICT: left to PRAGMA foreign_key_check, which fails the migration.
    out.append(f"DELETE FROM {q(table)} WHERE {where};")
    return out


def _render_sqlite(tables: list[_Table], removed: list[TableSpec], old_specs, new_specs) -> list[Step]:
    steps: list[Step] = []
    for t in tables:
        if t.old is not None and t.delete_pred:
            steps.append(Step(f"delete rows of {q(t.old.name)} that cannot satisfy a new NOT NULL", _delete_sqlite(t.old.name, t.delete_pred, old_specs)))
    rebuilt = [t for t in tables if t.old is not None and t.rebuild]
    # 12-step rebuild: new table under a temporary name, copy, drop old, rename, indexes.
    for i, t in enumerate(rebuilt):
        tmp = f"_torque_new_{i}"
        cols = ", ".join(q(c.spec.name) for c in t.columns)
        exprs = ", ".join(c.expr for c in t.columns)
        steps.append(
            Step(
                f"rebuild {q(t.new.name)}: {'; '.join(t.notes) or 'constraints changed'} — new table and copy",
                [stmt(create_table(t.new, if_not_exists=False, name=tmp), SQLITE), f"INSERT INTO {q(tmp)} ({cols}) SELECT {exprs} FROM {q(t.old.name)};"],
            )
        )
    for s in removed:
        steps.append(Step(f"drop table {q(s.name)} ({s.kind} {s.owner})", [f"DROP TABLE IF EXISTS {q(s.name)};"]))
    for t in rebuilt:
        steps.append(Step(f"drop the old {q(t.old.name)}", [f"DROP TABLE {q(t.old.name)};"]))
    for i, t in enumerate(rebuilt):
        steps.append(
            Step(
                f"rename the new {q(t.new.name)} into place and index it",
                [f'ALTER TABLE "_torque_new_{i}" RENAME TO {q(t.new.name)};', *(stmt(create_index(t.new.name, ix), SQLITE) for ix in t.new.indexes)],
            )
        )
    for t in tables:
        if t.old is None:
            steps.append(Step(f"create {q(t.new.name)}", table_statements(t.new)))
        elif not t.rebuild:
            old_ix = {ix.name: (ix.columns, ix.using) for ix in t.old.indexes}
            new_ix = {ix.name: (ix.columns, ix.using) for ix in t.new.indexes}
            stmts = [f"DROP INDEX IF EXISTS {q(n)};" for n in old_ix if new_ix.get(n) != old_ix[n]]
            stmts += [stmt(create_index(t.new.name, ix), SQLITE) for ix in t.new.indexes if old_ix.get(ix.name) != new_ix[ix.name]]
            if stmts:
                steps.append(Step(f"indexes of {q(t.new.name)}", stmts))
    return steps
