"""Bulk data in and out of a running app's database: CSV, NDJSON and JSON files.

Import (``DataImporter``): rows are validated by the runtime's own validation
(``DataService._validate``: the generated pydantic models and the same checks as
``createEntity``); reference fields and many-to-many link arrays may hold a UUID or the
target's *key* — the value of the target's first ``unique`` field that is not a reference
(``torquec import`` keeps a source database's primary key there) — resolved here, including
keys of rows of the same import (self-references, files of several entities). Unique fields
are checked against the database and the file. Every problem names file, line and field.
All or nothing by default (one transaction); ``skip_invalid`` inserts the valid rows and
returns the rejected ones with their reasons. Valid rows go in with one ``COPY`` per entity
on PostgreSQL and ``executemany`` on SQLite, without per-row hooks (flows' entity triggers
do not run for imported rows, as for ``--seed``). On SQLite the table's CHECKs are verified
once after each statement instead of per row (``db/sqlite_bulk.py``); a row the import's checks
passed and a CHECK refuses fails the whole import, even with ``skip_invalid`` (the two disagree:
a bug), naming file, line, field and constraint.

Export and the JSON-RPC methods over both: ``data_export``.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sqlite3
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import orjson

from .db import pg_bulk, sqlite_bulk
from .db.base import DbError
from .db.sqlite import translate as translate_sqlite
from .errors import InvalidParams, RpcError
from .gc_pause import gc_paused
from .graph import cyclic_groups
from .import_rows import bind, compile_row_check
from .seed import entity_order
from .service import DataService
from .spec import EntitySpec, FieldSpec, q
from .values import canonical_uuid, new_id, now_utc

FORMATS = ("csv", "ndjson", "json")
SYSTEM_SKIPPED = ("createdAt", "updatedAt", "version")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_TRUE = {"true", "t", "1", "yes", "y"}
_FALSE = {"false", "f", "0", "no", "n"}


COMPILE_FROM_ROWS = 50


class DataFileError(Exception):
    """A file that cannot be read at all (format, encoding, not a list of objects)."""


@dataclass
class RowProblem:
    file: str
    line: int
    field: str | None
    message: str
    row: dict | None = None

    def render(self) -> str:
        return f"{self.file}:{self.line}: {self.field + ': ' if self.field else ''}{self.message}"

    def to_json(self) -> dict:
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message, "row": self.row}


@dataclass
class ImportReport:
    inserted: dict[str, int] = field(default_factory=dict)
    links: int = 0
    rejected: list[RowProblem] = field(default_factory=list)  # one per rejected row (its first problem)
    problems: list[RowProblem] = field(default_factory=list)  # every problem found

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportFailed(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{len(report.problems)} problem(s)")
        self.report = report


# ------------------------------------------------------------------ reading files

def detect_format(path: str, given: str | None = None) -> str:
    if given:
        return given
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if ext in ("ndjson", "jsonl"):
        return "ndjson"
    if ext in FORMATS:
        return ext
    raise DataFileError(f"{path}: cannot tell the format from the extension; pass --format csv|ndjson|json")


def read_rows(path: str, fmt: str, text: str | None = None) -> Iterator[tuple[int, dict]]:
    """(line, row) pairs; CSV rows hold strings (coerced later, per field type)."""
    label = path
    if text is None:
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DataFileError(f"{label}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
        except OSError as exc:
            raise DataFileError(f"{label}: {exc.strerror}") from None
    if fmt == "csv":
        # csv.reader and a dict per row: what csv.DictReader does (blank rows skipped, missing cells
        # None), at half its cost
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
        if header is None:
            return
        if len(set(header)) != len(header):
            raise DataFileError(f"{label}:1: a column name appears twice in the header")
        width = len(header)
        line = reader.line_num
        for cells in reader:
            if not cells:
                continue
            start, line = line + 1, reader.line_num
            if len(cells) > width:
                raise DataFileError(f"{label}:{start}: more values than header columns")
            row = dict(zip(header, cells))
            if len(cells) < width:
                row.update(dict.fromkeys(header[len(cells):]))
            yield start, row
        return
    if fmt == "ndjson":
        lines = text.splitlines()
        try:  # each line parsed as below, in one C loop; a blank or bad line: the loop below finds it
            rows = list(map(orjson.loads, lines))
        except orjson.JSONDecodeError:
            rows = None
        if rows is not None and all(r.__class__ is dict for r in rows):
            yield from zip(range(1, len(rows) + 1), rows)
            return
        for n, line_text in enumerate(lines, 1):
            if not line_text.strip():
                continue
            try:
                row = orjson.loads(line_text)
            except orjson.JSONDecodeError as exc:
                raise DataFileError(f"{label}:{n}: not JSON ({exc})") from None
            if not isinstance(row, dict):
                raise DataFileError(f"{label}:{n}: each line must be a JSON object")
            yield n, row
        return
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise DataFileError(f"{label}: not JSON ({exc})") from None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise DataFileError(f"{label}: a JSON file must hold an array of objects")
    # "line" of a JSON array element: its position (1-based), the closest stable address
    yield from enumerate(data, 1)


def _coerce(f: FieldSpec, v: str) -> Any:
    """A CSV cell → the JSON value the API expects. Raises ValueError with a reason."""
    t = f.type
    if t in ("string", "text", "email", "url", "enum", "date", "datetime", "uuid", "reference"):
        return v
    if t == "integer":
        return int(v)
    if t == "decimal":
        return v.strip()  # exact: the text is checked (digits, places) like an API string
    if t == "float":
        out = float(v)
        return int(out) if out.is_integer() and "." not in v and "e" not in v.lower() else out
    if t == "boolean":
        low = v.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError("must be true or false")
    if t in ("array", "json"):
        try:
            return orjson.loads(v)
        except orjson.JSONDecodeError:
            if t == "array":
                return [x for x in v.split("|")] if v else []
            raise ValueError("must be JSON") from None
    return v


# ------------------------------------------------------------------ import

class _Keys:
    """Per target entity: key value (as text) → record id, and the set of known ids."""

    def __init__(self, svc: DataService, tx) -> None:
        self.svc, self.tx = svc, tx
        self.by_key: dict[str, dict[str, str]] = {}
        self.ids: dict[str, set[str]] = {}
        self.key_field: dict[str, FieldSpec | None] = {}

    def field_of(self, es: EntitySpec) -> FieldSpec | None:
        if es.name not in self.key_field:
            self.key_field[es.name] = next((f for f in es.fields if f.unique and f.type != "reference"), None)
        return self.key_field[es.name]

    def _load(self, es: EntitySpec) -> None:
        if es.name in self.ids:
            return
        kf = self.field_of(es)
        cols = "id" + (f", {kf.qcol}" if kf else "")
        ids: set[str] = set()
        keys: dict[str, str] = {}
        for row in self.tx.fetchall(f"SELECT {cols} FROM {es.qtable}"):
            rid = str(row[0])
            ids.add(rid)
            if kf is not None and row[1] is not None:
                keys[_key_text(row[1])] = rid
        self.ids[es.name], self.by_key[es.name] = ids, keys

    def add(self, es: EntitySpec, rid: str, key: Any) -> None:
        self._load(es)
        self.ids[es.name].add(rid)
        if key is not None:
            self.by_key[es.name][_key_text(key)] = rid

    def resolve(self, es: EntitySpec, value: Any) -> str | None:
        """A UUID of an existing record, or a key → id; None when nothing matches."""
        self._load(es)
        if isinstance(value, str) and _UUID.match(value):
            v = value.lower()
            if v in self.ids[es.name]:
                return v
        return self.by_key[es.name].get(_key_text(value))


def _ids(n: int) -> list[str]:
    """n new time-ordered ids (UUIDv7, like ``values.new_id``: one millisecond, a rising counter in
    the random bits after the first), formatted directly — ``uuid.UUID`` objects cost more than
    the rest of a row's import."""
    if n == 0:
        return []
    first = int(new_id().replace("-", ""), 16) & ~0xFFFFFFFF  # room for 2^32 ids without a carry
    h = f"{first:032x}"
    head = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:24]}"  # the same for all: i only changes the last 8 digits
    return [f"{head}{i:08x}" for i in range(n)]


