"""Sakila on PostgreSQL with its real rows (tests/fixtures/realdb/sakila-postgres-*, jOOQ's port of the DVD-rental
database pagila is made from; see SOURCES.md), the user's path as the README documents it:
`torquec import postgresql://… -o sakila.json --with-data DIR` → `torquec check` → `torquec build` → `torquec serve` on
SQLite and on PostgreSQL → `torquec data import APP DIR` → the served apps answer, over JSON-RPC, what the source
database answers (counts of every table, the exact sum of the payments, payments per customer, rentals per store,
films per category through the join entity, the film with most actors), and the same `contains`/`search` results
and sorted pages on both databases.

What real data brings: payments kept in INHERITS children (pagila's payment_p2007_01 …; jOOQ's COPY puts its rows in
the parent, so two payments go through the parent's rules into the children here), the `year` domain, text[] arrays,
a tsvector column (left out with a warning; the rows import without it), timestamps without time zone, `bytea`, and
the reference cycle store.manager_staff_id ↔ staff.store_id (both required: neither side can go in first).
One source database, one model and one served app per database for the whole module."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from server.harness import Server

from .conftest import FIXTURES, load_copy_dump
from .test_end_to_end import torquec

pytestmark = pytest.mark.slow

SCHEMA = FIXTURES / "sakila-postgres-schema.sql"
DATA = FIXTURES / "sakila-postgres-data.sql.gz"
TABLES = {"actor": "Actor", "address": "Address", "category": "Category", "city": "City", "country": "Country",
          "customer": "Customer", "film": "Film", "film_actor": "FilmActor", "film_category": "FilmCategory",
          "inventory": "Inventory", "language": "Language", "payment": "Payment", "rental": "Rental", "staff": "Staff",
          "store": "Store"}
CHILDREN = [f"payment_p2007_0{m}" for m in range(1, 7)]


@pytest.fixture(scope="module")
def source(pg_cluster):
    url = pg_cluster.create_database("t_sakila_source")
    try:
        load_copy_dump(url, SCHEMA.read_text(encoding="utf-8"))
        load_copy_dump(url, gzip.decompress(DATA.read_bytes()).decode("utf-8"))
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            # through the parent's rules (DO INSTEAD INSERT INTO payment_p2007_02 …), as pagila's rows are kept
            conn.execute("INSERT INTO payment (customer_id, staff_id, rental_id, amount, payment_date)"
                         " VALUES (1, 1, 76, 7.98, '2007-02-15 22:25:46')")
            conn.execute("INSERT INTO payment (customer_id, staff_id, rental_id, amount, payment_date)"
                         " VALUES (599, 2, 16049, 0.01, '2007-06-30 23:59:59.5')")
            assert conn.execute("SELECT count(*) FROM ONLY payment_p2007_02").fetchone()[0] == 1
            assert conn.execute("SELECT count(*) FROM ONLY payment").fetchone()[0] == 16049
            yield SimpleNamespace(url=url, conn=conn, one=lambda sql, *a: conn.execute(sql, a).fetchone()[0])
    finally:
        pg_cluster.drop_database("t_sakila_source")


@pytest.fixture(scope="module")
def imported(source, tmp_path_factory):
    base = tmp_path_factory.mktemp("sakila")
    model, data = base / "sakila.json", base / "data"
    run = torquec("import", source.url, "-o", str(model), "--with-data", str(data))
    check = torquec("check", str(model))
    assert "ok (no problems)" in check.stdout + check.stderr, check.stdout + check.stderr
    torquec("build", str(model), "-o", str(base / "app"), "-q")
    return SimpleNamespace(model=json.loads(model.read_text()), data=data, app=base / "app", output=run.stdout + run.stderr)


@pytest.fixture(scope="module")
def served(imported, source, pg_cluster, tmp_path_factory):
    """The app on SQLite and on PostgreSQL, each filled by `torquec data import` while it serves."""
    total = sum(source.one(f"SELECT count(*) FROM {t}") for t in TABLES)
    urls = {"sqlite": str(tmp_path_factory.mktemp("sakila-sqlite") / "sakila.db"),
            "postgres": pg_cluster.create_database("t_sakila_app")}
    servers: dict[str, Server] = {}
    try:
        for dialect, url in urls.items():
            servers[dialect] = Server(imported.app, database_url=url, seed=False)
            run = torquec("data", "import", str(imported.app), str(imported.data), "--database-url", url)
            assert f"imported {total} records" in run.stdout, run.stdout
        yield servers
    finally:
        for server in servers.values():
            server.stop()
        pg_cluster.drop_database("t_sakila_app")


def all_items(server: Server, entity: str) -> list[dict]:
    """Every record, page after page by keyset cursor (PostgreSQL's `total` is an estimate above 10,000 rows:
    the records themselves are counted)."""
    got = server.rpc("loadEntityData", {"entity": entity, "pageSize": 500})
    items = got["items"]
    while got["nextCursor"]:
        got = server.rpc("loadEntityData", {"entity": entity, "pageSize": 500, "after": got["nextCursor"]})
        items += got["items"]
    assert len({x["id"] for x in items}) == len(items)
    return items


def _entity(model: dict, name: str) -> dict:
    return next(e for e in model["entities"] if e["name"] == name)


def _fields(model: dict, name: str) -> dict:
    return {f["name"]: f for f in _entity(model, name)["fields"]}


def test_the_model(imported):
    """One entity per table; the INHERITS children are no entities of their own (their rows are the parent's);
    each thing the format cannot say is a warning naming its table and column."""
    m = imported.model
    assert {e["name"] for e in m["entities"]} == set(TABLES.values())
    lines = [x for x in imported.output.splitlines() if x.startswith("warning[")]
    for child in CHILDREN:
        assert f"warning[I015]: {child}: inherits from `payment` (INHERITS): its rows are imported as `payment` records" in lines
    assert "warning[I005]: film.fulltext: type `tsvector` not expressible; column left out" in lines
    assert {x.split("]")[0] for x in lines} == {"warning[I015", "warning[I005", "warning[I013"}  # I013: DEFAULT now()
    film = _fields(m, "Film")
    assert "fulltext" not in film
    assert film["releaseYear"] == {"id": "fld-film-release-year", "name": "releaseYear", "type": "integer",
                                   "validation": {"min": 1901, "max": 2155}}  # the `year` domain: its base type and CHECK
    assert film["specialFeatures"]["type"] == "array" and film["specialFeatures"]["items"] == {"type": "string"}
    assert film["rating"]["values"] == ["G", "PG", "PG-13", "R", "NC-17"]
    assert film["rentalRate"] == {"id": "fld-film-rental-rate", "name": "rentalRate", "type": "decimal", "precision": 4,
                                  "scale": 2, "required": True, "default": "4.99"}
    assert film["lastUpdate"]["type"] == _fields(m, "Payment")["paymentDate"]["type"] == "localDateTime"
    assert _fields(m, "Staff")["picture"]["type"] == "bytes"
    customer = _fields(m, "Customer")
    assert (customer["active"]["type"], customer["activebool"]["type"]) == ("integer", "boolean")
    manager = _fields(m, "Store")["managerStaffId"]
    assert manager["targetField"] == "staffId" and manager["unique"] and manager["required"]
    assert _fields(m, "Staff")["storeId"]["required"]  # … and staff.store_id: a cycle of required references
    assert _entity(m, "Rental")["indexes"] == [{"fields": ["rentalDate", "inventoryId", "customerId"], "unique": True}]
    # each payment once, in the parent's file, including the two kept in children
    assert not list(imported.data.glob("PaymentP*"))
    assert len((imported.data / "Payment.ndjson").read_text().splitlines()) == 16051


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_counts_and_aggregates(served, source, dialect):
    server = served[dialect]
    rows = lambda sql: source.conn.execute(sql).fetchall()  # noqa: E731
    every = {entity: all_items(server, entity) for entity in TABLES.values()}
    for table, entity in TABLES.items():
        assert len(every[entity]) == source.one(f"SELECT count(*) FROM {table}"), entity
    payments = every["Payment"]
    # exact decimals: the total's text is the source's
    assert str(sum(Decimal(p["amount"]) for p in payments)) == str(source.one("SELECT sum(amount) FROM payment"))
    per_customer: dict[int, Decimal] = {}
    for p in payments:
        per_customer[p["customerId"]] = per_customer.get(p["customerId"], Decimal(0)) + Decimal(p["amount"])
    assert per_customer == dict(rows("SELECT customer_id, sum(amount) FROM payment GROUP BY customer_id"))
    assert Counter(p["customerId"] for p in payments) == dict(rows("SELECT customer_id, count(*) FROM payment GROUP BY customer_id"))
    # timestamps without time zone: the source's wall-clock text (fractions included)
    assert sorted(p["paymentDate"] for p in payments) == sorted(
        v.isoformat() for (v,) in rows("SELECT payment_date FROM payment"))
    children = server.rpc("loadEntityData", {"entity": "Payment", "filters": [{"field": "paymentDate", "op": "gte", "value": "2007-01-01T00:00:00"}]})
    assert sorted((p["customerId"], p["amount"]) for p in children["items"]) == [(1, "7.98"), (599, "0.01")]
    # rentals per store (rental → inventory → store), films per category through the join entity
    store_of = {i["inventoryId"]: i["storeId"] for i in every["Inventory"]}
    rentals = every["Rental"]
    assert Counter(store_of[r["inventoryId"]] for r in rentals) == dict(rows(
        "SELECT i.store_id, count(*) FROM rental r JOIN inventory i USING (inventory_id) GROUP BY i.store_id"))
    assert sorted(r["returnDate"] or "" for r in rentals) == sorted(
        v.isoformat() if v else "" for (v,) in rows("SELECT return_date FROM rental"))
    categories = {c["categoryId"]: c["name"] for c in every["Category"]}
    assert Counter(categories[fc["categoryId"]] for fc in every["FilmCategory"]) == dict(rows(
        "SELECT c.name, count(*) FROM film_category JOIN category c USING (category_id) GROUP BY c.name"))
    # the film with the most actors, and its actors through the film's side of the link
    actors = Counter(fa["filmId"] for fa in every["FilmActor"])
    most = max(actors.values())
    top = {f for f, n in actors.items() if n == most}
    assert (most, top) == (source.one("SELECT max(n) FROM (SELECT count(*) n FROM film_actor GROUP BY film_id) x"),
                           {f for (f,) in rows("SELECT film_id FROM film_actor GROUP BY film_id HAVING count(*) = "
                                               "(SELECT max(n) FROM (SELECT count(*) n FROM film_actor GROUP BY film_id) x)")})
    films = every["Film"]
    by_no = {f["filmId"]: f for f in films}
    first = min(top)
    assert server.rpc("getRelated", {"entity": "Film", "id": by_no[first]["id"], "relationship": "filmActors"})["total"] == most
    assert by_no[first]["title"] == source.one("SELECT title FROM film WHERE film_id = %s", first)
    # arrays, the `year` domain, enums and decimals per film
    assert {f["filmId"]: (f["specialFeatures"], f["releaseYear"], f["rating"], f["replacementCost"]) for f in films} == {
        n: (feat, year, rating, str(cost)) for n, feat, year, rating, cost in
        rows("SELECT film_id, special_features, release_year, rating::text, replacement_cost FROM film")}
    # the cycle: each store's manager and each staff member's store are the source's
    assert {s["storeId"]: s["managerStaffId"] for s in every["Store"]} == dict(rows("SELECT store_id, manager_staff_id FROM store"))
    staff = every["Staff"]
    assert {s["staffId"]: (s["storeId"], s["picture"]) for s in staff} == {n: (st, pic) for n, st, pic in rows("SELECT staff_id, store_id, picture FROM staff")}
    customers = every["Customer"]
    # customer.active (an integer) next to activebool: both kept, as the source has them
    assert Counter((c["active"], c["activebool"]) for c in customers) == {
        (a, b): n for a, b, n in rows("SELECT active, activebool, count(*) FROM customer GROUP BY 1, 2")}


def _ids(server: Server, params: dict, key: str) -> list:
    got = server.rpc("loadEntityData", {"pageSize": 500, **params})
    assert got["total"] == len(got["items"]) or params.get("page"), got["total"]
    return [x[key] for x in got["items"]]


def test_same_answers_on_both_databases(served, source):
    """contains, search and sorted pages: the same records on SQLite and PostgreSQL, and the source's."""
    sq, pg = served["sqlite"], served["postgres"]
    rows = lambda sql: [r[0] for r in source.conn.execute(sql).fetchall()]  # noqa: E731
    cases = [
        ({"entity": "Film", "filters": [{"field": "title", "op": "contains", "value": "LoVe"}]}, "filmId",
         rows("SELECT film_id FROM film WHERE lower(title) LIKE '%love%' ORDER BY film_id"), True),
        ({"entity": "Film", "filters": [{"field": "specialFeatures", "op": "contains", "value": "Commentaries"},
                                        {"field": "rating", "op": "eq", "value": "NC-17"}]}, "filmId",
         rows("SELECT film_id FROM film WHERE 'Commentaries' = ANY(special_features) AND rating = 'NC-17' ORDER BY film_id"), True),
        ({"entity": "City", "filters": [{"field": "city", "op": "startsWith", "value": "sa"}]}, "cityId",
         rows("SELECT city_id FROM city WHERE lower(city) LIKE 'sa%' ORDER BY city_id"), True),
        ({"entity": "Customer", "search": "ann"}, "customerId", None, True),
        ({"entity": "Film", "search": "crocodile", "filters": [{"field": "length", "op": "gt", "value": 150}]}, "filmId", None, True),
        # sorted pages: code-point order of strings, ties broken by a second key, the source's order
        ({"entity": "Customer", "sort": [{"field": "lastName", "dir": "asc"}, {"field": "customerId", "dir": "asc"}],
          "page": 3, "pageSize": 40}, "customerId",
         rows('SELECT customer_id FROM customer ORDER BY last_name COLLATE "C", customer_id OFFSET 80 LIMIT 40'), False),
        ({"entity": "Payment", "sort": [{"field": "amount", "dir": "desc"}, {"field": "paymentDate", "dir": "asc"},
                                        {"field": "paymentId", "dir": "asc"}], "page": 2, "pageSize": 100}, "paymentId",
         rows("SELECT payment_id FROM payment ORDER BY amount DESC, payment_date, payment_id OFFSET 100 LIMIT 100"), False),
        ({"entity": "Rental", "filters": [{"field": "returnDate", "op": "isNull", "value": True}],
          "sort": [{"field": "rentalDate", "dir": "desc"}, {"field": "rentalId", "dir": "desc"}]}, "rentalId",
         rows("SELECT rental_id FROM rental WHERE return_date IS NULL ORDER BY rental_date DESC, rental_id DESC"), False),
    ]
    for params, key, expected, unordered in cases:
        a, b = _ids(sq, params, key), _ids(pg, params, key)
        if unordered:
            a, b = sorted(a), sorted(b)
        assert a == b, params
        assert a, params
        if expected is not None:
            assert a == expected, params


def test_the_schema_file_gives_the_same_model(imported):
    """`torquec import sakila-postgres-schema.sql` (sqlglot's reading of the dump) makes the model the live
    database makes: INHERITS children folded into payment (each warning with its line), the `year` domain read
    from CREATE DOMAIN, `DEFAULT 'G'::mpaa_rating` (CAST('G' AS mpaa_rating) once parsed) kept."""
    from torquec.importer import import_source

    result = import_source(str(SCHEMA), "sakila")
    assert result.model["entities"] == imported.model["entities"]
    assert result.model["relationships"] == imported.model["relationships"]
    lines = SCHEMA.read_text().splitlines()
    inherits = [(w.table, w.line) for w in result.warnings if w.code == "I015"]
    assert inherits == [(c, lines.index(f"CREATE TABLE {c} (CONSTRAINT {c}_payment_date_check CHECK (((payment_date >= "
                                                    f"'2007-0{c[-1]}-01 00:00:00'::timestamp without time zone) AND "
                                                    f"(payment_date < '2007-0{int(c[-1]) + 1}-01 00:00:00'::timestamp without time zone)))") + 1)
                        for c in CHILDREN]
    assert [(w.table, w.column, w.line) for w in result.warnings if w.code == "I005"] == [("film", "fulltext", lines.index("    fulltext tsvector NOT NULL") + 1)]


def test_export_from_postgresql_into_sqlite(served, imported, pg_cluster, tmp_path):
    """The PostgreSQL app's records as CSV (their ids, references by key with the store ↔ staff cycle, arrays as
    JSON text, local date-times, exact decimals) go into an empty SQLite database and come out the same."""
    import csv

    del served  # the PostgreSQL app's database, filled
    url = pg_cluster.url_for("t_sakila_app")
    torquec("data", "export", str(imported.app), "--database-url", url, "--format", "csv", "-o", str(tmp_path / "pg"))
    copy = str(tmp_path / "copy.db")
    run = torquec("data", "import", str(imported.app), str(tmp_path / "pg"), "--database-url", copy)
    assert f"imported {sum(1 for p in (tmp_path / 'pg').iterdir() for _ in p.open()) - len(TABLES)} records" in run.stdout, run.stdout
    torquec("data", "export", str(imported.app), "--database-url", copy, "--format", "csv", "-o", str(tmp_path / "sqlite"))

    def records(directory: Path) -> dict:
        return {p.stem: [{k: v for k, v in r.items() if k not in ("createdAt", "updatedAt")} for r in csv.DictReader(p.open())]
                for p in sorted(directory.iterdir())}

    original = records(tmp_path / "pg")
    assert records(tmp_path / "sqlite") == original
    assert len(original["Payment"]) == 16051 and {s["storeId"] for s in original["Staff"]} == {s["storeId"] for s in original["Store"]}
