"""The SQL backend's watch-mode memo never serves stale output.

A chain of model edits, applied one after the other as in ``torquec watch``:
after each, the files built with the memo of all earlier builds must equal a
build from scratch. The edits include the ones a careless memo key gets wrong:
JSON values that ``==`` takes for equal (``0`` / ``0.0``, ``1`` / ``True``,
an object with its keys in another order), settings of other entities and
relationships, and going back to an earlier state.
"""

from __future__ import annotations

import copy
import json

from torquec.backends import sql as sql_backend
from torquec.backends.base import EmitContext
from torquec.driver import analyze

from .conftest import HERE


def _field(m: dict, entity: str, name: str) -> dict:
    e = next(e for e in m["entities"] if e["name"] == entity)
    return next(f for f in e["fields"] if f["name"] == name)


def _entity(m: dict, name: str) -> dict:
    return next(e for e in m["entities"] if e["name"] == name)


def _rel(m: dict, rid: str) -> dict:
    return next(r for r in m["relationships"] if r["id"] == rid)


STEPS = [
    ("json default", lambda m: _field(m, "Team", "meta").update(default={"color": "blue", "size": 1})),
    ("json default, keys reordered", lambda m: _field(m, "Team", "meta").update(default={"size": 1, "color": "blue"})),
    ("json default 1", lambda m: _field(m, "Team", "meta").update(default=1)),
    ("json default 1.0", lambda m: _field(m, "Team", "meta").update(default=1.0)),
    ("json default true", lambda m: _field(m, "Team", "meta").update(default=True)),
    ("float min 0.0", lambda m: _field(m, "Person", "score")["validation"].update(min=0.0)),
    ("float min 0.25", lambda m: _field(m, "Person", "score")["validation"].update(min=0.25)),
    ("float default 1", lambda m: _field(m, "Person", "score").update(default=1)),
    ("float default 1.0", lambda m: _field(m, "Person", "score").update(default=1.0)),
    ("boolean default", lambda m: _field(m, "Person", "active").update(default=False)),
    ("maxLength", lambda m: _field(m, "Team", "name")["validation"].update(maxLength=41)),
    ("minLength", lambda m: _field(m, "Team", "name")["validation"].update(minLength=3)),
    ("pattern", lambda m: _field(m, "Team", "code")["validation"].update(pattern="^[A-Z]{3,4}$")),
    ("not unique", lambda m: _field(m, "Team", "code").update(unique=False)),
    ("not indexed", lambda m: _field(m, "Team", "motto").update(indexed=False)),
    ("required", lambda m: _field(m, "Badge", "label").update(required=False)),
    ("enum values", lambda m: _field(m, "Person", "status").update(values=["new", "gone", "it's ok", "back"])),
    ("decimal scale", lambda m: _field(m, "Team", "budget").update(scale=3)),
    ("array items", lambda m: _field(m, "Person", "tags").update(items={"type": "integer"})),
    ("field type", lambda m: _field(m, "Person", "age").update(type="float")),
    ("field renamed", lambda m: _field(m, "Person", "bio").update(name="biography")),
    ("default sort", lambda m: _entity(m, "Person").setdefault("ui", {}).update(defaultSort={"field": "age"})),
    ("display field", lambda m: _entity(m, "Person")["ui"].update(displayField="nickname")),
    ("search fields", lambda m: _entity(m, "Person")["ui"].update(searchFields=["nickname", "status"])),
    ("entity description", lambda m: _entity(m, "Desk").update(description="Where one sits.")),
    ("on delete", lambda m: _rel(m, "rel-team-members").update(onDelete="restrict")),
    ("many-to-many description", lambda m: _rel(m, "rel-person-badges").update(description="Earned.")),
    ("partitions", lambda m: m.setdefault("database", {}).update(partitions=3)),
    ("back to min 0", lambda m: _field(m, "Person", "score")["validation"].update(min=0)),
    ("back to json default object", lambda m: _field(m, "Team", "meta").update(default={"color": "blue", "size": 1})),
]


def _emit(model_json: dict, memo: dict) -> dict[str, bytes]:
    r = analyze(text=json.dumps(model_json))
    assert r.ok, [str(d) for d in r.diagnostics]
    return {a.path: a.content for a in sql_backend.emit(EmitContext(model=r.model, memo=memo))}


def test_memo_never_stale():
    m = json.loads((HERE / "models" / "features.json").read_text())
    m.pop("sampleData", None)  # the edits would have to keep it valid
    memo: dict = {}
    before = _emit(m, memo)
    changed = []
    for name, edit in STEPS:
        edit(m)
        warm = _emit(m, memo)
        assert warm == _emit(copy.deepcopy(m), {}), f"stale output after: {name}"
        if warm != before:
            changed.append(name)
        before = warm
    # The edits that matter to the schema did change it (the chain tests something).
    for name in ("json default, keys reordered", "json default 1.0", "default sort", "float min 0.25", "on delete"):
        assert name in changed, name


def _bound_model(minimum) -> dict:
    return {"name": "bounds", "title": "Bounds", "version": "1.0.0", "entities": [
        {"id": "ent-a", "name": "A", "fields": [{"id": "fld-x", "name": "x", "type": "float", "validation": {"min": minimum}}]}]}


def test_process_caches_are_exact():
    """What a process built before never changes what it builds now: ``1e20`` and
    ``10**20`` are equal to Python but spelled differently in the schema, so a
    cache shared between builds (the field-check cache) must tell them apart —
    the same model built after another one equals a build in a fresh process."""
    import subprocess
    import sys

    before = json.dumps(_bound_model(1e20))
    now = json.dumps(_bound_model(10**20))
    _emit(json.loads(before), {})  # a watch session's earlier build
    in_process = _emit(json.loads(now), {})["sql/sqlite/schema.sql"].decode()
    code = (
        "import json, sys\n"
        "from torquec.backends import sql\nfrom torquec.backends.base import EmitContext\nfrom torquec.driver import analyze\n"
        "r = analyze(text=sys.argv[1])\n"
        "sys.stdout.write({a.path: a.content for a in sql.emit(EmitContext(model=r.model))}['sql/sqlite/schema.sql'].decode())\n"
    )
    fresh = subprocess.run([sys.executable, "-c", code, now], capture_output=True, text=True, check=True).stdout
    assert ">= 100000000000000000000" in fresh
    assert in_process == fresh
