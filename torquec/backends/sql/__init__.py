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
    ``sql/citus/schema.sql``
        Only when some entity has ``distribution``: the same schema laid out
        for a Citus cluster (see :mod:`.citus`).
    ``sql/snapshot.json``
        The schema snapshot (:mod:`torquec.ir.snapshot`): what a starting app
        plans a migration from, and records in ``_torque_schema``.

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
    relationship's foreign key is unique the same way, and so is a unique
    combination (``entity.indexes`` with ``unique``): its side table
    ``<table>__uq_<columns>`` has the table's column names and the
    combination as primary key; a row with a NULL in one of them is not
    kept (never conflicts). SQLite names the columns, not the constraint, of
    a violated ``UNIQUE (…)``; the constraint map lists each combination's
    ``columns`` so the runtime finds it either way.

PostgreSQL creation order
    Tables are created in foreign-key dependency order (model order where
    free); a reference that closes a cycle, and every reference by natural key
    (it points at the key's side table), is added after all tables by an
    idempotent ``DO`` block. SQLite accepts forward references.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from torquec.backends.base import Artifact, EmitContext
from torquec.backends.sql import citus, naming
from torquec.backends.sql.ddl import CONSTRAINTS, FOREIGN_KEY, deferred_foreign_key, fk_partition_copies, rename_fk_copies, table_statements
from torquec.backends.sql.dialects import DIALECTS, POSTGRES, SQLITE
from torquec.backends.sql.relations import foreign_keys, join_tables
from torquec.backends.sql.schema import TableSpec, entity_table, join_table
from torquec.ir import snapshot
from torquec.ir.nodes import Model, RelationKind, snake_case
from torquec.runtime.graph import cyclic_groups

NAME = "sql"

__all__ = [
    "NAME",
    "emit",
    "schema_sql",
    "table_specs",
    "constraint_map",
    "constraints_json",
    "field_constraints",
    "split_statements",
    "TableSpec",
]

_DIALECT_TITLE = {POSTGRES: "PostgreSQL 15+", SQLITE: "SQLite 3.38+"}


@dataclass(frozen=True, slots=True)
class _Unit:
    """One table to create, with everything its DDL is computed from (the memo's ``reads``)."""

    kind: str  # entity | join
    reads: tuple
    build: object  # (dialect) -> TableSpec
    name: str


_snake = lru_cache(maxsize=65536)(snake_case)


def _fks_by_holder(model: Model) -> dict[str, list]:
    rels: dict[str, list] = {}
    for r in model.relationships:
        if r.kind is RelationKind.MANY_TO_MANY:
            continue
        if r.holder:
            rels.setdefault(r.holder, []).append(r)
    fks = {e.name: foreign_keys(e, tuple(rels.get(e.name, ()))) for e in model.entities}
    # a reference inside a cycle (store.manager → staff, staff.store → store) may have to wait for the
    # other side's row when both are required: DEFERRABLE, so a data import can defer it to COMMIT
    table_of = {e.name: _snake(e.name) for e in model.entities}
    groups = cyclic_groups({table_of[n]: [fk.target_table for fk in got] for n, got in fks.items()})
    return {n: [replace(fk, in_cycle=True) if fk.target_table != table_of[n] and fk.target_table in groups.get(table_of[n], ()) else fk
                for fk in got] for n, got in fks.items()}


def _layout(model: Model):
    """Global, cheap facts: name ambiguities, partition clashes, creation order, deferred FKs."""
    pairs = []
    tables = []
    table_of = {e.name: _snake(e.name) for e in model.entities}
    for e in model.entities:
        t = table_of[e.name]
        tables.append(t)
        pairs.extend((t, c) for c in ("id", *(_snake(f.name) for f in e.fields), "created_at", "updated_at", "version"))
    jts = join_tables(model)
    for jt in jts:
        tables.append(jt.table)
        pairs.extend((jt.table, c) for c in ("from_id", "to_id", "created_at"))
    ambiguous = naming.ambiguous_pairs(pairs)
    amb_of: dict[str, set] = {}
    for t, c in ambiguous:
        amb_of.setdefault(t, set()).add(c)
    all_tables = set(tables)
    n = model.partitions

    def clash(table: str) -> bool:
        return any(naming.partition_name(table, i) in all_tables for i in range(n))

    # Creation order: Kahn's algorithm over entity FK dependencies, model order first.
    fk_by_entity = _fks_by_holder(model)
    deps_of = {name: {fk.target_table for fk in fks} - {table_of[name]} for name, fks in fk_by_entity.items()}
    remaining = [e.name for e in model.entities]
    pending = {table_of[name] for name in remaining}
    order: list[str] = []
    while remaining:
        pick = next((name for name in remaining if not (deps_of[name] & pending)), remaining[0])  # else: a cycle, break it
        remaining.remove(pick)
        pending.discard(table_of[pick])
        order.append(pick)
    position = {table_of[name]: i for i, name in enumerate(order)}
    deferred: set[tuple[str, str]] = set()  # (table, fk name) added after all tables
    for name in order:
        t = table_of[name]
        amb = amb_of.get(t, ())
        for fk in fk_by_entity[name]:
            target = fk.target_table
            # (a reference by natural key points at the key's side table, which its table's
            # statements create after the CREATE TABLE: added once all tables exist, like a cycle)
            if (target != t and target in position and position[target] > position[t]) or fk.target_column != "id":
                deferred.add((t, naming.fk_name(t, fk.column, fk.column in amb)))
    return amb_of, clash, order, fk_by_entity, jts, deferred


class _Plan:
    """One build's view of a model: tables in creation order, deferred foreign
    keys, and each table's spec per dialect, built at most once (not kept
    between builds: the memo keeps text only, see :func:`emit`)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.units, deferred = _plan_units(model)
        self.deferred: dict[str, frozenset[str]] = {}  # table -> names of its deferred foreign keys
        for table, fk in deferred:
            self.deferred[table] = self.deferred.get(table, frozenset()) | {fk}
        self._specs: dict[tuple[int, str], TableSpec] = {}

    def spec(self, i: int, dialect: str) -> TableSpec:
        s = self._specs.get((i, dialect))
        if s is None:
            s = self._specs[(i, dialect)] = self.units[i].build(dialect)
        return s


def _plan_units(model: Model):
    amb_of, clash, order, fk_by_entity, jts, deferred = _layout(model)
    n = model.partitions
    units = []
    by_name = {e.name: e for e in model.entities}
    for name in order:
        e = by_name[name]
        t = _snake(e.name)
        fks = fk_by_entity[name]
        amb = frozenset(amb_of.get(t, ()))
        cl = clash(t)
        reads = ("entity", e, tuple(fks), n, tuple(sorted(amb)), cl)
        units.append(_Unit("entity", reads, lambda d, e=e, fks=fks, amb=amb, cl=cl: entity_table(e, fks, d, n, amb, cl), t))
    rel_desc = {r.id: r.description for r in model.relationships}
    for jt in jts:
        amb = frozenset(amb_of.get(jt.table, ()))
        cl = clash(jt.table)
        desc = rel_desc.get(jt.relationship_id, "")
        reads = ("join", jt, n, tuple(sorted(amb)), cl, desc)
        units.append(_Unit("join", reads, lambda d, jt=jt, amb=amb, cl=cl, desc=desc: join_table(jt, d, n, amb, cl, desc), jt.table))
    return units, frozenset(deferred)


def table_specs(model: Model, dialect: str, ctx: EmitContext | None = None) -> list[TableSpec]:
    """The tables of ``model`` for ``dialect``, in creation order (``ctx`` is not used)."""
    units, _ = _plan_units(model)
    return [u.build(dialect) for u in units]


@dataclass(frozen=True, slots=True)
class _TableText:
    """What the memo keeps of one table in one dialect: its statements, and the
    little the rest of the file needs (names, partitions, foreign keys)."""

    name: str
    partitions: tuple[str, ...]
    foreign_keys: tuple  # ForeignKeySpec
    statements: tuple[str, ...]
    deferred: tuple[str, ...]  # PostgreSQL: DO blocks adding the foreign keys that close a cycle


def _table_text(spec: TableSpec, deferred: frozenset[str] | None) -> _TableText:
    deferred = (deferred or frozenset()) if spec.dialect == POSTGRES else frozenset()
    late = tuple(deferred_foreign_key(spec.name, fk) for fk in spec.foreign_keys if fk.name in deferred)
    return _TableText(spec.name, spec.partitions, spec.foreign_keys, tuple(table_statements(spec, deferred)), late)


def _tables(plan: _Plan, dialect: str, ctx: EmitContext | None) -> list[_TableText]:
    out = []
    for i, u in enumerate(plan.units):
        deferred = plan.deferred.get(u.name, frozenset()) if dialect == POSTGRES else None
        make = lambda i=i, deferred=deferred: _table_text(plan.spec(i, dialect), deferred)  # noqa: E731
        out.append(make() if ctx is None else ctx.unit("sql.table", (dialect, u.reads, deferred), make))
    return out


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
    return _schema_sql(_Plan(model), dialect, ctx)


def _schema_sql(plan: _Plan, dialect: str, ctx: EmitContext | None) -> str:
    tables = _tables(plan, dialect, ctx)
    parts = [_header(plan.model, dialect)]
    deferred_parts = []
    for t in tables:
        parts.extend(t.statements)
        deferred_parts.extend(t.deferred)
    if deferred_parts:
        parts.append("-- Foreign keys closing a reference cycle or by natural key, added once all tables exist.")
        parts[-1] = parts[-1] + "\n" + deferred_parts[0]
        parts.extend(deferred_parts[1:])
    if dialect == POSTGRES:
        partitions_of = {t.name: t.partitions for t in tables}
        for u, t in zip(plan.units, tables):
            if not t.foreign_keys:
                continue
            refs = tuple((fk.ref_table, partitions_of.get(fk.ref_table, ())) for fk in t.foreign_keys)
            make = lambda t=t: rename_fk_copies(t, partitions_of)  # noqa: E731
            text = make() if ctx is None else ctx.unit("sql.rename-fk-copies", (u.reads, refs), make)
            if text:
                parts.append(text)
    return "\n\n".join(parts) + "\n"


def _table_constraints(pg: TableSpec, lite: TableSpec, partitions_of: dict[str, tuple[str, ...]]) -> dict:
    """One table's entry of the constraint map (both dialects)."""
    owner = {"entity": pg.owner} if pg.kind == "entity" else {"relationship": pg.owner}
    constraints: dict[str, dict] = {}

    def put(name: str, entry: dict, dialect: str) -> None:
        cur = constraints.get(name)
        if cur is None:
            constraints[name] = {**entry, "dialects": [dialect]}
        elif dialect not in cur["dialects"]:
            cur["dialects"].append(dialect)

    for spec in (pg, lite):
        d = spec.dialect
        for kind in CONSTRAINTS:
            for c in kind.items(spec):
                put(c.name, kind.describe(spec, c), d)
        if d == POSTGRES:
            for fk, part, copy in fk_partition_copies(spec, partitions_of):
                put(copy, {**FOREIGN_KEY.describe(spec, fk), "references": part, "copyOf": fk.name}, d)
    return {
        **owner,
        "columns": {c.name: c.field for c in pg.columns if c.field},
        "partitions": list(pg.partitions),
        "constraints": dict(sorted(constraints.items())),
    }


def _constraint_tables(plan: _Plan) -> list[tuple[str, dict]]:
    """(table, entry) per table, in creation order."""
    n = len(plan.units)
    pg = [plan.spec(i, POSTGRES) for i in range(n)]
    partitions_of = {s.name: s.partitions for s in pg}
    return [(p.name, _table_constraints(p, plan.spec(i, SQLITE), partitions_of)) for i, p in enumerate(pg)]


def constraint_map(model: Model, ctx: EmitContext | None = None) -> dict:
    """``{"constraints": {name: {table, entity|relationship, kind, column, field, rule, …}}, "tables": {…}}``.

    (``ctx`` is not used: the map is not memoised.)"""
    constraints: dict[str, dict] = {}
    tables: dict[str, dict] = {}
    for table, entry in _constraint_tables(_Plan(model)):
        owner = {k: entry[k] for k in ("entity", "relationship") if k in entry}
        tables[table] = {**owner, "columns": entry["columns"], "partitions": entry["partitions"]}
        for name, info in entry["constraints"].items():
            constraints[name] = {"table": table, **owner, **info}
    return {"constraints": dict(sorted(constraints.items())), "tables": dict(sorted(tables.items()))}


def constraints_json(model: Model, ctx: EmitContext | None = None) -> str:
    """The ``sql/constraints.json`` artifact: per table, its constraints (one per line)."""
    return _constraints_json(_Plan(model), ctx)


def _constraints_json(plan: _Plan, ctx: EmitContext | None) -> str:
    if ctx is None:
        parts = [_table_json(table, entry) for table, entry in sorted(_constraint_tables(plan), key=lambda x: x[0])]
        return '{\n  "format": 1,\n  "tables": {\n' + ",\n".join(parts) + "\n  }\n}\n"
    pg = _tables(plan, POSTGRES, ctx)  # from the memo: what schema.sql was written from
    partitions_of = {t.name: t.partitions for t in pg}
    chunks = []
    for i, (u, t) in enumerate(zip(plan.units, pg)):
        refs = tuple((fk.ref_table, partitions_of.get(fk.ref_table, ())) for fk in t.foreign_keys)

        def make(i=i, t=t) -> str:
            entry = _table_constraints(plan.spec(i, POSTGRES), plan.spec(i, SQLITE), partitions_of)
            return _table_json(t.name, entry)

        chunks.append((t.name, ctx.unit("sql.constraints-json", (u.reads, refs), make)))
    chunks.sort(key=lambda x: x[0])
    return '{\n  "format": 1,\n  "tables": {\n' + ",\n".join(text for _, text in chunks) + "\n  }\n}\n"


# json.dumps(v, ensure_ascii=False, sort_keys=True), without building an encoder per value.
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _table_json(table: str, entry: dict) -> str:
    d = _JSON
    head = [f"    {d(table)}: {{"]
    for k in ("entity", "relationship"):
        if k in entry:
            head.append(f"      {d(k)}: {d(entry[k])},")
    head.append(f'      "columns": {d(entry["columns"])},')
    head.append(f'      "partitions": {d(entry["partitions"])},')
    lines = [f"        {d(name)}: {d(info)}" for name, info in entry["constraints"].items()]
    return "\n".join(head) + '\n      "constraints": {\n' + ",\n".join(lines) + "\n      }\n    }"


def field_constraints(model: Model, ctx: EmitContext | None = None) -> dict[str, list[str]]:
    """Constraint name → ``[entity, field, rule keyword]`` for every constraint that
    guards a model field (both dialects), including the per-partition copies of
    foreign keys PostgreSQL reports when a referenced row is deleted."""
    out: dict[str, list[str]] = {}
    for name, info in constraint_map(model, ctx)["constraints"].items():
        if info.get("field") and info.get("entity") and info["kind"] not in ("index", "sequence"):
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
    """The schema files and the constraint map. The memo (``ctx.unit``) keeps,
    per table and dialect, the statements and constraint-map text (keyed on
    the IR they are computed from) — text only: table specs hold thousands of sqlglot nodes,
    which every full garbage collection of a ``torquec watch`` process
    would otherwise walk."""
    plan = _Plan(ctx.model)
    for dialect in DIALECTS:
        yield Artifact.text(f"sql/{dialect}/schema.sql", _schema_sql(plan, dialect, ctx))
    yield Artifact.text("sql/constraints.json", _constraints_json(plan, ctx))
    yield Artifact.text("sql/snapshot.json", _snapshot(ctx))
    if citus.wants_citus(ctx.model):
        yield Artifact.text(f"{citus.CITUS_DIR}/schema.sql", citus.citus_schema_sql(ctx.model, table_specs(ctx.model, POSTGRES)))


def _snapshot(ctx: EmitContext) -> str:
    """``sql/snapshot.json``: the schema snapshot migrations plan from (:mod:`torquec.ir.snapshot`), a line per node."""
    model = ctx.model
    ents = [ctx.unit("sql.snapshot", (e,), lambda e=e: snapshot.entity_line(e)) for e in model.entities]
    rels = [ctx.unit("sql.snapshot", (r,), lambda r=r: snapshot.relationship_line(r)) for r in model.relationships]
    return snapshot.snapshot_json(model, ents, rels)
