"""Fixtures of the web tests (marker ``browser``).

* ``built_apps`` — both samples compiled once per session into a temp dir and
  their web bundles built (``build_web``: shared node_modules cache, so only the
  first run on a machine pays for ``npm ci``).
* ``co_server`` / ``todo_server`` — the generated server of each sample on
  SQLite with its sample data, one per test module.
* ``browser`` — Debian's Chromium driven by Playwright; ``page`` — a fresh
  context per test (with the admin token where the model has roles) that
  fails the test on uncaught page errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .harness import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, AppServer

SAMPLES = {"customer-order": ROOT / "sample" / "customer-order.json", "todo": ROOT / "sample" / "todo.json"}
CO_TOKENS = "web-admin-token:admin,web-viewer-token:viewer,web-sales-token:sales"
CO_ADMIN = "web-admin-token"


def pytest_collection_modifyitems(config, items):
    here = str(Path(__file__).parent)
    for item in items:
        if str(item.fspath).startswith(here) and item.get_closest_marker("nobrowser") is None:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    rep = yield
    if rep.when == "call":
        item.torque_failed = rep.failed  # type: ignore[attr-defined]
    return rep


def _finish(request, ctx, page) -> None:
    """Close the context; on failure keep a screenshot; fail on browser-side errors."""
    errors = page.torque_errors
    if getattr(request.node, "torque_failed", False):
        (ARTIFACTS / "failures").mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(ARTIFACTS / "failures" / f"{request.node.name}.png"), full_page=True)
        except Exception:  # noqa: BLE001 - best effort
            pass
    ctx.close()
    assert not errors, f"errors in the browser console: {errors}"


def pytest_configure(config):
    config.addinivalue_line("markers", "nobrowser: a web test that needs neither Node.js nor Chromium")


@pytest.fixture(scope="session")
def built_apps(tmp_path_factory) -> dict[str, Path]:
    from torquec.backends.web.build import build_web
    from torquec.driver import build

    base = tmp_path_factory.mktemp("web-apps")
    out = {}
    for name, model in SAMPLES.items():
        result = build(str(model), str(base / name))
        assert result.ok, [str(d) for d in result.diagnostics]
        build_web(str(base / name))
        out[name] = base / name
    return out


@pytest.fixture(scope="module")
def co_server(built_apps, tmp_path_factory):
    srv = AppServer(built_apps["customer-order"], tmp_path_factory.mktemp("co-data"), tokens=CO_TOKENS, token=CO_ADMIN)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def todo_server(built_apps, tmp_path_factory):
    srv = AppServer(built_apps["todo"], tmp_path_factory.mktemp("todo-data"))
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing (Debian package `chromium`)", pytrace=False)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def serve_model(tmp_path_factory, model: Path, name: str) -> AppServer:
    """``model`` compiled, its web bundle built and its server started on SQLite (stop it when done)."""
    from torquec.backends.web.build import build_web
    from torquec.driver import build

    app = tmp_path_factory.mktemp(f"{name}-web") / name
    result = build(str(model), str(app))
    assert result.ok, [str(d) for d in result.diagnostics]
    build_web(str(app))
    return AppServer(app, tmp_path_factory.mktemp(f"{name}-data"))


def open_page(browser, server: AppServer, *, viewport=(1366, 860), **context_options):
    """A fresh context (``context_options``: Playwright's, e.g. ``timezone_id``) and page on ``server``."""
    ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, base_url=server.base, **context_options)
    if server.token:
        ctx.add_init_script(f"window.localStorage.setItem('torque.token', {server.token!r})")
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.torque_errors = errors  # type: ignore[attr-defined]
    return ctx, page


def page_on(server_fixture: str):
    """A page fixture on the server fixture named ``server_fixture``: a fresh context per test, closed (with
    its screenshot on failure and its console check) by ``_finish``."""

    @pytest.fixture
    def _page(browser, request):
        ctx, page = open_page(browser, request.getfixturevalue(server_fixture))
        yield page
        _finish(request, ctx, page)

    return _page


def wait_grid(page, grid: str) -> None:
    page.wait_for_selector(f'[data-grid="{grid}"][data-loading="false"]')


co_page = page_on("co_server")
todo_page = page_on("todo_server")
