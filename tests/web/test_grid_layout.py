"""Grids of wide tables (issue 16, item 3): the row actions are pinned to the
right edge, the header sticks, long values are cut with an ellipsis (whole in
the tooltip) and e-mail addresses never break; on a phone the first column is
pinned while the rest scrolls sideways. Screenshots: test-artifacts/web/grid-*.png."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import _finish, open_page
from .test_customer_order import wait_grid

BOX = '[data-grid="customerGrid"] .torque-table-scroll'


def box_of(page: Page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


def test_row_actions_stay_in_view_on_a_wide_table(browser, co_server, artifacts):
    ctx, page = open_page(browser, co_server, viewport=(1000, 700))
    try:
        page.goto("/customers")
        wait_grid(page, "customerGrid")
        scroll = page.locator(BOX)
        assert scroll.evaluate("e => e.scrollWidth > e.clientWidth"), "the table should be wider than its box at 1000 px"
        frame = scroll.bounding_box()
        delete = page.get_by_role("button", name="Delete Alice Johnson")
        b = delete.bounding_box()
        assert b["x"] + b["width"] <= frame["x"] + frame["width"] + 1, (b, frame)
        delete.click()  # reachable without scrolling
        expect(page.get_by_role("dialog", name="Delete customer?")).to_be_visible()
        page.keyboard.press("Escape")
        # scrolled to the far right and back, the actions column does not move
        scroll.evaluate("e => { e.scrollLeft = e.scrollWidth }")
        assert abs(delete.bounding_box()["x"] - b["x"]) < 1
        page.screenshot(path=str(artifacts / "grid-pinned-actions-1000.png"))
    finally:
        ctx.close()


def test_header_sticks_while_rows_scroll(browser, co_server, artifacts):
    for i in range(12):
        co_server.rpc("createEntity", {"entity": "Customer", "data": {"name": f"Zed Sticky {i:02}", "email": f"zed{i}@example.com"}})
    ctx, page = open_page(browser, co_server, viewport=(1366, 560))
    try:
        page.goto("/customers")
        wait_grid(page, "customerGrid")
        scroll = page.locator(BOX)
        assert scroll.evaluate("e => e.scrollHeight > e.clientHeight")
        top = scroll.bounding_box()["y"]
        scroll.evaluate("e => { e.scrollTop = 300 }")
        page.wait_for_timeout(100)
        header = page.locator('[data-grid="customerGrid"] thead th').first.bounding_box()
        assert abs(header["y"] - top) < 2, (header, top)
        page.screenshot(path=str(artifacts / "grid-sticky-header.png"))
    finally:
        ctx.close()


def test_long_values_are_cut_and_addresses_never_break(co_page: Page, co_server):
    long_mail = "marie-antoinette.de-la-tour-dauvergne@a-very-long-subdomain.example.org"
    co_server.rpc("createEntity", {"entity": "Customer", "data": {"name": "Aaron Longmail", "email": long_mail}})
    page = co_page
    page.goto("/customers")
    wait_grid(page, "customerGrid")
    cell = page.locator('[data-grid="customerGrid"] tbody tr', has_text="Aaron Longmail").locator('td[data-field="email"] a')
    expect(cell).to_have_attribute("title", long_mail)
    assert cell.inner_text() == long_mail  # no inserted breaks
    style = cell.evaluate("e => { const s = getComputedStyle(e); return [s.whiteSpace, s.textOverflow, e.scrollWidth > e.clientWidth] }")
    assert style == ["nowrap", "ellipsis", True], style
    # every e-mail cell is one line high
    heights = page.locator('[data-grid="customerGrid"] tbody td[data-field="email"] a').evaluate_all("es => es.map(e => e.getClientRects().length)")
    assert set(heights) == {1}, heights


def test_phone_pins_the_first_column(browser, co_server, artifacts):
    ctx, page = open_page(browser, co_server, viewport=(390, 844))
    try:
        page.goto("/customers")
        wait_grid(page, "customerGrid")
        scroll = page.locator(BOX)
        name = page.locator('[data-grid="customerGrid"] tbody td[data-field="name"]').first
        before = name.bounding_box()["x"]
        email = page.locator('[data-grid="customerGrid"] tbody td[data-field="email"]').first
        email_before = email.bounding_box()["x"]
        scroll.evaluate("e => { e.scrollLeft = 150 }")
        page.wait_for_timeout(100)
        assert abs(name.bounding_box()["x"] - before) < 1
        assert email.bounding_box()["x"] < email_before - 100
        page.screenshot(path=str(artifacts / "grid-phone-pinned-first-column.png"))
    finally:
        ctx.close()
    # on a wide screen the first column scrolls with the others
    ctx, page = open_page(browser, co_server, viewport=(1000, 700))
    try:
        page.goto("/customers")
        wait_grid(page, "customerGrid")
        assert page.locator('[data-grid="customerGrid"] tbody td[data-field="name"]').first.evaluate("e => getComputedStyle(e).position") == "static"
    finally:
        ctx.close()


def test_empty_grid_says_it_once_and_keeps_its_columns(co_page: Page):
    page = co_page
    page.goto("/customers")
    wait_grid(page, "customerGrid")
    page.get_by_placeholder("Search customers…").fill("zzzz-nobody")
    page.wait_for_selector('[data-grid="customerGrid"][data-total="0"]')
    expect(page.get_by_text("No customers match.")).to_have_count(1)
    expect(page.get_by_text("0 customers")).to_have_count(0)
    expect(page.locator('[data-grid="customerGrid"] thead th')).to_have_count(8)  # 7 columns and the actions


# Every label of a layout button, whole: its text fits its label box and lies inside the button.
LABELS_CUT = """() => [...document.querySelectorAll('.torque-cell-TorqueButton .mantine-Button-label')].flatMap((label) => {
  const button = label.closest('button').getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(label);
  const text = [...range.getClientRects()];
  const inside = text.every((r) => r.left >= button.left - 0.5 && r.right <= button.right + 0.5);
  return label.scrollWidth <= label.clientWidth && inside ? [] : [label.textContent];
})"""


def test_button_labels_are_never_cut_in_narrow_columns(browser, co_server, artifacts):
    """Issue 16: at 1000 px the customers page's "New customer" (a 3-column cell) was cut; narrower
    cells shrink the padding, drop the icon, then wrap the label (the dashboard's 2-column buttons too)."""
    (artifacts / "issue16").mkdir(exist_ok=True)
    for width in (780, 900, 1000, 1366):
        ctx, page = open_page(browser, co_server, viewport=(width, 700))
        try:
            for path in ("/customers", "/"):
                page.goto(path)
                page.wait_for_selector(".torque-cell-TorqueButton .mantine-Button-label")
                assert page.evaluate(LABELS_CUT) == [], (path, width)
            page.goto("/customers")
            expect(page.get_by_role("button", name="New customer")).to_be_visible()
            if width == 1000:
                page.screenshot(path=str(artifacts / "issue16" / "after-new-customer-button-1000.png"))
        finally:
            ctx.close()
