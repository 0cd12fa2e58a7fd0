"""Torque Studio's controls for the newer parts of the model format, in real Chromium on `torquec
watch` of a small project model: composite indexes (and their diagnostics), natural-key references
(`targetField`), `sequence`, `bytes`/`maxBytes`, `localDateTime`, decimal precision/scale,
`ui.displayTemplate` with its preview, `readOnlyFields` in the roles grid, `distribution`, and sample
data by reference picker and many-to-many link lists. Every control changes the file as a hand edit
would (only the lines it touches), and undo walks back to the exact original bytes."""

from __future__ import annotations

import difflib
import json

import pytest
from playwright.sync_api import expect

from torquec.driver import analyze
from .test_studio import SHOTS, read, studio_page, undo, wait_file, wait_shown, watching_model

PROJECT_OPS = "6f1c8c52-3b0e-4c55-9a51-0a4f5b1e2d01"
TAG_URGENT = "6f1c8c52-3b0e-4c55-9a51-0a4f5b1e2d02"
TODO_REPORT = "6f1c8c52-3b0e-4c55-9a51-0a4f5b1e2d03"

MODEL = {
    "name": "tracker",
    "title": "Tracker",
    "version": "1.0.0",
    "entities": [
        {"id": "ent-project", "name": "Project", "fields": [
            {"id": "fld-project-name", "name": "name", "type": "string", "required": True},
            {"id": "fld-project-code", "name": "code", "type": "string", "required": True, "unique": True},
            {"id": "fld-project-budget", "name": "budget", "type": "decimal"},
        ]},
        {"id": "ent-tag", "name": "Tag", "fields": [
            {"id": "fld-tag-label", "name": "label", "type": "string", "required": True},
        ]},
        {"id": "ent-todo", "name": "Todo", "fields": [
            {"id": "fld-todo-title", "name": "title", "type": "string", "required": True},
            {"id": "fld-todo-project", "name": "projectId", "type": "reference", "target": "Project"},
            {"id": "fld-todo-number", "name": "number", "type": "integer"},
            {"id": "fld-todo-scan", "name": "scan", "type": "string"},
            {"id": "fld-todo-due", "name": "due", "type": "datetime"},
        ]},
    ],
    "relationships": [
        {"id": "rel-project-todos", "name": "todos", "from": "Project", "to": "Todo", "kind": "oneToMany",
         "foreignKey": "projectId", "inverseName": "project"},
        {"id": "rel-todo-tags", "name": "tags", "from": "Todo", "to": "Tag", "kind": "manyToMany", "inverseName": "todos"},
    ],
    "auth": {"roles": [
        {"name": "admin", "permissions": {"*": ["read", "create", "update", "delete"]}, "flows": ["*"]},
        {"name": "member", "permissions": {"Todo": ["read", "update"]}},
    ]},
    "sampleData": {
        "Project": [{"id": PROJECT_OPS, "name": "Operations", "code": "OPS"}],
        "Tag": [{"id": TAG_URGENT, "label": "urgent"}],
        "Todo": [{"id": TODO_REPORT, "title": "Write report", "projectId": PROJECT_OPS}],
    },
}


@pytest.fixture(scope="module")
def tracker(tmp_path_factory):
    with watching_model(tmp_path_factory, "tracker", MODEL, web=False) as watched:
        yield watched


class Steps:
    """One edit at a time: each must change only the lines it names and leave a model that checks clean."""

    def __init__(self, page, model_path: str):
        self.page, self.path = page, model_path
        self.count = 0
        self.last = read(model_path)  # the file after the previous step

    def expect(self, predicate, changed_lines: int | None = None, clean: bool = True) -> dict:
        before = self.last
        text = wait_file(self.path, lambda t: t != before and predicate(json.loads(t)))
        self.last = text
        self.count += 1
        if changed_lines is not None:
            removed = [l for l in difflib.ndiff(before.splitlines(), text.splitlines()) if l[:2] == "- "]
            assert len(removed) <= changed_lines, "\n".join(difflib.unified_diff(before.splitlines(), text.splitlines(), lineterm=""))
        result = analyze(self.path, text)
        if clean:
            assert result.ok and not [d for d in result.diagnostics if d.severity.value == "error"], [str(d) for d in result.diagnostics]
        wait_shown(self.page, text)
        return json.loads(text)


def entity(model: dict, name: str) -> dict:
    return next(e for e in model["entities"] if e["name"] == name)


def field(model: dict, ent: str, name: str) -> dict:
    return next(f for f in entity(model, ent)["fields"] if f["name"] == name)


