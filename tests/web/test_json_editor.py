"""JSON fields are edited in CodeMirror 6 (lazy chunk): labelled, highlighted,
syntax errors marked inline, and the form still refuses invalid JSON (issue 16, item 3)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .harness import ROOT
from .test_customer_order import dialog, new_order, wait_grid


def test_items_use_the_code_editor(co_page: Page, artifacts):
    page = co_page
    chunks: list[str] = []
    page.on("request", lambda r: chunks.append(r.url) if "jsonEditor" in r.url else None)
    page.goto("/orders")
    wait_grid(page, "orderGrid")
    assert not chunks, "the editor's chunk loads with the first json field, not with the page"
    page.get_by_role("button", name="New order").click()
    d = dialog(page, "New order")
    editor = d.get_by_role("textbox", name="Items")
    expect(editor).to_have_class(re.compile(r"\bcm-content\b"))
    assert chunks
    page.wait_for_timeout(600)  # the lint runs 300 ms after a change
    expect(d.locator(".cm-lint-marker-error")).to_have_count(0)  # empty is not an error
    editor.fill('[{"sku": "nb-a5", "quantity": 2,, }]')
    expect(d.locator(".cm-lint-marker-error").first).to_be_visible(timeout=5000)  # marked inline
    expect(d.locator(".cm-line .tok-string, .cm-line [class*='ͼ']").first).to_be_visible()  # highlighted
    page.screenshot(path=str(artifacts / "json-editor-error.png"))
    d.get_by_role("button", name="Create order").click()
    expect(d.get_by_text("Enter valid JSON")).to_be_visible()
    editor.fill('[{"sku": "nb-a5", "quantity": 2, "unitPrice": 4.5}]')
    expect(d.locator(".cm-lint-marker-error")).to_have_count(0, timeout=5000)


def test_items_are_checked_against_their_json_schema(co_page: Page, co_server, artifacts):
    """Order.items has a jsonSchema: a value that breaks it is marked inline (message and JSON
    Pointer), the form refuses it with the message under the field and sends nothing; a
    matching value saves."""
    page = co_page
    before = co_server.total("Order")
    d = new_order(page, "ORD-7601", "dana", "Dana Wu")
    d.get_by_label("Total").fill("9")
    editor = d.get_by_role("textbox", name="Items")
    editor.fill('[{"sku": "nb-a5", "quantity": 0, "unitPrice": 4.5}]')
    marker = d.locator(".cm-lint-marker-error")
    expect(marker.first).to_be_visible(timeout=5000)
    marker.first.hover()
    expect(page.locator(".cm-tooltip-lint")).to_contain_text("/0/quantity: must be at least 1")
    # the mark sits on the failing value, not on the whole document
    expect(d.locator(".cm-lintRange-error")).to_have_text("0")
    page.screenshot(path=str(artifacts / "json-editor-schema-error.png"))
    d.get_by_role("button", name="Create order").click()
    expect(d.get_by_text("At /0/quantity: must be at least 1")).to_be_visible()
    expect(editor).to_have_attribute("aria-invalid", "true")
    assert co_server.total("Order") == before
    editor.fill('[{"sku": "nb-a5", "quantity": 2}]')  # unitPrice is required
    expect(d.locator(".cm-lint-marker-error")).to_have_count(1, timeout=5000)
    d.get_by_role("button", name="Create order").click()
    expect(d.get_by_text('At /0: Instance does not have required property "unitPrice"')).to_be_visible()
    editor.fill('[{"sku": "nb-a5", "quantity": 2, "unitPrice": 4.5}]')
    expect(d.locator(".cm-lint-marker-error")).to_have_count(0, timeout=5000)
    d.get_by_role("button", name="Create order").click()
    expect(d).to_be_hidden()
    rec = co_server.rpc("loadEntityData", {"entity": "Order", "filters": [{"field": "orderNumber", "op": "eq", "value": "ORD-7601"}]})["items"][0]
    assert rec["items"] == [{"sku": "NB-A5", "quantity": 2, "unitPrice": 4.5}]  # (validateOrder upper-cases SKUs)


@pytest.mark.nobrowser
def test_the_record_type_follows_the_json_schema():
    """model.ts types Order.items by its jsonSchema (tsc then checks code that uses it);
    a json field without one stays T.JsonValue."""
    ts = (ROOT / "generated" / "customer-order" / "web" / "src" / "generated" / "model.ts").read_text()
    lines = "Array<{\n    sku: string;\n    description?: string;\n    quantity: number;\n    unitPrice: number;\n  }> | null;"
    assert f"readonly items: {lines}" in ts and f"items?: {lines}" in ts
    assert "T.JsonValue" not in ts.split("// ---- Order")[1].split("export const")[0]
