"""The compiled row checks of `torquec data import` (torquec/runtime/import_rows.py) against the
runtime's own validation (``DataService._validate`` through ``DataImporter._check_row``).

A corpus of good rows and of rows with one field changed to an edge value (bad, or good in a
shape the fast path leaves to the slow one) goes through both, on SQLite and PostgreSQL, as
NDJSON and as CSV:

* row by row: whenever the compiled check accepts a row, the runtime's validation accepts it
  too, with the same API values and the same insert parameters; and the fast path accepts
  every plain good row (else it would only be a slower way to the slow path);
* whole imports with ``--skip-invalid``: the same problems (file:line: field: message) and the
  same stored records with and without the compiled checks.
"""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

import pytest

from torquec.commands.serve import load_app_module
from torquec.driver import build
from torquec.runtime.dataio import DataImporter, _Keys, read_rows
from torquec.runtime.import_rows import bind, compile_row_check

MODEL = {
    "name": "fast-import", "title": "Fast import", "version": "1.0.0",
    "entities": [
        {"id": "ent-country", "name": "Country", "fields": [
            {"id": "f-c-code", "name": "code", "type": "string", "unique": True, "required": True, "validation": {"maxLength": 2}},
            {"id": "f-c-name", "name": "name", "type": "string"}]},
        {"id": "ent-thing", "name": "Thing", "fields": [
            {"id": "f-t-seq", "name": "seq", "type": "integer", "unique": True, "required": True, "validation": {"min": -5, "max": 10**12}},
            {"id": "f-t-label", "name": "label", "type": "string", "required": True, "validation": {"minLength": 2, "maxLength": 12}},
            {"id": "f-t-note", "name": "note", "type": "text"},
            {"id": "f-t-sku", "name": "sku", "type": "string", "validation": {"pattern": "^[A-Z]{2}-[0-9]{3}$"}},
            {"id": "f-t-mail", "name": "mail", "type": "email"},
            {"id": "f-t-site", "name": "site", "type": "url"},
            {"id": "f-t-count", "name": "count", "type": "integer", "validation": {"min": 0}},
            {"id": "f-t-ratio", "name": "ratio", "type": "float", "validation": {"min": -1, "max": 1000}},
            {"id": "f-t-amount", "name": "amount", "type": "decimal", "precision": 12, "scale": 2},
            {"id": "f-t-big", "name": "big", "type": "decimal", "precision": 30, "scale": 4},
            {"id": "f-t-whole", "name": "whole", "type": "decimal", "precision": 5, "scale": 0},
            {"id": "f-t-price", "name": "price", "type": "decimal", "precision": 8, "scale": 2, "validation": {"min": 0}},
            {"id": "f-t-ok", "name": "ok", "type": "boolean", "required": True},
            {"id": "f-t-day", "name": "day", "type": "date"},
            {"id": "f-t-at", "name": "at", "type": "datetime"},
            {"id": "f-t-local", "name": "local", "type": "localDateTime"},
            {"id": "f-t-blob", "name": "blob", "type": "bytes", "maxBytes": 4},
            {"id": "f-t-kind", "name": "kind", "type": "enum", "values": ["a", "b", "c"], "required": True, "default": "b"},
            {"id": "f-t-ext", "name": "ext", "type": "uuid"},
            {"id": "f-t-meta", "name": "meta", "type": "json"},
            {"id": "f-t-shape", "name": "shape", "type": "json",
             "jsonSchema": {"type": "object", "required": ["w"], "properties": {"w": {"type": "integer", "minimum": 0}}}},
            {"id": "f-t-tags", "name": "tags", "type": "array", "items": {"type": "string"}},
            {"id": "f-t-country", "name": "countryId", "type": "reference", "target": "Country"},
            {"id": "f-t-home", "name": "home", "type": "reference", "target": "Country", "targetField": "code"}]},
        {"id": "ent-pair", "name": "Pair", "fields": [
            {"id": "f-p-left", "name": "left", "type": "string", "required": True},
            {"id": "f-p-right", "name": "right", "type": "integer", "required": True},
            {"id": "f-p-number", "name": "number", "type": "integer", "sequence": True}],
         "indexes": [{"fields": ["left", "right"], "unique": True}]},
    ],
    "relationships": [], "flows": [], "layouts": [],
}

