"""Migrations of a database laid out by ``sql/citus/schema.sql`` (``--layout citus``).

Planned from the two models like a plain PostgreSQL migration (tables matched on
stable ids, columns on field ids, data loss counted the same way, see
:mod:`.planner`), but written as Citus takes it: every statement is one a Citus
coordinator propagates to the shards —

* columns are added, renamed (``RENAME COLUMN``) and dropped in place; values
  narrowed within a type (a shorter ``maxLength``…) by an ``UPDATE``;
* CHECKs, per-group ``UNIQUE`` constraints and indexes whose definition changed
  are dropped and added by name, one subcommand per ``ALTER TABLE`` (Citus refuses
  ``ADD CONSTRAINT`` with other subcommands); foreign keys as the Citus script
  writes them (over the shared distribution column inside a co-location group);
* a new entity (or manyToMany join table) is created as in the Citus script, then
  placed — ``create_reference_table``, or ``create_distributed_table`` co-located
  with its group's head — before its foreign keys are added;
* a removed one is dropped (``DROP TABLE … CASCADE``: Citus drops the shards).

What Citus cannot do in place is refused with :class:`PlanRefused` before anything
runs, naming the entity: a change of an entity's placement (another distribution
column, reference ↔ distributed, another group) — the table would have to be
re-sharded, which Citus does with ``alter_distributed_table`` / ``undistribute_table``
(by hand, on a quiet cluster) and not inside a migration transaction —, a renamed
table (every constraint is named after it) and a changed column type (the plain
planner rebuilds the table through a copy, which would re-distribute it).
"""

from __future__ import annotations

from torquec.backends.sql import citus as layout
from torquec.backends.sql import ddl, split_statements, table_specs
from torquec.backends.sql.dialects import POSTGRES
from torquec.backends.sql.naming import quote_ident as q
from torquec.backends.sql.schema import TableSpec
from torquec.ir.nodes import Model
from torquec.migrate.planner import Plan, PlanRefused, Probe, Step, _Table, _type_sql, alter_kept_column, finish, match_tables

# One constraint of a table as the Citus script writes it: (definition, statements adding it, statements dropping it).
_Constraint = tuple[str, list[str], list[str]]


def plan(old: Model | None, new: Model, probe: Probe | None = None) -> Plan:
    if old is None:
        stmts = split_statements(layout.citus_schema_sql(new, table_specs(new, POSTGRES)))
        return Plan(POSTGRES, [Step(f"create the Citus schema of {new.name}", stmts)], [], initial=True)
    tables, removed, old_specs, new_specs = match_tables(old, new, POSTGRES)
    old_placed, new_placed = layout.placements(old, old_specs), layout.placements(new, new_specs)
    for t in tables:
        if t.old is not None:
            _refuse_what_citus_cannot(t, old_placed[t.old.name], new_placed[t.new.name])
        t.rebuild = False  # never: see _refuse_what_citus_cannot
    return finish(POSTGRES, tables, removed, probe, _render(tables, removed, old_placed, new_placed))


def _describe(p: layout.Placement) -> str:
    if p.reference:
        return "a reference table"
    return f"distributed by {q(p.column or '')}" + (f" with {q(p.colocate_with)}" if p.colocate_with else " (heading its group)")


def _refuse_what_citus_cannot(t: _Table, before: layout.Placement, after: layout.Placement) -> None:
    what = f"entity {t.new_entity.name}" if t.new_entity else f"the join table of relationship {t.new.owner}"
    if (before.column, before.colocate_with) != (after.column, after.colocate_with):
        raise PlanRefused(
            f"{what} changes its Citus placement: table {q(t.old.name)} is {_describe(before)}, the model makes it "
            f"{_describe(after)}. A migration cannot re-shard a table; keep its `distribution`, or re-distribute it by hand "
            "(Citus alter_distributed_table / undistribute_table) and then record the model with `torquec migrate apply`")
    if t.old.name != t.new.name:
        raise PlanRefused(
            f"{what} is renamed (table {q(t.old.name)} → {q(t.new.name)}), which the Citus layout cannot migrate in place "
            "(the table and all its constraints are named after the entity): keep the entity's name")
    for c in t.columns:
        if c.old_name is not None and _type_sql(t.old.column(c.old_name), POSTGRES) != _type_sql(c.spec, POSTGRES):
            raise PlanRefused(
                f"{what}: the type of {c.spec.field or c.spec.name} changes ({_type_sql(t.old.column(c.old_name), POSTGRES)} → "
                f"{_type_sql(c.spec, POSTGRES)}), which the Citus layout cannot migrate in place: add a new field of the "
                "new type, copy the values, then remove the old field")