def test_format_controls_write_hand_edits_and_undo_to_the_bytes(browser, tracker):
    watch, model_path = tracker
    original = read(model_path)
    with studio_page(browser, watch) as page:
        steps = Steps(page, model_path)
        wait_shown(page, original)
        page.get_by_label("open entity Todo").click()
        todo = page.locator('[aria-label="entity Todo"]')

        # Indexes: add one (a field no one-field index covers), pick a second field in order, make it unique.
        todo.get_by_role("button", name="Add index").click()
        steps.expect(lambda m: entity(m, "Todo")["indexes"] == [{"fields": ["title"]}], changed_lines=1)
        page.get_by_label("Index 1 fields: add").select_option("projectId")
        steps.expect(lambda m: entity(m, "Todo")["indexes"] == [{"fields": ["title", "projectId"]}], changed_lines=1)
        page.get_by_label("index 1 unique").click()
        model = steps.expect(lambda m: entity(m, "Todo")["indexes"][0].get("unique") is True, changed_lines=1)
        # Fields come off an index one by one; the same index twice is E313, shown on the index itself.
        todo.get_by_role("button", name="Add index").click()
        steps.expect(lambda m: entity(m, "Todo")["indexes"][1] == {"fields": ["title"]})
        page.get_by_label("Index 2 fields: add").select_option("number")
        steps.expect(lambda m: entity(m, "Todo")["indexes"][1]["fields"] == ["title", "number"], changed_lines=1)
        page.get_by_label("Index 2 fields: remove number").click()
        steps.expect(lambda m: entity(m, "Todo")["indexes"][1]["fields"] == ["title"], changed_lines=1)
        page.get_by_label("Index 2 fields: add").select_option("projectId")
        steps.expect(lambda m: entity(m, "Todo")["indexes"][1]["fields"] == ["title", "projectId"], changed_lines=1)
        page.get_by_label("index 2 unique").click()
        steps.expect(lambda m: entity(m, "Todo")["indexes"][1] == {"fields": ["title", "projectId"], "unique": True}, clean=False)
        index2 = page.locator('[aria-label="index 2"]')
        index2.get_by_role("alert").filter(has_text="E313").wait_for()
        assert index2.get_attribute("data-invalid") == "true"
        page.get_by_label("Todo has problems").wait_for()
        page.screenshot(path=str(SHOTS / "entity-indexes.png"))
        # The diagnostic, clicked from another screen, brings the index into view.
        page.get_by_text("Relationships", exact=True).click()
        index2.wait_for(state="detached")
        page.locator('[aria-label="diagnostic E313"]').first.click()
        expect(index2).to_be_in_viewport()
        assert "blue" in (index2.get_attribute("style") or "")
        page.get_by_role("button", name="remove index 2").click()
        steps.expect(lambda m: len(entity(m, "Todo")["indexes"]) == 1)
        index2.wait_for(state="detached")

        # A natural-key reference: the target's unique fields are offered; a new target drops the key.
        page.get_by_label("field projectId").get_by_label("Target field").select_option("code")
        steps.expect(lambda m: field(m, "Todo", "projectId").get("targetField") == "code", changed_lines=1)

        # sequence (integer only), bytes with maxBytes, localDateTime, decimal precision/scale.
        page.get_by_label("number sequence").click()
        steps.expect(lambda m: field(m, "Todo", "number").get("sequence") is True, changed_lines=1)
        page.get_by_label("field scan").get_by_label("Type").select_option("bytes")
        steps.expect(lambda m: field(m, "Todo", "scan")["type"] == "bytes", changed_lines=1)
        box = page.get_by_label("field scan").get_by_label("maxBytes")
        box.fill("1024")
        box.press("Enter")
        steps.expect(lambda m: field(m, "Todo", "scan").get("maxBytes") == 1024, changed_lines=1)
        page.get_by_label("field due").get_by_label("Type").select_option("localDateTime")
        steps.expect(lambda m: field(m, "Todo", "due")["type"] == "localDateTime", changed_lines=1)

        # The display template and its preview from the sample data (the reference by its project's name).
        template = todo.get_by_label("Display template", exact=True)
        template.fill("{title} for")
        template.press("Enter")
        steps.expect(lambda m: entity(m, "Todo").get("ui", {}).get("displayTemplate") == "{title} for", changed_lines=1)
        todo.get_by_label("Insert field").select_option("projectId")
        steps.expect(lambda m: entity(m, "Todo")["ui"]["displayTemplate"] == "{title} for {projectId}", changed_lines=1)
        page.get_by_label("display template preview").filter(has_text="Write report for").wait_for()
        page.screenshot(path=str(SHOTS / "entity-format-controls.png"))

        page.get_by_label("open entity Project").click()
        budget = page.get_by_label("field budget")
        for key, value in (("precision", "12"), ("scale", "4")):
            budget.get_by_label(key).fill(value)
            budget.get_by_label(key).press("Enter")
            steps.expect(lambda m, key=key, value=value: field(m, "Project", "budget").get(key) == int(value), changed_lines=1)
        # A Citus layout: a reference table. The sequence field cannot be numbered there (E329, on
        # that field); taking the distribution away again is clean.
        distribution = page.get_by_label("distribution of Project").get_by_label("Citus distribution")
        distribution.select_option("reference")
        steps.expect(lambda m: entity(m, "Project").get("distribution") == {"reference": True}, changed_lines=1, clean=False)
        page.get_by_label("Todo has problems").wait_for()
        page.locator('[aria-label="diagnostic E329"]').wait_for()
        distribution.select_option("")
        steps.expect(lambda m: "distribution" not in entity(m, "Project"), changed_lines=2)  # its line, and a comma
        page.get_by_label("Todo has problems").wait_for(state="detached")

        # The sample grid: the project reference is now by code (a picker of Project samples), and
        # the many-to-many tags are a list of linked Tag samples.
        page.get_by_text("Sample data", exact=True).click()
        page.get_by_label("sample data entity").select_option("Todo")
        pick = page.get_by_label("Todo row 1 projectId")
        assert "Operations (OPS)" in pick.inner_text()
        pick.select_option("OPS")
        steps.expect(lambda m: m["sampleData"]["Todo"][0]["projectId"] == "OPS", changed_lines=1)
        page.get_by_label("Todo row 1 tags: add").select_option(label="urgent")
        model = steps.expect(lambda m: m["sampleData"]["Todo"][0].get("tags") == [TAG_URGENT], changed_lines=1)
        page.screenshot(path=str(SHOTS / "sample-data-links.png"))

        # readOnlyFields in the roles grid.
        page.get_by_text("Roles", exact=True).click()
        page.get_by_label("read-only Todo fields for member: add").select_option("title")
        model = steps.expect(lambda m: m["auth"]["roles"][1].get("readOnlyFields") == {"Todo": ["title"]}, changed_lines=1)
        page.screenshot(path=str(SHOTS / "roles-read-only-fields.png"))
        # Everything written is valid: the model checks clean (the Citus rules included).
        result = analyze(model_path, read(model_path))
        assert result.ok and not [d for d in result.diagnostics if d.severity.value == "error"], [str(d) for d in result.diagnostics]

        # Undo walks every step back: the file is byte for byte the original.
        undo(page, model_path, steps.count)
        wait_file(model_path, lambda t: t == original)


