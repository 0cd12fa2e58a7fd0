"""Messages for the people using the app (issue 16, item 2), in Chromium."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .test_customer_order import dialog, wait_grid


def test_restricted_delete_is_said_in_the_models_words(co_page: Page, co_server):
    before = co_server.total("Customer")
    co_page.goto("/customers")
    wait_grid(co_page, "customerGrid")
    co_page.get_by_role("button", name="Delete Alice Johnson").click()
    dialog(co_page, "Delete customer?").get_by_role("button", name="Delete").click()
    expect(co_page.get_by_text(re.compile(r"^Alice Johnson has \d+ orders; delete or reassign them first\.$"))).to_be_visible()
    assert co_server.total("Customer") == before
