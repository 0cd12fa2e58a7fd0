"""``sql/citus/schema.sql``: the PostgreSQL schema laid out for a Citus cluster.

Written when some entity has ``distribution`` (the model format's
``entity.distribution``; the rules are checked by ``passes/distribution.py``,
E320-E327). It is the plain PostgreSQL schema of the same build (same tables,
columns, CHECKs, names — so the runtime maps constraint errors to fields the
same way) with what Citus needs instead of what a single server needs:

* no hash partitions: Citus shards a distributed table by its distribution
  column; PostgreSQL partitions by ``id`` underneath would force every unique
  constraint to contain ``id`` as well;
* the primary key of a table distributed by a reference column is
  ``(<that column>, id)``: Citus enforces a unique constraint only when it
  contains the distribution column, and ``id`` stays unique in practice (UUIDs);
* unique fields and unique ``indexes`` are plain ``UNIQUE`` constraints (each
  contains the distribution column, or the table is a reference table): the
  side tables and triggers of ``sql/postgres/schema.sql`` would have to be
  written from a worker's trigger into a table sharded another way, which
  Citus does not support;
* a foreign key between two tables co-located by the same parent is the pair
  ``(<distribution column>, <reference column>)`` → ``(<distribution column>, id)``:
  Citus needs the distribution column on both sides, and the pair also makes
  the database check that both records belong to the same parent. ``SET NULL``
  clears only the reference column (PostgreSQL 15 ``SET NULL (column)``);
* tables are distributed (``create_reference_table``, then
  ``create_distributed_table`` of each group's head, then of its members with
  ``colocate_with``) before any foreign key is added, so Citus checks every
  foreign key against its rules as it is created.

Every statement can run again: tables and indexes ``IF NOT EXISTS``, the
distribution calls only for tables ``pg_dist_partition`` does not list yet,
foreign keys only when missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from torquec.backends.sql import ddl
from torquec.backends.sql.dialects import POSTGRES
from torquec.backends.sql.naming import quote_ident as q
from torquec.backends.sql.naming import quote_string
from torquec.backends.sql.relations import snake_case
from torquec.backends.sql.schema import ON_DELETE_SQL, ForeignKeySpec, TableSpec
from torquec.ir.nodes import Model, OnDelete

CITUS_DIR = "sql/citus"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one table goes: a reference table (``column`` None), or distributed by ``column``
    and co-located with ``colocate_with`` (None: it heads its group)."""

    table: str
    column: str | None
    colocate_with: str | None = None

    @property
    def reference(self) -> bool:
        return self.column is None


def describe(p: Placement) -> str:
    return "reference table" if p.reference else f"distributed by {q(p.column or '')}"


def placement_order(p: Placement) -> int:
    """Reference tables first, then each co-location group's head, then its members."""
    return 0 if p.reference else 1 if p.colocate_with is None else 2


def wants_citus(model: Model) -> bool:
    return any(e.distribution is not None for e in model.entities)


def placements(model: Model, specs: list[TableSpec]) -> dict[str, Placement]:
    """Table -> placement, for the tables of ``specs`` (a model that passed ``passes/distribution``)."""
    by_entity = {e.name: e for e in model.entities}
    out: dict[str, Placement] = {}
    for s in specs:
        if s.kind != "entity":
            continue
        d = by_entity[s.owner].distribution
        if d is None or d.column is None:
            out[s.name] = Placement(s.name, None)
        elif d.column == "id":
            out[s.name] = Placement(s.name, "id")
        else:
            f = next(f for f in by_entity[s.owner].fields if f.name == d.column)
            out[s.name] = Placement(s.name, snake_case(f.name), snake_case(f.target or ""))
    for s in specs:
        if s.kind == "join":
            # The end distributed by id, if any, carries the join table (passes/distribution, E327).
            head = next((fk for fk in s.foreign_keys if not out[fk.ref_table].reference), None)
            out[s.name] = Placement(s.name, None) if head is None else Placement(s.name, head.column, head.ref_table)
    return out


