"""Page-query cost at scale (bench/bench_pg_scale.py): the capped ``total``
(``totalExact``) and the ``id`` tie-breaker that follows the last sort key.

In-process on the library app, SQLite and PostgreSQL; the count cap is set
small (``svc.count_cap``) so a dozen rows exercise every branch."""

from __future__ import annotations

import importlib
import shutil
import sys
import uuid

import pytest

from torquec.runtime.query import COUNT_CAP, Compiler, parse_list_query

N = 12


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def svc(request, apps, tmp_path_factory):
    d = tmp_path_factory.mktemp(f"qperf-{request.param}") / "library"
    shutil.copytree(apps["library"], d, ignore=shutil.ignore_patterns("data"))
    if request.param == "sqlite":
        url, drop = str(d / "data" / "qperf.db"), None
    else:
        cluster = request.getfixturevalue("pg_cluster")
        name = f"qperf_{uuid.uuid4().hex[:8]}"
        url, drop = cluster.create_database(name), (cluster, name)
    sys.path.insert(0, str(d / "server"))
    try:
        app = importlib.import_module("library.app").create_app(url)
        service = app.state.torque.service
        yield service
        app.state.torque.db.close()
    finally:
        sys.path.remove(str(d / "server"))
        for mod in [m for m in sys.modules if m == "library" or m.startswith("library.")]:
            del sys.modules[mod]
        if drop:
            drop[0].drop_database(drop[1])


@pytest.fixture(scope="module")
def books(svc):
    """N books of one new author; ``pages`` has ties (i % 3) and one NULL."""
    author = svc.create("Author", {"name": f"Perf {uuid.uuid4().hex[:8]}"})
    made = svc.bulk_create("Book", [
        {"title": f"Perf book {i:02d}", "authorId": author["id"], "pages": None if i == 0 else 100 + i % 3}
        for i in range(N)
    ])
    return author, made


@pytest.fixture
def cap(svc):
    saved = svc.count_cap
    yield lambda n: setattr(svc, "count_cap", n)
    svc.count_cap = saved


def _page(svc, author, **params):
    return svc.list("Book", {"filters": [{"field": "authorId", "op": "eq", "value": author["id"]}], **params})  # params may replace it


def _exact(res, total):
    assert res["total"] == total and res["totalExact"] is True


def _estimated(res, low, high=None):
    assert type(res["total"]) is int and res["totalExact"] is False
    assert res["total"] >= low and (high is None or res["total"] <= high)


# --------------------------------------------------------------------------- capped total


def test_default_cap_is_exact_for_small_results(svc, books):
    author, _ = books
    assert svc.count_cap == COUNT_CAP == 10_000
    _exact(_page(svc, author, pageSize=2), N)
    _exact(_page(svc, author, pageSize=2, page=3), N)
    _exact(svc.list("Book", {"filters": [{"field": "title", "op": "eq", "value": "no such book"}]}), 0)


def test_above_the_cap(svc, books, cap):
    author, _ = books
    cap(5)
    res = _page(svc, author, pageSize=2)
    assert len(res["items"]) == 2
    if svc.dialect == "postgres":
        _estimated(res, 6)  # the planner's estimate, never below cap + 1
    else:
        _exact(res, N)  # SQLite counts exactly
    cap(11)
    res = _page(svc, author, pageSize=2)
    _estimated(res, 12) if svc.dialect == "postgres" else _exact(res, N)


def test_at_and_below_the_cap(svc, books, cap):
    author, _ = books
    cap(N)
    _exact(_page(svc, author, pageSize=2), N)
    cap(N + 100)
    _exact(_page(svc, author, pageSize=2, page=4), N)


def test_last_page_needs_no_count(svc, books, cap):
    author, _ = books
    cap(5)
    res = _page(svc, author, pageSize=5, page=3)  # 5 + 5 + 2
    assert len(res["items"]) == 2
    _exact(res, N)
    res = _page(svc, author, pageSize=20)  # a short first page
    _exact(res, N)


def test_deep_full_page_skips_the_capped_count(svc, books, cap):
    author, _ = books
    cap(5)
    res = _page(svc, author, pageSize=5, page=2)  # rows 6..10: more than the cap, whatever the count
    assert len(res["items"]) == 5
    _estimated(res, 10) if svc.dialect == "postgres" else _exact(res, N)


def test_past_the_end(svc, books, cap):
    author, _ = books
    cap(5)
    res = _page(svc, author, pageSize=5, page=10)
    assert res["items"] == []
    # fewer rows than the offset (45), more than the cap
    _estimated(res, 6, 45) if svc.dialect == "postgres" else _exact(res, N)
    cap(100)
    _exact(_page(svc, author, pageSize=5, page=10), N)
    cap(5)  # an offset beyond the cap says nothing about the total when the page is empty
    res = _page(svc, author, pageSize=5, page=10, filters=[{"field": "authorId", "op": "eq", "value": author["id"]},
                                                           {"field": "pages", "op": "eq", "value": 101}])
    _exact(res, 4)  # i % 3 == 1: 1, 4, 7, 10


