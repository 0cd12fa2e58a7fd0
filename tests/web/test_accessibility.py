"""axe-core on every page, form modal and the sign-in screen of both samples
(issue 16, item 4): no serious or critical violation."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .axe_check import axe_source, serious_violations
from .test_customer_order import LAYOUTS, dialog, wait_grid


@pytest.fixture(scope="module")
def axe() -> str:
    return axe_source()


def settle(page: Page) -> None:
    page.wait_for_selector('[data-grid][data-loading="false"], [data-page]')
    page.wait_for_timeout(300)  # transitions end (axe reads computed colours)


@pytest.mark.parametrize("route", [lay["route"] for lay in LAYOUTS])
def test_customer_order_pages(co_page: Page, axe, route):
    co_page.goto(route)
    settle(co_page)
    v = serious_violations(co_page, axe)
    assert not v, "\n".join(v)


@pytest.mark.parametrize(("route", "button", "title"), [("/customers", "New customer", "New customer"), ("/orders", "New order", "New order")])
def test_customer_order_forms(co_page: Page, axe, route, button, title):
    co_page.goto(route)
    settle(co_page)
    co_page.get_by_role("button", name=button).click()
    d = dialog(co_page, title)
    expect(d.locator("form")).to_be_visible()
    co_page.wait_for_timeout(300)
    v = serious_violations(co_page, axe)
    assert not v, "\n".join(v)


def test_customer_order_edit_and_delete_dialogs(co_page: Page, axe):
    co_page.goto("/customers")
    wait_grid(co_page, "customerGrid")
    co_page.get_by_role("button", name="Edit Alice Johnson").click()
    d = dialog(co_page, "Edit customer")
    expect(d.get_by_label("Name")).to_have_value("Alice Johnson")
    co_page.wait_for_timeout(300)
    v = serious_violations(co_page, axe)
    assert not v, "\n".join(v)
    co_page.keyboard.press("Escape")
    co_page.get_by_role("button", name="Delete Alice Johnson").click()
    dialog(co_page, "Delete customer?")
    co_page.wait_for_timeout(300)
    v = serious_violations(co_page, axe)
    assert not v, "\n".join(v)


def test_sign_in_screen(browser, co_server, axe):
    ctx = browser.new_context(viewport={"width": 1366, "height": 860}, base_url=co_server.base)
    try:
        page = ctx.new_page()
        page.goto("/customers")
        dialog(page, "Sign in to Customer & Order Management")
        page.wait_for_timeout(300)
        v = serious_violations(page, axe)
        assert not v, "\n".join(v)
    finally:
        ctx.close()


def test_todo_pages_and_form(todo_page: Page, axe):
    page = todo_page
    page.goto("/")
    settle(page)
    v = serious_violations(page, axe)
    assert not v, "\n".join(v)
    # the create form (radio group, date, reference select, textarea) and the edit form
    page.get_by_role("button", name="New todo").click()
    d = dialog(page, "New todo")
    expect(d.locator("form")).to_be_visible()
    d.get_by_role("combobox", name="Project").click()  # the reference select's open listbox too
    page.wait_for_timeout(400)
    v = serious_violations(page, axe)
    assert not v, "\n".join(v)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    expect(d).to_have_count(0)
    page.locator('[data-grid="todoGrid"] [data-action="edit"]').first.click()
    d = dialog(page, "Edit todo")
    expect(d.locator("form")).to_be_visible()
    page.wait_for_timeout(300)
    v = serious_violations(page, axe)
    assert not v, "\n".join(v)
    page.keyboard.press("Escape")
    page.locator('[data-grid="todoGrid"] [data-action="delete"]').first.click()
    dialog(page, re.compile("^Delete todo"))
    page.wait_for_timeout(300)
    v = serious_violations(page, axe)
    assert not v, "\n".join(v)


# --------------------------------------------------------------------------- phone (390 × 844)


PHONE = (390, 844)


@pytest.mark.parametrize("route", [lay["route"] for lay in LAYOUTS])
def test_customer_order_pages_on_a_phone(browser, co_server, axe, artifacts, route):
    """Every page at 390 × 844: nothing wider than the screen but the grids' own scroll
    areas, the navigation behind the burger, no serious axe violation; screenshots."""
    from .conftest import open_page

    ctx, page = open_page(browser, co_server, viewport=PHONE)
    try:
        page.goto(route)
        settle(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
        expect(page.get_by_role("button", name="Toggle navigation")).to_be_visible()
        name = route.strip("/") or "dashboard"
        page.screenshot(path=str(artifacts / f"phone-customer-order-{name}.png"), full_page=True)
        v = serious_violations(page, axe)
        assert not v, "\n".join(v)
        add = page.get_by_role("button", name=re.compile(r"^New "))
        if add.count():
            add.first.click()
            d = page.get_by_role("dialog")
            expect(d.locator("form")).to_be_visible()
            page.wait_for_timeout(300)
            box = d.locator("form").bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE[0], box  # the form fits
            page.screenshot(path=str(artifacts / f"phone-customer-order-{name}-form.png"))
            v = serious_violations(page, axe)
            assert not v, "\n".join(v)
        assert not page.torque_errors, page.torque_errors
    finally:
        ctx.close()


@pytest.mark.parametrize("route", [lay["route"] for lay in LAYOUTS])
def test_customer_order_pages_in_dark_mode(browser, co_server, axe, artifacts, route):
    from .conftest import open_page

    ctx, page = open_page(browser, co_server)
    ctx.add_init_script("window.localStorage.setItem('mantine-color-scheme-value', 'dark')")
    try:
        page.goto(route)
        settle(page)
        assert page.evaluate("document.documentElement.dataset.mantineColorScheme") == "dark"
        page.screenshot(path=str(artifacts / f"dark-customer-order-{route.strip('/') or 'dashboard'}.png"))
        v = serious_violations(page, axe)
        assert not v, "\n".join(v)
    finally:
        ctx.close()


# --------------------------------------------------------------------------- keyboard


def test_keyboard_opens_a_form_focus_stays_inside_and_returns(co_page: Page):
    page = co_page
    page.goto("/customers")
    wait_grid(page, "customerGrid")
    opener = page.get_by_role("button", name="New customer")
    opener.focus()
    # focus is visible: the focused button draws an outline
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    d = dialog(page, "New customer")
    expect(d.locator("form")).to_be_visible()
    for _ in range(25):
        page.keyboard.press("Tab")
        assert d.evaluate("(root) => root.contains(document.activeElement)")
    page.keyboard.press("Escape")
    expect(d).to_be_hidden()
    expect(opener).to_be_focused()
    # row actions are reachable by keyboard too
    edit = page.get_by_role("button", name="Edit Alice Johnson")
    edit.focus()
    page.keyboard.press("Enter")
    d = dialog(page, "Edit customer")
    page.keyboard.press("Escape")
    expect(d).to_be_hidden()
    expect(edit).to_be_focused()
