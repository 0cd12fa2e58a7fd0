"""The service layer: every entity operation, for every surface.

JSON-RPC (``torquec.runtime.api``), MCP and XFlow all call these methods, so
validation, permissions, transactions, onDelete rules, hooks and change
events are the same everywhere. Methods are synchronous (they run in a
worker thread; QuickJS host functions call them directly).

    svc = DataService(spec, db)
    rec = svc.create("Customer", {"name": "Ada", …}, principal=p)          # own transaction
    with svc.transaction() as tx:                                           # one transaction …
        c = svc.create("Customer", {...}, tx=tx)                            # … several operations
        svc.update("Order", oid, {"customerId": c["id"]}, tx=tx)
        page = svc.list("Order", {"filters": [...], "pageSize": 50}, tx=tx)
    # committed here; change events published, after_commit hooks run

``principal=None`` means the system itself (no permission checks): flows
pass the caller's principal when they act for a user, None otherwise.

Hook points (the XFlow engine plugs in here)::

    svc.hooks.before_write.append(fn)
        fn(entity, op, data, tx, *, id, previous, principal) -> dict | None
        op: "create" | "update" | "delete"; data: the record-to-be as API values
        (with "id"; None for delete); previous: the stored record (update/delete);
        principal: who writes (None: the system).
        Runs inside the write transaction, after validation, before the SQL.
        Return a dict to replace the data (it is validated again), None to keep
        it; raise an RpcError (e.g. FlowFailedError) to abort: the whole
        operation (and a bulk operation, or the caller's tx) rolls back.
    svc.hooks.after_commit.append(fn)
        fn(events: list[ChangeEvent]) — after a successful commit, in the
        committing thread; exceptions are logged, never returned to the caller.

Records are dicts of API values: ``id``, the fields, ``createdAt``,
``updatedAt``, ``version`` (see ``torquec.runtime.values``).

Reads (get, list, related) are in ``service_reads.py``, the field-error wording
in ``field_errors.py``; this module keeps the plumbing, validation and writes.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from pydantic import ValidationError

from . import bulk, links as links_mod
from .auth import Principal
from .db.base import DbError, Tx
from .errors import (
    ConflictError,
    InternalError,
    InvalidParams,
    NotFoundError,
    ReferentialIntegrityError,
    RpcError,
    VersionConflictError,
)
from .field_errors import pydantic_errors, with_index
from .json_schemas import field_errors as json_field_errors
from .names import record_name
from .query import COUNT_CAP, Compiler
from .service_reads import RecordReads
from .spec import AppSpec, EntitySpec, q, unique_columns_key
from .values import MAX_JSON_DEPTH, NUL_MESSAGE, BadValue, canonical_uuid, json_problem, new_id, now_utc

log = logging.getLogger("torquec.runtime.service")

MAX_BULK = 500
MAX_CASCADE_DEPTH = 32
SYSTEM_KEYS = frozenset({"id", "createdAt", "updatedAt", "version"})


@dataclass(slots=True)
class ChangeEvent:
    entity: str
    id: str
    kind: str  # created | updated | deleted
    record: dict | None = None
    previous: dict | None = None
    principal: Principal | None = None  # who wrote it (None: the system); after-commit flows act for them

    def to_message(self) -> dict:
        msg = {"entity": self.entity, "id": self.id, "kind": self.kind}
        if self.record is not None and "version" in self.record:
            msg["version"] = self.record["version"]
        return msg


class Hooks:
    def __init__(self) -> None:
        self.before_write: list[Callable[..., dict | None]] = []
        self.after_commit: list[Callable[[list[ChangeEvent]], None]] = []
        # (entity, op) -> whether a before_write hook acts on it; None: assume every one does.
        # Lets bulkCreate of an entity without before flows take the batch path (runtime/bulk.py).
        self.wants_before: Callable[[str, str], bool] | None = None
        # (entity, op) -> whether a before_write hook may write; None: assume it may. A preview
        # (runtime/preview.py) of a write no hook can write runs in a read-only transaction.
        self.writes_before: Callable[[str, str], bool] | None = None


# --------------------------------------------------------------------------- the service


def restrict_message(es: EntitySpec, name: str | None, holder: EntitySpec | None, count: int) -> str:
    """A restricted delete in the model's words ("Alice Johnson has 2 orders; delete or
    reassign them first"; ``name`` from runtime.names); the technical detail goes to the
    error's ``data``. A holder the caller may not read is not named (nor counted): it
    would describe hidden data."""
    who = name or f"This {es.meta.get('label', es.name).lower()}"
    if holder is None:
        return f"{who} is still used by other records; they must be deleted or reassigned first"
    noun = (holder.meta.get("label", holder.name) if count == 1 else holder.meta.get("pluralLabel", holder.name)).lower()
    return f"{who} has {count} {noun}; delete or reassign {'it' if count == 1 else 'them'} first"


class DataService(RecordReads):
    """Every entity operation (reads in :class:`~torquec.runtime.service_reads.RecordReads`)."""

    def __init__(self, spec: AppSpec, db, *, hooks: Hooks | None = None) -> None:
        self.spec = spec
        self.db = db
        self.dialect = db.dialect
        self.compiler = Compiler(db.dialect)
        self.ph = self.compiler.ph
        self.hooks = hooks or Hooks()
        self.publishers: list[Callable[[list[ChangeEvent]], None]] = []
        self.count_cap: int | None = COUNT_CAP  # exact page totals up to this many rows; None: always exact

    # ------------------------------------------------------------------ plumbing

    def entity(self, name: Any, principal: Principal | None = None) -> EntitySpec:
        es = self.spec.entities.get(name) if isinstance(name, str) else None
        if es is not None and principal is not None and not principal.sees(es.name):
            es = None  # hidden from this role: answered exactly like an unknown name
        if es is None:
            import difflib

            shown = name[:100] if isinstance(name, str) else name
            # Suggest only entities the caller may read: a hint must not name a hidden one.
            known = [n for n in self.spec.entities if principal is None or principal.can(n, "read")]  # hints: readable only
            hint = difflib.get_close_matches(name, known, n=1) if isinstance(name, str) else []
            msg = f"unknown entity `{shown}`" + (f"; did you mean `{hint[0]}`?" if hint else "")
            raise InvalidParams(f"Invalid params: {msg}", errors=[{"field": "entity", "rule": "unknown", "message": msg}])
        return es

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[Tx]:
        """A transaction; change events are published and after_commit hooks run after COMMIT."""
        with self.db.transaction(write) as tx:
            yield tx
        self._committed(tx)

    def _committed(self, tx: Tx) -> None:
        for fn in tx.after_commit:
            try:
                fn()
            except Exception:
                log.exception("after-commit callback failed")
        events = tx.events
        if not events:
            return
        for pub in self.publishers:
            try:
                pub(events)
            except Exception:
                log.exception("change-event publisher failed")
        for hook in self.hooks.after_commit:
            try:
                hook(events)
            except Exception:
                log.exception("after_commit hook failed")

    def _run(self, tx: Tx | None, write: bool, fn: Callable[[Tx], Any]) -> Any:
        try:
            if tx is not None:
                return fn(tx)
            with self.transaction(write) as t:
                return fn(t)
        except DbError as e:
            raise self._db_error(e) from None

    def _db_error(self, e: DbError, es: EntitySpec | None = None) -> RpcError:
        info = self.spec.constraints.get(e.constraint or "") if e.constraint else None
        if info is None and e.constraint:
            # Citus reports the copy of the constraint on the shard that refused the row: its name
            # plus "_<shard id>" (sql/citus/schema.sql keeps the names of the plain schema).
            base, _, shard = e.constraint.rpartition("_")
            info = self.spec.constraints.get(base) if shard.isdigit() else None
        if info is None and e.kind == "unique" and len(e.columns) > 1 and e.table:
            info = self.spec.constraints.get(unique_columns_key(e.table, e.columns))
        if info is None and e.table and e.column and e.table in self.spec.tables:
            tes = self.spec.tables[e.table]
            f = next((f for f in tes.all_fields.values() if f.column == e.column), None)
            if f is not None:
                info = [tes.name, f.name, "unique" if e.kind == "unique" else "required" if e.kind == "not_null" else "invalid"]
        if e.kind == "unique":
            if info and len(info) > 3:  # a composite unique constraint: name every field of it
                together = " and ".join(f"`{f}`" for f in info[3])
                return ConflictError(f"Conflict: another {info[0]} already has this combination of {together}",
                                     entity=info[0], field=info[1], fields=list(info[3]))
            if info:
                return ConflictError(f"Conflict: another {info[0]} already has this {info[1]}", entity=info[0], field=info[1])
            return ConflictError("Conflict: a unique value is already used")
        if e.kind == "foreign_key":
            if info:
                return ReferentialIntegrityError(entity=info[0], field=info[1])
            return ReferentialIntegrityError()
        if e.kind in ("check", "not_null", "invalid_value"):
            if info:
                return InvalidParams(errors=[{"field": info[1], "rule": info[2], "message": f"violates the {info[2]} rule of {info[0]}.{info[1]}"}])
            return InvalidParams(errors=[{"field": e.column or "data", "rule": "invalid", "message": "a value is not valid for the database"}])
        if e.kind == "busy":
            return InternalError("Database busy; retry the request", retryable=True)
        log.error("unexpected database error: %s", e)
        return InternalError()

    def _bind_id(self, es: EntitySpec, id_: str) -> Any:
        conv = es.all_fields["id"].to_db.get(self.dialect)
        return conv(id_) if conv is not None else id_

    def _check_id(self, value: Any, fieldname: str = "id") -> str:
        try:
            return canonical_uuid(value)
        except (ValueError, TypeError, AttributeError):
            raise InvalidParams(errors=[{"field": fieldname, "rule": "format", "message": "must be a UUID (8-4-4-4-12 hex digits)"}]) from None

    def _require(self, principal: Principal | None, entity: str, op: str) -> None:
        if principal is not None:
            principal.require(entity, op)

    @staticmethod
    def _require_writable(principal: Principal | None, es: EntitySpec, rec: dict, index: int | None = None) -> None:
        if principal is not None:
            principal.require_writable(es.name, rec, index)

    # ------------------------------------------------------------------ validation

    def _validate(self, es: EntitySpec, data: Any, partial: bool, index: int | None = None) -> tuple[dict, dict]:
        """data → (API values of fields, {link name: [ids]}); raises InvalidParams. The compiled row
        checks of `data import` (import_rows.py) accept only what this accepts: a new check here
        needs its counterpart there (tests/importer/test_import_fast_path.py compares the two)."""
        if not isinstance(data, dict):
            raise InvalidParams(errors=[{"field": "data", "rule": "type", "message": "data must be an object"}])
        if es.sequence_names:
            given = [n for n in es.sequence_names if n in data]
            if given:
                errors = [{"field": n, "rule": "readOnly", "message": "is numbered by the database and cannot be set"} for n in given]
                raise InvalidParams(errors=[{**e, "index": index} if index is not None else e for e in errors])
        model = es.update_model if partial else es.create_model
        try:
            m = model.model_validate(data)
        except ValidationError as exc:
            raise InvalidParams(errors=pydantic_errors(exc, es, index)) from None
        raw = m.model_dump(by_alias=True, exclude_unset=partial)
        rec: dict[str, Any] = {}
        links: dict[str, list[str]] = {}
        errors = []
        fields = es.all_fields
        for k, v in raw.items():
            f = fields.get(k)
            if f is None or f.system:
                if k in es.links and v is not None:
                    links[k] = list(dict.fromkeys(str(x) for x in v))
                continue
            if v is None:
                if f.required:
                    errors.append({"field": k, "rule": "required", "message": "is required (may not be null)"})
            else:
                if f.normalize is not None:
                    try:
                        v = f.normalize(v)
                    except BadValue as bad:
                        errors.append({"field": k, "rule": bad.rule, "message": bad.message})
                        continue
                problem = None
                if v.__class__ is str:
                    if "\x00" in v:
                        errors.append({"field": k, "rule": "characters", "message": NUL_MESSAGE})
                elif v.__class__ in (list, dict):
                    problem = json_problem(v)
                    if problem == "characters":
                        errors.append({"field": k, "rule": "characters", "message": NUL_MESSAGE})
                    elif problem:
                        errors.append({"field": k, "rule": "maxDepth", "message": f"nests deeper than {MAX_JSON_DEPTH} levels"})
                # (a value nested too deep is not handed to the validator: it would overflow its stack)
                if f.json_validator is not None and problem is None:
                    errors.extend(json_field_errors(k, f.json_validator, v))
            rec[k] = v
        if errors:
            if index is not None:
                for e in errors:
                    e["index"] = index
            raise InvalidParams(errors=errors)
        return rec, links

    def _check_references(self, es: EntitySpec, rec: dict, links: dict, tx: Tx, changed: dict | None = None, index: int | None = None,
                          principal: Principal | None = None) -> None:
        """Every reference and link names an existing record. Links also need read access
        to their target: for a role that cannot read it, every id answers like a missing
        one, so linking cannot be used to probe which ids exist there."""
        errors = []
        for f in es.reference_fields:
            v = rec.get(f.name)
            if v is None or (changed is not None and f.name not in changed):
                continue
            target = self.spec.entities[f.target]
            if f.key:  # by natural key
                kf = target.all_fields[f.key]
                conv = kf.to_db.get(self.dialect)
                sql = f"SELECT 1 FROM {target.qtable} WHERE {kf.qcol} = {self.ph}"
                if tx.fetchone(sql, (conv(v) if conv else v,)) is None:
                    errors.append({"field": f.name, "rule": "reference", "message": f"no {f.target} with {f.key} {v!r}"})
            elif tx.fetchone(target.queries["exists"], (self._bind_id(target, v),)) is None:
                errors.append({"field": f.name, "rule": "reference", "message": f"no {f.target} with id {v}"})
        for name, ids in links.items():
            nav = es.links[name]
            other = self.spec.entities[nav.entity]
            readable = principal is None or principal.can(other.name, "read")
            found = links_mod.existing_ids(self, other, ids, tx) if readable else set()
            missing = [i for i in ids if i not in found]
            if missing:
                errors.append({"field": name, "rule": "reference", "message": f"no {nav.entity} with id {', '.join(missing[:5])}"})
        if errors:
            if index is not None:
                for e in errors:
                    e["index"] = index
            raise InvalidParams(errors=errors)

    def _in(self, qcol: str, values: list) -> tuple[str, list]:
        if self.dialect == "sqlite":
            return f"{qcol} IN ({', '.join([self.ph] * len(values))})", list(values)
        return f"{qcol} = ANY({self.ph})", [list(values)]

    def _run_before(self, es: EntitySpec, op: str, data: dict | None, tx: Tx, id_: str, previous: dict | None,
                    principal: Principal | None) -> dict | None:
        for hook in self.hooks.before_write:
            out = hook(es.name, op, data, tx, id=id_, previous=previous, principal=principal)
            if out is not None and op != "delete":
                if not isinstance(out, dict):
                    raise InternalError("a before-write hook returned a non-object")
                cleaned = {k: v for k, v in out.items() if k not in SYSTEM_KEYS}
                rec, _ = self._validate(es, cleaned, partial=(op == "update"))
                data = {**data, **rec} if op == "update" else {"id": id_, **rec}
        return data

    # ------------------------------------------------------------------ writes

    @contextmanager
    def _item_errors(self, es: EntitySpec, index: int | None) -> Iterator[None]:
        """Database errors of one write as field errors; every error names the bulk item (``index``)."""
        try:
            yield
        except DbError as e:
            raise with_index(self._db_error(e, es), index) from None
        except RpcError as e:
            raise with_index(e, index)

    def _now(self) -> tuple[Any, str]:
        """Now, as the database stores it (a datetime on PostgreSQL, text on SQLite) and as answers show it."""
        now_dt, now_s = now_utc()
        return (now_dt if self.dialect == "postgres" else now_s), now_s

    def create(self, entity: str, data: Any, *, principal: Principal | None = None, tx: Tx | None = None,
               hooks: bool = True, id_: str | None = None) -> dict:
        es = self.entity(entity, principal)
        self._require(principal, es.name, "create")
        rec, links = self._validate(es, data, partial=False)
        self._require_writable(principal, es, data)  # what the caller sets, not the defaults filled in
        rid = self._check_id(id_) if id_ is not None else new_id()
        return self._run(tx, True, lambda t: self._create(es, rid, rec, links, t, hooks, principal))

    def _create(self, es: EntitySpec, rid: str, rec: dict, links: dict, tx: Tx, hooks: bool, principal: Principal | None,
                index: int | None = None) -> dict:
        with self._item_errors(es, index):
            self._check_references(es, rec, links, tx, index=index, principal=principal)
            if hooks and self.hooks.before_write:
                rec = self._run_before(es, "create", {"id": rid, **rec}, tx, rid, None, principal)
                rec.pop("id", None)
                self._check_references(es, rec, {}, tx, index=index)
            now_db, now_s = self._now()
            params = (self._bind_id(es, rid), *es.field_params(rec), now_db, now_db, 1)
            if es.sequence_names:  # the numbers the database gave the row
                row = tx.fetchone(es.queries["insert"] + es.queries["returning"], params)
                rec = {**rec, **dict(zip(es.sequence_names, row))}
            else:
                tx.execute(es.queries["insert"], params)
            if links:
                links_mod.write(self, es, rid, links, tx, now_db, "create")
        out = {"id": rid, **rec, "createdAt": now_s, "updatedAt": now_s, "version": 1}
        tx.events.append(ChangeEvent(es.name, rid, "created", out, principal=principal))
        return out

    def _locked_current(self, es: EntitySpec, id_: str, expected: int | None, tx: Tx) -> dict:
        """The record, locked for a write; NotFound, or a conflict when ``expected`` is not its version."""
        cur = self._find(es, id_, tx, for_update=True)
        if cur is None:
            raise NotFoundError(f"Not found: no {es.name} with id {id_}", entity=es.name, id=id_)
        if expected is not None and cur["version"] != expected:
            raise VersionConflictError(
                f"Version conflict: {es.name} {id_} is at version {cur['version']}, not {expected}",
                entity=es.name, id=id_, expectedVersion=expected, currentVersion=cur["version"],
            )
        return cur

    def update(self, entity: str, id_: str, data: Any, *, expected_version: int | None = None, principal: Principal | None = None,
               tx: Tx | None = None, hooks: bool = True) -> dict:
        es = self.entity(entity, principal)
        self._require(principal, es.name, "update")
        id_ = self._check_id(id_)
        _check_version_param(expected_version)
        patch, links = self._validate(es, data, partial=True)
        self._require_writable(principal, es, patch)
        return self._run(tx, True, lambda t: self._update(es, id_, patch, links, expected_version, t, hooks, principal))

    def _update(self, es: EntitySpec, id_: str, patch: dict, links: dict, expected: int | None, tx: Tx, hooks: bool,
                principal: Principal | None, index: int | None = None) -> dict:
        with self._item_errors(es, index):
            cur = self._locked_current(es, id_, expected, tx)
            self._check_references(es, patch, links, tx, changed={k: 1 for k, v in patch.items() if v != cur.get(k)}, index=index,
                                   principal=principal)
            new = {f.name: cur[f.name] for f in es.fields}
            new.update(patch)
            if hooks and self.hooks.before_write:
                before = dict(new)
                new = self._run_before(es, "update", {"id": id_, **new}, tx, id_, cur, principal)
                new.pop("id", None)
                self._check_references(es, new, {}, tx, changed={k: 1 for k in new if new[k] != before.get(k)}, index=index)
            now_db, now_s = self._now()
            params = es.field_params(new)
            if es.route_field is not None:  # Citus layout: the distribution column stays, and routes the update
                params, route = _route_params(es, params, new, cur)
                n = tx.execute(es.queries["update"], (*params, now_db, self._bind_id(es, id_), cur["version"], route))
            else:
                n = tx.execute(es.queries["update"], (*params, now_db, self._bind_id(es, id_), cur["version"]))
            if n != 1:
                raise VersionConflictError(f"Version conflict: {es.name} {id_} changed concurrently", entity=es.name, id=id_)
            if links:
                links_mod.write(self, es, id_, links, tx, now_db, "replace")
        out = {"id": id_, **new, "createdAt": cur["createdAt"], "updatedAt": now_s, "version": cur["version"] + 1}
        tx.events.append(ChangeEvent(es.name, id_, "updated", out, cur, principal=principal))
        return out

    def delete(self, entity: str, id_: str, *, expected_version: int | None = None, principal: Principal | None = None,
               tx: Tx | None = None, hooks: bool = True) -> dict:
        es = self.entity(entity, principal)
        self._require(principal, es.name, "delete")
        id_ = self._check_id(id_)
        _check_version_param(expected_version)
        return self._run(tx, True, lambda t: self._delete(es, id_, expected_version, t, hooks, principal))

    def _delete(self, es: EntitySpec, id_: str, expected: int | None, tx: Tx, hooks: bool, principal: Principal | None,
                index: int | None = None, depth: int = 0) -> dict:
        with self._item_errors(es, index):
            cur = self._locked_current(es, id_, expected, tx)
            if hooks and self.hooks.before_write:
                self._run_before(es, "delete", None, tx, id_, cur, principal)
            self._delete_dependents(es, id_, tx, hooks, principal, depth, cur)
            tx.execute(es.queries["delete"], (self._bind_id(es, id_),))
        tx.events.append(ChangeEvent(es.name, id_, "deleted", None, cur, principal=principal))
        return {"id": id_, "deleted": True}

    def _delete_dependents(self, es: EntitySpec, id_: str, tx: Tx, hooks: bool, principal: Principal | None, depth: int, cur: dict | None = None) -> None:
        """Apply the onDelete rules of every reference to ``es``: restrict first, then cascade/setNull."""
        bid = self._bind_id(es, id_)
        ph = self.ph
        refs = es.referenced_by
        for ref in refs:
            if ref.get("onDelete") == "restrict":
                holder = self.spec.entities[ref["entity"]]
                val = self._referenced_value(es, ref, id_, bid, cur, tx)
                if val is None:
                    continue
                row = tx.fetchone(f'SELECT "id" FROM {holder.qtable} WHERE {q(ref["column"])} = {ph} AND "id" <> {ph} LIMIT 1', (val, bid))
                if row is not None:
                    count = tx.fetchone(f'SELECT COUNT(*) FROM {holder.qtable} WHERE {q(ref["column"])} = {ph} AND "id" <> {ph}', (val, bid))[0]
                    readable = principal is None or principal.can(holder.name, "read")
                    name = record_name(self, es, cur, tx, principal)
                    if not readable:
                        raise ReferentialIntegrityError(restrict_message(es, name, None, count), entity=es.name, id=id_)
                    raise ReferentialIntegrityError(
                        restrict_message(es, name, holder, count),
                        entity=es.name, id=id_, count=count,
                        detail=f"{es.name} {id_} is still referenced by {holder.name}.{ref['field']} (onDelete: restrict)",
                        referencedBy={"entity": holder.name, "field": ref["field"], "id": str(row[0])},
                    )
        for ref in refs:
            if "joinTable" in ref:
                tx.execute(f'DELETE FROM {q(ref["joinTable"])} WHERE {q(ref["column"])} = {ph}', (bid,))
                continue
            mode = ref.get("onDelete")
            if mode == "restrict":
                continue
            holder = self.spec.entities[ref["entity"]]
            val = self._referenced_value(es, ref, id_, bid, cur, tx)
            if val is None:
                continue
            rows = tx.fetchall(f'SELECT {holder.select_list} FROM {holder.qtable} WHERE {q(ref["column"])} = {ph} AND "id" <> {ph}', (val, bid))
            if mode == "cascade":
                if depth >= MAX_CASCADE_DEPTH:
                    raise ReferentialIntegrityError("Referential integrity: cascade too deep", entity=es.name, id=id_)
                for r in rows:
                    child = holder.from_row(r)
                    if principal is not None:
                        principal.require(holder.name, "delete")
                    self._delete(holder, child["id"], None, tx, hooks, principal, depth=depth + 1)
            elif mode == "setNull" and rows:
                now_db, now_s = self._now()
                tx.execute(
                    f'UPDATE {holder.qtable} SET {q(ref["column"])} = NULL, "updated_at" = {ph}, "version" = "version" + 1 '
                    f'WHERE {q(ref["column"])} = {ph} AND "id" <> {ph}', (now_db, val, bid))
                for r in rows:
                    prev = holder.from_row(r)
                    new = {**prev, ref["field"]: None, "updatedAt": now_s, "version": prev["version"] + 1}
                    tx.events.append(ChangeEvent(holder.name, prev["id"], "updated", new, prev, principal=principal))

    def _referenced_value(self, es: EntitySpec, ref: dict, id_: str, bid: Any, cur: dict | None, tx: Tx) -> Any:
        """What a reference to the record holds, as stored: its id, or (by natural key) its key value."""
        key = ref.get("key")
        if not key:
            return bid
        rec = cur if cur is not None and key in cur else self._find(es, id_, tx)
        v = rec.get(key) if rec else None
        conv = es.all_fields[key].to_db.get(self.dialect)
        return conv(v) if conv is not None and v is not None else v

    # ------------------------------------------------------------------ bulk

    def bulk_create(self, entity: str, items: Any, *, principal: Principal | None = None, tx: Tx | None = None, hooks: bool = True) -> list[dict]:
        es = self.entity(entity, principal)
        self._require(principal, es.name, "create")
        def prepare(i: int, data: Any) -> tuple[dict, dict]:
            checked = self._validate(es, data, partial=False, index=i)
            self._require_writable(principal, es, data, i)  # what the item sets, not the defaults filled in
            return checked

        prepared = _each_item(items, prepare)
        if bulk.applies(self, es, hooks, tx):
            try:
                return self._run(None, True, lambda t: bulk.create_many(self, es, prepared, t, principal))
            except bulk.RowRefused:
                pass  # rolled back: record by record below, so the error names the item
        return self._run(tx, True, lambda t: [self._create(es, new_id(), rec, links, t, hooks, principal, index=i) for i, (rec, links) in enumerate(prepared)])

    def bulk_update(self, entity: str, items: Any, *, principal: Principal | None = None, tx: Tx | None = None, hooks: bool = True) -> list[dict]:
        es = self.entity(entity, principal)
        self._require(principal, es.name, "update")

        def prepare(i: int, it: Any) -> tuple:
            if not isinstance(it, dict) or set(it) - {"id", "data", "expectedVersion"} or "id" not in it or "data" not in it:
                raise InvalidParams(errors=[{"field": f"items.{i}", "rule": "type", "message": "each item is {id, data, expectedVersion?}", "index": i}])
            rid = self._check_id(it["id"], f"items.{i}.id")
            ev = it.get("expectedVersion")
            _check_version_param(ev, f"items.{i}.expectedVersion")
            patch, links = self._validate(es, it["data"], partial=True, index=i)
            self._require_writable(principal, es, patch, i)
            return rid, patch, links, ev

        prepared = _each_item(items, prepare)
        return self._run(tx, True, lambda t: [self._update(es, rid, p, lk, ev, t, hooks, principal, index=i) for i, (rid, p, lk, ev) in enumerate(prepared)])

    def bulk_delete(self, entity: str, items: Any, *, principal: Principal | None = None, tx: Tx | None = None, hooks: bool = True) -> dict:
        es = self.entity(entity, principal)
        self._require(principal, es.name, "delete")

        def prepare(i: int, it: Any) -> tuple:
            if not isinstance(it, dict):
                return self._check_id(it, f"items.{i}"), None
            if set(it) - {"id", "expectedVersion"} or "id" not in it:
                raise InvalidParams(errors=[{"field": f"items.{i}", "rule": "type", "message": "each item is an id or {id, expectedVersion?}"}])
            ev = it.get("expectedVersion")
            _check_version_param(ev, f"items.{i}.expectedVersion")
            return self._check_id(it["id"], f"items.{i}.id"), ev

        prepared = _each_item(items, prepare)
        ids = [p[0] for p in prepared]
        if len(set(ids)) != len(ids):
            raise InvalidParams(errors=[{"field": "items", "rule": "uniqueItems", "message": "an id appears twice"}])

        def run(t: Tx) -> dict:
            for i, (rid, ev) in enumerate(prepared):
                self._delete(es, rid, ev, t, hooks, principal, index=i)
            return {"ids": ids, "deleted": len(ids)}

        return self._run(tx, True, run)


def _each_item(items: Any, prepare: Callable[[int, Any], Any]) -> list:
    """``prepare(i, item)`` of every item of a bulk call, checked before anything is written:
    the errors of all items at once, each with its item's index."""
    if not isinstance(items, list) or not items:
        raise InvalidParams(errors=[{"field": "items", "rule": "type", "message": "items must be a non-empty list"}])
    if len(items) > MAX_BULK:
        raise InvalidParams(errors=[{"field": "items", "rule": "maxLength", "message": f"at most {MAX_BULK} items per call"}])
    prepared, errors = [], []
    for i, item in enumerate(items):
        try:
            prepared.append(prepare(i, item))
        except InvalidParams as e:
            for err in e.errors:
                err.setdefault("index", i)
            errors.extend(e.errors)
    if errors:
        raise InvalidParams(errors=errors)
    return prepared


def _route_params(es: EntitySpec, params: list, new: dict, cur: dict) -> tuple[list, Any]:
    """(the update's field params without the distribution column, that column's value) on the Citus
    layout; a record cannot move to another group (Citus cannot move a row between shards)."""
    name = es.route_field
    if new[name] != cur[name]:
        raise InvalidParams(errors=[{"field": name, "rule": "readOnly",
                                     "message": f"{es.name}.{name} cannot change: on the Citus layout the records are "
                                                "distributed by it (create a new record in the other group instead)"}])
    i = es.field_names.index(name)
    return [*params[:i], *params[i + 1:]], params[i]


def _check_version_param(v: Any, name: str = "expectedVersion") -> None:
    if v is None:
        return
    if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v < 2**63:
        raise InvalidParams(errors=[{"field": name, "rule": "type", "message": "must be a positive integer"}])
