"""``torquec migrate plan|apply --database-url URL MODEL [--allow-data-loss] [--layout citus]``.

``plan`` prints what ``apply`` would do to the database (read-only): the
steps, the SQL, and any data that would be lost. ``apply`` runs the plan in
one transaction and records the model in the database's ``_torque_schema``
table. A plan that loses data (dropped tables or columns holding values,
narrowing conversions, rows that cannot satisfy a new NOT NULL) is refused
unless ``--allow-data-loss``; then nothing is changed. ``--layout citus``
(``TORQUE_DB_LAYOUT``): the database is a Citus coordinator laid out by
``sql/citus/schema.sql`` (the model needs ``distribution``).

Exit codes: 0 done / nothing to do, 1 model errors, a refused plan or a
failed migration (the database is unchanged), 2 usage errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

from typing import Optional

import typer

from torquec.commands.serve import LAYOUT_HELP, Layout

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2

_URL_HELP = "sqlite:///path.db, a file path, or postgresql://… (env TORQUE_DATABASE_URL, else DATABASE_URL)."


def register(app: typer.Typer) -> None:
    mig = typer.Typer(name="migrate", help="Plan and apply schema migrations to a database.", no_args_is_help=True, rich_markup_mode=None)
    mig.command("plan")(plan_command)
    mig.command("apply")(apply_command)
    app.add_typer(mig, name="migrate")


def _load(model: Path):
    from torquec.cli import print_diagnostics
    from torquec.driver import analyze

    try:
        text = model.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = None
    result = analyze(str(model))
    if not result.ok or result.model is None or text is None:
        print_diagnostics(result)
        raise typer.Exit(EXIT_USER)
    return result.model, text


def _check_layout(model, layout) -> str | None:
    from torquec.backends.sql.citus import wants_citus

    if layout is None:
        return None
    if layout.value == "citus" and not wants_citus(model):
        typer.echo(f"error: --layout citus: model {model.name} has no `distribution` on any entity, so it has no Citus layout; "
                   "add `distribution` to its entities (docs/model-format.md) or leave --layout out", err=True)
        raise typer.Exit(EXIT_USER)
    return layout.value


def _connect(url: str):
    from torquec.migrate import connect

    try:
        return connect(url)
    except Exception as exc:  # unreachable server, bad path, bad scheme: a user problem
        import re

        shown = re.sub(r"//[^@/]*@", "//", url)
        typer.echo(f"error: cannot open the database {shown!r}: {str(exc).strip().splitlines()[0] if str(exc).strip() else exc}", err=True)
        raise typer.Exit(EXIT_USER)


def _print_plan(plan, conn, model, stream=None, sql: bool = True) -> None:
    stream = stream or sys.stdout
    where = conn.label
    if plan.empty:
        print(f"{model.name}: database {where} is up to date", file=stream)
        return
    kind = "initial schema" if plan.initial else f"{sum(1 for s in plan.steps if s.statements)} step(s)"
    print(f"{model.name}: migration of {where} ({plan.dialect}), {kind}:", file=stream)
    n = 0
    for step in plan.steps:
        if step.statements:
            n += 1
            print(f"  {n}. {step.description}", file=stream)
    if plan.data_loss:
        print("data that would be lost:", file=stream)
        for loss in plan.data_loss:
            print(f"  - {loss}", file=stream)
    if sql:
        print("", file=stream)
        print(plan.sql(), file=stream, end="")


def plan_command(
    model: Path = typer.Argument(..., help="Path of the model JSON file.", show_default=False, metavar="MODEL"),
    database_url: str = typer.Option(..., "--database-url", envvar=["TORQUE_DATABASE_URL", "DATABASE_URL"], help=_URL_HELP),
    allow_data_loss: bool = typer.Option(False, "--allow-data-loss", help="Accept a plan that loses data."),
    quiet_sql: bool = typer.Option(False, "--no-sql", help="List the steps without their SQL."),
    layout: Optional[Layout] = typer.Option(None, "--layout", envvar="TORQUE_DB_LAYOUT", help=LAYOUT_HELP),
) -> None:
    """Show what `apply` would do to the database (changes nothing)."""
    from torquec.migrate import MigrationError, plan_for

    m, text = _load(model)
    lay = _check_layout(m, layout)
    conn = _connect(database_url)
    try:
        try:
            plan = plan_for(conn, m, text, lay)
        except MigrationError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(EXIT_USER)
        _print_plan(plan, conn, m, sql=not quiet_sql)
        if plan.data_loss and not allow_data_loss:
            typer.echo("error: `apply` would refuse this plan because it loses data; pass --allow-data-loss to accept", err=True)
            raise typer.Exit(EXIT_USER)
    finally:
        if conn.dialect == "postgres":
            conn.raw.rollback()
        conn.close()


def apply_command(
    model: Path = typer.Argument(..., help="Path of the model JSON file.", show_default=False, metavar="MODEL"),
    database_url: str = typer.Option(..., "--database-url", envvar=["TORQUE_DATABASE_URL", "DATABASE_URL"], help=_URL_HELP),
    allow_data_loss: bool = typer.Option(False, "--allow-data-loss", help="Apply even when data would be lost."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
    layout: Optional[Layout] = typer.Option(None, "--layout", envvar="TORQUE_DB_LAYOUT", help=LAYOUT_HELP),
) -> None:
    """Migrate the database to MODEL in one transaction."""
    from torquec.migrate import DataLossRefused, MigrationError, apply

    m, text = _load(model)
    lay = _check_layout(m, layout)
    conn = _connect(database_url)
    try:
        plan = apply(conn, m, text, allow_data_loss=allow_data_loss, layout=lay)
    except DataLossRefused as exc:
        typer.echo(f"error: {exc}", err=True)
        typer.echo("nothing was changed", err=True)
        raise typer.Exit(EXIT_USER)
    except MigrationError as exc:
        typer.echo(f"error: {exc}", err=True)
        typer.echo("nothing was changed (the migration was rolled back)", err=True)
        raise typer.Exit(EXIT_USER)
    finally:
        conn.close()
    if not quiet:
        _print_plan(plan, conn, m, sql=False)
        if not plan.empty:
            print(f"applied: {m.name} is now at model {_short(text)}")


def _short(text: str) -> str:
    from torquec.migrate.database import model_hash

    return model_hash(text)[:12]
