"""Schema snapshots (torquec.ir.snapshot) read back as the IR they were written from."""

from __future__ import annotations

import json
import os
import sys

import pytest

from torquec.backends.sql import table_specs
from torquec.driver import analyze
from torquec.ir.snapshot import SnapshotFormatError, read_snapshot, snapshot_json

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _synthetic(tmp_path) -> str:
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    from synthetic_model import make_model

    path = tmp_path / "synthetic.json"
    path.write_text(json.dumps(make_model(entities=30)), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("source", ["customer-order", "todo", "synthetic", "keys"])
def test_round_trip(source, tmp_path):
    path = _synthetic(tmp_path) if source == "synthetic" else os.path.join(ROOT, "sample", f"{source}.json")
    if source == "keys":  # entity.indexes
        path = os.path.join(ROOT, "tests", "server", "models", "keys.json")
    model = analyze(path).model
    text = snapshot_json(model)
    back = read_snapshot(text)
    assert back.entities == model.entities and back.relationships == model.relationships
    assert (back.name, back.title, back.version, back.partitions) == (model.name, model.title, model.version, model.partitions)
    assert snapshot_json(back) == text
    for dialect in ("postgres", "sqlite"):
        assert table_specs(back, dialect) == table_specs(model, dialect)


def test_values_keep_their_json_type():
    """0 and False, 1 and 1.0 stay apart (a default equal to the dataclass default but of another type is kept)."""
    text = json.dumps({"name": "t", "entities": [{"id": "e", "name": "T", "fields": [
        {"id": "a", "name": "a", "type": "integer", "default": 0},
        {"id": "b", "name": "b", "type": "boolean", "default": False},
        {"id": "c", "name": "c", "type": "float", "default": 1.0, "validation": {"min": 0, "max": 1e20}},
    ]}]})
    model = analyze("<t>", text=text).model
    back = read_snapshot(snapshot_json(model))
    got = {f.name: (f.default, type(f.default), f.validation.maximum, type(f.validation.minimum)) for f in back.entities[0].fields}
    want = {f.name: (f.default, type(f.default), f.validation.maximum, type(f.validation.minimum)) for f in model.entities[0].fields}
    assert got == want


@pytest.mark.parametrize("text", ['{"format": 2, "name": "x"}', "[]", "not json", '{"format": 1, "name": "x"}'])
def test_other_formats_are_refused(text):
    with pytest.raises(SnapshotFormatError):
        read_snapshot(text)
