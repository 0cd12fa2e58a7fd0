"""values.exact_decimal's fast text path gives the same verdict as the Decimal reading it short-cuts."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings, strategies as st

from torquec.runtime.values import MAX_EXACT_DIGITS, BadValue, exact_decimal


def by_decimal(value: float, scale: int) -> str:
    sign, digits, exponent = Decimal(repr(value)).normalize().as_tuple() if value else (0, (0,), 0)
    if len(digits) > MAX_EXACT_DIGITS:
        return "precision"
    return "scale" if exponent < -scale else "ok"


def verdict(value: float, scale: int) -> str:
    try:
        exact_decimal(value, scale)
        return "ok"
    except BadValue as bad:
        return bad.rule


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False),
                 st.builds(lambda n, p: round(n, p), st.floats(-1e9, 1e9), st.integers(0, 6))),
       st.integers(0, 8))
def test_fast_path_agrees_with_decimal(value, scale):
    assert verdict(value, scale) == by_decimal(value, scale)


def test_known_values():
    assert [verdict(v, 2) for v in (1000.0, 0.05, 1.234, 1e-05, 12345678901234567.0, -12.3)] == \
        ["ok", "ok", "scale", "scale", "precision", "ok"]