def _key_text(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


class DataImporter:
    """Import rows of one or more entities in one transaction (see the module doc)."""

    def __init__(self, svc: DataService, *, skip_invalid: bool = False,
                 progress: Callable[[str, int, int], None] | None = None, compiled: bool | None = None) -> None:
        self.svc = svc
        # the compiled row checks (import_rows): None = for files of COMPILE_FROM_ROWS rows or more (writing
        # one costs about a millisecond); False = every row through ``DataService._validate`` (the tests' reference)
        self.compiled = compiled
        self.skip_invalid = skip_invalid
        self.progress = progress
        self._checked: sqlite_bulk.CheckedBulkInsert | None = None  # per run, on SQLite

    def run(self, sources: Iterable[tuple[str, str, Iterable[tuple[int, dict]], bool]]) -> ImportReport:
        """sources: (entity name, file label, (line, row) pairs, rows are CSV strings)."""
        with gc_paused():
            return self._run(sources)

    def _run(self, sources: Iterable[tuple[str, str, Iterable[tuple[int, dict]], bool]]) -> ImportReport:
        report = ImportReport()
        by_entity: dict[str, list] = {}
        for entity, label, rows, is_csv in sources:
            es = self.svc.entity(entity)
            by_entity.setdefault(es.name, []).append((label, list(rows), is_csv))
        order = [n for n in entity_order(self.svc) if n in by_entity]
        try:
            with self.svc.transaction() as tx, (sqlite_bulk.import_cache(tx.conn) if tx.dialect == "sqlite" else nullcontext()):
                # SQLite: CHECKs verified once per statement, after it (db/sqlite_bulk.py)
                self._checked = sqlite_bulk.CheckedBulkInsert(tx.conn) if tx.dialect == "sqlite" else None
                if tx.dialect == "postgres":
                    pg_bulk.begin_import(tx)
                cyclic = _in_a_cycle(self.svc, by_entity)
                if cyclic:
                    # neither side of a cycle of required references can go in first: the foreign keys are
                    # checked at COMMIT (PostgreSQL: those inside a cycle are DEFERRABLE; SQLite: all of them)
                    tx.execute("SET CONSTRAINTS ALL DEFERRED" if self.svc.dialect == "postgres" else "PRAGMA defer_foreign_keys = ON")
                keys = _Keys(self.svc, tx)
                for name in cyclic:  # and the rows of the side that goes in second are known to the first
                    self._announce(self.svc.spec.entities[name], by_entity[name], keys)
                now_dt, now_s = now_utc()
                now = now_dt if self.svc.dialect == "postgres" else now_s
                pending_links: list[tuple[EntitySpec, str, dict, str, int]] = []
                for name in order:
                    es = self.svc.spec.entities[name]
                    for label, rows, is_csv in by_entity[name]:
                        # a reference by key to nothing: its rows are checked (and left out) before they go in,
                        # so they do not stream to COPY while the file is read
                        by_key = _key_reference_fields(es, self.svc.spec.entities, keys)
                        unknown = _unknown_keys(by_key, rows)
                        stream = None if unknown else self._stream(es, tx)
                        try:
                            valid, planned = self._prepare(es, label, rows, is_csv, keys, report, pending_links, now, stream)
                            if unknown:
                                valid = _key_references(es, by_key, valid, planned, label, keys, report)
                            if report.problems and not self.skip_invalid:
                                continue  # keep checking the other files, insert nothing
                            self._insert(es, valid, tx, label, planned, report, stream)
                        finally:
                            if stream is not None:
                                stream.stop()
                        report.inserted[name] = report.inserted.get(name, 0) + len(valid)
                report.links = self._write_links(pending_links, keys, tx, report)
                if report.problems and not self.skip_invalid:
                    raise ImportFailed(report)
        except DbError as e:
            err = self.svc._db_error(e)
            report.problems.append(RowProblem("(database)", 0, None, f"the database refused the rows: {err.message} ({e})"))
            raise ImportFailed(report) from None
        return report

    # -- validation

    @staticmethod
    def _announce(es: EntitySpec, files: list, keys: _Keys) -> None:
        """The ids and keys of ``es``'s rows, before any row is checked: rows of the other entities of its
        cycle may reference them. A row without an id gets its new one here (``_prepare`` keeps it)."""
        kf = keys.field_of(es)
        for _label, rows, _is_csv in files:
            fresh = iter(_ids(len(rows)))
            for _line, raw in rows:
                rid = raw.get("id")
                if rid in (None, ""):
                    rid = raw["id"] = next(fresh)
                try:
                    rid = canonical_uuid(rid)
                except ValueError:
                    continue  # not an id: ``_prepare`` says so
                key = raw.get(kf.name) if kf is not None else None
                keys.add(es, rid, None if key == "" else key)

    def _prepare(self, es: EntitySpec, label: str, rows: list, is_csv: bool, keys: _Keys, report: ImportReport,
                 pending_links: list, now: Any, stream: pg_bulk.CopyStream | None = None
                 ) -> tuple[list[tuple[str, tuple, tuple]], list[tuple[int, dict, str | None]]]:
        """The valid rows as (id, API values in model order, insert parameters), and every row as
        (line, row, id); problems go to ``report``. With a ``stream`` (PostgreSQL), valid rows go to
        the database as they are checked, while no row was refused (``skip_invalid``: in any case)."""
        fields = es.all_fields
        kf = keys.field_of(es)
        uniques = [(es.field_names.index(f.name), f.name, self._existing(es, f, keys.tx)) for f in es.fields if f.unique]
        combos = [(names, tuple(es.field_names.index(n) for n in names), self._existing_combos(es, names, keys.tx))
                  for names in es.unique_together]
        # ids (given or new) and keys first, so rows of this file can reference each other
        planned = []
        fresh = _ids(len(rows))
        for (line, raw), new in zip(rows, fresh):
            rid = raw.get("id")
            if rid in (None, ""):
                rid = new
            elif not (rid.__class__ is str and _CANONICAL_UUID.match(rid)):
                try:
                    rid = canonical_uuid(rid)
                except ValueError:
                    rid = None
            planned.append((line, raw, rid))
        keys._load(es)
        refs: dict[str, tuple[set, dict]] = {}  # reference field → the target's (ids, keys), loaded once
        own: tuple[set, dict] | None = None
        for f in es.reference_fields:
            if f.target == es.name:
                if own is None:  # a self-reference may name any row of the file, before or after it
                    batch_keys: dict[str, str] = {}
                    if kf is not None:
                        kname = kf.name
                        for line, raw, rid in planned:
                            v = raw.get(kname)
                            if rid is not None and v not in (None, ""):
                                batch_keys[v if v.__class__ is str else _key_text(v)] = rid
                    own = (keys.ids[es.name] | {rid for _l, _r, rid in planned if rid}, {**keys.by_key[es.name], **batch_keys})
                refs[f.name] = own
            else:
                target = self.svc.spec.entities[f.target]
                keys._load(target)
                refs[f.name] = (keys.ids[target.name], keys.by_key[target.name])
        my_ids, my_keys = keys.ids[es.name], keys.by_key[es.name]
        use = self.compiled if self.compiled is not None else len(rows) >= COMPILE_FROM_ROWS
        check = compile_row_check(es, self.svc.dialect, is_csv, kf.name if kf is not None else None) if use else None
        complete = check is not None and check.complete
        if check is not None:
            bind(check, es, refs, {name: taken for _i, name, taken in uniques}, my_ids, my_keys)
        at = es.copy_at if self.svc.dialect == "postgres" else None
        key_at = es.field_names.index(kf.name) if kf is not None else None
        valid: list[tuple[str, tuple, tuple]] = []
        total = len(planned)
        progress = self.progress
        for n, (line, raw, rid) in enumerate(planned, 1):
            if progress and (n % 5000 == 0 or n == total):
                progress(es.name, n, total)
            if stream is not None and n % pg_bulk.STREAM_ROWS == 0 and (self.skip_invalid or not report.problems):
                stream.send(valid)
            got = check(raw, rid, now) if check is not None else None
            links = None
            if got is not None and complete:
                valid.append((rid, *got))
                continue
            if got is None:  # the runtime's validation decides, and words the problems
                problems, rec, links = self._check_row(es, fields, label, line, raw, rid, is_csv, refs, keys)
                if problems:
                    report.problems.extend(problems)
                    report.rejected.append(problems[0])
                    continue
                got = (tuple(rec.get(name) for name in es.field_names), (rid, *es.field_params(rec, at), now, now, 1))
            vals = got[0]
            problems = []
            for i, name, taken in uniques:
                v = vals[i]
                if v is None:
                    continue
                kt = v if v.__class__ is str else _key_text(v)
                if kt in taken:
                    problems.append(RowProblem(label, line, name, f"{v!r} is already used (must be unique)", raw))
                else:
                    taken.add(kt)
            for names, at_, seen in combos:
                parts = tuple(vals[i] for i in at_)
                if any(v is None for v in parts):
                    continue  # a null part never conflicts
                kt = tuple(_key_text(v) for v in parts)
                if kt in seen:
                    problems.append(RowProblem(label, line, ", ".join(names),
                                               f"({', '.join(map(repr, parts))}) is already used (must be unique together)", raw))
                else:
                    seen.add(kt)
            if problems:
                report.problems.extend(problems)
                report.rejected.append(problems[0])
                continue
            valid.append((rid, vals, got[1]))
            my_ids.add(rid)
            if key_at is not None and vals[key_at] is not None:
                my_keys[_key_text(vals[key_at])] = rid
            if links:
                pending_links.append((es, rid, links, label, line))
        return valid, planned

    def _check_row(self, es: EntitySpec, fields: dict, label: str, line: int, raw: dict, rid: str | None, is_csv: bool,
                   refs: dict, keys: _Keys) -> tuple[list[RowProblem], dict | None, dict]:
        """One row through the runtime's validation: (problems, API values, link arrays)."""
        svc = self.svc
        problems: list[RowProblem] = []
        if rid is None:
            problems.append(RowProblem(label, line, "id", "must be a UUID (8-4-4-4-12 hex digits)", raw))
        data: dict[str, Any] = {}
        links: dict[str, list] = {}
        for k, v in raw.items():
            if k == "id" or k in SYSTEM_SKIPPED:
                continue
            f = fields.get(k)
            if f is None and k not in es.links:
                problems.append(RowProblem(label, line, k, f"not a field of {es.name}", raw))
                continue
            if is_csv and isinstance(v, str):
                if v == "":
                    continue
                if f is not None:
                    try:
                        v = _coerce(f, v)
                    except ValueError as exc:
                        problems.append(RowProblem(label, line, k, str(exc) if "must" in str(exc) else f"not a valid {f.type}: {v!r}", raw))
                        continue
                elif k in es.links:
                    v = [x for x in v.split("|") if x]
            if f is not None and f.type == "reference" and v is not None:
                target = svc.spec.entities[f.target]
                ids, by_key = refs[k]
                # an id of an existing record, else a key (the target's first unique field)
                if v.__class__ is str and len(v) == 36 and v.lower() in ids:
                    got = v.lower()
                else:
                    got = by_key.get(v if v.__class__ is str else _key_text(v))
                if got is None:
                    tk = keys.field_of(target)
                    how = f"id or {tk.name}" if tk else "id"
                    problems.append(RowProblem(label, line, k, f"no {target.name} with {how} {v!r}", raw))
                    continue
                v = got
            elif k in es.links and v is not None:
                if not isinstance(v, list):
                    problems.append(RowProblem(label, line, k, "must be an array of ids or keys", raw))
                    continue
                links[k] = v
                continue
            data[k] = v
        # a data file may carry the numbers of sequence fields (kept; PostgreSQL moves its sequence past
        # them, SQLite numbers from the largest): the API refuses them, the import does not
        given = {n: data.pop(n) for n in es.sequence_names if n in data}
        for n, v in given.items():
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
                problems.append(RowProblem(label, line, n, "must be an integer", raw))
        if problems:
            return problems, None, links
        try:
            rec, _ = svc._validate(es, data, partial=False)
            rec.update(given)
        except InvalidParams as exc:
            for e in exc.errors:
                problems.append(RowProblem(label, line, e.get("field"), e.get("message", "invalid"), raw))
            rec = None
        except RpcError as exc:
            problems.append(RowProblem(label, line, None, exc.message, raw))
            rec = None
        return problems, rec, links

    @staticmethod
    def _existing_combos(es: EntitySpec, names: tuple[str, ...], tx) -> set[tuple]:
        cols = [es.all_fields[n] for n in names]
        present = " AND ".join(f"{f.qcol} IS NOT NULL" for f in cols)
        rows = tx.fetchall(f"SELECT {', '.join(f.qcol for f in cols)} FROM {es.qtable} WHERE {present}")
        out = set()
        for r in rows:
            vals = [f.from_db.get(tx.dialect)(v) if f.from_db.get(tx.dialect) and v is not None else v for f, v in zip(cols, r)]
            out.add(tuple(_key_text(v) for v in vals))
        return out

    @staticmethod
    def _existing(es: EntitySpec, f: FieldSpec, tx) -> set[str]:
        return {_key_text(r[0]) for r in tx.fetchall(f"SELECT {f.qcol} FROM {es.qtable} WHERE {f.qcol} IS NOT NULL")}

    # -- writing

    def _stream(self, es: EntitySpec, tx) -> pg_bulk.CopyStream | None:
        """PostgreSQL: a COPY stream for the rows of ``es`` — unless a reference by natural key to the
        same entity needs its rows in levels (``_parents_first``)."""
        if self.svc.dialect != "postgres" or any(f.key and f.target == es.name for f in es.reference_fields):
            return None
        numbered = {es.all_fields[n].column for n in es.sequence_names}
        sides = pg_bulk.fill_sides(tx, self.svc.spec.unique_sides.get(es.table, []), es.qtable, es.row_columns, numbered)
        return pg_bulk.CopyStream(tx, es.qtable, es.queries["insert"], sides)

    def _insert(self, es: EntitySpec, valid: list[tuple[str, tuple, tuple]], tx, label: str, planned: list,
                report: ImportReport, stream: pg_bulk.CopyStream | None = None) -> None:
        if not valid:
            return
        if stream is not None:
            stream.finish(valid)

        def origin(key: tuple) -> tuple[str, int, str | None]:
            return label, next((line for line, _raw, rid in planned if rid == key[0]), 0), None

        for level in _parents_first(es, valid) if stream is None else ():
            self._insert_rows(tx, es.table, es.queries["insert"], [params for _rid, _vals, params in level], ("id",), origin, report)
        if self.progress:
            self.progress(es.name, len(valid), len(valid))

    def _insert_rows(self, tx, table: str, insert: str, rows: list, key_columns: tuple[str, ...],
                     origin: Callable[[tuple], tuple[str, int, str | None]], report: ImportReport) -> None:
        """One statement; on SQLite the table's CHECKs verified after it (db/sqlite_bulk.py). ``origin``:
        the file, line and field (None: the constraint's) of a row, from its ``key_columns`` values."""
        if self._checked is None:
            _bulk_insert(tx, self.svc.dialect, q(table), insert, rows)
            return
        try:
            broken = self._checked.executemany(table, insert, rows, key_columns)
        except (sqlite3.Error, OverflowError) as e:
            raise translate_sqlite(e) from e
        if not broken:
            return
        # the row checks accepted what a CHECK refuses: they and the database disagree (a bug), so the
        # import fails as a whole, ``skip_invalid`` or not
        for v in broken:
            label, line, field_name = origin(v.key)
            for n, name in enumerate(v.constraints):
                info = self.svc.spec.constraints.get(name)
                rule = f" (the {info[2]} rule of {info[0]}.{info[1]})" if info else ""
                p = RowProblem(label, line, field_name or (info[1] if info else None),
                               f"the database refused the value: CHECK constraint {name} failed{rule}, although the import's row "
                               "check accepted it (a bug in torquec: please report it); nothing was imported, even with "
                               "--skip-invalid", None)
                report.problems.append(p)
                if n == 0:
                    report.rejected.append(p)
        raise ImportFailed(report)

    def _write_links(self, pending: list, keys: _Keys, tx, report: ImportReport) -> int:
        svc = self.svc
        count = 0
        by_table: dict[str, list] = {}
        now_dt, now_s = now_utc()
        now = now_dt if svc.dialect == "postgres" else now_s
        pairs_seen: dict[tuple, tuple] = {}  # a link listed on both sides (an export has both) goes in once
        for es, rid, links, label, line in pending:
            for name, values in links.items():
                nav = es.links[name]
                other = svc.spec.entities[nav.entity]
                seen: set[str] = set()
                for v in values:
                    oid = keys.resolve(other, v)
                    if oid is None:
                        p = RowProblem(label, line, name, f"no {other.name} with id or key {v!r}", None)
                        report.problems.append(p)
                        report.rejected.append(p)
                        continue
                    if oid in seen:
                        continue
                    seen.add(oid)
                    a, b = svc._bind_id(es, rid), svc._bind_id(other, oid)
                    pair = (a, b) if nav.self_column == "from_id" else (b, a)
                    if (nav.join_table, *pair) in pairs_seen:
                        continue
                    pairs_seen[(nav.join_table, *pair)] = (label, line, name)
                    by_table.setdefault(nav.join_table, []).append((*pair, now))
        for table, rows in by_table.items():
            if report.problems and not self.skip_invalid:
                break
            self._insert_rows(tx, table, svc.spec.join_queries[table]["insert"], rows, ("from_id", "to_id"),
                              lambda key, table=table: pairs_seen.get((table, *key), ("(links)", 0, None)), report)
            count += len(rows)
        return count


def _key_reference_fields(es: EntitySpec, entities: dict[str, EntitySpec], keys: _Keys) -> list[tuple[FieldSpec, int, EntitySpec, dict]]:
    """``es``'s references by natural key (``targetField``: the row keeps the key itself) to its target's key
    field, each with its position and the keys known now: the database's and this import's rows' (targets go
    in first; a cycle's are announced). A reference to another unique field: the database's foreign key decides."""
    out = []
    for f in es.fields:
        target = entities.get(f.target) if f.key else None
        kf = keys.field_of(target) if target is not None else None
        if kf is not None and kf.name == f.key:
            keys._load(target)
            out.append((f, es.field_names.index(f.name), target, keys.by_key[target.name]))
    return out


def _unknown_keys(by_key: list, rows: list) -> bool:
    """A row's reference by key may name nothing: a value of the file (as written) that is no known key.
    Only the distinct values are looked up."""
    for f, _i, _target, known in by_key:
        name = f.name
        if any(v not in (None, "") and _key_text(v) not in known for v in {raw.get(name) for _line, raw in rows}):
            return True
    return False


def _key_references(es: EntitySpec, by_key: list, valid: list, planned: list, label: str, keys: _Keys,
                    report: ImportReport) -> list:
    """``valid`` without the rows whose reference by natural key names no record, each reported with its line
    and field — before, the database's foreign key refused the whole import at its end, naming no row."""
    bad: dict[int, list[tuple[FieldSpec, Any, EntitySpec]]] = {}  # index in valid → (field, value, target)
    for f, i, target, known in by_key:
        missing = {v for v in {row[1][i] for row in valid} if v is not None and _key_text(v) not in known}
        for n, row in enumerate(valid) if missing else ():
            if row[1][i] in missing:
                bad.setdefault(n, []).append((f, row[1][i], target))
    if not bad:
        return valid
    line_of = {rid: (line, raw) for line, raw, rid in planned}
    for n, problems in bad.items():
        line, raw = line_of.get(valid[n][0], (0, None))
        found = [RowProblem(label, line, f.name, f"no {target.name} with {f.key} {v!r}", raw) for f, v, target in problems]
        report.problems.extend(found)
        report.rejected.append(found[0])
    # a refused row is no target for the rows after it
    refused = {valid[n][0] for n in bad}
    keys.ids[es.name] -= refused
    own = keys.by_key[es.name]
    for k in [k for k, rid in own.items() if rid in refused]:
        del own[k]
    return [row for n, row in enumerate(valid) if n not in bad]


def _in_a_cycle(svc: DataService, entities: Iterable[str]) -> list[str]:
    """Those of ``entities`` that reference another of them, maybe through others (Sakila's store and staff)."""
    groups = cyclic_groups({n: [f.target for f in es.reference_fields] for n, es in svc.spec.entities.items()})
    names = set(entities)
    return [n for n in entities if len(groups.get(n, frozenset()) & names) > 1]


def _parents_first(es: EntitySpec, valid: list[tuple[str, tuple, tuple]]) -> list[list[tuple[str, tuple, tuple]]]:
    """The rows in levels, one statement each, where a reference by natural key to a row of the
    same entity is in a later level than that row. Its foreign key points at the key's unique side
    table (PostgreSQL) or column (SQLite). On PostgreSQL the side table is filled by an AFTER ROW
    trigger that fires with the foreign-key checks at the end of the statement, and COPY into a
    partitioned table writes rows partition by partition, not in the given order, so a parent and
    its child in one statement would be checked in an order decided by their ids' hashes.
    A reference by id needs no levels: its check sees the whole statement's rows."""
    own = [f for f in es.reference_fields if f.key and f.target == es.name]
    if not own:
        return [valid]
    at = es.field_names.index

    def field(vals: tuple, name: str) -> Any:
        return vals[at(name)]

    pending = {(f.key, _key_text(field(rec, f.key))) for _rid, rec, _p in valid for f in own if field(rec, f.key) is not None}
    placed: set = set()
    levels: list[list[tuple[str, tuple, tuple]]] = []
    rest = valid
    while rest:
        now, later = [], []
        for row in rest:
            rec = row[1]
            waits = any(
                field(rec, f.name) is not None and (f.key, _key_text(field(rec, f.name))) in pending
                and (f.key, _key_text(field(rec, f.name))) not in placed
                and _key_text(field(rec, f.name)) != _key_text(field(rec, f.key))
                for f in own
            )
            (later if waits else now).append(row)
        if not now:  # a cycle: the database reports it
            levels.append(later)
            break
        levels.append(now)
        placed.update((f.key, _key_text(field(rec, f.key))) for _rid, rec, _p in now for f in own if field(rec, f.key) is not None)
        rest = later
    return levels


def _bulk_insert(tx, dialect: str, qtable: str, insert: str, rows: list) -> None:
    """COPY on PostgreSQL, executemany on SQLite; database errors as :class:`DbError`."""
    if dialect == "postgres":
        import psycopg

        from .db.postgres import translate

        try:
            pg_bulk.copy_rows(tx.cur, qtable, pg_bulk.insert_columns(insert), rows)
        except psycopg.Error as e:
            raise translate(e) from e
    else:
        try:
            tx.conn.executemany(insert, rows)
        except (sqlite3.Error, OverflowError) as e:
            raise translate_sqlite(e) from e
