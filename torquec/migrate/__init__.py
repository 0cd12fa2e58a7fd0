"""Schema migrations: take a database from the model it holds to a new model.

    with database.connect(url) as conn:   # see .database
        plan = migrate.plan_for(conn, model, model_text)      # read-only
        migrate.apply(conn, model, model_text, allow_data_loss=False)

The model a database holds is the newest row of its ``_torque_schema``
table (:mod:`.database`), read from the schema snapshot recorded with it
(:mod:`torquec.ir.snapshot`): planning needs no compiler front end, so a
generated app migrates on start from its own ``sql/snapshot.json``. Only a
row recorded before snapshots existed is compiled from its model file (once:
the migration records a snapshot). A database without a row is treated as empty and
gets the idempotent ``schema.sql`` (so a database created by ``serve`` before
it recorded anything is adopted as is). :mod:`.planner` diffs the two models
on stable ids and renders the steps per dialect; :func:`apply` runs them in
one transaction, refusing when the plan would lose data unless
``allow_data_loss`` — then nothing is changed and :class:`DataLossRefused`
lists what would be lost. Any database error rolls everything back and is
reported with the constraint mapped to the entity field.

``layout``: how a PostgreSQL database's tables are laid out, ``postgres``
(default) or ``citus`` (``sql/citus/schema.sql``, migrations by :mod:`.citus`).
Every recorded row says which; a database is never migrated with the other
one (:class:`LayoutMismatch`, nothing changed).
"""

from __future__ import annotations

from torquec.backends.sql.dialects import POSTGRES
from torquec.backends.sql.naming import quote_ident as q
from torquec.ir.nodes import Model
from torquec.ir.snapshot import SnapshotFormatError, read_snapshot, snapshot_json
from torquec.migrate import legacy_decimals
from torquec.migrate.database import CITUS, LAYOUT_ENV, Applied, Connection, applied_model, connect, layout_or_default, model_hash, record
from torquec.migrate.planner import DataLoss, Plan, PlanRefused, Step, plan

__all__ = ["plan", "plan_for", "apply", "Plan", "Step", "DataLoss", "MigrationError", "DataLossRefused", "LayoutMismatch", "connect",
           "load_applied"]

SNAPSHOT_PATH = "sql/snapshot.json"  # written by the sql backend
_LOCK_KEY = 7_357_213_401  # pg_advisory_xact_lock: one migration at a time per database


class MigrationError(Exception):
    """A migration that could not be planned or applied; the database is unchanged."""


class LayoutMismatch(MigrationError):
    """The database is laid out another way than the one asked for."""


_LAYOUT_NAMES = {POSTGRES: "plain PostgreSQL (sql/postgres/schema.sql)", CITUS: "Citus (sql/citus/schema.sql)"}


def check_layout(conn: Connection, stored: Applied | None, layout: str | None) -> None:
    """Refuse ``layout`` (None: the dialect's own) when the database recorded another one,
    or when asked for Citus on SQLite."""
    want = layout_or_default(layout, conn.dialect)
    if want == CITUS and conn.dialect != POSTGRES:
        raise LayoutMismatch("the citus layout needs a PostgreSQL database (a Citus coordinator), not SQLite")
    if stored is None:
        return
    have = layout_or_default(stored.layout, conn.dialect)
    if have != want:
        raise LayoutMismatch(
            f"the database is laid out for {_LAYOUT_NAMES.get(have, have)}, not {_LAYOUT_NAMES.get(want, want)} "
            f"(recorded in _torque_schema); use --layout {have} ({LAYOUT_ENV}={have}) for this database")


class DataLossRefused(MigrationError):
    def __init__(self, plan: Plan):
        self.plan = plan
        lines = "\n".join(f"  - {loss}" for loss in plan.data_loss)
        super().__init__(f"the migration would lose data (pass --allow-data-loss to accept):\n{lines}")


