"""Messages for the people using the app (issue 16, item 2), in Chromium."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import _finish, open_page
from .test_customer_order import dialog, new_order, wait_grid


def test_restricted_delete_is_said_in_the_models_words(co_page: Page, co_server):
    before = co_server.total("Customer")
    co_page.goto("/customers")
    wait_grid(co_page, "customerGrid")
    co_page.get_by_role("button", name="Delete Alice Johnson").click()
    dialog(co_page, "Delete customer?").get_by_role("button", name="Delete").click()
    expect(co_page.get_by_text(re.compile(r"^Alice Johnson has \d+ orders; delete or reassign them first\.$"))).to_be_visible()
    assert co_server.total("Customer") == before


def test_a_failed_flow_shows_the_flows_own_message(co_page: Page, co_server):
    page = co_page
    before = co_server.total("Order")
    d = new_order(page, "ORD-7999", "alice", "Alice Johnson")
    d.get_by_label("Total").fill("3000")
    d.get_by_label("Items").fill('[{"sku": "big", "quantity": 1, "unitPrice": 3000}]')
    d.get_by_role("button", name="Create order").click()
    expect(d.get_by_text(re.compile(r"exceeds the credit limit .* of Alice Johnson\.$"))).to_be_visible()
    expect(d.get_by_text("validateOrder", exact=False)).to_have_count(0)
    expect(d.get_by_text("overCreditLimit", exact=False)).to_have_count(0)
    assert co_server.total("Order") == before


def test_enum_values_are_shown_in_words_or_with_the_models_label(co_page: Page):
    page = co_page
    page.goto("/orders")
    wait_grid(page, "orderGrid")
    shown = {t.strip() for t in page.locator('[data-grid="orderGrid"] tbody td[data-field="paymentMethod"]').all_inner_texts()}
    # BankTransfer/CreditCard/DebitCard in words; PayPal by its ui.valueLabels entry
    assert {"Bank transfer", "Credit card", "Debit card", "PayPal"} <= shown, shown
    page.get_by_role("button", name="New order").click()
    d = dialog(page, "New order")
    expect(d.get_by_role("combobox", name="Payment method")).to_have_attribute("placeholder", "Choose payment method")
    d.get_by_role("combobox", name="Payment method").click()
    options = [t.strip() for t in page.get_by_role("option").all_inner_texts()]
    assert options == ["Credit card", "Debit card", "PayPal", "Bank transfer", "Cash"], options


def test_toasts_stay_on_their_page_and_an_empty_grid_says_it_once(co_page: Page, co_server):
    page = co_page
    c = co_server.rpc("createEntity", {"entity": "Customer", "data": {"name": "Toast Tester", "email": "toast.tester@example.com"}})
    page.goto("/customers")
    wait_grid(page, "customerGrid")
    page.get_by_role("button", name="Delete Toast Tester").click()
    dialog(page, "Delete customer?").get_by_role("button", name="Delete").click()
    toast = page.get_by_text("Deleted customer “Toast Tester”.")
    expect(toast).to_be_visible()
    page.get_by_role("navigation", name="Pages").get_by_role("link", name="Orders").click()
    wait_grid(page, "orderGrid")
    expect(toast).to_have_count(0)
    assert co_server.total("Customer", search=c["name"]) == 0
    # nothing found: the empty state speaks, the pagination line does not add "0 records"
    page.goto("/customers")
    wait_grid(page, "customerGrid")
    page.get_by_placeholder("Search customers…").fill("zzzz-nobody")
    page.wait_for_selector('[data-grid="customerGrid"][data-total="0"]')
    expect(page.get_by_text("0 records")).to_have_count(0)


@pytest.fixture
def laptop_page(browser, co_server, request):
    ctx, page = open_page(browser, co_server, viewport=(1000, 640))
    yield page
    _finish(request, ctx, page)


def test_toasts_never_cover_the_modal_submit_button(laptop_page: Page, artifacts):
    """Issue 16: the toast of the last save sat over the next form's submit button (toasts are above
    the modal layer, bottom right). Opening a dialog dismisses them; at a laptop size, after two saves."""
    page = laptop_page
    page.goto("/customers")
    wait_grid(page, "customerGrid")
    for i in range(2):
        page.get_by_role("button", name="New customer").click()
        d = dialog(page, "New customer")
        d.get_by_label("Name").fill(f"Toast Overlap {i}")
        d.get_by_label("E-mail").fill(f"toast.overlap.{i}@example.com")
        d.get_by_role("button", name="Create customer").click()
        expect(d).to_be_hidden()
    page.get_by_role("button", name="New customer").click()
    d = dialog(page, "New customer")
    submit = d.get_by_role("button", name="Create customer")
    submit.scroll_into_view_if_needed()
    toasts = page.locator(".mantine-Notification-root")
    expect(toasts).to_have_count(0)  # the dialog takes over: the toasts of the saves before it go
    b = submit.bounding_box()  # and the button takes a click at its centre (before: a toast did)
    cx, cy = b["x"] + b["width"] / 2, b["y"] + b["height"] / 2
    assert submit.evaluate(f"(e) => e.contains(document.elementFromPoint({cx}, {cy}))")
    (artifacts / "issue16").mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "issue16" / "after-toasts-and-modal-1000.png"))
