"""Precompiled, parameterised SQL per entity and dialect.

Only identifiers derived from the model appear in the text (always double
quoted); every value is a placeholder. Column order everywhere: ``id``, the
model's fields in model order, ``created_at``, ``updated_at``, ``version``.
List queries (filters, sort, search) are compiled at run time by
``torquec.runtime.query`` from the same allowlisted columns.
"""

from __future__ import annotations

from typing import Any

from torquec.backends.base import EmitContext
from torquec.ir.nodes import Entity, Model, RelationKind

from .memo import ModelIndex, column
from .meta import relationships
from .pyliteral import Prerendered, render

SYSTEM_HEAD = ("id",)
SYSTEM_TAIL = ("created_at", "updated_at", "version")


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def entity_queries(e: Entity, dialect: str) -> dict[str, str]:
    ph = "?" if dialect == "sqlite" else "%s"
    field_cols = [column(f.name) for f in e.fields]
    cols = [*SYSTEM_HEAD, *field_cols, *SYSTEM_TAIL]
    t = q(e.table)
    select_list = ", ".join(q(c) for c in cols)
    sets = ", ".join(f"{q(c)} = {ph}" for c in field_cols)
    sets = (sets + ", " if sets else "") + f'"updated_at" = {ph}, "version" = "version" + 1'
    get = f'SELECT {select_list} FROM {t} WHERE "id" = {ph}'
    values = [ph] * len(cols)
    numbered = [column(f.name) for f in e.fields if f.sequence]
    if dialect == "sqlite":
        # SQLite has no sequences: a row without a number gets the largest + 1 (writers are serialised)
        for i, c in enumerate(cols):
            if c in numbered:
                values[i] = f"COALESCE({ph}, (SELECT COALESCE(MAX({q(c)}), 0) + 1 FROM {t}))"
    out = {
        "table": t,
        "columns": select_list,
        "insert": f"INSERT INTO {t} ({select_list}) VALUES ({', '.join(values)})",
        "get": get,
        "get_for_update": get + (" FOR UPDATE" if dialect == "postgres" else ""),
        "update": f'UPDATE {t} SET {sets} WHERE "id" = {ph} AND "version" = {ph}',
        "delete": f'DELETE FROM {t} WHERE "id" = {ph}',
        "exists": f'SELECT 1 FROM {t} WHERE "id" = {ph}',
        "count": f"SELECT COUNT(*) FROM {t}",
    }
    if numbered:  # the numbers the database gave a created row (PostgreSQL: a BEFORE INSERT trigger)
        out["returning"] = " RETURNING " + ", ".join(q(c) for c in numbered)
    d = e.distribution
    if dialect == "postgres" and d is not None and d.column not in (None, "id"):
        # The Citus layout (sql/citus/schema.sql): Citus refuses an UPDATE that sets the distribution
        # column, so this one leaves it out of SET and routes on it (one shard); binds the fields but
        # that one, updated_at, id, the expected version, then the row's distribution value.
        routed = column(d.column)
        kept = ", ".join(f"{q(c)} = {ph}" for c in field_cols if c != routed)
        kept = (kept + ", " if kept else "") + f'"updated_at" = {ph}, "version" = "version" + 1'
        out["citus_update"] = f'UPDATE {t} SET {kept} WHERE "id" = {ph} AND "version" = {ph} AND {q(routed)} = {ph}'
        out["citus_route_field"] = d.column
    return out


def join_queries(table: str, dialect: str) -> dict[str, str]:
    ph = "?" if dialect == "sqlite" else "%s"
    t = q(table)
    return {
        "table": t,
        "insert": f'INSERT INTO {t} ("from_id", "to_id", "created_at") VALUES ({ph}, {ph}, {ph})',
        "delete_from": f'DELETE FROM {t} WHERE "from_id" = {ph}',
        "delete_to": f'DELETE FROM {t} WHERE "to_id" = {ph}',
    }


def queries(model: Model, dialect: str, rels=None) -> dict[str, Any]:
    joins = {}
    for r in relationships(model) if rels is None else rels:
        if r.kind is RelationKind.MANY_TO_MANY and r.join_table:
            joins[r.join_table] = join_queries(r.join_table, dialect)
    return {"entities": {e.name: entity_queries(e, dialect) for e in model.entities}, "joins": joins}


def _queries_literal(model: Model, dialect: str, index: ModelIndex | None, ctx: EmitContext | None) -> str:
    """``render(queries(model, dialect))`` with each entity's part a memo unit reading the entity."""
    if ctx is None:
        return render(queries(model, dialect, index.rels if index is not None else None))
    rels = index.rels if index is not None else relationships(model)
    joins = {}
    for r in rels:
        if r.kind is RelationKind.MANY_TO_MANY and r.join_table:
            joins[r.join_table] = join_queries(r.join_table, dialect)
    ents = {}
    for e in model.entities:
        # Items of QUERIES["entities"] sit at indentation 8 (default width 100).
        ents[e.name] = ctx.unit("server.queries.entity", (dialect, e), lambda e=e: Prerendered(entity_queries(e, dialect), 8))
    return render({"entities": ents, "joins": joins})


def render_module(model: Model, dialect: str, index: ModelIndex | None = None, ctx: EmitContext | None = None) -> str:
    label = "SQLite" if dialect == "sqlite" else "PostgreSQL"
    ph = "?" if dialect == "sqlite" else "%s"
    head = (
        f'"""Precompiled SQL of `{model.name}` for {label} (generated by torquec; do not edit).\n\n'
        f"Placeholders are `{ph}`. Parameter order: insert binds id, the fields in model order,\n"
        "created_at, updated_at, version; update binds the fields, updated_at, then id and the\n"
        "expected version. List queries are built at run time by torquec.runtime.query.\n"
        '"""\n\n'
    )
    return head + f"DIALECT = {dialect!r}\n\nQUERIES = " + _queries_literal(model, dialect, index, ctx) + "\n"
