"""Data out of a running app (``torquec data export``), and the JSON-RPC methods
``exportEntityData`` / ``importEntityData`` over export and :mod:`.dataio`'s import.

Export: every record as the API returns it, plus many-to-many link arrays (NDJSON/JSON),
ordered by id.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Iterable, Iterator

import orjson

from .dataio import FORMATS, DataFileError, DataImporter, ImportFailed, read_rows
from .errors import InvalidParams
from .service import DataService
from .spec import EntitySpec, q


# ------------------------------------------------------------------ export

def export_records(svc: DataService, entity: str, *, with_links: bool = True) -> Iterator[dict]:
    es = svc.entity(entity)
    links: dict[str, dict[str, list[str]]] = {}
    with svc.transaction(write=False) as tx:
        if with_links:
            for name, nav in es.links.items():
                mine, theirs = (nav.self_column, nav.other_column)
                got: dict[str, list[str]] = {}
                for a, b in tx.fetchall(f"SELECT {q(mine)}, {q(theirs)} FROM {q(nav.join_table)} ORDER BY {q(mine)}, {q(theirs)}"):
                    got.setdefault(str(a), []).append(str(b))
                links[name] = got
        rows = tx.fetchall(f"SELECT {es.select_list} FROM {es.qtable} ORDER BY id")
    for row in rows:
        rec = es.from_row(row)
        for name, got in links.items():
            rec[name] = got.get(rec["id"], [])
        yield rec


def _csv_cell(v: Any) -> str:
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (list, dict)):
        return orjson.dumps(v).decode()
    return str(v)


def write_records(records: Iterable[dict], es: EntitySpec, fmt: str, out) -> int:
    """Write to a text stream; returns the record count."""
    n = 0
    if fmt == "csv":
        cols = ["id", *(f.name for f in es.fields), "createdAt", "updatedAt", "version"]
        w = csv.writer(out, lineterminator="\n")
        w.writerow(cols)
        for rec in records:
            w.writerow([_csv_cell(rec.get(c)) for c in cols])
            n += 1
    elif fmt == "ndjson":
        for rec in records:
            out.write(orjson.dumps(rec).decode())
            out.write("\n")
            n += 1
    else:
        out.write("[")
        for rec in records:
            out.write(",\n" if n else "\n")
            out.write(orjson.dumps(rec).decode())
            n += 1
        out.write("\n]\n" if n else "]\n")
    return n


# ------------------------------------------------------------------ JSON-RPC: exportEntityData, importEntityData

MAX_RPC_EXPORT = 100_000  # records per exportEntityData answer; more: `torquec data export`
MAX_RPC_PROBLEMS = 100


def _check_format(fmt: Any) -> str:
    if fmt not in FORMATS:
        raise InvalidParams(errors=[{"field": "format", "rule": "enum", "message": f"must be one of {', '.join(FORMATS)}"}])
    return fmt


def rpc_export(svc: DataService, principal, entity: Any, fmt: Any = "ndjson") -> dict:
    es = svc.entity(entity, principal)
    principal.require(es.name, "read")
    fmt = _check_format(fmt)
    count = svc.count(es.name)
    if count > MAX_RPC_EXPORT:
        raise InvalidParams(errors=[{"field": "entity", "rule": "maxItems",
                                     "message": f"{count} records: more than {MAX_RPC_EXPORT} per call; use `torquec data export`"}])
    # many-to-many links only towards entities the caller may read (ids of the others stay hidden)
    readable_links = all(principal.can(nav.entity, "read") for nav in es.links.values())
    records = export_records(svc, es.name, with_links=fmt != "csv" and readable_links)
    out = io.StringIO()
    n = write_records(records, es, fmt, out)
    return {"entity": es.name, "format": fmt, "count": n, "content": out.getvalue()}


def rpc_import(svc: DataService, principal, entity: Any, fmt: Any, content: Any, skip_invalid: Any = False) -> dict:
    es = svc.entity(entity, principal)
    principal.require(es.name, "create")
    # resolving a key reads the target: the caller must be allowed to
    for f in es.reference_fields:
        principal.require(f.target, "read")
    for nav in es.links.values():
        principal.require(nav.entity, "read")
    fmt = _check_format(fmt)
    if not isinstance(content, str):
        raise InvalidParams(errors=[{"field": "content", "rule": "type", "message": "must be a string (the file's text)"}])
    if not isinstance(skip_invalid, bool):
        raise InvalidParams(errors=[{"field": "skipInvalid", "rule": "type", "message": "must be a boolean"}])
    label = f"{es.name}.{fmt}"
    try:
        rows = list(read_rows(label, fmt, text=content))
    except DataFileError as exc:
        raise InvalidParams(errors=[{"field": "content", "rule": "format", "message": str(exc)}]) from None
    try:
        report = DataImporter(svc, skip_invalid=skip_invalid).run([(es.name, label, rows, fmt == "csv")])
    except ImportFailed as exc:
        errors = [{"field": p.field or "content", "rule": "import", "message": p.message, "line": p.line}
                  for p in exc.report.problems[:MAX_RPC_PROBLEMS]]
        raise InvalidParams(f"Invalid params: {len(exc.report.problems)} problem(s); nothing imported", errors=errors) from None
    return {"entity": es.name, "inserted": report.inserted.get(es.name, 0), "links": report.links,
            "rejected": [{"line": p.line, "field": p.field, "message": p.message} for p in report.rejected[:MAX_RPC_PROBLEMS]],
            "rejectedCount": len(report.rejected)}
