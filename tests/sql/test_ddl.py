"""The one DDL renderer (:mod:`torquec.backends.sql.ddl`) on real databases.

The build writes a table with ``table_statements``; migrations change it in
place with each :class:`~torquec.backends.sql.ddl.ConstraintKind`'s ``drop``
and ``add``. Here every constraint of every table of a stress model (names
past 63 bytes, ambiguous ``<table>_<column>`` pairs, a unique field of every
kind, odd defaults) is dropped from a fresh database and added back: each one
must really go, and the database must end exactly as a fresh install. A new
constraint kind is covered as soon as it is in ``ddl.CONSTRAINTS``.
"""

from __future__ import annotations

import copy
import json

import pytest

from torquec.backends.sql import ddl, table_specs
from torquec.backends.sql.dialects import POSTGRES, SQLITE

from .conftest import HERE
from .test_migrate import BASE, compile_model, fresh


def stress_model() -> dict:
    """features.json plus what it lacks."""
    m = json.loads((HERE / "models" / "features.json").read_text())
    m.pop("sampleData", None)
    long = "Very" * 13 + "LongName"  # 60 characters: its derived names pass 63 bytes
    m["entities"] += [
        {"id": "e-order", "name": "Order", "fields": [{"id": "o1", "name": "itemCount", "type": "integer", "unique": True}]},
        {"id": "e-order-item", "name": "OrderItem", "fields": [
            {"id": "oi1", "name": "count", "type": "integer", "indexed": True},
            {"id": "oi2", "name": "orderId", "type": "reference", "target": "Order", "required": True},
        ]},
        {"id": "e-long", "name": long, "fields": [
            {"id": "l1", "name": "aVeryLongFieldNameThatKeepsGoingAndGoingPastTheLimit", "type": "string", "unique": True},
            {"id": "l2", "name": "when", "type": "datetime", "unique": True, "default": "2024-05-06T07:08:09.5+02:00"},
            {"id": "l3", "name": "ratio", "type": "decimal", "precision": 7, "scale": 4, "unique": True, "default": 1.25},
            {"id": "l4", "name": "flag", "type": "boolean", "unique": True, "default": False},
            {"id": "l5", "name": "ref", "type": "uuid", "unique": True, "default": "0B6A2D1E-5D1C-4C1A-9F6E-000000000001"},
            {"id": "l6", "name": "tags", "type": "array", "items": {"type": "string"}, "indexed": True, "default": ["a", "it's"]},
            {"id": "l7", "name": "doc", "type": "json", "indexed": True, "default": {"z": [1, 2.5, None], "a": "ü"}},
            {"id": "l8", "name": "day", "type": "date", "unique": True},
            {"id": "l9", "name": "big", "type": "float", "default": 1e19, "validation": {"min": -1.5, "max": 1e20}},
            {"id": "l10", "name": "orderId", "type": "reference", "target": "Order"},
        ]},
    ]
    m["relationships"] += [
        {"id": "r-oi", "name": "items", "from": "Order", "to": "OrderItem", "kind": "oneToMany", "foreignKey": "orderId",
         "onDelete": "cascade", "inverseName": "order"},
        {"id": "r-long", "name": "longs", "from": "Order", "to": long, "kind": "manyToMany", "inverseName": "orders"},
    ]
    return m


def _names(description: dict) -> set[str]:
    """Every constraint, index and trigger name in a database description."""
    out = set()
    for table in description.values():
        for key in ("constraints", "indexes", "checks"):
            out.update(row[0] for row in table.get(key, ()))
        out.update(row[0] for row in table.get("triggers", ()))
    return out


def _in_place(kind: ddl.ConstraintKind, spec, c) -> bool:
    # SQLite cannot drop or add what sits inside CREATE TABLE: it rebuilds the table.
    return kind is not ddl.PRIMARY_KEY and not (spec.dialect == SQLITE and kind.inline(spec, c) is not None)


def _run(db, statements: list[str]) -> None:
    db.conn.script("\n".join(statements))
    if db.dialect == POSTGRES:
        db.conn.raw.commit()


def test_every_constraint_is_dropped_and_added_back(dialect, request, tmp_path):
    d = stress_model()
    model, _ = compile_model(d)
    db = fresh(dialect, d, request, tmp_path)
    installed = db.describe()
    specs = table_specs(model, dialect)
    partitions_of = {s.name: s.partitions for s in specs}
    seen: dict[str, int] = {}
    for spec in specs:
        changes = [(kind, c) for kind in ddl.CONSTRAINTS for c in kind.items(spec) if _in_place(kind, spec, c)]
        if not changes:
            continue
        # Foreign keys first, as the planner drops them.
        _run(db, [s for kind, c in sorted(changes, key=lambda kc: not kc[0].after_rows) for s in kind.drop_from(spec, c)])
        dropped = db.describe()
        left = _names(dropped)
        for kind, c in changes:
            assert c.name not in left, (kind.label, c.name)
            seen[kind.label] = seen.get(kind.label, 0) + 1
        if dialect == POSTGRES:
            side_tables = {u.side_table for u in spec.uniques}
            assert not side_tables & set(dropped), "unique side tables are dropped with their constraint"
        _run(db, [s for kind, c in sorted(changes, key=lambda kc: kc[0].after_rows) for s in kind.add_to(spec, c)])
        if dialect == POSTGRES and spec.foreign_keys:
            _run(db, [ddl.rename_fk_copies(spec, partitions_of) or ""])
        assert db.describe() == installed, spec.name
    kinds = {"check", "unique", "foreign key", "index"} if dialect == POSTGRES else {"index"}
    assert set(seen) == kinds and all(n >= 3 for n in seen.values()), seen


@pytest.mark.parametrize("dialect_name", [POSTGRES, SQLITE])
def test_definitions_change_with_their_rule_only(dialect_name):
    """The planner drops and re-adds a constraint when its definition differs:
    every rule a constraint carries shows in it, and nothing else does."""
    d = copy.deepcopy(BASE)
    customer, order = d["entities"][0], d["entities"][1]
    customer["fields"][0]["validation"]["maxLength"] = 50  # name: a tighter check
    customer["fields"][2]["indexed"] = True  # age: a new index
    customer["fields"][3]["description"] = "not in the database"
    order["fields"][2]["scale"] = 3  # total: a type change, no constraint of its own
    d["relationships"][0]["onDelete"] = "cascade"

    def definitions(model_dict) -> dict:
        model, _ = compile_model(model_dict)
        return {
            (spec.name, c.name): kind.definition(spec, c)
            for spec in table_specs(model, dialect_name)
            for kind in ddl.CONSTRAINTS
            for c in kind.items(spec)
        }

    before, after = definitions(BASE), definitions(d)
    changed = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    assert changed == {
        ("customer", "ck_customer_name_max_length"),
        ("customer", "ix_customer_age"),
        ("order", "fk_order_customer_id"),
    }
