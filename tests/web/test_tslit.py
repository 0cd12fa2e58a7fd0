"""tslit.literal: the linear layout writes exactly what the straightforward
(quadratic) one did, on random JSON-like data at every indentation."""

from __future__ import annotations

import json
import random

import pytest

from torquec.backends.web import tslit
from torquec.backends.web.tslit import Raw, Spread

pytestmark = pytest.mark.nobrowser


def _reference(value, indent: int = 0, step: int = 2) -> str:
    """The original definition: one line if it fits in 100 columns, else one entry per line."""

    def inline(v) -> str:
        if isinstance(v, Raw):
            return str(v)
        if v is None:
            return "null"
        if v is True:
            return "true"
        if v is False:
            return "false"
        if isinstance(v, (int, float)):
            return json.dumps(v)
        if isinstance(v, str):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, dict):
            if not v:
                return "{}"
            return "{ " + ", ".join(entry(k, x, inline) for k, x in v.items()) + " }"
        return "[" + ", ".join(inline(x) for x in v) + "]"

    def entry(k, v, render) -> str:
        return f"...{k}" if isinstance(k, Spread) else f"{tslit.key(str(k))}: {render(v)}"

    one = inline(value)
    if len(one) + indent <= 100 or not isinstance(value, (dict, list, tuple)):
        return one
    pad, end = " " * (indent + step), " " * indent
    if isinstance(value, dict):
        items = [f"{pad}{entry(k, v, lambda x: _reference(x, indent + step, step))}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{end}}}"
    return "[\n" + "\n".join(f"{pad}{_reference(v, indent + step, step)}," for v in value) + f"\n{end}]"


def _random_value(r: random.Random, depth: int = 0):
    roll = r.random()
    if depth > 4 or roll < 0.35:
        return r.choice([None, True, False, 0, 1, -0.0, 2.5, 10**12, "x", "a b", 'ünï"\'\u2028', "y" * r.randint(0, 70), Raw("M.FooMeta")])
    if roll < 0.7:
        d: dict = {}
        for i in range(r.randint(0, 6)):
            k = r.choice(["k", "a-b", "ok", "x" * r.randint(1, 30), "1st"]) + str(i)
            d[Spread(f"spread{i}") if r.random() < 0.1 else k] = _random_value(r, depth + 1)
        return d
    items = [_random_value(r, depth + 1) for _ in range(r.randint(0, 6))]
    return items if r.random() < 0.5 else tuple(items)


def test_literal_matches_reference():
    r = random.Random(20261126)
    for _ in range(800):
        value = _random_value(r)
        for indent in (0, 2, 7, 40, 99):
            assert tslit.literal(value, indent) == _reference(value, indent)
        assert tslit.literal(value, 0, 4) == _reference(value, 0, 4)


def test_literal_is_linear():
    """A deep, wide structure: each one-line form is rendered once (the old
    layout re-rendered every subtree at every level above it)."""
    calls = 0
    real = tslit._inline_parts

    def counting(value, parts):
        nonlocal calls
        calls += 1
        return real(value, parts)

    value: object = {"leaf": "x" * 120}
    for i in range(30):
        value = {"name": f"level{i}", "child": value, "items": [{"a": i, "b": "y" * 50}]}
    tslit._inline_parts = counting
    try:
        text = tslit.literal(value)
    finally:
        tslit._inline_parts = real
    assert text == _reference(value)
    assert calls == 1 + 30 * 3  # every container once