def test_estimate_is_used_and_clamped(svc, books, cap, monkeypatch):
    if svc.dialect != "postgres":
        pytest.skip("SQLite counts exactly")
    author, _ = books
    cap(5)
    monkeypatch.setattr(svc, "_estimate", lambda *a: 1234)
    _estimated(_page(svc, author, pageSize=2), 1234, 1234)
    _estimated(_page(svc, author, pageSize=5, page=10), 45, 45)  # past the end: at most the offset
    monkeypatch.setattr(svc, "_estimate", lambda *a: 0)
    _estimated(_page(svc, author, pageSize=2), 6, 6)  # at least cap + 1
    _estimated(_page(svc, author, pageSize=5, page=2), 10, 10)  # at least the rows up to this page


def test_planner_estimate(svc, books):
    if svc.dialect != "postgres":
        pytest.skip("PostgreSQL only")
    author, _ = books
    es = svc.entity("Book")
    lq = parse_list_query(es, {"filters": [{"field": "authorId", "op": "eq", "value": author["id"]}]})
    where, args = svc.compiler.where(es, lq)
    with svc.transaction(write=False) as tx:
        tx.execute('ANALYZE "book"')
        est = svc._estimate(es, where, args, tx)
    assert type(est) is int and 1 <= est <= 200


def test_count_cap_none_is_exact(svc, books, cap):
    author, _ = books
    cap(None)
    _exact(_page(svc, author, pageSize=2), N)


def test_related_total(svc, books, cap):
    author, _ = books
    res = svc.related("Author", author["id"], "books", {"pageSize": 2})
    _exact(res, N)
    cap(5)
    res = svc.related("Author", author["id"], "books", {"pageSize": 2})
    assert len(res["items"]) == 2
    _estimated(res, 6) if svc.dialect == "postgres" else _exact(res, N)


def test_total_exact_over_http(co_server):
    res = co_server.rpc("loadEntityData", {"entity": "Customer", "pageSize": 1})
    assert res["totalExact"] is True and type(res["total"]) is int


def test_capped_count_sql():
    c = Compiler("postgres")

    class Es:
        qtable = '"t"'

    assert c.count(Es, ' WHERE "a" = %s', 5) == 'SELECT COUNT(*) FROM (SELECT 1 FROM "t" WHERE "a" = %s LIMIT 6) AS c'
    assert c.count(Es, "", None) == 'SELECT COUNT(*) FROM "t"'
    assert c.estimate(Es, "") == 'EXPLAIN (FORMAT JSON) SELECT 1 FROM "t"'


# --------------------------------------------------------------------------- tie-breaker


@pytest.mark.parametrize("sort,tail", [
    ([{"field": "pages", "dir": "desc"}], '"pages" DESC NULLS FIRST, "id" DESC'),
    ([{"field": "pages", "dir": "asc"}], '"pages" ASC NULLS LAST, "id" ASC'),
    ([{"field": "pages", "dir": "desc"}, {"field": "title", "dir": "asc"}], '"title" ASC NULLS LAST, "id" ASC'),
    ([{"field": "pages", "dir": "asc"}, {"field": "title", "dir": "desc"}], '"title" DESC NULLS FIRST, "id" DESC'),
    ([{"field": "title", "dir": "desc"}, {"field": "title", "dir": "asc"}], '"title" DESC NULLS FIRST, "id" DESC'),
    ([{"field": "id", "dir": "desc"}, {"field": "title", "dir": "asc"}], '"id" DESC NULLS FIRST, "title" ASC NULLS LAST'),
    (None, ' ORDER BY "title" ASC NULLS LAST, "id" ASC'),  # the default sort (the display field)
])
def test_tie_breaker_follows_last_key(svc, sort, tail):
    es = svc.entity("Book")
    lq = parse_list_query(es, {"sort": sort} if sort else {})
    assert svc.compiler.order_by(es, lq).endswith(tail)


@pytest.mark.parametrize("direction", ["desc", "asc"])
def test_sorted_pages_are_deterministic_and_disjoint(svc, books, cap, direction):
    author, made = books
    cap(5)  # the estimate path must not disturb paging
    desc = direction == "desc"
    params = {"sort": [{"field": "pages", "dir": direction}], "pageSize": 5}
    seen = []
    for page in (1, 2, 3):
        res = _page(svc, author, page=page, **params)
        assert res["items"] == _page(svc, author, page=page, **params)["items"]  # the same page again
        seen += [r["id"] for r in res["items"]]
    assert len(seen) == len(set(seen)) == N

    def key(b):  # asc: NULLs last, then id asc; desc: NULLs first, then id desc
        return (b["pages"] is None, b["pages"] or 0, b["id"])

    expect = sorted(made, key=key, reverse=desc)
    assert seen == [b["id"] for b in expect]


