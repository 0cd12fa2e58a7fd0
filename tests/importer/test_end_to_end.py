"""End to end on two real databases: `torquec import --with-data` → `torquec build` → `torquec serve` →
`torquec data import` → the served app answers the same counts and aggregates as the source database.
Chinook (SQLite file) into SQLite; Northwind (PostgreSQL dump loaded into the test cluster) into PostgreSQL.
Then export → import into an empty database gives the same data back."""

from __future__ import annotations

import base64
import json
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from server.harness import Server

from .conftest import CHINOOK

pytestmark = pytest.mark.slow


def torquec(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    run = subprocess.run([sys.executable, "-m", "torquec", *args], capture_output=True, text=True, timeout=timeout)
    assert run.returncode == 0, f"torquec {' '.join(args)}\n{run.stdout}\n{run.stderr}"
    return run


def all_items(server: Server, entity: str) -> list[dict]:
    items, page = [], 1
    while True:
        got = server.rpc("loadEntityData", {"entity": entity, "page": page, "pageSize": 500})
        items += got["items"]
        if len(items) >= got["total"] or not got["items"]:
            assert len(items) == got["total"]
            return items
        page += 1


def _import_build(tmp_path: Path, source: str, name: str) -> tuple[Path, Path]:
    model, data = tmp_path / f"{name}.json", tmp_path / "data"
    torquec("import", source, "-o", str(model), "--with-data", str(data), "-q")
    torquec("build", str(model), "-o", str(tmp_path / "app"), "-q")
    return tmp_path / "app", data


def test_chinook_sqlite_end_to_end(tmp_path):
    app, data = _import_build(tmp_path, str(CHINOOK), "chinook")
    db = tmp_path / "chinook-app.db"
    server = Server(app, database_url=str(db), seed=False)
    try:
        run = torquec("data", "import", str(app), str(data), "--database-url", str(db))
        assert "imported 1431 records and 1250 links" in run.stdout, run.stdout
        src = sqlite3.connect(CHINOOK)
        one = lambda sql: src.execute(sql).fetchone()[0]  # noqa: E731
        for table in ("Artist", "Album", "Track", "Genre", "MediaType", "Playlist", "Customer", "Employee", "Invoice", "InvoiceLine"):
            assert server.total(table) == one(f"SELECT count(*) FROM {table}"), table
        invoices = all_items(server, "Invoice")
        # decimals are exact strings: each row equals the source's value, and so does the sum
        assert sum(Decimal(i["total"]) for i in invoices) == Decimal(f'{one("SELECT sum(Total) FROM Invoice"):.2f}')
        assert sorted(i["total"] for i in invoices) == sorted(f"{v:.2f}" for (v,) in src.execute("SELECT Total FROM Invoice"))
        lines = all_items(server, "InvoiceLine")
        assert sum(Decimal(x["unitPrice"]) * x["quantity"] for x in lines) == Decimal(f'{one("SELECT sum(UnitPrice * Quantity) FROM InvoiceLine"):.2f}')
        # DATETIME without a zone became a localDateTime: the source's wall-clock text, never shifted
        dates = sorted(i["invoiceDate"] for i in invoices)
        assert dates == sorted(str(v).replace(" ", "T") for (v,) in src.execute("SELECT InvoiceDate FROM Invoice"))
        tracks = all_items(server, "Track")
        assert sum(t["milliseconds"] for t in tracks) == one("SELECT sum(Milliseconds) FROM Track")
        # references by natural key: each track holds its album's source key, and the link is followed by it
        by_key = {t["trackId"]: t["albumId"] for t in tracks}
        assert by_key == dict(src.execute("SELECT TrackId, AlbumId FROM Track").fetchall())
        first = server.rpc("getEntity", {"entity": "Track", "id": tracks[0]["id"], "include": ["album"]})
        assert first["album"]["albumId"] == first["albumId"]
        err = server.error("createEntity", {"entity": "Track", "data": {"name": "x", "mediaTypeId": 999, "milliseconds": 1, "unitPrice": 1}})
        assert err["code"] == -32602 and err["data"]["errors"][0]["field"] == "mediaTypeId"
        # INTEGER PRIMARY KEY became a sequence field: imported rows kept their numbers, a new record gets the next one
        artist = server.rpc("createEntity", {"entity": "Artist", "data": {"name": "New artist"}})
        assert artist["artistId"] == one("SELECT max(ArtistId) FROM Artist") + 1
        # self-reference and many-to-many links
        employees = {e["id"]: e for e in all_items(server, "Employee")}
        got = {e["employeeId"]: e["reportsTo"] for e in employees.values() if e.get("reportsTo")}
        assert got == dict(src.execute("SELECT EmployeeId, ReportsTo FROM Employee WHERE ReportsTo IS NOT NULL").fetchall())
        playlists = {p["playlistId"]: p["id"] for p in all_items(server, "Playlist")}
        for pid, n in src.execute("SELECT PlaylistId, count(*) FROM PlaylistTrack GROUP BY PlaylistId").fetchall():
            assert (server.rpc("getRelated", {"entity": "Playlist", "id": playlists[pid], "relationship": "tracks"})["total"]) == n
        # importing the same files again: every key is taken → all or nothing, nothing written
        again = subprocess.run([sys.executable, "-m", "torquec", "data", "import", str(app), str(data / "Genre.ndjson"),
                                "--database-url", str(db)], capture_output=True, text=True, timeout=120)
        assert again.returncode == 1 and "Genre.ndjson:1: genreId: 1 is already used (must be unique)" in again.stderr
        assert server.total("Genre") == one("SELECT count(*) FROM Genre")
    finally:
        server.stop()
    # export → import into an empty database: the same records (ids, links) come back
    def records(directory: Path, drop_links: bool) -> dict:
        out = {}
        for p in sorted(directory.glob("*.ndjson")):
            out[p.stem] = [{k: v for k, v in json.loads(x).items()
                            if k not in ("createdAt", "updatedAt") and not (drop_links and k in ("tracks", "playlists"))}
                           for x in p.read_text().splitlines()]
        return out

    torquec("data", "export", str(app), "--database-url", str(db), "-o", str(tmp_path / "original"))
    for fmt in ("csv", "json"):  # (NDJSON went in above)
        out = tmp_path / f"export-{fmt}"
        torquec("data", "export", str(app), "--database-url", str(db), "--format", fmt, "-o", str(out))
        copy = tmp_path / f"copy-{fmt}.db"
        torquec("data", "import", str(app), str(out), "--database-url", str(copy))
        torquec("data", "export", str(app), "--database-url", str(copy), "-o", str(tmp_path / f"again-{fmt}"))
        original = records(tmp_path / "original", fmt == "csv")  # CSV files carry no link arrays
        assert records(tmp_path / f"again-{fmt}", fmt == "csv") == original, fmt
        assert len(original["Track"]) == 500


def test_northwind_postgresql_end_to_end(northwind_pg, pg_cluster, tmp_path):
    app, data = _import_build(tmp_path, northwind_pg, "northwind")
    target = pg_cluster.create_database("t_northwind_app")
    try:
        server = Server(app, database_url=target, seed=False)
        try:
            run = torquec("data", "import", str(app), str(data), "--database-url", target)
            assert "imported 3313 records" in run.stdout and "links" in run.stdout, run.stdout
            import psycopg

            with psycopg.connect(northwind_pg) as src:
                one = lambda sql: src.execute(sql).fetchone()[0]  # noqa: E731
                for table, entity in (("orders", "Order"), ("order_details", "OrderDetail"), ("customers", "Customer"),
                                      ("products", "Product"), ("employees", "Employee"), ("territories", "Territory")):
                    assert server.total(entity) == one(f"SELECT count(*) FROM {table}"), entity
                details = all_items(server, "OrderDetail")
                revenue = one("SELECT sum(unit_price * quantity * (1 - discount))::float8 FROM order_details")
                assert abs(float(sum(Decimal(d["unitPrice"]) * d["quantity"] * (1 - Decimal(str(d["discount"]))) for d in details)) - revenue) < 0.5
                # bytea became bytes: each category's picture is the source's bytes exactly (base64 in the API)
                pictures = {c["categoryId"]: c["picture"] for c in all_items(server, "Category")}
                for cid, picture in src.execute("SELECT category_id, picture FROM categories").fetchall():
                    assert (base64.b64decode(pictures[cid]) if pictures[cid] is not None else None) == (bytes(picture) if picture is not None else None)
                assert sum(p is not None for p in pictures.values()) >= 8
                # the composite primary key (order_id, product_id) became a unique index: a second line is refused
                d = details[0]
                err = server.error("createEntity", {"entity": "OrderDetail", "data": {
                    k: d[k] for k in ("orderId", "productId", "unitPrice", "quantity", "discount")}})
                assert err["code"] == -32002 and err["data"]["fields"] == ["orderId", "productId"], err
                orders = all_items(server, "Order")
                got = {o["orderId"]: o.get("customerId") for o in orders}  # the customer's code ('VINET') itself
                assert got == dict(src.execute("SELECT order_id, customer_id FROM orders").fetchall())
                employees = {e["employeeId"]: e["id"] for e in all_items(server, "Employee")}
                for eid, n in src.execute("SELECT employee_id, count(*) FROM employee_territories GROUP BY employee_id").fetchall():
                    rel = server.rpc("getRelated", {"entity": "Employee", "id": employees[eid], "relationship": "territories"})
                    assert rel["total"] == n
        finally:
            server.stop()
    finally:
        pg_cluster.drop_database("t_northwind_app")
