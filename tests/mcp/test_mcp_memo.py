"""The mcp backend's watch-mode memo never serves stale output.

A chain of model edits, applied one after the other as in ``torquec watch``:
after each, ``mcp_tools.json`` built with the memo of all earlier builds must
equal a build from scratch. The edits include the ones a careless memo key
gets wrong: JSON values that ``==`` takes for equal (``0`` / ``0.0``, ``1`` /
``True``, an object with its keys in another order), edits of a related
entity or of a relationship, and going back to an earlier state.
"""

from __future__ import annotations

import copy
import json

from mcp_harness import ROOT
from torquec.backends import mcp as mcp_backend
from torquec.backends.base import EmitContext
from torquec.backends.server.openrpc import build_openrpc
from torquec.driver import analyze
from torquec.runtime.mcp.spec import expand_entities

MODEL = ROOT / "tests" / "sql" / "models" / "features.json"


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
    ("float min -0.0", lambda m: _field(m, "Person", "score")["validation"].update(min=-0.0)),
    ("float default 1", lambda m: _field(m, "Person", "score").update(default=1)),
    ("float default 1.0", lambda m: _field(m, "Person", "score").update(default=1.0)),
    ("maxLength", lambda m: _field(m, "Team", "name")["validation"].update(maxLength=41)),
    ("pattern", lambda m: _field(m, "Team", "code")["validation"].update(pattern="^[A-Z]{3,4}$")),
    ("field description", lambda m: _field(m, "Person", "age").update(description="Years.")),
    ("field label", lambda m: _field(m, "Person", "age").setdefault("ui", {}).update(label="Age in years")),
    ("enum values", lambda m: _field(m, "Person", "status").update(values=["new", "gone", "it's ok", "back"])),
    ("decimal scale", lambda m: _field(m, "Team", "budget").update(scale=5)),
    ("array items", lambda m: _field(m, "Person", "tags").update(items={"type": "string", "values": ["a", "b"]})),
    ("field renamed", lambda m: _field(m, "Person", "bio").update(name="biography")),
    ("related entity's field", lambda m: _field(m, "Passport", "number").update(description="As printed.")),
    ("entity labels", lambda m: _entity(m, "Desk").setdefault("ui", {}).update(label="Table", pluralLabel="Tables")),
    ("default sort", lambda m: _entity(m, "Person").setdefault("ui", {}).update(defaultSort={"field": "age", "dir": "desc"})),
    ("search fields", lambda m: _entity(m, "Person")["ui"].update(searchFields=["nickname"])),
    ("entity description", lambda m: _entity(m, "Badge").update(description="A mark of honour.")),
    ("on delete", lambda m: _rel(m, "rel-team-members").update(onDelete="restrict")),
    ("inverse name", lambda m: _rel(m, "rel-person-mentor").update(inverseName="proteges")),
    ("relationship description", lambda m: _rel(m, "rel-person-badges").update(description="Earned.")),
    ("app title", lambda m: m.update(title="Features, again")),
    ("back to min 0", lambda m: _field(m, "Person", "score")["validation"].update(min=0)),
    ("back to json default object", lambda m: _field(m, "Team", "meta").update(default={"color": "blue", "size": 1})),
]


def _emit(model_json: dict, memo: dict) -> dict[str, bytes]:
    r = analyze(text=json.dumps(model_json))
    assert r.ok, [str(d) for d in r.diagnostics]
    return {a.path: a.content for a in mcp_backend.emit(EmitContext(model=r.model, memo=memo))}


def _tools(model_json: dict, emitted: dict[str, bytes]) -> str:
    """The tools the app assembles from the emitted spec and the record schemas of openrpc.json
    (as JSON text: ``0 == 0.0`` and ``1 == True`` for dicts, not for what clients read)."""
    r = analyze(text=json.dumps(model_json))
    data = json.loads(next(v for k, v in emitted.items() if k.endswith("/mcp_tools.json")))
    return json.dumps(expand_entities(data, build_openrpc(r.model)["components"]["schemas"]))


def test_memo_never_stale():
    m = json.loads(MODEL.read_text())
    m.pop("sampleData", None)  # the edits would have to keep it valid
    memo: dict = {}
    before_tools = _tools(m, _emit(m, memo))
    changed = []
    for name, edit in STEPS:
        edit(m)
        warm = _emit(m, memo)
        assert warm == _emit(copy.deepcopy(m), {}), f"stale output after: {name}"
        tools = _tools(m, warm)
        if tools != before_tools:
            changed.append(name)
        before_tools = tools
    assert changed == [name for name, _ in STEPS]  # every edit shows in the tools
