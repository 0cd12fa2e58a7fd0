"""`torquec import` on two real public databases: Chinook (SQLite) and Northwind (a PostgreSQL dump,
read both as a .sql file and from a live PostgreSQL database)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from torquec.driver import analyze
from torquec.importer import import_source

from .conftest import CHINOOK, NORTHWIND_SQL


def _check_model(tmp_path: Path, model: dict) -> None:
    path = tmp_path / f"{model['name']}.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    result = analyze(str(path))
    problems = [f"{d.code} {d.message}" for d in result.diagnostics]
    assert result.ok and not problems, problems


def _entity(model: dict, name: str) -> dict:
    return next(e for e in model["entities"] if e["name"] == name)


def _field(model: dict, entity: str, name: str) -> dict:
    return next(f for f in _entity(model, entity)["fields"] if f["name"] == name)


def test_chinook_sqlite_becomes_a_valid_model(tmp_path):
    result = import_source(str(CHINOOK), "chinook", with_data=True)
    m = result.model
    _check_model(tmp_path, m)
    names = {e["name"] for e in m["entities"]}
    assert names == {"Album", "Artist", "Customer", "Employee", "Genre", "Invoice", "InvoiceLine", "MediaType",
                     "Playlist", "Track"}  # PlaylistTrack is a pure join table
    # the source's integer key is kept as the first, unique field; the record id stays a UUID
    key = _entity(m, "Track")["fields"][0]
    assert key["name"] == "trackId" and key["type"] == "integer" and key["unique"] and "required" not in key
    assert _field(m, "Track", "albumId") == {"id": "fld-track-album-id", "name": "albumId", "type": "reference",
                                             "target": "Album", "indexed": True, "targetField": "albumId"}  # by the key
    assert _field(m, "Track", "name")["validation"] == {"maxLength": 200}
    assert _field(m, "Invoice", "total") == {"id": "fld-invoice-total", "name": "total", "type": "decimal",
                                             "precision": 10, "scale": 2, "required": True}
    m2m = [r for r in m["relationships"] if r["kind"] == "manyToMany"]
    assert [(r["from"], r["to"], r["name"], r["inverseName"]) for r in m2m] == [("Playlist", "Track", "tracks", "playlists")]
    self_ref = next(r for r in m["relationships"] if r["foreignKey"] == "reportsTo" if r.get("foreignKey"))
    assert (self_ref["from"], self_ref["to"]) == ("Employee", "Employee")
    # a page with a grid and create/edit forms per entity
    assert len(m["layouts"]) == len(m["entities"])
    types = {c["type"] for c in m["layouts"][0]["components"]} | {c["type"] for x in m["layouts"][0]["components"] for c in x.get("children", [])}
    assert {"DataGrid", "TorqueForm", "Modal"} <= types
    codes = [(w.code, w.table, w.column) for w in result.warnings]
    assert not [c for c in codes if c[0] == "I012"]  # DATETIME (no time zone) is a localDateTime, not an instant
    invoice_date = next(f for f in _entity(m, "Invoice")["fields"] if f["name"] == "invoiceDate")
    assert invoice_date["type"] == "localDateTime"
    # data: every row, the m2m links on the Track side, references as the target's key
    src = sqlite3.connect(CHINOOK)
    for table, entity in (("Track", "Track"), ("Invoice", "Invoice"), ("Customer", "Customer"), ("Album", "Album")):
        assert len(result.records[entity]) == src.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    links = sum(len(r.get("tracks", [])) for r in result.records["Playlist"])
    assert links == src.execute("SELECT count(*) FROM PlaylistTrack").fetchone()[0]
    first = result.records["Track"][0]
    assert first["albumId"] == 1 and first["trackId"] == 1


def test_northwind_sql_dump_warnings_name_their_line(tmp_path):
    result = import_source(str(NORTHWIND_SQL), "northwind", with_data=True)
    m = result.model
    _check_model(tmp_path, m)
    got = {(w.code, w.table, w.column, w.line) for w in result.warnings}
    assert not {w for w in got if w[0] == "I005" and w[2] in ("picture", "photo")}  # bytea is expressible: bytes
    picture = next(f for f in _entity(m, "Category")["fields"] if f["name"] == "picture")
    assert picture["type"] == "bytes" and picture["maxBytes"] == 64 * 1024 * 1024
    assert not {w for w in got if w[0] in ("I002", "I004")}  # composite keys are now expressed
    assert _entity(m, "OrderDetail")["indexes"] == [{"fields": ["orderId", "productId"], "unique": True}]
    cust = _entity(m, "Customer")["fields"][0]
    assert cust == {"id": "fld-customers-customer-id", "name": "customerId", "type": "string",
                    "validation": {"maxLength": 5}, "required": True, "unique": True}
    kinds = sorted((r["from"], r["to"], r["kind"]) for r in m["relationships"] if r["kind"] == "manyToMany")
    assert kinds == [("Customer", "CustomerDemographic", "manyToMany"), ("Employee", "Territory", "manyToMany")]
    assert _field(m, "Order", "customerId")["target"] == "Customer"
    assert _field(m, "Order", "customerId")["targetField"] == "customerId"  # 'VINET' is stored, the database keeps the FK
    assert len(result.records["OrderDetail"]) == 2155 and len(result.records["Order"]) == 830
    assert result.records["Order"][0]["customerId"] == "VINET"  # the target's key


def test_northwind_from_postgresql_matches_the_dump(northwind_pg, tmp_path):
    live = import_source(northwind_pg, "northwind", with_data=True)
    dump = import_source(str(NORTHWIND_SQL), "northwind", with_data=True)
    _check_model(tmp_path, live.model)

    def facts(model):
        return sorted((e["name"], f["name"], f["type"], f.get("required", False), f.get("unique", False), f.get("target"))
                      for e in model["entities"] for f in e["fields"])

    assert facts(live.model) == facts(dump.model)
    rels = lambda model: sorted((r["id"], r["from"], r["to"], r["kind"]) for r in model["relationships"])  # noqa: E731
    assert rels(live.model) == rels(dump.model)
    assert {k: len(v) for k, v in live.records.items()} == {k: len(v) for k, v in dump.records.items()}


def _rename_entity(node, old: str, new: str) -> None:
    """What a hand rename does: every place that names the entity."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("entity", "target", "from", "to") and v == old:
                node[k] = new
            else:
                _rename_entity(v, old, new)
    elif isinstance(node, list):
        for v in node:
            _rename_entity(v, old, new)


