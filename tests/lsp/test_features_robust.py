"""Every request at every place of a model (valid, or cut off mid-typing)
answers without raising: an exception would reach the editor as an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lsprotocol import types as lsp

from torquec.lsp import completion, navigation
from torquec.lsp.document import ModelDocument
from torquec.lsp.server import to_lsp_diagnostic
from torquec.driver import analyze

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "diagnostics" / "cases"
SAMPLE = (ROOT / "sample" / "customer-order.json").read_text(encoding="utf-8")


def _every_request(doc: ModelDocument, offset: int) -> None:
    completion.complete(doc, offset)
    navigation.hover(doc, offset)
    navigation.definition(doc, offset)
    navigation.references(doc, offset)
    if navigation.prepare_rename(doc, offset) is not None:
        edit = navigation.rename(doc, offset, "renamed")
        assert edit.changes[doc.uri]


@pytest.mark.parametrize("name", ["sample", "todo"])
def test_every_offset_of_a_sample(name):
    text = (ROOT / "sample" / f"{'customer-order' if name == 'sample' else 'todo'}.json").read_text(encoding="utf-8")
    doc = ModelDocument("file:///m.json", text)
    doc.symbols.refs, doc.sourcemap  # the indexed path (as after the server's warm-up)
    for offset in range(0, len(text) + 1, 5):
        _every_request(doc, offset)


def test_cut_off_texts_complete_without_raising():
    step = max(1, len(SAMPLE) // 250)
    for cut in range(0, len(SAMPLE), step):
        text = SAMPLE[:cut]
        doc = ModelDocument("file:///m.json", text)
        completion.complete(doc, cut)
        navigation.hover(doc, cut)


@pytest.mark.parametrize("case", sorted(p.stem for p in CASES.glob("*.json")))
def test_golden_cases_convert_and_answer(case):
    raw = (CASES / f"{case}.json").read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8: an editor cannot open it as text either")
    doc = ModelDocument("file:///m.json", text)
    for d in analyze("m.json", text=text).diagnostics:
        out = to_lsp_diagnostic(d, doc)
        assert isinstance(out, lsp.Diagnostic) and out.code == d.code
    for offset in range(0, len(text) + 1, 23):
        _every_request(doc, offset)


def test_renamed_names_are_valid_json_strings():
    doc = ModelDocument("file:///m.json", SAMPLE)
    offset = SAMPLE.index('"name": "Customer"') + 9
    edit = navigation.rename(doc, offset, 'Odd"Name')
    assert all(e.new_text == json.dumps('Odd"Name') for e in edit.changes[doc.uri])


def test_a_released_document_is_freed_by_reference_counting():
    # The server keeps the cycle collector off its documents (latency), so a
    # superseded version must not be kept alive by a reference cycle.
    import gc
    import weakref

    doc = ModelDocument("file:///m.json", SAMPLE)
    doc.symbols.refs
    held = weakref.ref(doc.sourcemap)
    source = weakref.ref(doc.source)
    gc.disable()
    try:
        doc.release()
        del doc
        assert held() is None and source() is None
    finally:
        gc.enable()
