"""The source map's targeted lookups (what the language server uses for one
request) agree with its full scan (what diagnostics use), place by place."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from torquec.load.source import SourceFile
from torquec.load.sourcemap import SourceMap, locate, span_in, spans_in

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from synthetic_model import make_model  # noqa: E402

TEXTS = {
    "sample": (ROOT / "sample" / "customer-order.json").read_text(encoding="utf-8"),
    "synthetic-compact": json.dumps(make_model(entities=6, fields=5, flows=2, layouts=2)),
    "escapes": '\ufeff {"a": {"a~/b": 1, "e": {}, "z": "x\\"y", "d": [2]},\n "x": [1, [2, []], {"q\\"": "\\\\"}], "t": true}',
}


def _innermost(sm: SourceMap, text: str, offset: int):
    def inside(s, e):
        return s < offset < e if text[s] in '"{[' else s <= offset <= e

    cands = [(s, e, p, False) for p, (s, e) in sm.values.items() if inside(s, e)]
    cands += [(s, e, p, True) for p, (s, e) in sm.keys.items() if inside(s, e)]
    if not cands:
        return None
    s, e, p, k = max(cands, key=lambda c: (c[0], -c[1]))
    return p, k, s, e


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_locate_finds_the_innermost_place_at_every_offset(name):
    text = TEXTS[name]
    sm = SourceMap(SourceFile("m.json", text))
    step = max(1, len(text) // 1000)
    for offset in range(0, len(text) + 1, step):
        assert locate(text, offset) == _innermost(sm, text, offset), offset


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_span_lookups_agree_with_the_full_scan(name):
    text = TEXTS[name]
    sm = SourceMap(SourceFile("m.json", text))
    pointers = list(sm.values)
    many = spans_in(text, pointers)
    for p in pointers:
        assert span_in(text, p) == sm.values[p], p
        assert span_in(text, p, key=True) == sm.keys.get(p), p
        assert many[p] == (sm.values[p], sm.keys.get(p)), p
    assert span_in(text, "/nope") is None and "/nope" not in spans_in(text, ["/nope"])
