"""Fields a before-flow works out are marked in the form, and the value the
server stored is shown after saving (issue 16, item 3: the order total)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .test_customer_order import new_order, open_new_order


def test_order_total_is_marked_and_the_computed_value_shown(co_page: Page, co_server):
    page = co_page
    d = open_new_order(page)
    total = d.get_by_role("textbox", name="Total")
    expect(total).to_have_attribute("data-computed", "true")
    expect(d.get_by_text("Worked out when saved (Validate order); what you enter may be replaced.")).to_be_visible()
    expect(d.locator("[data-computed]")).to_have_count(1)  # only the total
    page.keyboard.press("Escape")
    d = new_order(page, "ORD-7321", "alice", "Alice Johnson")
    total = d.get_by_role("textbox", name="Total")
    total.fill("1")
    d.get_by_label("Items").fill('[{"sku": "nb-a5", "quantity": 2, "unitPrice": 4.5}]')
    d.get_by_role("button", name="Create order").click()
    toast = page.locator(".mantine-Notification-root", has_text="Order created")
    expect(toast).to_contain_text(re.compile(r"ORD-7321 · Total worked out as 9(\.00)?$"))
    stored = co_server.rpc("loadEntityData", {"entity": "Order", "filters": [{"field": "orderNumber", "op": "eq", "value": "ORD-7321"}]})
    assert float(stored["items"][0]["totalAmount"]) == 9  # a decimal string or number, depending on the wire format


def test_the_total_is_worked_out_while_typing_before_save(co_page: Page, co_server, artifacts):
    """previewEntity: the flow's total appears in the form as the lines are typed, before Save, and
    nothing is saved by it."""
    page = co_page
    before = co_server.rpc("loadEntityData", {"entity": "Order", "pageSize": 1})["total"]
    d = new_order(page, "ORD-7322", "alice", "Alice Johnson")
    total = d.get_by_role("textbox", name="Total")
    expect(total).to_have_value("")
    d.get_by_label("Items").fill('[{"sku": "nb-a5", "quantity": 2, "unitPrice": 4.5}]')
    expect(total).to_have_value("9.00")
    expect(total).to_have_attribute("data-previewed", "true")
    expect(d.get_by_text("Worked out from what you entered (Validate order); saved as shown.")).to_be_visible()
    d.get_by_label("Items").fill('[{"sku": "nb-a5", "quantity": 3, "unitPrice": 4.5}]')
    expect(total).to_have_value("13.50")
    (artifacts / "issue16").mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "issue16" / "after-computed-total-preview.png"))
    assert co_server.rpc("loadEntityData", {"entity": "Order", "pageSize": 1})["total"] == before  # a preview saves nothing
    d.get_by_label("Items").fill('[{"sku": "nb-a5"}]')  # no quantities: the flow works out no total
    expect(total).to_have_value("")
    expect(total).not_to_have_attribute("data-previewed", "true")
    d.get_by_label("Items").fill('[{"sku": "nb-a5", "quantity": 1, "unitPrice": 4.5}]')
    expect(total).to_have_value("4.50")
    d.get_by_role("button", name="Create order").click()  # the total needs no typing: the preview filled it
    expect(page.locator(".mantine-Notification-root", has_text="Order created")).to_contain_text("ORD-7322")
    stored = co_server.rpc("loadEntityData", {"entity": "Order", "filters": [{"field": "orderNumber", "op": "eq", "value": "ORD-7322"}]})
    assert float(stored["items"][0]["totalAmount"]) == 4.5