class HeldEdits:
    """Holds the studio's edit requests until released: a second click then surely comes before
    the first one's answer."""

    def __init__(self, page):
        self.page, self.held, self.holding = page, [], True
        page.route("**/__torque/studio/api/edit", self._route)

    def _route(self, route) -> None:
        if self.holding:
            self.held.append(route)
        else:
            route.continue_()

    def wait_held(self, n: int) -> None:
        for _ in range(200):
            if len(self.held) >= n:
                return
            self.page.wait_for_timeout(25)  # (route handlers run while Playwright is waiting)
        raise AssertionError(f"{len(self.held)} edit(s) held, expected {n}")

    def release(self) -> None:
        self.holding = False
        for route in self.held:
            route.continue_()
        self.held = []

    def then_file(self, model_path: str, predicate) -> str:
        """Wait for the file while Playwright runs the route handler (it lets later edits through),
        then hold again."""
        for _ in range(400):
            text = read(model_path)
            if predicate(json.loads(text)):
                self.holding = True
                return text
            self.page.wait_for_timeout(25)
        raise AssertionError(f"the model file did not change as expected:\n{read(model_path)[-1500:]}")


def test_quick_clicks_build_on_each_other(browser, tracker):
    """A second click made before the first one's answer is shown works on the model the first one
    made (the operations are worked out when the edit's turn comes), not on the one the click saw."""
    watch, model_path = tracker
    original = read(model_path)
    with studio_page(browser, watch) as page:
        wait_shown(page, original)
        page.get_by_text("Roles", exact=True).click()
        edits = HeldEdits(page)
        page.get_by_label("member Tag read").click()
        edits.wait_held(1)
        page.get_by_label("member Tag create").click()
        edits.release()
        edits.then_file(model_path, lambda m: m["auth"]["roles"][1]["permissions"].get("Tag") == ["read", "create"])
        add = page.get_by_label("read-only Todo fields for member: add")
        add.select_option("title")
        edits.wait_held(1)
        add.select_option("due")
        edits.release()
        text = edits.then_file(model_path, lambda m: m["auth"]["roles"][1].get("readOnlyFields") == {"Todo": ["title", "due"]})
        page.unroute("**/__torque/studio/api/edit")
        assert analyze(model_path, text).ok
        undo(page, model_path, 4)
        wait_file(model_path, lambda t: t == original)
