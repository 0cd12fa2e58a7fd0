"""The plan's TODO application built in Torque Studio by clicks and typing only, starting from
`torquec init` (real Chromium, `torquec watch`): a Project and a Todo entity (title, description,
status enum, priority, due date, completedAt), a oneToMany relationship drawn on the ER diagram, a
page with a DataGrid, a create button and a Modal form, a flow that stamps `completedAt` when a
todo's status becomes done, and a role. Then the file checks clean, the app serves the page, the
preview shows it and the flow runs on an update. Screenshots in test-artifacts/studio/todo-app-*."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from torquec.driver import analyze

from .harness import ROOT
from .test_studio import SHOTS, commit, read, studio_page, wait_file, wait_shown, watching
from .test_studio_editors import drag


@pytest.fixture(scope="module")
def init_app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("studio-todo")
    r = subprocess.run([sys.executable, "-m", "torquec", "init", "todo"], cwd=tmp, capture_output=True, text=True,
                       env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    model_path = str(tmp / "todo.json")
    with watching(model_path, str(tmp / "app")) as watch:
        yield watch, model_path


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"todo-app-{name}.png"))


def add_field(page, model_path: str, name: str, type_: str | None = None) -> None:
    page.get_by_role("button", name="Add field").click()
    commit(page.locator('[aria-label="field newField"]').get_by_label("Field name"), name)
    field = page.locator(f'[aria-label="field {name}"]')
    field.wait_for()
    if type_:
        field.get_by_label("Type").select_option(type_)
        wait_file(model_path, lambda t: f'"type": "{type_}"' in t.split(f'"name": "{name}"')[-1][:200])


def test_build_the_todo_app_by_clicks(browser, init_app):
    watch, model_path = init_app
    with studio_page(browser, watch) as page:
        # --- entities
        for name in ("Project", "Todo"):
            page.get_by_role("button", name="Add entity").click()
            page.locator('[aria-label="entity NewEntity"]').wait_for()
            commit(page.get_by_label("Entity name"), name)
            page.locator(f'[aria-label="entity {name}"]').wait_for()
        commit(page.locator('[aria-label="field name"]').get_by_label("Field name"), "title")
        page.locator('[aria-label="field title"]').wait_for()
        add_field(page, model_path, "description", "text")
        for name, values in (("status", "todo, doing, done"), ("priority", "low, medium, high")):
            add_field(page, model_path, name, "enum")
            commit(page.locator(f'[aria-label="field {name}"]').get_by_label("Values"), values)
            wait_file(model_path, lambda t: json.dumps(values.split(", ")) in t)
        add_field(page, model_path, "dueDate", "date")
        add_field(page, model_path, "completedAt", "datetime")
        shot(page, "entity")

        # --- relationship: drawn on the ER diagram, from Project to Todo
        page.get_by_text("Diagram", exact=True).click()
        project = page.locator('[aria-label="diagram entity Project"]')
        todo = page.locator('[aria-label="diagram entity Todo"]')
        todo.wait_for()
        page.wait_for_timeout(500)
        drag(page, project.locator(".react-flow__handle-right"), todo.locator(".react-flow__handle-left"))
        text = wait_file(model_path, lambda t: '"from": "Project"' in t)
        rel = [r for r in json.loads(text)["relationships"] if r["from"] == "Project"][0]
        assert rel["to"] == "Todo" and rel["kind"] == "oneToMany"
        shot(page, "diagram")

        # --- page
        page.get_by_text("Pages", exact=True).click()
        page.get_by_role("button", name="Add page").click()
        commit(page.get_by_label("Page name"), "todos")
        wait_file(model_path, lambda t: '"name": "todos"' in t)
        commit(page.get_by_label("Route"), "/todos")
        commit(page.get_by_label("Page title"), "Todos")
        wait_file(model_path, lambda t: '"route": "/todos"' in t and '"title": "Todos"' in t)
        root = page.locator('[class*="DropZone--isRootZone"]')
        root.wait_for()

        def components() -> list[dict]:
            return [l for l in json.loads(read(model_path))["layouts"] if l["name"] == "todos"][0]["components"]

        def select(label: str, value: str) -> None:
            page.get_by_role("combobox", name=label).select_option(value)

        drag(page, page.get_by_text("Data grid", exact=True).first, root)
        wait_file(model_path, lambda t: len(components()) == 1)
        grid = page.locator('[aria-label="canvas DataGrid data-grid"]')
        grid.click()
        select("Entity", "Todo")
        wait_file(model_path, lambda t: components()[0].get("entity") == "Todo")
        # A Modal below the grid, a Form dropped into the Modal, a Button above the grid.
        wait_shown(page, read(model_path))
        grid.wait_for()
        drag(page, page.get_by_text("Modal", exact=True).first, grid, dy=grid.bounding_box()["height"] / 2 - 4)
        wait_file(model_path, lambda t: [c["type"] for c in components()] == ["DataGrid", "Modal"])
        modal_zone = page.locator('[aria-label="canvas Modal modal"] [class*="_DropZone_"]').first
        wait_shown(page, read(model_path))
        modal_zone.wait_for()
        drag(page, page.get_by_text("Form", exact=True).first, modal_zone)
        wait_file(model_path, lambda t: [c["type"] for c in components()[1].get("children", [])] == ["TorqueForm"])
        wait_shown(page, read(model_path))
        page.locator('[aria-label="canvas TorqueForm torque-form"]').click()
        select("Entity", "Todo")
        wait_file(model_path, lambda t: components()[1]["children"][0].get("entity") == "Todo")
        wait_shown(page, read(model_path))
        grid.wait_for()
        drag(page, page.get_by_text("Button", exact=True).first, grid, dy=-grid.bounding_box()["height"] / 2 + 4)
        wait_file(model_path, lambda t: [c["type"] for c in components()] == ["TorqueButton", "DataGrid", "Modal"])
        wait_shown(page, read(model_path))
        page.locator('[aria-label="canvas TorqueButton torque-button"]').click()
        page.get_by_role("textbox", name="Label", exact=True).fill("New todo")
        select("action type", "openModal")
        wait_file(model_path, lambda t: components()[0].get("label") == "New todo"
                  and components()[0].get("action") == {"type": "openModal", "modal": "modal"})
        shot(page, "page")
        result = analyze(model_path, read(model_path))
        assert result.ok, [str(d) for d in result.diagnostics]

        # --- flow: before a Todo is updated, stamp completedAt when its status becomes done
        page.get_by_text("Flows", exact=True).click()
        page.get_by_role("button", name="Add flow").click()
        page.locator('[aria-label="flow node start"]').wait_for()
        wait_file(model_path, lambda t: '"name": "newFlow"' in t)
        commit(page.get_by_label("Flow name"), "stampCompleted")
        wait_file(model_path, lambda t: '"name": "stampCompleted"' in t)
        page.get_by_label("Trigger", exact=True).select_option("entity")
        wait_file(model_path, lambda t: '"type": "entity"' in t)
        page.get_by_label("Trigger entity").select_option("Todo")
        wait_file(model_path, lambda t: '"entity": "Todo", "event": "update", "phase": "before"' in t.replace("\n", " ")
                  or json.loads(t)["flows"][-1]["trigger"] == {"type": "entity", "entity": "Todo", "event": "update", "phase": "before"})
        page.get_by_role("button", name="transform", exact=True).click()
        page.locator('[aria-label="flow node transform"]').wait_for()
        wait_shown(page, wait_file(model_path, lambda t: '"id": "transform"' in t))
        page.get_by_label("transform expression").click()
        page.keyboard.press("Control+a")
        page.keyboard.type('input.status === "done" && !input.completedAt ? { completedAt: new Date().toISOString() } : {}')
        page.get_by_label("Label").click()
        wait_shown(page, wait_file(model_path, lambda t: "toISOString" in t))

        def flow() -> dict:
            return json.loads(read(model_path))["flows"][-1]

        page.locator('.react-flow__edge[aria-label="edge start to end"]').click(force=True)
        page.get_by_role("button", name="Remove edge").click()
        wait_shown(page, wait_file(model_path, lambda t: flow()["edges"] == []))
        for source, target in (("start", "transform"), ("transform", "end")):
            drag(page, page.locator(f'[aria-label="flow node {source}"] .react-flow__handle-bottom'),
                 page.locator(f'[aria-label="flow node {target}"] .react-flow__handle-top'))
            wait_shown(page, wait_file(model_path, lambda t: {"from": source, "to": target} in flow()["edges"]))
        shot(page, "flow")
        result = analyze(model_path, read(model_path))
        assert result.ok, [str(d) for d in result.diagnostics]

        # --- the app serves it: the page, and the flow on an update
        deadline = time.monotonic() + 120
        while "stampCompleted" not in watch.rpc("rpc.discover").text or "Todo" not in watch.rpc("getModelMetadata").text:
            assert time.monotonic() < deadline, watch.log.getvalue()[-2000:]
            time.sleep(0.3)
        project = watch.rpc("createEntity", {"entity": "Project", "data": {"name": "Home"}}).json()["result"]
        todo = watch.rpc("createEntity", {"entity": "Todo", "data": {"title": "Buy milk", "status": "todo",
                                                                     "projectId": project["id"]}}).json()
        assert "result" in todo, todo
        assert todo["result"].get("completedAt") is None
        done = watch.rpc("updateEntity", {"entity": "Todo", "id": todo["result"]["id"], "data": {"status": "done"}}).json()
        assert done["result"]["completedAt"], done

        page.get_by_role("button", name="Show preview").click()
        preview = page.frame_locator('iframe[title="live preview"]')
        # The new page is in the app's navigation; the preview pane is narrow, so go there directly.
        preview.get_by_role("link", name="Todos").first.wait_for()
        page.locator('iframe[title="live preview"]').evaluate("f => f.contentWindow.location.assign('/todos')")
        preview.get_by_text("Buy milk").wait_for(timeout=60_000)
        preview.get_by_role("button", name="New todo").click()
        dialog = preview.get_by_role("dialog")
        dialog.get_by_label("Title").wait_for()  # the Modal's form, with the Todo's fields
        dialog.get_by_label("Title").fill("Walk the dog")
        shot(page, "preview")
        page.get_by_role("button", name="Hide preview").click()

        # --- a role
        page.get_by_text("Roles", exact=True).click()
        page.get_by_role("button", name="Add authentication (admin role)").click()
        wait_file(model_path, lambda t: '"auth"' in t)
        page.get_by_role("button", name="Add role").click()
        page.get_by_label("role Todo read").click()
        text = wait_file(model_path, lambda t: '"Todo": ["read"]' in t)
        shot(page, "roles")
        r = subprocess.run([sys.executable, "-m", "torquec", "check", model_path], capture_output=True, text=True,
                           env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
        assert r.returncode == 0, r.stdout + r.stderr
        assert analyze(model_path, text).ok