def load_applied(text: str) -> Model:
    """The IR of a model file, compiled (the compiler's front end: only for rows without a snapshot)."""
    try:
        from torquec.driver import analyze
    except ImportError as exc:  # an app installed without the compiler
        raise MigrationError(
            "the database recorded its model before torquec kept schema snapshots, and this installation cannot "
            f"compile it ({exc}); run `torquec migrate apply MODEL --database-url URL` once to record one"
        ) from None

    result = analyze("<applied model>", text=text)
    if not result.ok or result.model is None:
        first = next((d for d in result.diagnostics if d.severity.name == "ERROR"), None)
        raise MigrationError(f"the model recorded in the database no longer compiles: {first.message if first else 'unknown error'}")
    return result.model


def _probe(conn: Connection):
    def count(table: str, where: str) -> int:
        return int(conn.query(f"SELECT count(*) FROM {q(table)} WHERE {where}")[0][0])

    return count


def applied_ir(stored: Applied) -> Model:
    """The schema part of the model a database holds: from its snapshot, or — for
    a row without one, or of another snapshot format — compiled from its model file."""
    if stored.snapshot:
        try:
            return read_snapshot(stored.snapshot)
        except SnapshotFormatError:
            pass
    return load_applied(stored.model_json)


def plan_for(conn: Connection, model: Model, model_text: str, layout: str | None = None) -> Plan:
    """The plan taking ``conn``'s database to ``model`` (reads only)."""
    stored = applied_model(conn)
    check_layout(conn, stored, layout)
    current = stored is not None and stored.model_hash == model_hash(model_text)
    try:
        if stored is None:
            _check_adoptable(conn, model, layout)
            return _adopt(conn, model, layout)
        if layout == CITUS:  # decimals stored before exact decimals predate the Citus layout
            return Plan(conn.dialect, [], []) if current else plan(applied_ir(stored), model, conn.dialect, _probe(conn), layout)
        old = model if current else applied_ir(stored)
        legacy = legacy_decimals.legacy_columns(conn, old)
        if current and not legacy:
            return Plan(conn.dialect, [], [])
        if legacy:  # decimals stored before exact decimals: converted with the rest of the plan
            old = legacy_decimals.as_stored(old, legacy)
        p = plan(old, model, conn.dialect, _probe(conn))
        legacy_decimals.relabel(p, legacy)
        return p
    except PlanRefused as exc:
        raise MigrationError(str(exc)) from None


def _adopt(conn: Connection, model: Model, layout: str | None) -> Plan:
    """The idempotent schema; for a database adopted with decimals stored before exact decimals
    (its tables have the model's columns, see _check_adoptable), then their conversion."""
    initial = plan(None, model, conn.dialect, layout=layout)
    if layout == CITUS:
        return initial
    legacy = legacy_decimals.legacy_columns(conn, model)
    if not legacy:
        return initial
    p = plan(legacy_decimals.as_stored(model, legacy), model, conn.dialect, _probe(conn))
    legacy_decimals.relabel(p, legacy)
    p.steps[:0] = initial.steps  # missing tables first: the conversion rebuilds only the legacy ones
    return p


