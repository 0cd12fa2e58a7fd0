"""The customer-order app follows the signed-in role (issue 16, item 1): a
viewer never sees a write control, the sales role (no delete) sees edit but
not delete; the server stays the authority (its refusals are tested in
tests/server)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import open_page
from .test_customer_order import wait_grid

WRITE_BUTTONS = ("New customer", "New order")


def signed_in(browser, server, token: str):
    ctx, page = open_page(browser, server)
    ctx.add_init_script(f"window.localStorage.setItem('torque.token', {token!r})")
    return ctx, page


def nav_entries(page) -> list[str]:
    nav = page.get_by_role("navigation", name="Pages")
    expect(nav.get_by_role("link").first).to_be_visible()
    return [t.strip() for t in nav.get_by_role("link").all_inner_texts()]


def test_viewer_never_sees_a_write_control(browser, co_server, artifacts):
    ctx, page = signed_in(browser, co_server, "web-viewer-token")
    try:
        for route, grid in (("/customers", "customerGrid"), ("/orders", "orderGrid")):
            page.goto(route)
            wait_grid(page, grid)
            # the role's permissions have arrived: the navigation is filled from them
            assert nav_entries(page) == ["Dashboard", "Customers", "Orders"]
            rows = page.locator(f'[data-grid="{grid}"] tbody tr')
            expect(rows.first).to_be_visible()
            for name in WRITE_BUTTONS:
                expect(page.get_by_role("button", name=name)).to_have_count(0)
            expect(page.locator(f'[data-grid="{grid}"] [data-action]')).to_have_count(0)
            expect(page.get_by_role("button", name=re.compile(r"^(Delete|Edit) "))).to_have_count(0)
            # CSV: export needs read, import needs create
            expect(page.locator(f'[data-grid="{grid}"]').get_by_role("button", name="Export CSV")).to_be_visible()
            expect(page.get_by_role("button", name="Import CSV")).to_have_count(0)
            page.screenshot(path=str(artifacts / f"roles-viewer{route.replace('/', '-')}.png"), full_page=True)
        # buttons that only navigate or refresh stay
        page.goto("/")
        expect(page.get_by_role("button", name="Customers")).to_be_visible()
    finally:
        ctx.close()
    assert not page.torque_errors, page.torque_errors


def test_sales_edits_but_does_not_delete(browser, co_server):
    ctx, page = signed_in(browser, co_server, "web-sales-token")
    try:
        page.goto("/customers")
        wait_grid(page, "customerGrid")
        expect(page.get_by_role("button", name="New customer")).to_be_visible()
        grid = page.locator('[data-grid="customerGrid"]')
        expect(grid.locator('[data-action="edit"]').first).to_be_visible()
        expect(grid.locator('[data-action="delete"]')).to_have_count(0)
    finally:
        ctx.close()
    assert not page.torque_errors, page.torque_errors


def test_admin_sees_every_control(browser, co_server):
    ctx, page = open_page(browser, co_server)
    try:
        page.goto("/customers")
        wait_grid(page, "customerGrid")
        expect(page.get_by_role("button", name="New customer")).to_be_visible()
        grid = page.locator('[data-grid="customerGrid"]')
        expect(grid.locator('[data-action="delete"]').first).to_be_visible()
    finally:
        ctx.close()


def test_a_read_only_field_is_left_out_of_create_and_locked_in_edit(browser, co_server):
    """`sales` may not set a customer's credit limit (readOnlyFields): no input in the create
    form (the default applies), a read-only one in the edit form; the admin edits it."""
    from .test_customer_order import dialog

    ctx, page = signed_in(browser, co_server, "web-sales-token")
    try:
        page.goto("/customers")
        wait_grid(page, "customerGrid")
        page.get_by_role("button", name="New customer").click()
        d = dialog(page, "New customer")
        expect(d.get_by_label("Name")).to_be_visible()
        expect(d.get_by_label("Credit limit")).to_have_count(0)
        page.keyboard.press("Escape")
        page.get_by_role("button", name="Edit Alice Johnson").click()
        d = dialog(page, "Edit customer")
        expect(d.get_by_label("Credit limit")).to_have_attribute("readonly", "")
        expect(d.get_by_label("Name")).not_to_have_attribute("readonly", "")
    finally:
        ctx.close()
    ctx, page = signed_in(browser, co_server, "web-admin-token")
    try:
        page.goto("/customers")
        wait_grid(page, "customerGrid")
        page.get_by_role("button", name="Edit Alice Johnson").click()
        d = dialog(page, "Edit customer")
        expect(d.get_by_label("Credit limit")).not_to_have_attribute("readonly", "")
    finally:
        ctx.close()
