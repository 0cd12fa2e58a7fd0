"""Dark mode (issue 16): the page title reads clearly and the JSON editor uses dark colours
(CodeMirror's default token colours are for a light background). Screenshots:
test-artifacts/web/issue16/after-dark-*.png."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import _finish, open_page
from .test_customer_order import dialog, open_new_order

# The colour of an element's text and the first opaque background behind it, as [r, g, b] lists.
COLOURS = """(e) => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  let bg = e, back = null;
  while (bg && !back) {
    const c = rgb(getComputedStyle(bg).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] === 1)) back = c.slice(0, 3);
    bg = bg.parentElement;
  }
  return [rgb(getComputedStyle(e).color).slice(0, 3), back || [255, 255, 255]];
}"""


def contrast(fg: list[float], bg: list[float]) -> float:
    def luminance(c):
        lin = [(v / 255) / 12.92 if v / 255 <= 0.03928 else (((v / 255) + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def dark_page(browser, co_server, request):
    """A page of the sample in the dark scheme (as the theme switch leaves it in localStorage)."""
    ctx, page = open_page(browser, co_server)
    ctx.add_init_script("window.localStorage.setItem('mantine-color-scheme-value', 'dark')")
    yield page
    _finish(request, ctx, page)


def test_page_titles_read_clearly_in_dark_mode(dark_page: Page, artifacts):
    page = dark_page
    for route, title in (("/", "Customer & Order Management"), ("/customers", "Customers"), ("/orders", "Orders")):
        page.goto(route)
        heading = page.get_by_role("heading", name=title, exact=True).first
        expect(heading).to_be_visible()
        assert page.evaluate("document.documentElement.dataset.mantineColorScheme") == "dark"
        fg, bg = heading.evaluate(COLOURS)
        assert contrast(fg, bg) >= 7, (route, fg, bg)  # AAA for large text is 4.5; a title should stand out
    page.screenshot(path=str(artifacts / "issue16" / "after-dark-orders-title.png"))


def test_json_editor_is_dark_in_dark_mode_and_follows_the_switch(dark_page: Page, artifacts):
    page = dark_page
    d = open_new_order(page)
    editor = d.get_by_role("textbox", name="Items")
    expect(editor).to_have_class(re.compile(r"\bcm-content\b"))
    # valid for the field's jsonSchema: no lint marks re-wrap the tokens while they are measured
    editor.fill('[{"sku": "nb-a5", "quantity": 2, "unitPrice": 4.5}]')
    tokens = {"string": d.locator(".cm-line span", has_text='"nb-a5"').first,
              "number": d.locator(".cm-line span", has_text=re.compile(r"^4\.5$")).first}
    for kind, token in tokens.items():
        fg, bg = token.evaluate(COLOURS)
        assert contrast(fg, bg) >= 4.5, (kind, fg, bg)  # WCAG AA on the dark editor
    (artifacts / "issue16").mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "issue16" / "after-dark-json-editor.png"))
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Switch to light theme").click()
    page.get_by_role("button", name="New order").click()
    d = dialog(page, "New order")
    d.get_by_role("textbox", name="Items").fill('[{"sku": "x", "quantity": 1, "unitPrice": 1}]')
    fg, bg = d.locator(".cm-line span", has_text='"x"').first.evaluate(COLOURS)
    assert contrast(fg, bg) >= 4.5 and sum(bg) > 600 and sum(fg) < 300, (fg, bg)  # light again: dark text on white
