"""``torquec import``: a model (and optionally its data) from an existing database.

    result = import_source("chinook.sqlite", app_name="chinook", with_data=True)
    result.model, result.warnings, result.records   # records: {entity: [record, …]}

Sources: a ``postgresql://`` URL, a SQLite file, or a ``.sql`` file (any dialect sqlglot reads).
"""

from __future__ import annotations

import datetime as _dt
import base64
import decimal
import json
import os
import uuid
from dataclasses import dataclass, field

from .schema import Schema, Warning_
from .to_model import build_model, kebab

__all__ = ["ImportResult", "ImportError_", "import_source", "write_data"]


class ImportError_(Exception):
    """The source cannot be read (a one-line reason for the user)."""


@dataclass
class ImportResult:
    model: dict
    warnings: list[Warning_]
    records: dict[str, list[dict]] | None = None
    notes: list[str] = field(default_factory=list)


def source_kind(source: str) -> str:
    if source.startswith(("postgresql://", "postgres://")):
        return "postgres"
    if not os.path.exists(source):
        raise ImportError_(f"{source}: no such file (give a postgresql:// URL, a SQLite file or a .sql file)")
    with open(source, "rb") as fh:
        head = fh.read(16)
    if head.startswith(b"SQLite format 3"):
        return "sqlite"
    return "sql"


def read_schema(source: str, with_data: bool = False, dialect: str | None = None) -> Schema:
    kind = source_kind(source)
    try:
        if kind == "postgres":
            from .readers import read_postgres

            return read_postgres(source, with_data)
        if kind == "sqlite":
            from .readers import read_sqlite

            return read_sqlite(source, with_data)
        from .sqlfile import read_sql_file

        return read_sql_file(source, with_data, dialect)
    except ImportError_:
        raise
    except Exception as exc:  # a database driver's error: the user's input, not our bug
        if type(exc).__module__.split(".")[0] in ("psycopg", "sqlite3") or isinstance(exc, (OSError, UnicodeError)):
            raise ImportError_(f"cannot read {_redact(source)}: {str(exc).strip().splitlines()[0]}") from None
        raise


def _redact(source: str) -> str:
    if "://" in source and "@" in source:
        scheme, rest = source.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return source


def import_source(source: str, app_name: str, *, with_data: bool = False, dialect: str | None = None,
                  previous: dict | None = None) -> ImportResult:
    schema = read_schema(source, with_data, dialect)
    if not schema.tables:
        raise ImportError_(f"{_redact(source)}: no tables found")
    model, plan = build_model(schema, app_name)
    notes: list[str] = []
    if previous is not None:
        from .merge import merge

        model, notes = merge(previous, model)
    records = _records(schema, plan, model) if with_data else None
    return ImportResult(model, schema.warnings, records, notes)


# ------------------------------------------------------------------ data

def _json_value(v, ftype: str):
    if v is None:
        return None
    if ftype == "boolean":
        if isinstance(v, str):
            return v.lower() in ("t", "true", "1", "y", "yes")
        return bool(v)
    if ftype == "integer":
        return int(v)
    if ftype == "float":
        return float(v)
    if ftype == "decimal":
        # exact: the text of the source's value (a float from SQLite's REAL affinity by its repr)
        d = decimal.Decimal(repr(v)) if isinstance(v, float) else decimal.Decimal(str(v).strip())
        return f"{d:f}"
    if ftype == "date":
        if isinstance(v, (_dt.date, _dt.datetime)):
            return v.isoformat()[:10]
        return str(v)[:10]
    if ftype == "datetime":
        if isinstance(v, _dt.datetime):
            if v.tzinfo is not None:
                v = v.astimezone(_dt.timezone.utc).replace(tzinfo=None)
            return v.isoformat(timespec="microseconds") + "Z"
        if isinstance(v, _dt.date):
            return v.isoformat() + "T00:00:00Z"
        text = str(v).strip()
        try:
            d = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text  # left for the data import's validation to report, with its line
        return _json_value(d, "datetime")
    if ftype == "uuid":
        return str(uuid.UUID(str(v)))
    if ftype == "localDateTime":
        if isinstance(v, _dt.datetime):
            return v.replace(tzinfo=None).isoformat()
        if isinstance(v, _dt.date):
            return v.isoformat() + "T00:00:00"
        text = str(v).strip().replace(" ", "T", 1)
        return text
    if ftype == "bytes":
        if isinstance(v, str) and v.startswith("\\x"):  # a PostgreSQL dump's hex bytea literal
            try:
                v = bytes.fromhex(v[2:])
            except ValueError:
                return v  # left for the data import's validation to report, with its line
        if isinstance(v, (bytes, bytearray, memoryview)):
            return base64.b64encode(bytes(v)).decode("ascii")
        return v
    if ftype == "json" and isinstance(v, str):
        try:
            return json.loads(v)
        except ValueError:
            return v
    if isinstance(v, (bytes, memoryview)):
        return None
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    return v if isinstance(v, (int, float, bool, list, dict)) else str(v)