def test_descending_sort_reads_the_index_backwards(svc, books):
    if svc.dialect != "postgres":
        pytest.skip("PostgreSQL plan")
    es = svc.entity("Book")
    lq = parse_list_query(es, {"sort": [{"field": "title", "dir": "desc"}]})
    page_sql, args, _, _ = svc.compiler.select(es, lq)
    with svc.transaction() as tx:  # a real transaction (reads run in autocommit) for SET LOCAL
        tx.execute("SET LOCAL enable_seqscan = off")
        plan = [r[0] for r in tx.fetchall("EXPLAIN (COSTS OFF) " + page_sql, args)]
    nodes = [line.split("->")[-1].strip() for line in plan if "Key:" not in line and "Cond:" not in line]
    assert any(n.startswith("Index Scan Backward") for n in nodes), plan  # (title, id) read backwards …
    assert not any(n.startswith(("Sort", "Incremental Sort")) for n in nodes), plan  # … with no sort step


# --------------------------------------------------------------------------- keyset paging (after / nextCursor)

SORTS = [
    None,  # the default sort
    [{"field": "pages", "dir": "asc"}],  # ties and a NULL (last ascending)
    [{"field": "pages", "dir": "desc"}],  # NULL first descending
    [{"field": "pages", "dir": "asc"}, {"field": "title", "dir": "desc"}],  # mixed directions
    [{"field": "pages", "dir": "desc"}, {"field": "createdAt", "dir": "desc"}],
    [{"field": "title", "dir": "asc"}],
]


@pytest.mark.parametrize("sort", SORTS, ids=lambda s: "default" if s is None else ",".join(f"{k['field']}:{k['dir']}" for k in s))
@pytest.mark.parametrize("size", [1, 5])
def test_cursor_pages_walk_the_same_order_as_offset_pages(svc, books, sort, size):
    author, _ = books
    extra = {"sort": sort} if sort else {}
    everything = [b["id"] for b in _page(svc, author, pageSize=100, **extra)["items"]]
    assert len(everything) == N
    walked, cursor, pages = [], None, 0
    while True:
        res = _page(svc, author, pageSize=size, **extra, **({"after": cursor} if cursor else {}))
        _exact(res, N)  # a cursor page answers the first page's total (carried in the cursor)
        walked += [b["id"] for b in res["items"]]
        cursor = res["nextCursor"]
        pages += 1
        if cursor is None:
            break
        assert pages <= N + 1
    assert walked == everything
    assert _page(svc, author, pageSize=size, page=2, **extra)["items"][0]["id"] == everything[size]  # offset paging unchanged


def _forged(cursor, **change):
    import base64
    import json

    data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    if "total" in change:
        data[-1] = change["total"]
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_cursor_pages_carry_the_first_pages_total(svc, books):
    author, _ = books
    first = _page(svc, author, pageSize=2)
    svc.create("Book", {"title": "Perf book late", "authorId": author["id"]})
    try:
        later = _page(svc, author, pageSize=2, after=first["nextCursor"])
        _exact(later, N)  # not recounted (N + 1 now)
        _exact(_page(svc, author, pageSize=2), N + 1)
    finally:
        late = _page(svc, author, pageSize=5, filters=[{"field": "title", "op": "eq", "value": "Perf book late"}])["items"]
        svc.delete("Book", late[0]["id"])


def test_bad_cursors_are_invalid_params(svc, books):
    from torquec.runtime.errors import InvalidParams

    author, _ = books
    first = _page(svc, author, pageSize=2, sort=[{"field": "pages", "dir": "asc"}])
    for params, rule in [
        ({"after": first["nextCursor"], "sort": [{"field": "title", "dir": "asc"}]}, "sort"),  # made for another sort
        ({"after": "not a cursor"}, "cursor"),
        ({"after": 42}, "cursor"),
        ({"after": "W1siaWQiLGZhbHNlXSxbeyJ4IjoxfV1d"}, "cursor"),  # well-formed JSON, not one of our cursors
        ({"after": _forged(first["nextCursor"], total=[-1, True]), "sort": [{"field": "pages", "dir": "asc"}]}, "cursor"),
        ({"after": first["nextCursor"], "sort": [{"field": "pages", "dir": "asc"}], "page": 2}, "exclusive"),
    ]:
        with pytest.raises(InvalidParams) as exc:
            _page(svc, author, pageSize=2, **params)
        errors = exc.value.to_error_object()["data"]["errors"]
        assert (errors[0]["field"], errors[0]["rule"]) == ("after", rule), errors
    assert "nextCursor" not in svc.related("Author", author["id"], "books", {"pageSize": 2})


def test_cursor_over_http_and_mcp_shapes(co_server):
    first = co_server.rpc("loadEntityData", {"entity": "Customer", "pageSize": 1, "sort": [{"field": "name", "dir": "asc"}]})
    second = co_server.rpc("loadEntityData", {"entity": "Customer", "pageSize": 1, "sort": [{"field": "name", "dir": "asc"}],
                                              "after": first["nextCursor"]})
    by_offset = co_server.rpc("loadEntityData", {"entity": "Customer", "pageSize": 1, "page": 2, "sort": [{"field": "name", "dir": "asc"}]})
    assert second["items"] == by_offset["items"] and second["total"] == first["total"]
