"""The flow editor's Run panel on a model with `auth`, in Chromium: the studio has no token,
so the panel offers the model's roles and the flow runs as the one chosen."""

from __future__ import annotations

import pytest

from watch.harness import WatchThread, todo_with_roles

from .test_studio import studio_page


@pytest.fixture(scope="module")
def auth_studio(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("studio-roles")
    model_path = todo_with_roles(tmp)
    watch = WatchThread(model_path, str(tmp / "app")).start(timeout=120)
    yield watch
    watch.stop()


def test_run_panel_runs_the_flow_as_the_chosen_role(browser, auth_studio):
    with studio_page(browser, auth_studio) as page:
        page.get_by_text("Flows", exact=True).click()
        role = page.get_by_label("run as role")
        assert role.evaluate("el => [...el.options].map(o => o.value)") == ["admin", "reader"]
        role.select_option("reader")
        page.get_by_role("button", name="Run countOpen").click()
        failed = page.locator('[aria-label="run failed"]')
        failed.wait_for()
        assert "role `reader` may not run flow countOpen" in failed.inner_text()
        role.select_option("admin")
        page.get_by_role("button", name="Run countOpen").click()
        out = page.locator('[aria-label="run output"]')
        out.wait_for()
        assert out.inner_text().startswith('output: {"open":')
        rows = page.locator('[aria-label="run trace"] tbody tr')
        assert rows.first.locator("td").first.inner_text() == "start"
