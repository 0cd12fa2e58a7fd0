"""Two relationships with the same `name` on different entities (Project.owner → Person by
`leadId`, Task.owner → Person by `assigneeId`): each keeps its own foreign key in the
metadata, and getRelated / include follow the right column in both directions."""

from __future__ import annotations

import json

import pytest

from torquec.driver import build

from .harness import Server


def _fields(prefix: str, *fields: dict) -> list[dict]:
    return [{"id": f"{prefix}-{f['name']}", **f} for f in fields]


MODEL = {
    "name": "samenames", "title": "Same names", "version": "1.0.0",
    "entities": [
        {"id": "person", "name": "Person", "ui": {"displayField": "name"},
         "fields": _fields("person", {"name": "name", "type": "string", "required": True})},
        {"id": "project", "name": "Project", "ui": {"displayField": "title"},
         "fields": _fields("project", {"name": "title", "type": "string", "required": True},
                           {"name": "leadId", "type": "reference", "target": "Person"})},
        {"id": "task", "name": "Task", "ui": {"displayField": "title"},
         "fields": _fields("task", {"name": "title", "type": "string", "required": True},
                           {"name": "assigneeId", "type": "reference", "target": "Person"})},
    ],
    "relationships": [
        {"id": "rel-project-owner", "name": "owner", "from": "Project", "to": "Person", "kind": "manyToOne",
         "foreignKey": "leadId", "onDelete": "setNull", "inverseName": "ledProjects"},
        {"id": "rel-task-owner", "name": "owner", "from": "Task", "to": "Person", "kind": "manyToOne",
         "foreignKey": "assigneeId", "onDelete": "setNull", "inverseName": "assignedTasks"},
    ],
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("samenames")
    path = tmp / "samenames.json"
    path.write_text(json.dumps(MODEL), encoding="utf-8")
    result = build(str(path), str(tmp / "app"))
    assert result.ok, [d.message for d in result.diagnostics]
    srv = Server(tmp / "app", seed=False, extra_args=["--database-url", f"sqlite:///{tmp / 'db.sqlite'}"])
    yield srv, tmp / "app"
    srv.stop()


def test_each_relationship_keeps_its_own_foreign_key(server):
    srv, app = server
    built = json.loads((app / "server" / "samenames" / "metadata.json").read_text(encoding="utf-8"))
    for m in (srv.rpc("getModelMetadata", {}), built):
        fks = {(r["from"], r["name"]): r["foreignKey"] for r in m["relationships"]}
        assert fks == {("Project", "owner"): "leadId", ("Task", "owner"): "assigneeId"}
    # the server's own metadata (getModelMetadata leaves columns out of its relations)
    navs = {(e["name"], n["name"]): n.get("foreignKey") for e in built["entities"] for n in e["relations"]}
    assert navs[("Project", "owner")] == "leadId" and navs[("Task", "owner")] == "assigneeId"
    assert navs[("Person", "ledProjects")] == "leadId" and navs[("Person", "assignedTasks")] == "assigneeId"


def test_related_records_follow_the_right_column(server):
    srv, _app = server
    ann = srv.rpc("createEntity", {"entity": "Person", "data": {"name": "Ann"}})
    bob = srv.rpc("createEntity", {"entity": "Person", "data": {"name": "Bob"}})
    project = srv.rpc("createEntity", {"entity": "Project", "data": {"title": "Bridge", "leadId": ann["id"]}})
    task = srv.rpc("createEntity", {"entity": "Task", "data": {"title": "Paint", "assigneeId": bob["id"]}})
    led = srv.rpc("getRelated", {"entity": "Person", "id": ann["id"], "relationship": "ledProjects"})
    assert [p["id"] for p in led["items"]] == [project["id"]]
    assigned = srv.rpc("getRelated", {"entity": "Person", "id": bob["id"], "relationship": "assignedTasks"})
    assert [t["id"] for t in assigned["items"]] == [task["id"]]
    assert srv.rpc("getRelated", {"entity": "Person", "id": ann["id"], "relationship": "assignedTasks"})["items"] == []
    got = srv.rpc("getEntity", {"entity": "Task", "id": task["id"], "include": ["owner"]})
    assert got["owner"]["id"] == bob["id"]
    got = srv.rpc("getEntity", {"entity": "Project", "id": project["id"], "include": ["owner"]})
    assert got["owner"]["id"] == ann["id"]
