"""Diff two models → an ordered, per-dialect migration plan.

Tables are matched on stable ids (entity ``id``; relationship ``id`` for
join tables), columns on field ids, so renames are renames. Each matched
table is compared as the SQL backend would create it (:class:`TableSpec`):

* PostgreSQL changes a table **in place** when its name, partition count and
  column types stay: columns are added/dropped, defaults and NOT NULL
  altered, CHECKs, foreign keys, unique side tables and indexes whose SQL
  differs dropped and re-added by their deterministic names (each kind as
  ``ddl.CONSTRAINTS`` says). A renamed table or column, a type
  change or a new partition count **rebuilds** the table: rows are copied to a
  temporary table (converted), the table is dropped and created again from
  the new DDL, and the rows copied back — the result is exactly what a fresh
  ``schema.sql`` creates.
* SQLite can only rename and add columns in place, so every change except
  index changes uses the documented 12-step rebuild (foreign keys off, new
  table, copy, drop, rename, indexes, ``PRAGMA foreign_key_check``).

Foreign keys on PostgreSQL are (re-)added after all rows are back, by the
idempotent blocks of the DDL renderer (:mod:`torquec.backends.sql.ddl`, which
writes every DDL statement here too). Everything runs in one transaction.

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

from torquec.backends.sql import ddl, split_statements, table_specs
from torquec.backends.sql import schema_sql as full_schema_sql
from torquec.backends.sql.dialects import POSTGRES
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
    #: what changes, one line per table, for people (`torquec watch` prints them)
    changes: list[str] = field(default_factory=list)

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
    return ddl.default_sql(d, dialect) if d is not None else None


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
        same_ddl = ddl.create_table(old) == ddl.create_table(new)
        identity = all(c.old_name == c.spec.name and c.conversion is None for c in t.columns) and not t.dropped
        t.rebuild = not (same_ddl and identity)


def _type_sql(c: ColumnSpec | None, dialect: str) -> str | None:
    return ddl.type_sql(c.type, dialect) if c is not None else None


# --------------------------------------------------------------------------- the planner


def _key(spec: TableSpec) -> tuple[str, str]:
    return (spec.kind, spec.owner_id)


def _count(probe: Probe | None, table: str, where: str) -> int:
    if probe is None:
        return -1
    return probe(table, where)


class PlanRefused(Exception):
    """A change the layout cannot make safely: nothing is planned (the message says what to do)."""


def plan(old: Model | None, new: Model, dialect: str, probe: Probe | None = None, layout: str | None = None) -> Plan:
    """The steps taking a database holding ``old`` (None: empty) to ``new``. ``layout`` ``citus``:
    PostgreSQL tables laid out by sql/citus/schema.sql (:mod:`.citus`); may raise :class:`PlanRefused`."""
    if layout == "citus":
        from torquec.migrate import citus

        return citus.plan(old, new, probe)
    if old is None:
        stmts = split_statements(full_schema_sql(new, dialect))
        return Plan(dialect, [Step(f"create the schema of {new.name}", stmts)], [], initial=True)
    tables, removed, old_specs, new_specs = match_tables(old, new, dialect)
    render = _render_postgres if dialect == POSTGRES else _render_sqlite
    return finish(dialect, tables, removed, probe, render(tables, removed, old_specs, new_specs))


def match_tables(old: Model, new: Model, dialect: str) -> tuple[list[_Table], list[TableSpec], list[TableSpec], list[TableSpec]]:
    """(tables of ``new``, each with its analysed old version if any; tables of ``old`` that go; old specs; new specs)."""
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
    return tables, removed, old_specs, new_specs


def _losses(tables: list[_Table], removed: list[TableSpec], probe: Probe | None) -> list[DataLoss]:
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
    return losses


def finish(dialect: str, tables: list[_Table], removed: list[TableSpec], probe: Probe | None, steps: list[Step]) -> Plan:
    """The plan of rendered ``steps``: data loss counted with ``probe``, one line of changes per table."""
    changes = [f"create table {q(t.new.name)}" if t.old is None else f"{q(t.new.name)}: {'; '.join(t.notes)}"
               for t in tables if t.old is None or t.notes]
    changes += [f"drop table {q(s.name)}" for s in removed]
    return Plan(dialect, steps, _losses(tables, removed, probe), rebuilds=[t.new.name for t in tables if t.old is not None and t.rebuild],
                changes=changes)


# --------------------------------------------------------------------------- constraints changed in place


def _constraint_changes(old: TableSpec, new: TableSpec) -> list[tuple[ddl.ConstraintKind, list, list]]:
    """Per constraint kind: (old constraints to drop, new ones to add) — those
    whose SQL differs between the two versions of the table, by name."""
    out = []
    for kind in ddl.CONSTRAINTS:
        before = {c.name: (c, kind.definition(old, c)) for c in kind.items(old)}
        after = {c.name: (c, kind.definition(new, c)) for c in kind.items(new)}
        drop = [c for name, (c, text) in before.items() if name not in after or after[name][1] != text]
        add = [c for name, (c, text) in after.items() if name not in before or before[name][1] != text]
        out.append((kind, drop, add))
    return out


def _drop_constraints(old: TableSpec, changes) -> list[str]:
    """Foreign keys first (they are added back last), then the other kinds in order."""
    out: list[str] = []
    for kind, drop, _add in sorted(changes, key=lambda ch: not ch[0].after_rows):
        for c in drop:
            out.extend(kind.drop_from(old, c))
    return out


def _add_constraints(new: TableSpec, changes) -> list[str]:
    """All but foreign keys (added once the rows are in place, see ``_render_postgres``)."""
    return [s for kind, _drop, add in changes if not kind.after_rows for c in add for s in kind.add_to(new, c)]


# --------------------------------------------------------------------------- PostgreSQL


def _inplace_pg(t: _Table) -> tuple[list[str], bool]:
    """ALTER statements for an in-place change; bool: its foreign keys changed."""
    old, new = t.old, t.new
    T = q(new.name)
    out: list[str] = []
    # Values converted within the same type (narrower length, fewer enum values…).
    for c in t.columns:
        if c.conversion is not None and c.conversion.lost and c.old_name:
            out.append(f"UPDATE {T} SET {q(c.spec.name)} = {c.conversion.expr} WHERE {c.conversion.lost};")
    changes = _constraint_changes(old, new)
    out.extend(_drop_constraints(old, changes))
    for _f, column in t.dropped:
        out.append(ddl.drop_column(new, column))
    for c in t.columns:
        if c.old_name is None:
            out.append(ddl.add_column(new, c.spec))
            continue
        out.extend(alter_kept_column(t, c))
    out.extend(_add_constraints(new, changes))
    fk_changed = any(drop or add for kind, drop, add in changes if kind.after_rows)
    return out, fk_changed


def alter_kept_column(t: _Table, c: _Column) -> list[str]:
    """A kept column's new default and NOT NULL (PostgreSQL, in place), once it has its new name."""
    out = []
    oc = t.old.column(c.old_name)
    d_old = ddl.default_sql(oc.default, POSTGRES) if oc.default is not None else None
    d_new = ddl.default_sql(c.spec.default, POSTGRES) if c.spec.default is not None else None
    if d_old != d_new:
        out.append(ddl.alter_default(t.new, c.spec))
    if oc.not_null != c.spec.not_null:
        if c.spec.not_null and c.expr.startswith("COALESCE("):
            expr = c.expr.replace(q(c.old_name), q(c.spec.name))  # over the column under its new name
            out.append(f"UPDATE {q(t.new.name)} SET {q(c.spec.name)} = {expr} WHERE {q(c.spec.name)} IS NULL;")
        out.append(ddl.alter_not_null(t.new, c.spec))
    return out


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
        steps.append(Step(f"drop table {q(s.name)} ({s.kind} {s.owner})", ddl.drop_table(s)))
    for t in rebuilt:
        steps.append(Step(f"drop the old {q(t.old.name)}", ddl.drop_table(t.old)))
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
            all_fks = frozenset(fk.name for fk in t.new.foreign_keys)
            steps.append(Step(f"{what} {q(t.new.name)}", ddl.table_statements(t.new, all_fks)))
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
        fk_stmts.extend(stmt for fk in wanted for stmt in ddl.FOREIGN_KEY.add_to(s, fk))
        if wanted:
            block = ddl.rename_fk_copies(s, partitions_of)
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
                [ddl.create_table(t.new, if_not_exists=False, name=tmp), f"INSERT INTO {q(tmp)} ({cols}) SELECT {exprs} FROM {q(t.old.name)};"],
            )
        )
    for s in removed:
        steps.append(Step(f"drop table {q(s.name)} ({s.kind} {s.owner})", ddl.drop_table(s)))
    for t in rebuilt:
        steps.append(Step(f"drop the old {q(t.old.name)}", ddl.drop_table(t.old, if_exists=False)))
    for i, t in enumerate(rebuilt):
        steps.append(
            Step(
                f"rename the new {q(t.new.name)} into place and index it",
                [ddl.rename_table(f"_torque_new_{i}", t.new.name), *ddl.after_table(t.new)],
            )
        )
    for t in tables:
        if t.old is None:
            steps.append(Step(f"create {q(t.new.name)}", ddl.table_statements(t.new)))
        elif not t.rebuild:
            # Same CREATE TABLE: only constraints written after it (indexes) differ.
            changes = _constraint_changes(t.old, t.new)
            stmts = _drop_constraints(t.old, changes) + _add_constraints(t.new, changes)
            if stmts:
                steps.append(Step(f"indexes of {q(t.new.name)}", stmts))
    return steps
