"""The generated todo app (no auth) in Chromium: the page, a runFlow button,
a form with radio, date, checkbox and reference inputs, row edit, live grid."""

from __future__ import annotations

import json
import re

import psycopg
from playwright.sync_api import Page, expect

from .conftest import SAMPLES, _finish, open_page, wait_grid
from .harness import AppServer

MODEL = json.loads(SAMPLES["todo"].read_text())


def test_home_page_loads(todo_page: Page, artifacts):
    page = todo_page
    page.goto("/")
    wait_grid(page, "todoGrid")
    expect(page.get_by_role("heading", name="Todos", exact=True)).to_be_visible()
    rows = page.locator('[data-grid="todoGrid"] tbody tr[data-record-id]')
    expect(rows).to_have_count(len(MODEL["sampleData"]["Todo"]))
    # References are shown by the target's display field; empty values as a dash.
    fix = page.locator('[data-grid="todoGrid"] tr[data-record-id="b0000000-0000-4000-8000-000000000002"]')
    expect(fix.locator('td[data-field="projectId"]')).to_have_text("Home")
    expect(fix.locator('td[data-field="priority"]')).to_have_text("High")  # enum values in words
    expect(fix.locator('td[data-field="dueDate"]')).to_have_text(re.compile("2024"))
    page.screenshot(path=str(artifacts / "todo-home.png"), full_page=True)


def test_run_flow_button(todo_page: Page, todo_server):
    page = todo_page
    page.goto("/")
    wait_grid(page, "todoGrid")
    expected = todo_server.rpc("executeXFlow", {"flow": "countOpen", "input": {}})["output"]
    with page.expect_response(lambda r: r.url.endswith("/rpc") and "executeXFlow" in (r.request.post_data or "")) as resp:
        page.get_by_role("button", name="Count open").click()
    assert "error" not in resp.value.json(), resp.value.json()
    note = page.locator(".mantine-Notification-root", has_text="Count open")
    expect(note).to_be_visible()
    expect(note).to_contain_text(f"open: {expected['open']}")


def test_create_and_edit_todo(todo_page: Page, todo_server, artifacts):
    page = todo_page
    page.goto("/")
    wait_grid(page, "todoGrid")
    page.get_by_role("button", name="New todo").click()
    d = page.get_by_role("dialog", name="New todo")
    expect(d).to_be_visible()
    expect(d.get_by_role("radio", name="Medium")).to_be_checked()  # the field's default
    d.get_by_label("Title").fill("Water the plants")
    d.get_by_role("radio", name="High").check()
    d.get_by_label("Due date").fill("2024-07-15")
    d.get_by_label("Due date").press("Tab")
    project = d.get_by_role("combobox", name="Project")
    project.click()
    page.get_by_role("option", name="Work").click()
    page.screenshot(path=str(artifacts / "todo-new-todo-form.png"))
    d.get_by_role("button", name="Add").click()
    expect(d).to_be_hidden()
    row = page.locator('[data-grid="todoGrid"] tbody tr', has_text="Water the plants")
    expect(row).to_be_visible()
    expect(row.locator('td[data-field="projectId"]')).to_have_text("Work")
    rec = todo_server.rpc("loadEntityData", {"entity": "Todo", "search": "Water the plants"})["items"][0]
    assert rec["priority"] == "high" and rec["dueDate"] == "2024-07-15" and rec["done"] is False

    page.get_by_role("button", name="Edit Water the plants").click()
    d = page.get_by_role("dialog", name="Edit todo")
    expect(d.get_by_label("Title")).to_have_value("Water the plants")
    d.get_by_role("checkbox", name="Done").check()
    d.get_by_role("button", name=re.compile("Save")).click()
    expect(d).to_be_hidden()
    expect(row.locator('td[data-field="done"]')).to_have_text("Yes")
    assert todo_server.rpc("getEntity", {"entity": "Todo", "id": rec["id"]})["done"] is True


def test_other_clients_changes_appear(todo_page: Page, todo_server):
    page = todo_page
    page.goto("/")
    wait_grid(page, "todoGrid")
    page.wait_for_function("document.documentElement.dataset.torqueLive === 'open'")
    rec = todo_server.rpc("createEntity", {"entity": "Todo", "data": {"title": "Pushed from elsewhere", "dueDate": "2000-01-01"}})
    expect(page.locator(f'tr[data-record-id="{rec["id"]}"]')).to_be_visible(timeout=5000)


def test_the_page_reloads_when_the_server_may_have_missed_events(built_apps, browser, pg_url, tmp_path, request):
    """A row written where no change event announces it shows up once the server's LISTEN connection
    is cut and comes back: the server sends {"type": "resync"} and the grid reloads (PostgreSQL)."""
    srv = AppServer(built_apps["todo"], tmp_path / "data", database_url=pg_url)
    ctx, page = open_page(browser, srv)
    try:
        page.goto("/")
        wait_grid(page, "todoGrid")
        page.wait_for_function("document.documentElement.dataset.torqueLive === 'open'")
        row = page.locator('[data-grid="todoGrid"] tbody tr', has_text="Written behind its back")
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute('INSERT INTO "todo" ("title", "due_date") VALUES (%s, %s)', ("Written behind its back", "2000-01-01"))
            page.wait_for_timeout(1500)
            expect(row).to_have_count(0)  # no event: the grid does not know yet
            killed = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
                                  (f"torque-listen-{srv.proc.pid}",)).fetchall()
        assert killed == [(True,)]
        expect(row).to_be_visible(timeout=15_000)
    finally:
        _finish(request, ctx, page)
        srv.stop()
