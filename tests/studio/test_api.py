"""The studio's model API on a real `torquec watch` session (real HTTP, real files, real rebuilds)."""

from __future__ import annotations

import json
import re
import os
import shutil
import time

import httpx
import pytest

from watch.harness import WatchThread, save_like_an_editor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
API = "/__torque/studio/api/"


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("studio-api")
    model_path = str(tmp / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    watch = WatchThread(model_path, str(tmp / "app")).start(timeout=120)
    client = httpx.Client(base_url=watch.url, headers=watch.dev_headers, timeout=30)
    yield watch, client, model_path
    client.close()
    watch.stop()


def run_async(coroutine):
    """asyncio.run in a thread of its own: works even when the session already runs a loop
    (Playwright's sync API, when browser tests ran first in the same pytest process)."""
    from concurrent.futures import ThreadPoolExecutor

    import asyncio

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def read(path: str) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def state(client) -> dict:
    r = client.get(API + "model")
    assert r.status_code == 200, r.text
    return r.json()


def wait_for(predicate, log=None, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not reached in time" + (f"; watch said:\n{log.getvalue()}" if log else ""))


def test_the_studio_sits_behind_the_dev_guard(session):
    watch, _, _ = session
    assert httpx.get(watch.url + "/__torque/studio/").status_code == 401
    assert httpx.get(watch.url + API + "model").status_code == 401
    r = httpx.post(watch.url + API + "edit", content=b"{}", headers={**watch.dev_headers, "content-type": "text/plain"})
    assert r.status_code == 415
    r = httpx.get(watch.url + API + "model", headers={**watch.dev_headers, "host": "evil.example"})
    assert r.status_code == 421
    # The printed URL signs in: cookie set, token dropped from the address, then the page loads.
    assert watch.session.studio_url == f"{watch.url}/__torque/studio/?token={watch.token}"
    with httpx.Client() as browser_like:
        r = browser_like.get(watch.session.studio_url)
        assert r.status_code == 303 and r.headers["location"] == "/__torque/studio/"
        page = browser_like.get(watch.url + "/__torque/studio/")
        assert page.status_code == 200 and "<title>Torque Studio</title>" in page.text
        asset = page.text.split('src="')[1].split('"')[0]
        assert browser_like.get(watch.url + asset).status_code == 200


def test_model_state_has_text_version_and_diagnostics(session):
    _, client, model_path = session
    s = state(client)
    assert s["text"] == read(model_path)
    assert s["model"]["name"] == "todo"
    assert s["diagnostics"] == []
    assert len(s["version"]) == 16


def test_one_value_edit_is_one_line_rebuilds_and_undo_redo_restore_bytes(session):
    watch, client, model_path = session
    before = read(model_path)
    s = state(client)
    generation = watch.session.generation
    r = client.post(API + "edit", json={"base": s["version"], "label": "rename", "ops": [
        {"op": "set", "path": "/entities/0/fields/0/ui/placeholder", "value": "Garden"}]})
    assert r.status_code == 200, r.text
    after = read(model_path)
    diff = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
    assert diff == [('          "ui": { "label": "Name", "placeholder": "Home renovation" }',
                     '          "ui": { "label": "Name", "placeholder": "Garden" }')]
    assert r.json()["text"] == after and r.json()["history"]["undo"] == ["rename"]
    wait_for(lambda: watch.session.generation > generation, watch.log)  # the watcher rebuilt and swapped
    r = client.post(API + "undo", json={"base": r.json()["version"]})
    assert r.status_code == 200 and read(model_path) == before
    r = client.post(API + "redo", json={"base": r.json()["version"]})
    assert r.status_code == 200 and read(model_path) == after
    r = client.post(API + "undo", json={"base": r.json()["version"]})
    assert read(model_path) == before


def test_rename_changes_every_reference_with_the_lsp_rename_and_undoes(session):
    """The studio's rename is the LSP's: every place that names the entity or field follows (pages,
    row actions, relationships, sample data keys), ids stay, the model checks clean."""
    from torquec.driver import analyze

    watch, client, model_path = session
    before = read(model_path)
    s = state(client)
    r = client.post(API + "rename", json={"base": s["version"], "pointer": "/entities/1/name", "name": "Task"})
    assert r.status_code == 200, r.text
    after = read(model_path)
    # Every use of the name, and only those (the app's title and a label "Todo" are not the entity).
    assert after == re.sub(r'(?<!"title": )(?<!"label": )"Todo"', '"Task"', before)
    model = json.loads(after)
    assert model["entities"][1]["id"] == json.loads(before)["entities"][1]["id"]
    assert list(model["sampleData"]) == ["Project", "Task"]
    grid = [c for c in model["layouts"][0]["components"] if c["type"] == "DataGrid"][0]
    assert grid["entity"] == "Task" and {a["entity"] for a in grid["rowActions"]} == {"Task"}
    assert analyze(model_path, after).ok
    assert r.json()["history"]["undo"][-1] == "rename to Task"
    # A field: the grid's column and each sample row's key follow.
    r = client.post(API + "rename", json={"base": r.json()["version"], "pointer": "/entities/1/fields/0/name",
                                          "name": "headline"})
    assert r.status_code == 200, r.text
    model = json.loads(read(model_path))
    grid = [c for c in model["layouts"][0]["components"] if c["type"] == "DataGrid"][0]
    assert grid["columns"][0] == "headline"
    assert all("headline" in row and "title" not in row for row in model["sampleData"]["Task"])
    assert analyze(model_path, read(model_path)).ok
    # Not a name: refused, nothing written.
    version = r.json()["version"]
    text = read(model_path)
    r = client.post(API + "rename", json={"base": version, "pointer": "/entities/1/fields/0/type", "name": "x"})
    assert r.status_code == 422 and read(model_path) == text
    for _ in range(2):
        version = client.post(API + "undo", json={"base": version}).json()["version"]
    assert read(model_path) == before


def test_edit_on_an_outdated_version_is_refused(session):
    _, client, model_path = session
    old = state(client)
    external = old["text"].replace('"title": "Todo"', '"title": "Todo (edited elsewhere)"', 1)
    save_like_an_editor(model_path, external)
    r = client.post(API + "edit", json={"base": old["version"], "ops": [
        {"op": "set", "path": "/description", "value": "mine"}]})
    assert r.status_code == 409
    assert r.json()["state"]["text"] == external
    assert read(model_path) == external  # the other edit survives
    # Redo of the studio's undone step is refused too: someone else changed the file since.
    r = client.post(API + "redo", json={"base": r.json()["state"]["version"]})
    assert r.status_code == 409 and read(model_path) == external


def test_bad_operations_answer_422_and_change_nothing(session):
    _, client, model_path = session
    s = state(client)
    before = read(model_path)
    r = client.post(API + "edit", json={"base": s["version"], "ops": [{"op": "remove", "path": "/entities/42"}]})
    assert r.status_code == 422 and "nothing at" in r.json()["error"]
    assert client.post(API + "edit", json={"ops": []}).status_code == 400
    assert read(model_path) == before


def test_a_broken_edit_is_saved_and_its_diagnostic_points_at_it(session):
    _, client, model_path = session
    s = state(client)
    r = client.post(API + "edit", json={"base": s["version"], "ops": [
        {"op": "set", "path": "/entities/1/fields/4/target", "value": "Projekt"}]})
    assert r.status_code == 200
    diags = r.json()["diagnostics"]
    assert any(d["pointer"] == "/entities/1/fields/4/target" and d["severity"] == "error" for d in diags), diags
    r = client.post(API + "undo", json={"base": r.json()["version"]})
    assert r.json()["diagnostics"] == []


def test_json_view_replaces_the_text(session):
    _, client, model_path = session
    s = state(client)
    text = s["text"].replace('"version": "1.0.0"', '"version": "1.0.1"')
    r = client.post(API + "text", json={"base": s["version"], "text": text})
    assert r.status_code == 200 and read(model_path) == text
    assert json.loads(read(model_path))["version"] == "1.0.1"


def test_a_large_file_answers_before_it_is_checked(tmp_path):
    """Over 200 KB the state comes without diagnostics (null) and api/diagnostics checks the file."""
    model = json.loads(open(os.path.join(ROOT, "sample", "todo.json"), encoding="utf-8").read())
    model["description"] = "x" * 250_000
    model["entities"][0]["fields"][0]["name"] = "Bad Name"
    model_path = str(tmp_path / "big.json")
    with open(model_path, "w", encoding="utf-8") as fh:
        json.dump(model, fh, indent=2)
    from torquec.studio.routes import StudioRoutes
    import asyncio

    routes = StudioRoutes(model_path)
    text = read(model_path)
    first = run_async(routes.state(text))
    assert first["diagnostics"] is None and first["model"]["name"] == "todo"

    sent: list[dict] = []

    async def call():
        async def receive():
            return {"type": "http.request", "body": b""}

        async def send(msg):
            sent.append(msg)

        await routes({"type": "http", "path": "/__torque/studio/api/diagnostics", "method": "GET"}, receive, send)

    run_async(call())
    body = json.loads(sent[-1]["body"])
    assert body["version"] == first["version"]
    assert any(d["pointer"] == "/entities/0/fields/0/name" for d in body["diagnostics"])
    # Once checked, states of that version carry the diagnostics.
    assert run_async(routes.state(text))["diagnostics"] == body["diagnostics"]


def test_rename_of_a_field_follows_the_display_template(session):
    """A field named in `ui.displayTemplate` as `{field}`: the studio's rename changes the placeholder
    too (else the model fails with E307)."""
    from torquec.driver import analyze

    watch, client, model_path = session
    before = read(model_path)
    r = client.post(API + "edit", json={"base": state(client)["version"], "label": "template", "ops": [
        {"op": "set", "path": "/entities/1/ui/displayTemplate", "value": "{title} (due {dueDate})"}]})
    assert r.status_code == 200, r.text
    r = client.post(API + "rename", json={"base": r.json()["version"], "pointer": "/entities/1/fields/0/name",
                                          "name": "headline"})
    assert r.status_code == 200, r.text
    model = json.loads(read(model_path))
    assert model["entities"][1]["ui"]["displayTemplate"] == "{headline} (due {dueDate})"
    assert analyze(model_path, read(model_path)).ok
    version = r.json()["version"]
    for _ in range(2):
        version = client.post(API + "undo", json={"base": version}).json()["version"]
    assert read(model_path) == before


def test_renaming_a_duplicate_name_changes_only_that_one():
    """Two entities named alike (a broken state while editing): renaming the second must not
    rename the first and its references."""
    from torquec.studio.routes import renamed

    text = json.dumps({"entities": [{"id": "a", "name": "A", "fields": []}, {"id": "b", "name": "A", "fields": []}],
                       "relationships": [{"name": "r", "from": "A", "to": "A", "kind": "oneToMany"}]}, indent=1)
    out = json.loads(renamed(text, "/entities/1/name", "B"))
    assert [e["name"] for e in out["entities"]] == ["A", "B"] and out["relationships"][0]["to"] == "A"
    out = json.loads(renamed(text, "/entities/0/name", "C"))
    assert [e["name"] for e in out["entities"]] == ["C", "A"] and out["relationships"][0]["to"] == "C"


def test_a_javascript_diagnostic_knows_its_place_inside_the_code_string(tmp_path):
    """The flow editor marks a diagnostic inside the decoded JavaScript: escapes (\\n, \\") in the
    file must not shift it."""
    import asyncio

    from torquec.studio.routes import StudioRoutes

    model = json.loads(open(os.path.join(ROOT, "sample", "todo.json"), encoding="utf-8").read())
    code = 'var s = "a\\"b";\nvar t = ;\nreturn s;'
    nodes = model["flows"][0]["nodes"]
    nodes.insert(2, {"id": "js", "type": "javascript", "code": code})
    edges = model["flows"][0]["edges"]
    edges[1:2] = [{"from": "openTodos", "to": "js"}, {"from": "js", "to": "count"}]
    model_path = str(tmp_path / "m.json")
    with open(model_path, "w", encoding="utf-8") as fh:
        json.dump(model, fh, indent=2)
    state = run_async(StudioRoutes(model_path).state(read(model_path)))
    [d] = [d for d in state["diagnostics"] if d["pointer"] == "/flows/0/nodes/2/code"]
    assert code[d["valueOffset"]] == ";", (d, code)


def test_renaming_a_flow_node_moves_its_edges():
    from torquec.studio.routes import renamed

    text = open(os.path.join(ROOT, "sample", "todo.json"), encoding="utf-8").read()
    flow = json.loads(renamed(text, "/flows/0/nodes/1/id", "readOpen"))["flows"][0]
    assert flow["nodes"][1]["id"] == "readOpen"
    assert [(e["from"], e["to"]) for e in flow["edges"]] == [("start", "readOpen"), ("readOpen", "count"), ("count", "end")]