def _check_adoptable(conn: Connection, model: Model, layout: str | None) -> None:
    """A database with tables but no recorded model (e.g. created by an older
    ``serve``) is adopted only when its tables have the model's columns: the
    idempotent schema then completes it — and they are laid out as asked: for
    the Citus layout none is hash-partitioned, for the plain one none is a Citus
    table (a Citus script run by hand). Anything else is refused — the planner
    cannot know which model made it."""
    from torquec.backends.sql import table_specs
    from torquec.migrate.database import columns_of, user_tables

    existing = set(user_tables(conn))
    if not existing:
        return
    if layout == CITUS:
        partitioned = [r[0] for r in conn.query("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                                                 "AND relkind = 'p' ORDER BY 1")]
        if partitioned:
            raise LayoutMismatch(
                f"the database has hash-partitioned tables ({', '.join(partitioned[:3])}…): it is laid out for plain PostgreSQL, "
                "not Citus; use --layout postgres for it, or start the Citus layout on an empty database")
    elif conn.dialect == POSTGRES and conn.query("SELECT to_regclass('pg_dist_partition') IS NOT NULL")[0][0]:
        placed = [r[0] for r in conn.query("SELECT logicalrelid::text FROM pg_dist_partition ORDER BY 1")]
        if placed:
            raise LayoutMismatch(
                f"the database has Citus tables ({', '.join(placed[:3])}…): it is laid out for Citus; use --layout citus "
                f"({LAYOUT_ENV}=citus) for it")
    problems = []
    for spec in table_specs(model, conn.dialect):
        cols = columns_of(conn, spec.name) if spec.name in existing else None
        if cols is None:
            continue
        want = {c.name for c in spec.columns}
        if cols != want:
            extra, missing = sorted(cols - want), sorted(want - cols)
            detail = "; ".join(x for x in (f"not in the model: {', '.join(extra)}" if extra else "", f"missing: {', '.join(missing)}" if missing else "") if x)
            problems.append(f"table {q(spec.name)} ({detail})")
    if problems:
        raise MigrationError(
            "the database has no record of the model it was created from (no _torque_schema row) and its tables "
            "differ from this model: " + ", ".join(problems) + ". Apply the model it was created from first, then migrate."
        )


def _constraint_hint(message: str, model: Model) -> str:
    from torquec.backends.sql import constraint_map

    cmap = constraint_map(model)["constraints"]
    for name, info in cmap.items():
        if name in message and info.get("field"):
            owner = info.get("entity") or info.get("relationship")
            return f" ({owner}.{info['field']}: {info['rule']})"
    return ""


def apply(conn: Connection, model: Model, model_text: str, *, allow_data_loss: bool = False, snapshot: str | None = None,
          layout: str | None = None) -> Plan:
    """Plan and apply in one transaction; returns the applied plan. ``snapshot``:
    ``model``'s schema snapshot when the caller has it (the build wrote it)."""
    import sqlite3

    try:
        if conn.dialect == POSTGRES:
            return _apply_postgres(conn, model, model_text, snapshot, allow_data_loss, layout)
        check_layout(conn, None, layout)
        return _apply_sqlite(conn, model, model_text, snapshot, allow_data_loss)
    except MigrationError:
        raise
    except (sqlite3.Error, _pg_error()) as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise MigrationError(f"{msg}{_constraint_hint(str(exc), model)}") from exc


def _pg_error() -> type:
    try:
        import psycopg

        return psycopg.Error
    except ImportError:  # pragma: no cover
        return OSError


def _run(conn: Connection, p: Plan, model: Model) -> None:
    for step in p.steps:
        for s in step.statements:
            try:
                conn.script(s) if conn.dialect != POSTGRES else conn.raw.execute(s)
            except Exception as exc:  # a database error: say which step and which field
                msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise MigrationError(f"step “{step.description}” failed: {msg}{_constraint_hint(str(exc), model)}") from exc


def _record_unless_current(conn: Connection, model: Model, text: str, snapshot: str | None, layout: str | None = None) -> None:
    stored = applied_model(conn)
    if stored is None or stored.model_hash != model_hash(text):
        record(conn, model.name, text, snapshot or snapshot_json(model), layout)


def _apply_postgres(conn: Connection, model: Model, text: str, snapshot: str | None, allow: bool, layout: str | None) -> Plan:
    raw = conn.raw
    try:
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        p = plan_for(conn, model, text, layout)
        if p.data_loss and not allow:
            raise DataLossRefused(p)
        _run(conn, p, model)
        _record_unless_current(conn, model, text, snapshot, layout)
        raw.commit()
        return p
    except BaseException:
        raw.rollback()
        raise


def _apply_sqlite(conn: Connection, model: Model, text: str, snapshot: str | None, allow: bool) -> Plan:
    raw = conn.raw
    raw.execute("PRAGMA foreign_keys = OFF")  # 12-step rebuild; a no-op inside a transaction, so first
    try:
        raw.execute("BEGIN IMMEDIATE")
        try:
            p = plan_for(conn, model, text)
            if p.data_loss and not allow:
                raise DataLossRefused(p)
            _run(conn, p, model)
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                table, _rowid, parent, _fk = problems[0]
                raise MigrationError(
                    f"{len(problems)} row(s) of {q(table)} would reference missing rows of {q(parent)}; "
                    "delete them or change the relationship first"
                )
            _record_unless_current(conn, model, text, snapshot)
            raw.execute("COMMIT")
            return p
        except BaseException:
            raw.execute("ROLLBACK")
            raise
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def migrate_app_database(app_dir: str, model: Model, model_text: str, database_url: str | None, *,
                         allow_data_loss: bool = False, applied: list[str] | None = None) -> str | None:
    """Bring a generated app's database (default: its embedded SQLite file) to ``model``.

    Used by ``torquec watch`` before a new app generation starts. Returns None
    when the database is at ``model`` (migrated or already there), otherwise the
    text explaining the refusal; in that case nothing was changed. ``applied``
    receives one line per changed table of a migration that ran (``Plan.changes``).
    """
    import os

    from torquec.migrate.database import connect

    url = database_url or os.path.join(app_dir, "data", "app.db")
    try:
        conn = connect(url)
    except Exception as exc:  # unreachable server, bad URL: reported, never a traceback
        return f"error: cannot open the database {url}: {exc}"
    try:
        done = apply(conn, model, model_text, allow_data_loss=allow_data_loss, snapshot=_built_snapshot(app_dir))
        if applied is not None and not done.initial and not done.empty:
            applied.extend(done.changes)
    except DataLossRefused as exc:
        return (f"error: {exc}\n"
                "note: the database was left untouched and the previous build keeps serving;\n"
                "help: undo the edit, or restart `torquec watch` with --allow-data-loss to accept the loss")
    except MigrationError as exc:
        return f"error: the migration failed and was rolled back: {exc}"
    finally:
        conn.close()
    return None


def _built_snapshot(app_dir: str) -> str | None:
    """The schema snapshot the build wrote into ``app_dir`` (None: none there)."""
    import os

    try:
        with open(os.path.join(app_dir, SNAPSHOT_PATH), encoding="utf-8") as fh:
            return fh.read()
    except OSError:
        return None


def app_schema(app_dir: str, model_text: str) -> tuple[Model, str]:
    """A generated app's schema IR and snapshot text, from the snapshot its build
    wrote; compiled from ``model_text`` (its ``model.json``) only for an app built
    before snapshots existed."""
    snapshot = _built_snapshot(app_dir)
    try:
        if snapshot is not None:
            return read_snapshot(snapshot), snapshot
    except SnapshotFormatError:
        pass
    model = load_applied(model_text)
    return model, snapshot_json(model)


def migrate_on_start(app_dir: str, database_url: str | None, layout: str | None = None) -> str | None:
    """Called by a generated app as it starts: bring its database to the app's
    model (``<app>/model.json``, planned from ``<app>/sql/snapshot.json``),
    refusing data loss. Cheap when nothing changed: one query compares the
    recorded model hash. Returns a note for the start-up banner, or None;
    raises MigrationError (nothing changed) when it cannot.
    """
    import os

    from torquec.migrate.database import applied_model, connect, model_hash

    path = os.path.join(app_dir, "model.json")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    conn = connect(database_url or os.path.join(app_dir, "data", "app.db"))
    try:
        stored = applied_model(conn)
        check_layout(conn, stored, layout)
        if stored is not None and stored.model_hash == model_hash(text) and not legacy_decimals.may_have_legacy(conn):
            return None
        model, snapshot = app_schema(app_dir, text)
        plan = apply(conn, model, text, allow_data_loss=False, snapshot=snapshot, layout=layout)
    finally:
        conn.close()
    if plan.empty or (stored is None and not plan.changes):  # nothing, or only the initial schema
        return None
    return f"migrated the database to the current model ({len(plan.steps)} step(s)): " + "; ".join(plan.changes)