GOOD = {"seq": 1, "label": "first", "note": "tab\there, new\nline and back\\slash", "sku": "AB-123", "mail": "ann@example.com",
        "site": "https://example.com/x", "count": 3, "ratio": 0.25, "amount": "1234.5", "big": "12345678901234567890.1234",
        "whole": 42, "price": "9.99", "ok": True, "day": "2024-02-29", "at": "2024-05-06T12:34:56.5+02:00",
        "local": "2021-01-01T00:00:00", "blob": "AAEC", "kind": "a", "ext": "0a0b0c0d-0000-4000-8000-00000000000a",
        "meta": {"x": [1, 2]}, "shape": {"w": 3}, "tags": ["p", "q"], "countryId": "FR", "home": "DE"}

# field → values that are bad, or good in a shape the fast path may leave to the runtime
EDGES: dict[str, list] = {
    "seq": [None, "7", 7.0, True, -6, 10**12 + 1, 2**70, -5],
    "label": [None, "x", "y" * 13, "y" * 12, 5, "nul\x00", "ünïcode✓", ""],
    "note": ["nul\x00", 12, "", "x" * 5000],
    "sku": ["ab-123", "AB-1234", "AB-123\n", 7],
    "mail": ["not-an-email", "Ann <ann@example.com>", "ANN@EXAMPLE.COM"],
    "site": ["notaurl", "ftp://x", "https://example.com/ä"],
    "count": [-1, 0, 1.5, "3", False, 2**63, 2**63 - 1],
    "ratio": [5, -1, -1.5, 1000.0, 1000.5, "0.5", True, 1e308, 2**60, 2**53 + 1],
    "amount": ["1.234", "1.230", 1.234, 1.23, 12.0, 0.1 + 0.2, "0012.50", "-0.00", "-0", "-1.5", "1e3", 1e3, " 1.5", "1.5 ",
               "12345678901.00", "1234567890.99", 1234567890.99, 12345678901, 123, "١٢٣", "", True, [1], "0.005", 1e-05, "+1"],
    "big": ["-12345678901234567890.1234", "99999999999999999999999999.9999", "999999999999999999999999999.9", "0.00001",
            123456789012345678, 1.5, "-0.0001"],
    "whole": ["12345", "123456", 1.0, "1.0", "-9", 99999, 100000, "007"],
    "price": ["-0.01", "0", "0.00", -1, "999999.99"],
    "ok": ["true", 1, 0, None, False],
    "day": ["2024-02-30", "2024-2-3", "20240203", "2024-02-03T00:00:00", 20240203, "2024-02-03 ", "0000-01-01", "9999-12-31",
            "２０２４-01-01", ""],
    "at": ["2024-05-06T12:34:56Z", "2024-05-06 12:34:56Z", "2024-05-06T12:34:56", "2024-05-06T24:00:00Z", "2024-05-06T23:59:60Z",
           "2024-05-06T12:34:56.1234567Z", "2024-05-06T12:34:56+23:59", "2024-05-06T12:34:56+24:00", "2024-05-06T12:34:56+0530",
           "2024-05-06", 1715000000, "0001-01-01T00:00:00+01:00", "2024-05-06T12:34:56z", "2024-05-06t12:34:56Z"],
    "local": ["2021-01-01T00:00:00Z", "2021-01-01 00:00", "2021-13-01T00:00:00"],
    "blob": ["AAECAw==", "AAECAwQ=", "not base64", "", 5],
    "kind": [None, "d", "A", 1],
    "ext": ["0A0B0C0D-0000-4000-8000-00000000000A", "0a0b0c0d000040008000000000000000", "{0a0b0c0d-0000-4000-8000-00000000000a}",
            "nope", 5],
    "meta": [None, "text", [1, {"a": None}], {"k": "nul\x00"}],
    "shape": [{"w": -1}, {"h": 1}, {"w": 2, "h": 1}, [1], None],
    "tags": [[], ["x", None], "p|q", [1]],
    "countryId": ["ZZ", "fr", 5, "COUNTRY-ID"],  # COUNTRY-ID: replaced by France's id
    "home": [None, 5],  # a key no Country has: the database refuses the whole import (keys are taken as they are)
}


def corpus() -> list[dict]:
    rows = []
    for i, (name, values) in enumerate(EDGES.items()):
        for j, v in enumerate(values):
            row = copy.deepcopy(GOOD)
            row["seq"] = 1000 + 100 * i + j
            row["label"] = f"r{i}-{j}"
            row[name] = v
            rows.append(row)
    for k in range(30):  # plain good rows, some without optional fields, one given id, two repeating a unique seq
        row = copy.deepcopy(GOOD)
        row["seq"], row["label"] = 50_000 + k, f"good {k}"
        if k % 3 == 0:
            for name in ("note", "sku", "meta", "tags", "amount", "kind"):
                row.pop(name)
        if k == 5:
            row["id"] = "0190f0f0-0000-7000-8000-000000000005"
        if k in (7, 8):
            row["seq"] = 50_000
        rows.append(row)
    rows.append({**GOOD, "seq": 60_000, "label": "unknown key", "colour": "red"})
    rows.append({**GOOD, "seq": 60_001, "label": "bad id", "id": "nope"})
    rows.append({**GOOD, "seq": 60_002, "label": "system keys", "createdAt": "x", "version": 9})
    return rows