def _key_value(v):
    if isinstance(v, decimal.Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


def _records(schema: Schema, plan: dict, model: dict) -> dict[str, list[dict]]:
    """Source rows → records with the (merged) model's field names, found by stable field id."""
    by_id = {e["id"]: e for e in model["entities"]}
    out: dict[str, list[dict]] = {}
    rows = schema.rows or {}
    key_names: dict[str, str] = {}  # entity name → the field holding its source key
    for p in plan["entities"].values():
        entity = by_id[p.entity["id"]]
        fields = {f["id"]: f for f in entity["fields"]}
        resolved = []  # (source column, output name, type; "key" for a reference holding the target's key)
        for col, fresh_name in p.columns.items():
            if fresh_name == "id":
                resolved.append((col.lower(), "id", "uuid"))
                continue
            f = fields.get(f"fld-{kebab(p.table.name)}-{kebab(col)}")
            if f is None:
                continue
            resolved.append((col.lower(), f["name"], "key" if f["type"] == "reference" else f["type"]))
            if col == p.key_column:
                key_names[entity["name"]] = f["name"]
        recs = []
        for row in _rows_for(rows, p.table.name):
            low = {k.lower(): v for k, v in row.items()}
            rec = {}
            for col, name, ftype in resolved:
                v = low.get(col)
                if v is not None:
                    rec[name] = _key_value(v) if ftype == "key" else _json_value(v, ftype)
            recs.append(rec)
        out[entity["name"]] = recs
    # many-to-many links ride on the `from` side's records: arrays of the target's keys
    rels = {r["id"]: r for r in model["relationships"]}
    for t, a, _b, col_a, col_b, _name, _inverse in plan["m2m"]:
        rel = rels.get(f"rel-{kebab(t.name)}")
        if rel is None:
            continue
        a_entity = by_id[a.entity["id"]]
        links: dict = {}
        for row in _rows_for(rows, t.name):
            low = {k.lower(): v for k, v in row.items()}
            links.setdefault(_key_value(low[col_a.lower()]), []).append(_key_value(low[col_b.lower()]))
        a_key = key_names.get(a_entity["name"], "id")
        for rec in out.get(a_entity["name"], []):
            k = rec.get(a_key)
            if k in links:
                rec[rel["name"]] = links[k]
    return out


def _rows_for(rows: dict, table: str) -> list[dict]:
    if table in rows:
        return rows[table]
    low = table.lower()
    return next((v for k, v in rows.items() if k.lower() == low), [])


def write_data(records: dict[str, list[dict]], directory: str) -> list[str]:
    """One ``<Entity>.ndjson`` per entity (the format ``torquec data import`` reads)."""
    os.makedirs(directory, exist_ok=True)
    written = []
    for entity, recs in records.items():
        path = os.path.join(directory, f"{entity}.ndjson")
        with open(path, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        written.append(path)
    return written
