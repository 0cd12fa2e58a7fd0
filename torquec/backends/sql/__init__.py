"""SQL backend: the database schema of the app, for PostgreSQL and SQLite.

Artifacts
    ``sql/postgres/schema.sql``, ``sql/sqlite/schema.sql``
        Idempotent DDL (``CREATE … IF NOT EXISTS``, ``CREATE OR REPLACE``):
        ``torquec serve`` runs it on every start. Statements are separated by
        one blank line and contain none, so ``split_statements`` can split a
        file for drivers that execute one statement at a time.
    ``sql/constraints.json``
        Every named constraint → the table, entity, field and rule it
        enforces, so the server runtime can turn a database error into a
        field error (see :mod:`.naming` for the naming scheme).

Storage conventions (the server runtime relies on them)
    Table = snake_case entity name, column = snake_case field name, every
    identifier double-quoted. System columns ``id`` (PostgreSQL ``UUID``,
    SQLite ``TEXT`` lower-case canonical UUID; primary key ``pk_<table>``),
    model fields in model order, ``created_at``, ``updated_at`` (PostgreSQL
    ``TIMESTAMPTZ DEFAULT now()``, SQLite ``TEXT`` UTC with exactly six
    fractional digits, ``2026-01-02T03:04:05.123456Z``, defaulting to the
    current time), ``version`` (``INTEGER NOT NULL DEFAULT 1``, ``>= 1``).
    Value forms per dialect: :mod:`.values`. Types: :func:`.schema.column_type`.

    String-like fields (string, email, url) are ``TEXT`` with a named
    ``max_length`` CHECK on PostgreSQL too, not ``VARCHAR(n)``: a VARCHAR
    overflow is reported without a constraint name (SQLSTATE 22001), so the
    runtime could not tell which field was too long. Storage and speed are
    the same in PostgreSQL.

    Every rule of the model is a named CHECK, ``ck_<table>_<column>_<rule>``:
    ``type`` (SQLite only: typeof / date / datetime / uuid / json form; on
    PostgreSQL the column type does it, plus ``jsonb_typeof = 'array'`` for
    arrays), ``format`` (email ``LIKE '%_@_%._%'``, url ``http://``/``https://``),
    ``enum``, ``min_length``/``max_length`` (characters; items for arrays),
    ``min``/``max``, ``pattern`` (see :mod:`.patterns`; SQLite needs the
    ``regexp`` function registered on the connection). ``required`` is NOT
    NULL (PostgreSQL reports the column; SQLite says ``NOT NULL constraint
    failed: <table>.<column>``). SQLite enforces foreign keys only with
    ``PRAGMA foreign_keys = ON`` and reports them without a name.

    Foreign keys ``fk_<table>_<column>`` come from every reference field,
    ``ON DELETE`` as the relationship naming it says (default RESTRICT). A
    manyToMany relationship gets a join table ``("from_id", "to_id")``
    (primary key both, cascading FKs both ways, ``created_at``, index on
    ``to_id``). Indexes ``ix_<table>_<column>`` on foreign keys, ``indexed``
    fields, the display field and search fields: btree on ``(<column>, "id")``
    so a page sorted by the column (ties broken by ``"id"``, in the same
    direction) is read in index order — measured by bench/bench_pg_scale.py.
    On PostgreSQL a
    column whose values may exceed a btree entry (over 600 characters,
    json) gets a hash (GIN for json) index when ``indexed`` and none when it
    is only searched.

PostgreSQL partitioning
    Every table, join tables included, is ``PARTITION BY HASH`` of its key
    (``id``; ``from_id`` for join tables) into ``database.partitions``
    partitions ``<table>_p<i>`` (``FOR VALUES WITH (MODULUS n, REMAINDER i)``).
    The primary key contains the partition key, so it is a real constraint;
    foreign keys may reference partitioned tables (PostgreSQL 12+).
    PostgreSQL copies such a foreign key once per referenced partition and
    names the copies ``<table>_<column>_fkey<N>``; deleting a still-referenced
    row (RESTRICT) reports the copy's name. An idempotent ``DO`` block at the
    end of the file renames them ``fk_<table>_<column>__p<i>`` and the
    constraint map lists them (``copyOf``) so errors map to the field.

PostgreSQL unique fields across partitions
    PostgreSQL cannot build a unique index on a partitioned table unless it
    contains the partition key, and a per-partition index would let two rows
    in different partitions share a value. torquec therefore keeps, for each
    unique column, a small non-partitioned side table
    ``<table>__uq_<column>`` (``"value"`` PRIMARY KEY, ``"id"``) maintained by
    an ``AFTER INSERT OR UPDATE OF <column>, id OR DELETE`` row trigger (plus
    an ``AFTER TRUNCATE`` statement trigger) on the partitioned table. The
    trigger runs inside the writing statement, so a duplicate value fails
    that statement with ``unique_violation`` (SQLSTATE 23505) on the side
    table's primary key, named ``uq_<table>_<column>`` — the runtime maps that
    name to the field. The primary key index makes concurrent writers of one
    value wait for each other and all but the first fail, exactly like a
    unique index: no window in which two transactions both see the value as
    free. NULLs are not stored, so any number of rows may lack a value. On
    SQLite the same name is a plain ``UNIQUE`` constraint. A oneToOne
    relationship's foreign key is unique the same way.

PostgreSQL creation order
    Tables are created in foreign-key dependency order (model order where
    free); a reference that closes a cycle is added after all tables by an
    idempotent ``DO`` block. SQLite accepts forward references.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

from torquec.backends.base import Artifact, EmitContext
from torquec.backends.sql import naming
from torquec.backends.sql.ddl import deferred_foreign_key, fk_partition_copies, rename_fk_copies, table_statements
from torquec.backends.sql.dialects import DIALECTS, POSTGRES, SQLITE
from torquec.backends.sql.relations import foreign_keys, join_tables, relationships_touching
from torquec.backends.sql.schema import TableSpec, entity_table, join_table
from torquec.ir.nodes import Model

NAME = "sql"

__all__ = [
    "NAME",
    "emit",
    "schema_sql",
    "table_specs",
    "constraint_map",
    "field_constraints",
    "split_statements",
    "TableSpec",
]

_DIALECT_TITLE = {POSTGRES: "PostgreSQL 15+", SQLITE: "SQLite 3.38+"}


@dataclass(frozen=True, slots=True)
class _Unit:
    """One table to create, with everything its DDL depends on (the cache key)."""

    kind: str  # entity | join
    key: tuple
    build: object  # () -> TableSpec, per dialect
    name: str


def _layout(model: Model):
    """Global, cheap facts: name ambiguities, partition clashes, creation order, deferred FKs."""
    pairs = []
    tables = []
    for e in model.entities:
        tables.append(e.table)
        pairs.extend((e.table, c) for c in ("id", *(f.column for f in e.fields), "created_at", "updated_at", "version"))
    jts = join_tables(model)
    for jt in jts:
        tables.append(jt.table)
        pairs.extend((jt.table, c) for c in ("from_id", "to_id", "created_at"))
    ambiguous = naming.ambiguous_pairs(pairs)
    all_tables = set(tables)
    n = model.partitions

    def clash(table: str) -> bool:
        return any(naming.partition_name(table, i) in all_tables for i in range(n))

    # Creation order: Kahn's algorithm over entity FK dependencies, model order first.
    fk_by_entity = {e.name: foreign_keys(e, relationships_touching(model, e)) for e in model.entities}
    table_of = {e.name: e.table for e in model.entities}
    remaining = [e.name for e in model.entities]
    created: set[str] = set()
    order: list[str] = []
    deferred: set[tuple[str, str]] = set()  # (table, fk name) added after all tables
    while remaining:
        pick = None
        for name in remaining:
            deps = {fk.target_table for fk in fk_by_entity[name]} - {table_of[name]}
            if deps <= created or not (deps & {table_of[r] for r in remaining}):
                pick = name
                break
        if pick is None:
            pick = remaining[0]  # a cycle: break it here
        remaining.remove(pick)
        order.append(pick)
        created.add(table_of[pick])
    position = {table_of[name]: i for i, name in enumerate(order)}
    for name in order:
        t = table_of[name]
        amb = frozenset(c for (tt, c) in ambiguous if tt == t)
        for fk in fk_by_entity[name]:
            target = fk.target_table
            if target != t and target in position and position[target] > position[t]:
                deferred.add((t, naming.fk_name(t, fk.column, fk.column in amb)))
    return ambiguous, clash, order, fk_by_entity, jts, deferred


def _units(model: Model):
    ambiguous, clash, order, fk_by_entity, jts, deferred = _layout(model)
    n = model.partitions
    units = []
    for name in order:
        e = model.entity(name)
        fks = fk_by_entity[name]
        amb = frozenset(c for (t, c) in ambiguous if t == e.table)
        cl = clash(e.table)
        key = ("entity", repr(e), repr(fks), n, tuple(sorted(amb)), cl)
        units.append(_Unit("entity", key, lambda d, e=e, fks=fks, amb=amb, cl=cl: entity_table(e, fks, d, n, amb, cl), e.table))
    rel_desc = {r.id: r.description for r in model.relationships}
    for jt in jts:
        amb = frozenset(c for (t, c) in ambiguous if t == jt.table)
        cl = clash(jt.table)
        key = ("join", repr(jt), n, tuple(sorted(amb)), cl, rel_desc.get(jt.relationship_id, ""))
        units.append(
            _Unit("join", key, lambda d, jt=jt, amb=amb, cl=cl: join_table(jt, d, n, amb, cl, rel_desc.get(jt.relationship_id, "")), jt.table)
        )
    return units, deferred


def _spec(ctx: EmitContext | None, unit: _Unit, dialect: str) -> TableSpec:
    if ctx is None:
        return unit.build(dialect)
    return ctx.cached("sql", ("spec", dialect, unit.key), lambda: unit.build(dialect))


def table_specs(model: Model, dialect: str, ctx: EmitContext | None = None) -> list[TableSpec]:
    """The tables of ``model`` for ``dialect``, in creation order."""
    units, _ = _units(model)
    return [_spec(ctx, u, dialect) for u in units]


def _header(model: Model, dialect: str) -> str:
    lines = [
        f"-- {model.title or model.name}: database schema for {_DIALECT_TITLE[dialect]}.",
        f"-- Generated by torquec from model {json.dumps(model.name)} version {model.version or '-'}; do not edit.",
        "-- Idempotent: `torquec serve` runs it on every start; schema changes go through `torquec migrate`.",
    ]
    if dialect == POSTGRES:
        lines.append(f"-- Every table is hash-partitioned into {model.partitions} partitions; unique fields use side tables.")
    else:
        lines.append("-- Connections must run `PRAGMA foreign_keys = ON` and register regexp(pattern, value).")
    return "\n".join(lines)


def schema_sql(model: Model, dialect: str, ctx: EmitContext | None = None) -> str:
    units, deferred = _units(model)
    parts = [_header(model, dialect)]
    deferred_parts = []
    specs = [_spec(ctx, u, dialect) for u in units]
    for u, spec in zip(units, specs):
        inline = None
        if dialect == POSTGRES:
            inline = frozenset(fk.name for fk in spec.foreign_keys if (spec.name, fk.name) not in deferred)
            deferred_parts.extend(deferred_foreign_key(spec.name, fk) for fk in spec.foreign_keys if (spec.name, fk.name) in deferred)
        make = lambda spec=spec, inline=inline: tuple(table_statements(spec, inline))  # noqa: E731
        stmts = make() if ctx is None else ctx.cached("sql", ("ddl", dialect, u.key, inline), make)
        parts.extend(stmts)
    if deferred_parts:
        parts.append("-- Foreign keys closing a reference cycle, added once all tables exist.")
        parts[-1] = parts[-1] + "\n" + deferred_parts[0]
        parts.extend(deferred_parts[1:])
    if dialect == POSTGRES:
        partitions_of = {s.name: s.partitions for s in specs}
        parts.extend(filter(None, (rename_fk_copies(s, partitions_of) for s in specs)))
    return "\n\n".join(parts) + "\n"


_RULE_OF_KIND = {"unique": "unique", "foreignKey": "reference", "primaryKey": "primaryKey"}


def constraint_map(model: Model, ctx: EmitContext | None = None) -> dict:
    """``{"constraints": {name: {...}}, "tables": {table: {...}}}`` over both dialects."""
    constraints: dict[str, dict] = {}
    tables: dict[str, dict] = {}
    for dialect in DIALECTS:
        specs = table_specs(model, dialect, ctx)
        partitions_of = {s.name: s.partitions for s in specs}
        for spec in specs:
            owner = {"entity": spec.owner} if spec.kind == "entity" else {"relationship": spec.owner}
            tables.setdefault(
                spec.name,
                {
                    **owner,
                    "columns": {c.name: c.field for c in spec.columns if c.field},
                    "partitions": list(spec.partitions),
                },
            )
            if dialect == POSTGRES:
                tables[spec.name]["partitions"] = list(spec.partitions)

            def put(name: str, entry: dict, dialect=dialect) -> None:
                cur = constraints.get(name)
                if cur is None:
                    constraints[name] = {"table": spec.name, **owner, **entry, "dialects": [dialect]}
                elif dialect not in cur["dialects"]:
                    cur["dialects"].append(dialect)

            put(spec.pk_name, {"kind": "primaryKey", "rule": "primaryKey"})
            for ck in spec.checks:
                put(ck.name, {"kind": "check", "column": ck.column, "field": ck.field, "rule": naming.RULE_KEYWORDS[ck.rule]})
            for fk in spec.foreign_keys:
                put(fk.name, {"kind": "foreignKey", "column": fk.column, "field": fk.field, "rule": "reference", "references": fk.ref_table, "onDelete": fk.on_delete.value})
            if dialect == POSTGRES:
                for fk, part, copy in fk_partition_copies(spec, partitions_of):
                    put(copy, {"kind": "foreignKey", "column": fk.column, "field": fk.field, "rule": "reference", "references": part, "onDelete": fk.on_delete.value, "copyOf": fk.name})
            for u in spec.uniques:
                entry = {"kind": "unique", "column": u.column, "field": u.field, "rule": "unique"}
                if dialect == POSTGRES:
                    entry["sideTable"] = u.side_table
                put(u.name, entry)
                if dialect == POSTGRES:
                    constraints[u.name]["sideTable"] = u.side_table
            for ix in spec.indexes:
                put(ix.name, {"kind": "index", "column": ix.column, "field": spec.column(ix.column).field if spec.column(ix.column) else None, "rule": "index"})
    return {"constraints": dict(sorted(constraints.items())), "tables": dict(sorted(tables.items()))}


def field_constraints(model: Model, ctx: EmitContext | None = None) -> dict[str, list[str]]:
    """Constraint name → ``[entity, field, rule keyword]`` for every constraint that
    guards a model field (both dialects), including the per-partition copies of
    foreign keys PostgreSQL reports when a referenced row is deleted."""
    out: dict[str, list[str]] = {}
    for name, info in constraint_map(model, ctx)["constraints"].items():
        if info.get("field") and info.get("entity") and info["kind"] != "index":
            out[name] = [info["entity"], info["field"], info["rule"]]
    return out


def split_statements(text: str) -> list[str]:
    """Statements of a generated schema file (comment-only chunks dropped)."""
    out = []
    for chunk in text.split("\n\n"):
        body = "\n".join(line for line in chunk.splitlines() if not line.startswith("--")).strip()
        if body:
            out.append(chunk.strip())
    return out


def emit(ctx: EmitContext) -> Iterable[Artifact]:
    model = ctx.model
    for dialect in DIALECTS:
        yield Artifact.text(f"sql/{dialect}/schema.sql", schema_sql(model, dialect, ctx))
    yield Artifact.text("sql/constraints.json", json.dumps(constraint_map(model, ctx), indent=2, ensure_ascii=False))
