"""Same answers on SQLite and PostgreSQL: one model, the same rows, a table of query cases
(filters of every operator, search, sorts, paging over ties, NULLs, non-ASCII text) run on both
databases must give identical results, and the results the contract defines:

* case-insensitive matching (contains, startsWith, search) is Unicode lower-casing on both;
* strings sort (and compare) in code point order on both, whatever the PostgreSQL database's
  locale: the PostgreSQL database here uses ICU ``en-US``, the collation under which "USA"
  sorted after "United Kingdom" while SQLite put it before.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from torquec.driver import build

from .harness import Server

MODEL = Path(__file__).resolve().parent / "models" / "places.json"

ROWS = [
    ("São Paulo", "Maior cidade do BRASIL", "city", 1, "1554-01-25"),
    ("SÃO TOMÉ", None, "country", 2, None),
    ("são vicente", "praia", "city", 2, "1532-01-22"),
    ("Sao Carlos", "sem acento", "city", None, "1857-11-04"),
    ("USA", "Ünited states", "country", 3, "1776-07-04"),
    ("United Kingdom", None, "country", 3, None),
    ("Zürich", "ZÜRICH am See", "city", None, "1218-01-01"),
    ("zebra_1", "100% wild", "region", 5, None),
    ("Ærø", "ÆRØ island", "region", 5, "2006-01-01"),
    ("apple", None, None, None, None),
    ("Apple", "straße", None, 4, None),
    ("Ωmega", "ΣΊΣΥΦΟΣ", "region", 6, None),
    # KELVIN SIGN and LATIN CAPITAL LETTER I WITH DOT ABOVE: the only characters whose lower case holds ASCII
    ("\u212aelvin \u0130stanbul", "\u212a-band", "region", None, None),
]
NAMES = [r[0] for r in ROWS]


def _f(field, op, value):
    return {"field": field, "op": op, "value": value}


# (filters, search, sort) → expected names in order (None: only "same on both" is checked)
CASES = [
    ([_f("name", "contains", "SÃO")], None, [{"field": "name"}], ["SÃO TOMÉ", "São Paulo", "são vicente"]),
    ([_f("name", "contains", "são")], None, [{"field": "name"}], ["SÃO TOMÉ", "São Paulo", "são vicente"]),
    ([_f("note", "contains", "brasil")], None, None, ["São Paulo"]),
    ([_f("name", "startsWith", "ZÜ")], None, None, ["Zürich"]),
    ([_f("name", "startsWith", "zü")], None, None, ["Zürich"]),
    ([_f("note", "contains", "σίσυφος")], None, None, ["Ωmega"]),
    ([_f("note", "contains", "ünited")], None, None, ["USA"]),
    ([_f("name", "contains", "KELVIN")], None, None, ["\u212aelvin \u0130stanbul"]),
    ([_f("note", "startsWith", "k-")], None, None, ["\u212aelvin \u0130stanbul"]),
    ([], "i\u0307stanbul", None, ["\u212aelvin \u0130stanbul"]),
    ([_f("kind", "contains", "REG")], None, [{"field": "name"}], sorted(r[0] for r in ROWS if r[2] == "region")),
    ([], "zürich", None, ["Zürich"]),
    ([], "ærø", None, ["Ærø"]),
    ([], "%", None, ["zebra_1"]),
    ([], "a_", None, ["zebra_1"]),
    ([], "SAO", [{"field": "name"}], ["Sao Carlos"]),
    ([], "são", [{"field": "name", "dir": "desc"}], ["são vicente", "São Paulo", "SÃO TOMÉ"]),
    ([_f("kind", "eq", "city")], "são", [{"field": "name"}], ["São Paulo", "são vicente"]),
    ([], None, [{"field": "name"}], sorted(NAMES)),
    ([], None, [{"field": "name", "dir": "desc"}], sorted(NAMES, reverse=True)),
    ([], None, [{"field": "note"}], None),
    ([], None, [{"field": "rank"}], None),
    ([], None, [{"field": "rank", "dir": "desc"}], None),
    ([], None, [{"field": "founded"}, {"field": "name", "dir": "desc"}], None),
    ([], None, [{"field": "kind"}, {"field": "name"}], None),
    ([_f("name", "lt", "U")], None, [{"field": "name"}], sorted(n for n in NAMES if n < "U")),
    ([_f("name", "gte", "a")], None, [{"field": "name"}], sorted(n for n in NAMES if n >= "a")),
    ([_f("name", "in", ["USA", "apple", "nowhere"])], None, [{"field": "name"}], ["USA", "apple"]),
    ([_f("name", "eq", "apple")], None, None, ["apple"]),
    ([_f("rank", "gt", 2)], None, [{"field": "name"}], None),
    ([_f("rank", "in", [2, 5])], None, [{"field": "name"}], sorted(["SÃO TOMÉ", "são vicente", "zebra_1", "Ærø"])),
    ([_f("rank", "ne", 3)], None, [{"field": "name"}], sorted(n for n, *_, r, _d in ROWS if r != 3)),
    ([_f("note", "isNull", True)], None, [{"field": "name"}], sorted(r[0] for r in ROWS if r[1] is None)),
    ([_f("kind", "ne", "city")], None, [{"field": "name"}], None),
    ([_f("founded", "lt", "1800-01-01")], None, [{"field": "founded"}], ["Zürich", "são vicente", "São Paulo", "USA"]),
    ([_f("kind", "eq", None)], None, [{"field": "name"}], ["Apple", "apple"]),
]



@pytest.fixture(scope="module")
def servers(tmp_path_factory, pg_cluster):
    """The places app on SQLite and on an ICU en-US PostgreSQL database, both loaded with ROWS."""
    base = tmp_path_factory.mktemp("places")
    result = build(str(MODEL), str(base / "sqlite"))
    assert result.ok, [str(d) for d in result.diagnostics]
    assert build(str(MODEL), str(base / "pg")).ok
    name = f"places_{uuid.uuid4().hex[:8]}"
    with pg_cluster.connect(autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C' "
                     "LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
    started = []
    try:
        for srv in (Server(base / "sqlite", token=None, seed=False),
                    Server(base / "pg", database_url=pg_cluster.url_for(name), token=None, seed=False)):
            started.append(srv)
            for name_, note, kind, rank, founded in ROWS:
                srv.rpc("createEntity", {"entity": "Place", "data": {"name": name_, "note": note, "kind": kind,
                                                                    "rank": rank, "founded": founded}})
        yield started
    finally:
        for srv in started:
            srv.stop()
        pg_cluster.drop_database(name)


def _names(srv, filters, search, sort, page=1, page_size=100):
    params = {"entity": "Place", "filters": filters, "page": page, "pageSize": page_size}
    if search is not None:
        params["search"] = search
    if sort is not None:
        params["sort"] = sort
    res = srv.rpc("loadEntityData", params)
    return [r["name"] for r in res["items"]], res["total"]


@pytest.mark.postgres
@pytest.mark.parametrize("case", range(len(CASES)))
def test_same_answer_on_both_databases(servers, case):
    filters, search, sort, expected = CASES[case]
    sqlite_answer, pg_answer = (_names(srv, filters, search, sort) for srv in servers)
    assert sqlite_answer == pg_answer
    if expected is not None:
        assert sqlite_answer[0] == expected
        assert sqlite_answer[1] == len(expected)


@pytest.mark.postgres
@pytest.mark.parametrize("sort", [[{"field": "rank"}], [{"field": "rank", "dir": "desc"}], [{"field": "kind"}],
                                  [{"field": "founded", "dir": "desc"}]])
def test_paging_over_ties_and_nulls_is_the_same(servers, sort):
    """Pages of 2 over sort keys with ties and NULLs: every row exactly once, same order on both."""
    answers = []
    for srv in servers:
        seen = []
        for page in range(1, 8):
            seen += _names(srv, [], None, sort, page=page, page_size=2)[0]
        assert sorted(seen) == sorted(NAMES)
        answers.append(seen)
    assert answers[0] == answers[1]
