"""The web backend's watch-mode memo never serves stale output.

A chain of model edits, applied one after the other as in ``torquec watch``:
after each, the files built with the memo of all earlier builds must equal a
build from scratch. The edits include the ones a careless memo key gets wrong:
JSON values that ``==`` takes for equal (``0`` / ``0.0`` / ``-0.0``, ``1`` /
``True``, an object with its keys in another order), edits that rename the
generated identifiers of an entity, and going back to an earlier state.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from torquec.backends import web
from torquec.backends.base import EmitContext
from torquec.driver import analyze

pytestmark = pytest.mark.nobrowser

KITCHEN = Path(__file__).parent / "models" / "kitchen-sink.json"


def _field(m: dict, entity: str, name: str) -> dict:
    e = next(e for e in m["entities"] if e["name"] == entity)
    return next(f for f in e["fields"] if f["name"] == name)


def _entity(m: dict, name: str) -> dict:
    return next(e for e in m["entities"] if e["name"] == name)


def _ui(m: dict, entity: str, name: str) -> dict:
    return _field(m, entity, name).setdefault("ui", {})


def _rename_field(m: dict, entity: str, old: str, new: str) -> None:
    _field(m, entity, old)["name"] = new

    def walk(components: list) -> None:
        for c in components:
            for key in ("columns", "fields"):
                if c.get("entity") == entity and key in c:
                    c[key] = [new if x == old else x for x in c[key]]
            walk(c.get("children", []))

    for layout in m.get("layouts", []):
        walk(layout["components"])


STEPS = [
    ("float min", lambda m: _field(m, "Gadget", "weight").update(validation={"min": 0})),
    ("float min 0.0", lambda m: _field(m, "Gadget", "weight")["validation"].update(min=0.0)),
    ("float min -0.0", lambda m: _field(m, "Gadget", "weight")["validation"].update(min=-0.0)),
    ("float max 1e6", lambda m: _field(m, "Gadget", "weight")["validation"].update(max=1e6)),
    ("float max 1000000", lambda m: _field(m, "Gadget", "weight")["validation"].update(max=1000000)),
    ("json default", lambda m: _field(m, "Gadget", "meta").update(default={"a": 1, "b": [2]})),
    ("json default, keys reordered", lambda m: _field(m, "Gadget", "meta").update(default={"b": [2], "a": 1})),
    ("json default 1", lambda m: _field(m, "Gadget", "meta").update(default=1)),
    ("json default 1.0", lambda m: _field(m, "Gadget", "meta").update(default=1.0)),
    ("json default true", lambda m: _field(m, "Gadget", "meta").update(default=True)),
    ("integer default", lambda m: _field(m, "Gadget", "count").update(default=4)),
    ("maxLength", lambda m: _field(m, "Gadget", "title")["validation"].update(maxLength=41)),
    ("pattern", lambda m: _field(m, "Category", "code")["validation"].update(pattern="^[A-Z]{3,4}$")),
    ("required", lambda m: _field(m, "Gadget", "weight").update(required=True)),
    ("unique", lambda m: _field(m, "Gadget", "contact").update(unique=True)),
    ("description", lambda m: _field(m, "Gadget", "title").update(description="What it is called.")),
    ("label", lambda m: _ui(m, "Gadget", "title").update(label="Name")),
    ("placeholder", lambda m: _ui(m, "Gadget", "title").update(placeholder="A name")),
    ("help", lambda m: _ui(m, "Gadget", "title").update(help="Shown in lists.")),
    ("widget", lambda m: _ui(m, "Gadget", "size").update(widget="select")),
    ("visibility", lambda m: _ui(m, "Gadget", "body").update(visibility={"list": True, "form": False, "detail": True})),
    ("enum values", lambda m: _field(m, "Gadget", "size").update(values=["XS", "S", "M", "L", "XL"])),
    ("array item values", lambda m: _field(m, "Gadget", "flags")["items"].update(values=["new", "hot", "sale", "old"])),
    ("array item type", lambda m: _field(m, "Gadget", "scores").update(items={"type": "float"})),
    ("decimal scale", lambda m: _field(m, "Gadget", "price").update(scale=2)),
    ("reference target", lambda m: _field(m, "Gadget", "categoryId").update(description="Where it belongs.")),
    ("enum field renamed", lambda m: _rename_field(m, "Gadget", "color", "tint")),
    ("display field", lambda m: _entity(m, "Gadget")["ui"].update(displayField="contact")),
    ("search fields", lambda m: _entity(m, "Gadget")["ui"].update(searchFields=["title"])),
    ("default sort", lambda m: _entity(m, "Gadget")["ui"].update(defaultSort={"field": "count", "dir": "asc"})),
    ("icon", lambda m: _entity(m, "Gadget")["ui"].update(icon="box")),
    ("plural label", lambda m: _entity(m, "Gadget")["ui"].update(pluralLabel="Gizmos")),
    ("entity description", lambda m: _entity(m, "Category").update(description="Groups of gadgets.")),
    ("app title", lambda m: m.update(title="Kitchen sink, again")),
    ("back to min 0", lambda m: _field(m, "Gadget", "weight")["validation"].update(min=0)),
    ("back to json default object", lambda m: _field(m, "Gadget", "meta").update(default={"a": 1, "b": [2]})),
]


def _emit(model_json: dict, memo: dict) -> dict[str, bytes]:
    r = analyze(text=json.dumps(model_json))
    assert r.ok, [str(d) for d in r.diagnostics]
    return {a.path: a.content for a in web.emit(EmitContext(model=r.model, memo=memo))}


def test_memo_never_stale():
    m = json.loads(KITCHEN.read_text())
    m.pop("sampleData", None)  # the edits would have to keep it valid
    memo: dict = {}
    before = _emit(m, memo)
    unchanged = []
    for name, edit in STEPS:
        edit(m)
        warm = _emit(m, memo)
        assert warm == _emit(copy.deepcopy(m), {}), f"stale output after: {name}"
        if warm == before:
            unchanged.append(name)
        before = warm
    assert unchanged == []  # every edit shows in the generated code