def _constraints(spec: TableSpec, placed: dict[str, layout.Placement]) -> tuple[dict[str, _Constraint], dict[str, _Constraint]]:
    """(foreign keys, other constraints) of ``spec`` by name, as the Citus script writes them."""
    T = q(spec.name)

    def drop(name: str) -> list[str]:
        return [f"ALTER TABLE {T} DROP CONSTRAINT IF EXISTS {q(name)};"]

    others: dict[str, _Constraint] = {}
    for ck in spec.checks:
        text = ddl.CHECK.inline(spec, ck)
        others[ck.name] = (text, [f"ALTER TABLE {T} ADD {text};"], drop(ck.name))
    for u in spec.uniques:
        text = f"CONSTRAINT {q(u.name)} UNIQUE ({', '.join(q(c) for c in u.columns)})"
        others[u.name] = (text, [f"ALTER TABLE {T} ADD {text};"], drop(u.name))
    for ix in spec.indexes:
        text = ddl.create_index(spec, ix)
        others[ix.name] = (text, [text], [f"DROP INDEX IF EXISTS {q(ix.name)};"])
    fks = {}
    for fk in spec.foreign_keys:
        text = layout.foreign_key(spec, fk, placed)
        fks[fk.name] = (text, [text], drop(fk.name))
    return fks, others


def _changed(before: dict[str, _Constraint], after: dict[str, _Constraint]) -> tuple[list[str], list[str]]:
    """(statements dropping, statements adding) the constraints whose definition differs, by name."""
    drop = [s for name, (text, _add, d) in before.items() if name not in after or after[name][0] != text for s in d]
    add = [s for name, (text, a, _drop) in after.items() if name not in before or before[name][0] != text for s in a]
    return drop, add


def _in_place(t: _Table, old_placed, new_placed) -> tuple[list[str], list[str]]:
    """(ALTER statements of a kept table, its foreign keys to add once every table is placed)."""
    old, new = t.old, t.new
    T = q(new.name)
    old_fks, old_others = _constraints(old, old_placed)
    new_fks, new_others = _constraints(new, new_placed)
    drop_fks, add_fks = _changed(old_fks, new_fks)
    drop_others, add_others = _changed(old_others, new_others)
    out = [f"UPDATE {T} SET {q(c.old_name)} = {c.conversion.expr} WHERE {c.conversion.lost};"  # before any rename
           for c in t.columns if c.conversion is not None and c.conversion.lost and c.old_name]
    out += drop_fks + drop_others
    out += [ddl.drop_column(new, column) for _f, column in t.dropped]
    for c in t.columns:
        if c.old_name is None:
            out.append(ddl.add_column(new, c.spec))
            continue
        if c.old_name != c.spec.name:
            out.append(f"ALTER TABLE {T} RENAME COLUMN {q(c.old_name)} TO {q(c.spec.name)};")
        out.extend(alter_kept_column(t, c))
    return out + add_others, add_fks


def _render(tables: list[_Table], removed: list[TableSpec], old_placed, new_placed) -> list[Step]:
    steps: list[Step] = []
    for t in tables:  # rows that cannot stay (allow_data_loss), while the old tables and their keys exist
        if t.old is not None and t.delete_pred:
            steps.append(Step(f"delete rows of {q(t.old.name)} that cannot satisfy a new NOT NULL",
                              [f"DELETE FROM {q(t.old.name)} WHERE {t.delete_pred};"]))
    for s in removed:
        steps.append(Step(f"drop table {q(s.name)} ({s.kind} {s.owner})", [f"DROP TABLE IF EXISTS {q(s.name)} CASCADE;"]))
    fk_stmts: list[str] = []
    for t in tables:
        if t.old is None:
            continue
        stmts, fks = _in_place(t, old_placed, new_placed)
        fk_stmts += fks
        if stmts:
            steps.append(Step(f"alter {q(t.new.name)}" + (f": {'; '.join(t.notes)}" if t.notes else ""), stmts))
    created = [t.new for t in tables if t.old is None]
    for s in created:
        p = new_placed[s.name]
        steps.append(Step(f"create {q(s.name)} ({layout.describe(p)})",
                          [layout.create_table(s, p), *(ddl.create_index(s, ix) for ix in s.indexes)]))
    # Placed like the script: reference tables, then heads of groups, then members (co-located with a head).
    for s in sorted(created, key=lambda s: layout.placement_order(new_placed[s.name])):
        steps.append(Step(f"place {q(s.name)} on the cluster", [layout.distribute(new_placed[s.name])]))
    fk_stmts += [layout.foreign_key(s, fk, new_placed) for s in created for fk in s.foreign_keys]
    if fk_stmts:
        steps.append(Step("add foreign keys (Citus checks each against its rules)", fk_stmts))
    return steps