def csv_text(rows: list[dict]) -> str:
    cols = list(dict.fromkeys(k for r in rows for k in r))
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=cols)
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if v is None else "true" if v is True else "false" if v is False else
                        json.dumps(v) if isinstance(v, (list, dict)) else v) for k, v in r.items()})
    return out.getvalue()


def csv_extra_rows() -> str:
    """CSV spellings (coerced by the importer before validation)."""
    cells = {"ok": [" yes", "N", "2"], "count": [" 12 ", "1_000", "0x10", "٣"], "ratio": ["1e2", "10", "nan", "inf", "-0"],
             "amount": ["  3.10 ", "3.1.0"], "seq": ["70001.0"], "tags": ["a|b", "[\"a\"]"], "meta": ["{bad", "[1]"]}
    rows = []
    for name, values in cells.items():
        for j, v in enumerate(values):
            row = {k: GOOD[k] for k in ("label", "ok", "kind", "countryId")}
            row.update(seq=str(80_000 + len(rows)), label=f"csv {name} {j}", ok="true")
            row[name] = v
            rows.append(row)
    return csv_text(rows)


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("fastimport")
    (tmp / "m.json").write_text(json.dumps(MODEL))
    res = build(str(tmp / "m.json"), str(tmp / "app"))
    assert res.ok, [d.message for d in res.diagnostics]
    return tmp / "app"


def _open(app_dir: Path, url: str):
    app = load_app_module(str(app_dir)).create_app(url)
    rt = app.state.torque
    svc = rt.service
    DataImporter(svc).run([("Country", "Country.ndjson", [(1, {"code": "FR", "name": "France"}), (2, {"code": "DE", "name": "Germany"})], False)])
    return rt, svc


def _files(svc) -> list[tuple[str, str, str]]:
    with svc.transaction() as tx:
        france = next(str(r[0]) for r in tx.fetchall('SELECT id FROM "country" WHERE "code" = \'FR\''))
    rows = [{k: (france if v == "COUNTRY-ID" else v) for k, v in r.items()} for r in corpus()]
    ndjson = "".join(json.dumps(r) + "\n" for r in rows)
    # number: a sequence field, whose numbers a file may carry
    pairs = [{"left": "a", "right": 1, "number": 700}, {"left": "a", "right": 2}, {"left": "a", "right": 1}, {"left": "b", "right": "x"},
             {"left": "b", "right": 1, "id": "0190f0f0-0000-7000-8000-0000000000ff", "number": None},
             {"left": "c", "right": 1, "number": "800"}, {"left": "c", "right": 2, "number": 900.0}, {"left": "c", "right": 3, "number": True},
             {"left": "c", "right": 4, "number": 1000}]
    # a CSV column no field has refuses every row; a cell is text, so home=5 is the key "5", which no Country has
    in_csv = [r for r in rows if "colour" not in r and r["home"] != 5]
    return [("Thing", "ndjson", ndjson), ("Thing", "csv", csv_text(in_csv)), ("Thing", "csv", csv_extra_rows()),
            ("Pair", "ndjson", "".join(json.dumps(r) + "\n" for r in pairs)), ("Pair", "csv", csv_text(pairs))]


def _row_by_row(svc, entity: str, fmt: str, text: str) -> tuple[int, int]:
    """Every row the compiled check accepts, the runtime accepts with the same values and parameters."""
    es = svc.spec.entities[entity]
    rows = list(read_rows(f"{entity}.{fmt}", fmt, text=text))
    importer = DataImporter(svc)
    with svc.transaction() as tx:
        keys = _Keys(svc, tx)
        kf = keys.field_of(es)
        country = svc.spec.entities["Country"]
        keys._load(country)
        keys._load(es)
        refs = {f.name: (keys.ids[country.name], keys.by_key[country.name]) for f in es.reference_fields}
        check = compile_row_check(es, svc.dialect, fmt == "csv", kf.name if kf else None)
        assert check is not None, f"{entity} {fmt}: not compiled"
        bind(check, es, refs, {f.name: set() for f in es.fields if f.unique}, set(), {})
        at = es.copy_at if svc.dialect == "postgres" else None
        fast = agreed = 0
        rid, now = "0190f0f0-0000-7000-8000-00000000abcd", "2024-01-01T00:00:00.000000Z"
        for line, raw in rows:
            got = check(raw, rid, now)
            if got is None:
                continue
            fast += 1
            problems, rec, _links = importer._check_row(es, es.all_fields, "f", line, raw, rid, fmt == "csv", refs, keys)
            assert not problems, (line, raw, [p.render() for p in problems])
            want_vals = tuple(rec.get(n) for n in es.field_names)
            want_params = (rid, *es.field_params(rec, at), now, now, 1)
            assert got[0] == want_vals and [type(v) for v in got[0]] == [type(v) for v in want_vals], (line, raw, got[0], want_vals)
            assert [_db_text(v) for v in got[1]] == [_db_text(v) for v in want_params], (line, raw, got[1], want_params)
            agreed += 1
    return fast, len(rows)


