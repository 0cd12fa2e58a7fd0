"""IR goldens: the pretty-printed IR after all passes (``UPDATE_GOLDENS=1`` rewrites them)."""

import os
from pathlib import Path

import pytest

from passes.modelkit import check
from torquec.driver import analyze
from torquec.ir.printer import format_model

GOLDENS = Path(__file__).parent / "goldens"


@pytest.mark.parametrize("name", ["small"])
def test_ir_golden(name):
    import json

    data = json.loads((GOLDENS / f"{name}.json").read_text())
    r = check(data)
    assert r.codes == [], r.text
    text = format_model(r.model)
    golden = GOLDENS / f"{name}.ir"
    if os.environ.get("UPDATE_GOLDENS"):
        golden.write_text(text)
    assert golden.exists(), f"missing golden {golden}; run with UPDATE_GOLDENS=1 and review it"
    assert text == golden.read_text()


def test_printer_is_deterministic_and_shows_resolution():
    path = str(GOLDENS / "small.json")
    a = format_model(analyze(path).model)
    b = format_model(analyze(path).model)
    assert a == b
    assert 'foreignKey="customerId" holder="Order"' in a
    assert 'joinTable="order_products"' in a


@pytest.mark.parametrize("sample", ["customer-order", "todo"])
def test_samples_print(sample):
    root = Path(__file__).resolve().parents[2] / "sample" / f"{sample}.json"
    r = analyze(str(root))
    assert r.model is not None
    text = format_model(r.model)
    assert text.startswith(f"model {sample}")
    assert all(line.strip() for line in text.splitlines())
