"""SQLite decimal columns still in the storage of torquec before exact decimals.

Before exact decimals, a SQLite ``decimal`` column was declared ``NUMERIC``
and held the value itself, as an INTEGER (``56000``) or a REAL (``1234.5``).
Now it holds the value times 10^scale as an INTEGER (precision ≤ 18) or
fixed-width TEXT (:mod:`torquec.runtime.decimals`), so an old ``56000`` would
read as ``560.00``. The recorded model cannot tell the two apart (the model
did not change, only its storage), so the live column decides: its declared
type (``PRAGMA table_info``) differs from the type today's DDL gives it.

Such a field is handed to the planner as the plain number it holds (a
``float`` field of the applied model): the planner then rebuilds the table
with today's DDL and converts every value with ``torque_decimal``, counting
values that do not fit the scale exactly as data loss (refused unless
``allow_data_loss``) — never rounded silently.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from torquec.backends.sql import ddl
from torquec.backends.sql.dialects import SQLITE
from torquec.backends.sql.naming import quote_ident as q
from torquec.ir.nodes import FieldType, Model
from torquec.migrate.database import Connection
from torquec.migrate.planner import Plan


class LegacyColumn(NamedTuple):
    entity_id: str
    table: str
    column: str
    declared: str  # its type in the live table, e.g. NUMERIC


def legacy_columns(conn: Connection, model: Model) -> list[LegacyColumn]:
    """``model``'s SQLite decimal columns whose declared type
    is not the one today's DDL gives (the pre-exact ``NUMERIC``)."""
    if conn.dialect != SQLITE or not any(f.type is FieldType.DECIMAL for e in model.entities for f in e.fields):
        return []
    from torquec.backends.sql import table_specs

    found = []
    for spec in table_specs(model, SQLITE):
        if spec.kind != "entity":
            continue
        entity = next(e for e in model.entities if e.id == spec.owner_id)
        decimal_columns = {f.column for f in entity.fields if f.type is FieldType.DECIMAL}
        if not decimal_columns:
            continue
        declared = {row[1]: (row[2] or "").upper() for row in conn.query(f"PRAGMA table_info({q(spec.name)})")}
        for c in spec.columns:
            if c.name in decimal_columns and c.name in declared and declared[c.name] != ddl.type_sql(c.type, SQLITE).upper():
                found.append(LegacyColumn(entity.id, spec.name, c.name, declared[c.name]))
    return found


def may_have_legacy(conn: Connection) -> bool:
    """Cheap pre-check for an app's start (the recorded model is current): some SQLite table
    declares a ``NUMERIC`` column, which today's DDL never does."""
    return conn.dialect == SQLITE and bool(conn.query(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND sql LIKE '%NUMERIC%' LIMIT 1"))


def as_stored(model: Model, columns: list[LegacyColumn]) -> Model:
    """``model`` with each legacy decimal field typed as the plain number its column holds."""
    legacy = {(c.entity_id, c.column) for c in columns}
    entities = tuple(
        replace(e, fields=tuple(replace(f, type=FieldType.FLOAT) if (e.id, f.column) in legacy else f for f in e.fields))
        for e in model.entities
    )
    return replace(model, entities=entities)


def relabel(plan: Plan, columns: list[LegacyColumn]) -> None:
    """Say in ``plan``'s steps and changes what happens to the legacy columns (the planner,
    handed them as ``float`` fields, calls it a change from float)."""
    for _entity, _table, column, declared in columns:
        said = f"change {q(column)} from float to "
        meant = f"convert {q(column)} from its {declared} storage of before exact decimals to "
        for step in plan.steps:
            step.description = step.description.replace(said, meant)
        plan.changes[:] = [line.replace(said, meant) for line in plan.changes]