def _primary_key(spec: TableSpec, p: Placement) -> list[str]:
    cols = spec.pk_columns if p.column in (None, *spec.pk_columns) else (p.column, *spec.pk_columns)
    return list(cols)


def create_table(spec: TableSpec, p: Placement) -> str:
    items = [ddl.column_sql(c, POSTGRES) for c in spec.columns]
    items.append(f"CONSTRAINT {q(spec.pk_name)} PRIMARY KEY ({', '.join(q(c) for c in _primary_key(spec, p))})")
    items.extend(ddl.CHECK.inline(spec, ck) for ck in spec.checks)
    items.extend(f"CONSTRAINT {q(u.name)} UNIQUE ({', '.join(q(c) for c in u.columns)})" for u in spec.uniques)
    head = [f"-- {spec.owner} ({'entity' if spec.kind == 'entity' else 'join table'}): {describe(p)}"]
    return "\n".join(head) + f"\nCREATE TABLE IF NOT EXISTS {q(spec.name)} (\n  " + ",\n  ".join(items) + "\n);"


def distribute(p: Placement) -> str:
    table = quote_string(q(p.table))
    if p.reference:
        call = f"create_reference_table({table})"
    else:
        colocate = f", colocate_with => {quote_string(q(p.colocate_with))}" if p.colocate_with else ""
        call = f"create_distributed_table({table}, {quote_string(p.column or '')}{colocate})"
    return f"SELECT {call}\n  WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = {table}::regclass);"


def foreign_key(spec: TableSpec, fk: ForeignKeySpec, placed: dict[str, Placement]) -> str:
    mine, theirs = placed[spec.name], placed[fk.ref_table]
    on_delete = ON_DELETE_SQL[fk.on_delete]
    if theirs.reference or fk.column == mine.column or theirs.column == "id":
        cols, ref_cols = [fk.column], ["id"]
    else:  # co-located members of one group: over the shared distribution column
        cols, ref_cols = [mine.column or "", fk.column], [theirs.column or "", "id"]
        if fk.on_delete is OnDelete.SET_NULL:
            on_delete = f"SET NULL ({q(fk.column)})"
    add = (f"ALTER TABLE {q(spec.name)} ADD CONSTRAINT {q(fk.name)} FOREIGN KEY ({', '.join(q(c) for c in cols)})"
           f" REFERENCES {q(fk.ref_table)} ({', '.join(q(c) for c in ref_cols)}) ON DELETE {on_delete};")
    return (
        "DO $$\nBEGIN\n"
        f"  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = {quote_string(fk.name)}"
        f" AND conrelid = {quote_string(q(spec.name))}::regclass) THEN\n"
        f"    {add}\n  END IF;\nEND $$;"
    )


def citus_schema_sql(model: Model, specs: list[TableSpec]) -> str:
    """The script for the PostgreSQL table specs of ``model`` (creation order)."""
    placed = placements(model, specs)
    title = model.title or model.name
    parts = [
        f"-- Citus schema of {title} (generated by torquec; do not edit).\n"
        "-- Run it on the coordinator of a Citus cluster (psql -v ON_ERROR_STOP=1 -f schema.sql) instead of\n"
        "-- ../postgres/schema.sql: the same tables without hash partitions, distributed as the model's\n"
        "-- `distribution` says. See the README, \"Citus\"."
    ]
    parts.extend(create_table(s, placed[s.name]) for s in specs)
    for s in specs:
        parts.extend(ddl.create_index(s, ix) for ix in s.indexes)
    parts.append("-- Distribution: reference tables, then each co-location group's head, then its members.")
    order = sorted(specs, key=lambda s: placement_order(placed[s.name]))
    parts.extend(distribute(placed[s.name]) for s in order)
    parts.append("-- Foreign keys, once every table is placed (Citus checks each against its rules).")
    parts.extend(foreign_key(s, fk, placed) for s in specs for fk in s.foreign_keys)
    return "\n\n".join(parts) + "\n"
