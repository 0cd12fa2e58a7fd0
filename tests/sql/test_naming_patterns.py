"""Unit tests: constraint names and the pattern translation."""

from __future__ import annotations

import time

import pytest

from torquec.backends.sql import naming, patterns
from torquec.runtime.db.sqlite import regexp as sqlite_regexp


def test_names_are_limited_and_unique():
    long_table = "t" * 60
    a = naming.check_name(long_table, "first_column", "max_length")
    b = naming.check_name(long_table, "first_column", "min_length")
    assert len(a.encode()) <= 63 and len(b.encode()) <= 63 and a != b
    assert naming.check_name("person", "age", "max") == "ck_person_age_max"
    assert naming.partition_name("x" * 62, 1) != naming.partition_name("x" * 62, 10)


def test_ambiguous_pairs_get_a_hash():
    pairs = [("order", "item_count"), ("order_item", "count"), ("order", "id")]
    amb = naming.ambiguous_pairs(pairs)
    assert amb == {("order", "item_count"), ("order_item", "count")}
    n1 = naming.check_name("order", "item_count", "min", True)
    n2 = naming.check_name("order_item", "count", "min", True)
    assert n1 != n2 and n1.startswith("ck_order_item_count_") and n1.endswith("_min")


def test_quote_ident_escapes():
    assert naming.quote_ident('we"ird') == '"we""ird"'
    assert naming.quote_string("it's") == "'it''s'"


@pytest.mark.parametrize(
    "src,expected",
    [
        (r"^\+?[0-9][0-9 ()-]{6,19}$", r"^(?:^\+?[0-9][0-9 ()-]{6,19}$)$"),
        (r"a.b", r"^(?:a[^\n]b)$"),
        (r"\bword\b", r"^(?:\yword\y)$"),
        (r"[\d.]+", r"^(?:[\d.]+)$"),
        (r"\x41", r"^(?:\u0041)$"),
        (r"(?:ab)+(?=c)c", r"^(?:(?:ab)+(?=c)c)$"),
        (r"a{x", r"^(?:a\{x)$"),
        (r"[[a]", r"^(?:[\[a])$"),
    ],
)
def test_pattern_to_postgres(src, expected):
    assert patterns.to_postgres(src) == expected


@pytest.mark.parametrize("src", [r"(?P<name>a)", r"(?i)abc", r"\p{L}", r"[\D]", r"[]", r"\k<a>", "\\"])
def test_pattern_inexpressible(src):
    assert patterns.to_postgres(src) is None
    assert patterns.why_not_postgres(src)


@pytest.mark.parametrize("src,good,bad", [
    (r"^ORD-[0-9]{4,}$", ["ORD-1234", "ORD-12345"], ["ORD-123", "ord-1234", "ORD-1234\n"]),
    (r"[a-z]+\b.*", ["abc def", "abc"], ["Abc", "1abc"]),
    (r"a.c", ["abc"], ["a\nc", "abcd"]),
])
def test_patterns_agree_with_postgres(pg_url, src, good, bad):
    import psycopg

    pg = patterns.to_postgres(src)
    with psycopg.connect(pg_url) as conn:
        for v in good + bad:
            got = conn.execute("SELECT %s ~ %s", (v, pg)).fetchone()[0]
            assert got == (v in good), (src, v)
    # And the SQLite regexp function (the Rust engine pydantic validates with) agrees on the anchored form.
    for v in good + bad:
        assert sqlite_regexp(patterns.anchored(src), v) == (v in good), (src, v)


def test_sqlite_regexp_is_bounded_on_hostile_patterns():
    """Python's `re` took 0.5 s for `(a+)+` against 'a'*24 + '!' and doubled per character."""
    t0 = time.monotonic()
    assert sqlite_regexp("^(?:(a+)+b|a*c)$", "a" * 40 + "c") == 1  # linear engine: decided at once
    assert sqlite_regexp("^(?:(a+)+)$", "a" * 40 + "!") == 0
    # look-ahead needs the backtracking engine: a value it cannot decide in time fails the CHECK
    assert sqlite_regexp("^(?:(?=a)(a|a)*)$", "a" * 40 + "!") == 0
    assert sqlite_regexp("^(?:(?=a)(a|a)*)$", "aaa") == 1
    assert time.monotonic() - t0 < 3
