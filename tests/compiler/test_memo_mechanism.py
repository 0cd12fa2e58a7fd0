"""The one memo mechanism (torquec.backends.base): exact keys and per-build units."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from torquec.backends.base import _UNITS, EmitContext, exact_key
from torquec.driver import analyze
from torquec.ir.nodes import FieldType

SAMPLE = Path(__file__).resolve().parents[2] / "sample" / "customer-order.json"


def test_exact_key_tells_apart_what_equality_does_not():
    pairs = [
        (0, 0.0), (0.0, -0.0), (0, False), (1, True), (1.0, True), (10**20, 1e20),
        ({"a": 1, "b": 2}, {"b": 2, "a": 1}),  # key order is how a JSON default is spelled
        ((1, 2), [1, 2]), ("string", FieldType.STRING), (None, ()), ("", b""),
    ]
    for a, b in pairs:
        assert exact_key(a) != exact_key(b), (a, b)
    assert exact_key({"a": [1, 2.5, None]}) == exact_key({"a": [1, 2.5, None]})


def test_exact_key_reads_every_attribute_of_a_node():
    model = analyze(str(SAMPLE)).model
    e = model.entities[0]
    f = e.fields[0]
    assert exact_key(e) == exact_key(dataclasses.replace(e))  # equal values, equal bytes
    for name in (x.name for x in dataclasses.fields(f)):
        value = getattr(f, name)
        other = {str: lambda v: v + "x", bool: lambda v: not v, int: lambda v: v + 1}.get(type(value))
        if other is None:
            continue
        edited = dataclasses.replace(e, fields=(dataclasses.replace(f, **{name: other(value)}), *e.fields[1:]))
        assert exact_key(edited) != exact_key(e), name  # no attribute list to forget one in
    # A node type added tomorrow is covered without touching the encoder.

    @dataclass(frozen=True)
    class Tomorrow:
        bound: float
        extra: dict

    assert exact_key(Tomorrow(0, {})) != exact_key(Tomorrow(0.0, {}))
    assert exact_key(Tomorrow(1, {"a": 1, "b": 2})) != exact_key(Tomorrow(1, {"b": 2, "a": 1}))


def test_node_encoding_is_the_documented_layout():
    """The per-class generated encoder writes (Ellipsis, class name, *attributes),
    nested nodes and enums tagged, for a class with no attribute too."""
    import marshal

    @dataclass(frozen=True, slots=True)
    class Empty:
        pass

    @dataclass(frozen=True, slots=True)
    class Outer:
        name: str
        inner: Empty
        kind: FieldType
        items: tuple
        _private: int = 0

    value = Outer("a", Empty(), FieldType.STRING, (Empty(), [1.0, {"k": None}]), 7)
    empty = (Ellipsis, Empty.__qualname__)
    spelled = (Ellipsis, Outer.__qualname__, "a", empty, (StopIteration, "FieldType", "string"),
               (empty, [1.0, {"k": None}]), 7)
    assert exact_key(value) == marshal.dumps((spelled,), 2)


def test_units_are_reused_exactly_and_only_from_the_last_build():
    model = analyze(str(SAMPLE)).model
    a, b = model.entities
    memo: dict = {}
    calls: list[str] = []

    def build(m, names=("A", "B")):
        ctx = EmitContext(model=m, memo=memo)
        for name, e in zip(names, m.entities):
            ctx.unit("test", (e, name), lambda name=name: calls.append(name) or name.lower())
            ctx.unit("test", (e, name), lambda: calls.append("twice"))  # same build: computed once
        return ctx

    first = build(model)
    assert (first.hits, first.misses, calls) == (0, 2, ["A", "B"])
    again = build(analyze(str(SAMPLE)).model)  # new IR objects, equal values
    assert (again.hits, again.misses) == (2, 0)
    calls.clear()
    edited = dataclasses.replace(model, entities=(dataclasses.replace(a, description=a.description + "!"), b))
    ctx = build(edited)
    assert (ctx.hits, ctx.misses, calls) == (1, 1, ["A"])
    assert len(memo[_UNITS]) == 2  # the latest build's units only: the old "A" is gone
    assert build(model).misses == 1  # so going back recomputes it


def test_context_keys_are_exact():
    ctx = EmitContext(model=analyze(str(SAMPLE)).model)
    e = ctx.model.entities[0]
    values = [0, 0.0, -0.0, False, True, 1, None, "", "a", ("a",), ["a"], b"a", (e,), e, (e, "a"), {"a": 1}, 10**20, 1e20]
    keys = [ctx.key(v) for v in values]
    for i, a in enumerate(keys):
        for j, b in enumerate(keys):
            assert (a == b) == (i == j), (values[i], values[j])
    assert ctx.key((e, "a")) == ctx.key((dataclasses.replace(e), "a"))  # equal values, equal keys