def test_reimport_keeps_ids_names_labels_pages_and_flows(tmp_path):
    db = tmp_path / "chinook.sqlite"
    shutil.copy(CHINOOK, db)
    first = import_source(str(db), "chinook").model
    # hand edits: rename an entity and a field (ids kept), a label, a custom page and a flow
    artist = _entity(first, "Artist")
    artist["name"] = "Musician"
    _rename_entity(first, "Artist", "Musician")
    artist["ui"]["label"] = "Performer"
    _field(first, "Track", "milliseconds")["name"] = "durationMs"
    _field(first, "Track", "durationMs")["ui"] = {"label": "Duration (ms)"}
    for page in first["layouts"]:
        for c in page["components"]:
            if c.get("type") == "DataGrid" and c["entity"] == "Track":
                c["columns"] = ["durationMs" if x == "milliseconds" else x for x in c["columns"]]
    first["layouts"].append({"id": "page-home", "name": "home", "route": "/", "components": [
        {"id": "hello", "type": "Text", "text": "Hello"}]})
    first["flows"] = [{"id": "flow-noop", "name": "noop", "nodes": [{"id": "start", "type": "start"},
                                                                     {"id": "end", "type": "end"}],
                       "edges": [{"from": "start", "to": "end"}]}]
    _check_model(tmp_path, first)
    # the database changes: a new column, a new table, a dropped table
    conn = sqlite3.connect(db)
    conn.executescript("ALTER TABLE Track ADD COLUMN Rating INTEGER DEFAULT 3;"
                       "CREATE TABLE Label (LabelId INTEGER PRIMARY KEY, Name TEXT NOT NULL);"
                       "DROP TABLE Genre;")
    conn.close()
    again = import_source(str(db), "chinook", previous=first)
    m = again.model
    _check_model(tmp_path, m)
    assert _entity(m, "Musician")["id"] == "ent-artist" and _entity(m, "Musician")["ui"]["label"] == "Performer"
    assert _field(m, "Track", "durationMs")["ui"] == {"label": "Duration (ms)"}
    assert _field(m, "Track", "rating") == {"id": "fld-track-rating", "name": "rating", "type": "integer", "default": 3}
    assert _field(m, "Album", "artistId")["target"] == "Musician"
    assert "Label" in {e["name"] for e in m["entities"]} and "Genre" not in {e["name"] for e in m["entities"]}
    assert m["flows"] == first["flows"]
    pages = {p["id"] for p in m["layouts"]}
    assert {"page-home", "page-artist", "page-label"} <= pages and "page-genre" not in pages
    assert any("Genre" in n for n in again.notes)


def test_cli_import_writes_model_and_data_and_reports_bad_sources(tmp_path):
    env_py = [sys.executable, "-m", "torquec"]
    out = tmp_path / "chinook.json"
    run = subprocess.run([*env_py, "import", str(CHINOOK), "-o", str(out), "--with-data", str(tmp_path / "data")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "wrote" in run.stdout and "0 warnings" in run.stdout
    assert json.loads(out.read_text())["name"] == "chinook"
    assert (tmp_path / "data" / "Track.ndjson").read_text().count("\n") == 500
    bad = tmp_path / "nothing.sql"
    bad.write_text("SELECT 1;")
    for source in (str(tmp_path / "missing.db"), str(bad), "postgresql://nobody@127.0.0.1:1/x"):
        run = subprocess.run([*env_py, "import", source, "-o", str(tmp_path / "x.json")], capture_output=True, text=True, timeout=60)
        assert run.returncode == 1, (source, run.stderr)
        assert run.stderr.startswith("error: ") and "Traceback" not in run.stderr
