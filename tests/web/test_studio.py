"""Torque Studio in real Chromium, on `torquec watch` of a copy of the todo sample: an entity with
fields and a relationship made by clicks and typing (the file changes minimally, checks clean, the
app serves the new entity), an edit shows in the preview in place (no reload), a diagnostic click navigates, undo/redo restore
exact bytes, an external edit appears, a conflicting edit is refused. Screenshots of every screen
go to test-artifacts/studio/."""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import shutil
import time

import pytest

from torquec.driver import analyze
from watch.harness import WatchThread, save_like_an_editor

from .harness import ROOT

SHOTS = ROOT / "test-artifacts" / "studio"


def read(path: str) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def wait_file(path: str, predicate, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = read(path)
        if predicate(text):
            return text
        time.sleep(0.05)
    raise AssertionError(f"the model file did not change as expected:\n{read(path)[-1500:]}")


def metadata_entities(watch: WatchThread) -> list[str]:
    r = watch.rpc("getModelMetadata").json()
    return [e["name"] for e in r.get("result", {}).get("entities", [])]


@contextlib.contextmanager
def watching(model_path: str, app_dir: str, web: bool = True, seed: bool = False):
    """`torquec watch` of ``model_path`` in a thread (for a test module), the screenshot folder ready."""
    watch = WatchThread(model_path, app_dir, web=web, seed=seed).start(timeout=240)
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield watch
    finally:
        watch.stop()


@contextlib.contextmanager
def watching_model(tmp_path_factory, name: str, model: dict, **options):
    """``model`` written (indented, as a person would) to ``<tmp>/<name>.json`` and watched: (watch, path)."""
    tmp = tmp_path_factory.mktemp(name)
    model_path = str(tmp / f"{name}.json")
    with open(model_path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(model, indent=2) + "\n")
    with watching(model_path, str(tmp / "app"), **options) as watch:
        yield watch, model_path


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("studio")
    model_path = str(tmp / "todo.json")
    shutil.copy(os.path.join(ROOT, "sample", "todo.json"), model_path)
    with watching(model_path, str(tmp / "app")) as watch:
        yield watch, model_path


def open_studio(browser, watch: WatchThread, errors: list[str], hold_events: bool = False):
    ctx = browser.new_context(viewport={"width": 1600, "height": 950})
    if hold_events:  # the studio then cannot learn of saves made elsewhere (event stream, version poll)
        ctx.route("**/__torque/events", lambda route: None)
        ctx.route("**/__torque/studio/api/version", lambda route: None)
    page = ctx.new_page()
    page.set_default_timeout(15_000)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(watch.session.studio_url)
    page.get_by_text("ENTITIES").wait_for()
    return ctx, page


@contextlib.contextmanager
def studio_page(browser, watch: WatchThread, hide_preview: bool = True):
    """A studio tab for one test; no console error may have been logged by its end."""
    errors: list[str] = []
    ctx, page = open_studio(browser, watch, errors)
    try:
        if hide_preview:
            page.get_by_role("button", name="Hide preview").click()
        try:
            yield page
        except BaseException:
            page.screenshot(path=str(SHOTS / "failure.png"))
            raise
        assert errors == [], errors
    finally:
        ctx.close()


def wait_shown(page, text: str) -> None:
    """Until the studio shows the version of ``text`` (its state caught up with the file)."""
    from torquec.studio.store import version_of

    page.get_by_label("version").filter(has_text=f"v {version_of(text)[:8]}").wait_for()


def settled(page, path: str, timeout: float = 15.0) -> str:
    """The file once the studio shows the version it has now. Both may still move (an answer in
    flight), so the file is read again each time: a text read before the last write lands would
    name a version the studio has already left."""
    from torquec.studio.store import version_of

    shown = page.get_by_label("version", exact=True)
    deadline = time.monotonic() + timeout
    while True:
        text = read(path)
        if shown.inner_text() == f"v {version_of(text)[:8]}":
            return text
        if time.monotonic() > deadline:
            raise AssertionError(f"the studio shows {shown.inner_text()}, the file is v {version_of(text)[:8]}")
        page.wait_for_timeout(50)


def undo(page, path: str, times: int) -> None:
    """Click Undo ``times`` times, each once the studio has caught up with the file."""
    for _ in range(times):
        settled(page, path)
        page.get_by_role("button", name="Undo").click()


def commit(locator, value: str) -> None:
    locator.fill(value)
    locator.press("Enter")


def test_the_preview_shows_an_edit_in_place(browser, studio):
    """The app in the preview follows the build by itself (live front-end): the studio
    must not re-mount it on `reload` (a blank flash and a full page load per edit)."""
    watch, model_path = studio
    original = read(model_path)
    with studio_page(browser, watch, hide_preview=False) as page:
        preview = page.locator('iframe[title="live preview"]')
        frame = page.frame_locator('iframe[title="live preview"]')
        frame.get_by_role("heading", name="Todos").wait_for(timeout=30_000)
        preview.evaluate("el => { el.dataset.kept = 'yes'; }")  # lost if the element is re-mounted
        page.get_by_label("open entity Todo").click()
        generation = watch.session.generation
        commit(page.locator('[aria-label="field title"]').get_by_label("Label"), "Headline in place")
        frame.get_by_text("Headline in place", exact=True).first.wait_for(timeout=30_000)
        # The front-end bundle of that build is made in the background and announced by `reload`.
        deadline = time.monotonic() + 120
        while not any(b.generation > generation and b.status != "running" for b in watch.session.web_builds):
            assert time.monotonic() < deadline, [vars(b) for b in watch.session.web_builds]
            time.sleep(0.1)
        page.wait_for_timeout(1000)
        assert preview.get_attribute("data-kept") == "yes", "the studio re-mounted the preview"
        frame.get_by_text("Headline in place", exact=True).first.wait_for()
    generation = watch.session.generation
    save_like_an_editor(model_path, original)  # the other tests start from the sample
    deadline = time.monotonic() + 60
    while watch.session.generation == generation:
        assert time.monotonic() < deadline, watch.log.getvalue()[-2000:]
        time.sleep(0.05)


def test_build_an_entity_and_a_relationship_by_clicks(browser, studio):
    watch, model_path = studio
    original = read(model_path)
    errors: list[str] = []
    ctx, page = open_studio(browser, watch, errors)
    try:
        assert page.url.endswith("/__torque/studio/")  # the token went into the cookie
        page.wait_for_timeout(500)
        page.screenshot(path=str(SHOTS / "entity-editor.png"))

        page.get_by_role("button", name="Add entity").click()
        page.locator('[aria-label="entity NewEntity"]').wait_for()
        commit(page.get_by_label("Entity name"), "Tag")
        page.locator('[aria-label="entity Tag"]').wait_for()
        page.get_by_role("button", name="Add field").click()
        field = page.locator('[aria-label="field newField"]')
        commit(field.get_by_label("Field name"), "color")
        field = page.locator('[aria-label="field color"]')
        field.get_by_label("Type").select_option("enum")
        wait_file(model_path, lambda t: '"values": ["first", "second"]' in t)
        commit(field.get_by_label("Values"), "red, green, blue")
        field.get_by_label("color required").click()
        commit(field.get_by_label("Label"), "Colour")
        wait_file(model_path, lambda t: '"label": "Colour"' in t and '"required": true' in t.split('"name": "Tag"')[1])

        page.get_by_text("Relationships", exact=True).click()
        page.get_by_role("button", name="Add relationship").click()
        page.locator('[aria-label="relationship tags"]').wait_for()
        page.screenshot(path=str(SHOTS / "relationships.png"))

        text = wait_file(model_path, lambda t: '"name": "tags"' in t)
        # Minimal: every original line is still there, in order, except closing braces that got a comma.
        removed = [l for l in difflib.ndiff(original.splitlines(), text.splitlines()) if l.startswith("- ")]
        assert all(l[2:].strip() in ("}", "]") for l in removed), removed
        result = analyze(model_path, text)
        assert result.ok, [str(d) for d in result.diagnostics]
        tag = [e for e in result.model.entities if e.name == "Tag"][0]
        assert [f.name for f in tag.fields][:3] == ["name", "color", "projectId"]

        deadline = time.monotonic() + 30
        while "Tag" not in metadata_entities(watch):
            assert time.monotonic() < deadline, watch.log.getvalue()[-2000:]
            time.sleep(0.1)
        page.frame_locator('iframe[title="live preview"]').get_by_role("heading", name="Todos").wait_for(timeout=30_000)
        page.screenshot(path=str(SHOTS / "preview-after-edit.png"))

        # A one-field rename is a one-line diff.
        page.get_by_label("open entity Tag").click()
        before = read(model_path)
        commit(page.locator('[aria-label="field color"]').get_by_label("Field name"), "shade")
        after = wait_file(model_path, lambda t: '"name": "shade"' in t)
        assert [l for l in difflib.ndiff(before.splitlines(), after.splitlines()) if l[:2] in ("- ", "+ ")] == [
            '-           "name": "color",', '+           "name": "shade",']
        assert errors == [], errors
    finally:
        ctx.close()


def test_diagnostic_click_undo_redo_and_external_edit(browser, studio):
    watch, model_path = studio
    errors: list[str] = []
    ctx, page = open_studio(browser, watch, errors)
    try:
        page.get_by_label("open entity Todo").click()
        good = read(model_path)
        field = page.locator('[aria-label="field title"]')
        commit(field.get_by_label("Field name"), "Bad Name")
        bad = wait_file(model_path, lambda t: '"name": "Bad Name"' in t)
        # The rename follows the name where the model uses it (display/search/sort fields, sample data), nowhere else.
        changed = [l for l in difflib.ndiff(good.splitlines(), bad.splitlines()) if l[:2] in ("- ", "+ ")]
        assert '+           "name": "Bad Name",' in changed
        assert all(('"title"' in l) if l[0] == "-" else ('"Bad Name"' in l) for l in changed), changed
        page.get_by_text("Roles", exact=True).click()
        page.get_by_role("button", name="Add authentication (admin role)").wait_for()
        page.screenshot(path=str(SHOTS / "roles.png"))
        diagnostic = page.locator('[aria-label^="diagnostic "]').first
        diagnostic.click()
        broken = page.locator('[aria-label="field Bad Name"]')
        broken.wait_for()
        assert broken.get_attribute("data-invalid") == "true"
        assert page.get_by_label("Todo has problems").is_visible()
        page.screenshot(path=str(SHOTS / "diagnostics.png"))

        page.get_by_role("button", name="Undo").click()
        wait_file(model_path, lambda t: t == good)
        page.get_by_role("button", name="Redo").click()
        wait_file(model_path, lambda t: t == bad)
        page.get_by_role("button", name="Undo").click()
        wait_file(model_path, lambda t: t == good)
        page.locator('[aria-label="field title"]').wait_for()

        # Someone edits the file in a text editor: the studio shows it within a second.
        t0 = time.monotonic()
        save_like_an_editor(model_path, good.replace('"A group of related todos."', '"Groups, edited elsewhere."'))
        page.get_by_label("open entity Project").click()
        page.locator('input[aria-label="Entity description"][value="Groups, edited elsewhere."]').wait_for(timeout=5_000)
        assert time.monotonic() - t0 < 2.5

        page.get_by_text("JSON", exact=True).click()
        page.get_by_label("model JSON").wait_for()
        page.screenshot(path=str(SHOTS / "json.png"))
        assert errors == [], errors
    finally:
        ctx.close()


def test_an_entity_rename_in_the_studio_follows_every_reference(browser, studio):
    """The studio asks the server, which applies the LSP's rename: the file is exactly the LSP's
    result (relationships, reference targets, sample data keys, pages follow), and it checks clean."""
    from torquec.studio.routes import renamed

    watch, model_path = studio
    errors: list[str] = []
    ctx, page = open_studio(browser, watch, errors)
    try:
        page.get_by_label("open entity Project").click()
        before = read(model_path)
        wait_shown(page, before)
        commit(page.get_by_label("Entity name"), "Folder")
        after = wait_file(model_path, lambda t: '"name": "Folder"' in t)
        assert after == renamed(before, "/entities/0/name", "Folder")
        assert '"target": "Folder"' in after and '"Project"' not in after.split('"sampleData"')[1]
        assert analyze(model_path, after).ok
        wait_shown(page, after)
        page.get_by_role("button", name="Undo").click()
        wait_file(model_path, lambda t: t == before)
        assert errors == [], errors
    finally:
        ctx.close()


def test_a_conflicting_edit_is_refused_and_the_other_change_kept(browser, studio):
    watch, model_path = studio
    errors: list[str] = []
    # Hold the studio's event stream so it cannot learn of the next save before it edits.
    ctx, page = open_studio(browser, watch, errors, hold_events=True)
    try:
        page.get_by_label("open entity Project").click()
        external = read(model_path).replace('"pluralLabel": "Projects"', '"pluralLabel": "Project groups"')
        save_like_an_editor(model_path, external)
        commit(page.get_by_label("Entity label"), "Group")
        page.locator('[aria-label="studio problem"]').wait_for()
        assert "changed since" in page.locator('[aria-label="studio problem"]').inner_text()
        assert read(model_path) == external
        page.screenshot(path=str(SHOTS / "conflict.png"))
        # The studio now shows the file as it is; editing again works.
        page.locator('input[aria-label="Plural label"][value="Project groups"]').wait_for()
        commit(page.get_by_label("Entity label"), "Group")
        wait_file(model_path, lambda t: '"label": "Group"' in t and '"pluralLabel": "Project groups"' in t)
        # Chromium logs the refused request itself (the 409); nothing else may be logged.
        assert [e for e in errors if "status of 409 (Conflict)" not in e] == [], errors
    finally:
        ctx.close()


def test_er_diagram_moves_are_saved_and_a_drag_links_two_entities(browser, studio):
    watch, model_path = studio
    errors: list[str] = []
    ctx, page = open_studio(browser, watch, errors)
    try:
        page.get_by_text("Diagram", exact=True).click()
        project = page.locator('[aria-label="diagram entity Project"]')
        todo = page.locator('[aria-label="diagram entity Todo"]')
        project.wait_for()
        wait_shown(page, read(model_path))
        page.wait_for_timeout(500)  # fitView settles
        page.screenshot(path=str(SHOTS / "diagram.png"))
        before = read(model_path)
        box = project.bounding_box()
        page.mouse.move(box["x"] + 30, box["y"] + 10)
        page.mouse.down()
        page.mouse.move(box["x"] + 80, box["y"] + 160, steps=8)
        page.mouse.up()
        text = wait_file(model_path, lambda t: '"diagram"' in t)
        project_id = [e for e in __import__("json").loads(text)["entities"] if e["name"] == "Project"][0]["id"]
        assert f'"{project_id}": {{ "x": ' in text
        assert text.startswith(before.rstrip()[:-1].rstrip())  # only appended before the final brace
        assert analyze(model_path, text).ok
        wait_shown(page, text)
        page.wait_for_timeout(200)

        # Drag from Todo's source handle onto Project: a new oneToMany Todo → Project.
        source = todo.locator(".react-flow__handle-right")
        target = project.locator(".react-flow__handle-left")
        s, t = source.bounding_box(), target.bounding_box()
        page.mouse.move(s["x"] + s["width"] / 2, s["y"] + s["height"] / 2)
        page.mouse.down()
        page.mouse.move(t["x"] + t["width"] / 2, t["y"] + t["height"] / 2, steps=10)
        page.mouse.up()
        text = wait_file(model_path, lambda t: '"from": "Todo"' in t)
        assert analyze(model_path, text).ok, [str(d) for d in analyze(model_path, text).diagnostics]
        page.screenshot(path=str(SHOTS / "diagram-linked.png"))
        assert errors == [], errors
    finally:
        ctx.close()


def test_sample_data_grid_edits_cells_and_rows(browser, studio):
    watch, model_path = studio
    errors: list[str] = []
    ctx, page = open_studio(browser, watch, errors)
    try:
        page.get_by_text("Sample data", exact=True).click()
        page.get_by_label("sample data entity").select_option("Project")
        before = read(model_path)
        commit(page.get_by_label("Project row 2 name"), "Office")
        after = wait_file(model_path, lambda t: '"name": "Office"' in t)
        changed = [l for l in difflib.ndiff(before.splitlines(), after.splitlines()) if l[:2] in ("- ", "+ ")]
        assert len(changed) == 2 and '"name": "Work"' in changed[0] and '"name": "Office"' in changed[1]
        wait_shown(page, after)
        page.get_by_role("button", name="Add row").click()
        commit(page.get_by_label("Project row 3 name"), "Garden")
        text = wait_file(model_path, lambda t: '"name": "Garden"' in t)
        assert analyze(model_path, text).ok
        page.screenshot(path=str(SHOTS / "sample-data.png"))
        assert errors == [], errors
    finally:
        ctx.close()


def test_roles_grid_then_undo_back_to_the_exact_bytes(browser, studio):
    watch, model_path = studio
    errors: list[str] = []
    ctx, page = open_studio(browser, watch, errors)
    try:
        page.get_by_role("button", name="Hide preview").click()  # the app asks for a token once it has auth
        before = read(model_path)
        page.get_by_text("Roles", exact=True).click()
        page.get_by_role("button", name="Add authentication (admin role)").click()
        wait_file(model_path, lambda t: '"auth"' in t)
        page.get_by_role("button", name="Add role").click()
        page.get_by_label("role Todo read").wait_for()
        page.get_by_label("role Todo read").click()
        text = wait_file(model_path, lambda t: '"Todo": ["read"]' in t)
        page.get_by_label("role Todo update").click()
        text = wait_file(model_path, lambda t: '"Todo": ["read", "update"]' in t)
        assert analyze(model_path, text).ok, [str(d) for d in analyze(model_path, text).diagnostics]
        wait_shown(page, text)
        page.screenshot(path=str(SHOTS / "roles-grid.png"))
        undo(page, model_path, 4)
        wait_file(model_path, lambda t: t == before)
        assert errors == [], errors
    finally:
        ctx.close()
