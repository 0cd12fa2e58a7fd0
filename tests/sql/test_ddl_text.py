"""``table_statements`` writes its statements as text around sqlglot-rendered
leaves; it must give exactly what generating the sqlglot statement trees of
:mod:`torquec.backends.sql.ddl` gives, for every table of every model here."""

from __future__ import annotations

import json

import pytest

from torquec.backends.sql import ddl, table_specs
from torquec.backends.sql.dialects import DIALECTS, POSTGRES
from torquec.driver import analyze

from .conftest import HERE, MODELS, ROOT

EXTRA = {
    "kitchen-sink": ROOT / "tests" / "web" / "models" / "kitchen-sink.json",
    "library": ROOT / "tests" / "server" / "models" / "library.json",
}


def _stress_model():
    """features.json plus what it lacks: names past 63 bytes, ambiguous
    ``<table>_<column>`` pairs, a unique field of every kind, odd defaults."""
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
    r = analyze(text=json.dumps(m))
    assert r.ok, [str(d) for d in r.diagnostics]
    return r.model


def _reference(spec, inline):
    """The statements as sqlglot generates the trees (the definition)."""
    head = [f"Entity {spec.owner}" if spec.kind == "entity" else f"Join table of relationship {spec.owner}"]
    if spec.description:
        head[0] += f": {spec.description}"
    head = ddl._comment_lines(head[0]) + [f"-- Note: {n}" for n in spec.notes]
    out = ["\n".join([*head, ddl.stmt(ddl.create_table(spec, inline), spec.dialect)])]
    if spec.dialect == POSTGRES:
        n = len(spec.partitions)
        out += [ddl.stmt(ddl.create_partition(spec.name, p, n, i), POSTGRES) for i, p in enumerate(spec.partitions)]
        for u in spec.uniques:
            out += ddl.unique_statements(spec.name, u)
    out += [ddl.stmt(ddl.create_index(spec.name, ix), spec.dialect) for ix in spec.indexes]
    return out


def _models():
    for name, path in {**MODELS, **EXTRA}.items():
        r = analyze(str(path))
        assert r.ok, [str(d) for d in r.diagnostics]
        yield name, r.model
    yield "stress", _stress_model()


@pytest.mark.parametrize("dialect", DIALECTS)
def test_text_statements_equal_sqlglot_trees(dialect):
    seen = 0
    for _name, model in _models():
        for spec in table_specs(model, dialect):
            for inline in (None, frozenset(), frozenset(fk.name for fk in spec.foreign_keys[:1])):
                assert ddl.table_statements(spec, inline) == _reference(spec, inline), (spec.name, inline)
                seen += 1
    assert seen > 60