def _db_text(v):
    """Parameters compared as the database receives them: COPY reads a UUID object and its text alike."""
    import uuid

    if isinstance(v, uuid.UUID):
        return ("str", str(v))
    if type(v).__name__ == "Jsonb":
        return ("Jsonb", json.dumps(v.obj, sort_keys=True))
    return (type(v).__name__, v)


def _import(svc, files, fast: bool) -> tuple[list[str], dict, dict]:
    report = DataImporter(svc, skip_invalid=True, compiled=fast).run(
        [(entity, f"{entity}.{fmt}", read_rows(f"{entity}.{fmt}", fmt, text=text), fmt == "csv") for entity, fmt, text in files])
    stored = {}
    with svc.transaction(write=False) as tx:
        for name in ("Thing", "Pair"):
            es = svc.spec.entities[name]
            recs = [es.from_row(r) for r in tx.fetchall(f"SELECT {es.select_list} FROM {es.qtable}")]
            for r in recs:
                r.pop("createdAt"), r.pop("updatedAt")
                if r["id"] not in ("0190f0f0-0000-7000-8000-000000000005", "0190f0f0-0000-7000-8000-0000000000ff"):
                    r.pop("id")  # new ids differ between the two imports
                if name == "Pair" and r["number"] not in (700, 800, 1000):
                    r["number"] = "numbered by the database"  # a PostgreSQL sequence never gives a number twice
            stored[name] = sorted(recs, key=lambda r: json.dumps(r, sort_keys=True, default=str))
        for name in ("Thing", "Pair"):
            tx.execute(f'DELETE FROM "{svc.spec.entities[name].table}"')
    return [p.render() for p in report.problems], report.inserted, stored


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_compiled_checks_agree_with_the_runtime_validation(app_dir, tmp_path, dialect, request):
    url = str(tmp_path / "fast.db") if dialect == "sqlite" else request.getfixturevalue("pg_url")
    rt, svc = _open(app_dir, url)
    try:
        files = _files(svc)
        for entity, fmt, text in files:
            fast, total = _row_by_row(svc, entity, fmt, text)
            assert fast > 0, (entity, fmt)
        # every plain good row takes the fast path (seq 50000+), in both formats
        thing_nd = [r for _l, r in read_rows("x.ndjson", "ndjson", text=files[0][2])]
        es = svc.spec.entities["Thing"]
        with svc.transaction() as tx:
            keys = _Keys(svc, tx)
            keys._load(svc.spec.entities["Country"])
            refs = {f.name: (keys.ids["Country"], keys.by_key["Country"]) for f in es.reference_fields}
        for is_csv, rows in ((False, thing_nd), (True, [r for _l, r in read_rows("x.csv", "csv", text=files[1][2])])):
            check = compile_row_check(es, svc.dialect, is_csv, "seq")
            plain = [r for r in rows if str(r["seq"]).startswith("500")]
            assert len(plain) == 30
            for r in plain:
                bind(check, es, refs, {"seq": set()}, set(), {})
                assert check(r, "0190f0f0-0000-7000-8000-00000000abcd", "now") is not None, (is_csv, r)
        slow = _import(svc, files, fast=False)
        quick = _import(svc, files, fast=True)
        assert quick[0] == slow[0]
        assert quick[1] == slow[1]
        assert quick[2] == slow[2]
        assert len(slow[0]) > 100 and slow[1]["Thing"] > 60  # the corpus has both kinds of row
        # before year 1 in UTC: a field error (it was an OverflowError out of the API normaliser)
        assert any(p.endswith("at: is out of range: must be between years 1 and 9999 in UTC") for p in slow[0])
    finally:
        rt.db.close()
