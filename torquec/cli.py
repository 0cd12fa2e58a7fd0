"""The `torquec` command line (typer).

Exit codes: 0 success, 1 model/user errors (diagnostics printed), 2 usage
errors (typer/click's own), 70 internal compiler error (a bug: the traceback
goes to a file, never to the terminal).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from torquec import __version__

app = typer.Typer(
    name="torquec",
    help="Compile a torque model (one JSON file) into a complete runnable application.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_OK, EXIT_USER, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def _color(stream=None) -> bool:
    stream = stream or sys.stderr
    return stream.isatty() and not os.environ.get("NO_COLOR")


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"torquec {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", "-V", help="Print the version and exit.", callback=_version_callback, is_eager=True),
) -> None:
    """torquec — model JSON in, application out."""


def print_diagnostics(result, fmt: OutputFormat = OutputFormat.text, stream=None) -> None:
    from torquec.diagnostics import render_json, render_text, summary_line

    stream = stream or sys.stderr
    if fmt is OutputFormat.json:
        sys.stdout.write(render_json(result.diagnostics, result.source))
        return
    if len(result.diagnostics):
        stream.write(render_text(result.diagnostics, result.source, color=_color(stream)))
        stream.write("\n")
    if result.diagnostics.has_errors:
        name = result.source.display_path if result.source else "model"
        stream.write(f"{'error' if not _color(stream) else chr(27) + '[1;31merror' + chr(27) + '[0m'}: could not compile `{name}` due to {summary_line(result.diagnostics)}\n")


@app.command()
def build(
    model: Path = typer.Argument(..., help="Path of the model JSON file.", show_default=False, metavar="MODEL"),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="Output directory [default: generated/<model name>/]."),
    check: bool = typer.Option(False, "--check", help="Write nothing; exit 1 if OUT is not exactly what a build would write."),
    timings: bool = typer.Option(False, "--timings", help="Print the time spent in each phase."),
    force: bool = typer.Option(False, "--force", help="Rebuild even when the model and compiler are unchanged."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
) -> None:
    """Compile MODEL into a runnable application."""
    from torquec.driver import build as run_build

    result = run_build(str(model), str(out) if out else None, check_only=check, force=force)
    print_diagnostics(result)
    if not result.ok:
        _print_timings(result, timings)
        raise typer.Exit(EXIT_USER)
    out_dir = result.out_dir
    total = result.timings.get("total", 0.0)
    if check:
        if result.check_problems:
            for p in result.check_problems[:50]:
                typer.echo(f"  {p}", err=True)
            more = len(result.check_problems) - 50
            if more > 0:
                typer.echo(f"  … and {more} more", err=True)
            typer.echo(f"error: {out_dir} is stale ({len(result.check_problems)} difference(s)); run `torquec build {model}`", err=True)
            _print_timings(result, timings)
            raise typer.Exit(EXIT_USER)
        if not quiet:
            typer.echo(f"{out_dir} is up to date ({len(result.artifacts) + 1} files checked in {total:.2f}s)")
        _print_timings(result, timings)
        return
    if not quiet:
        if result.up_to_date:
            typer.echo(f"{out_dir} is up to date ({total * 1000:.0f} ms)")
        else:
            rep = result.report
            name = result.model.name if result.model else model
            warn = result.diagnostics.warning_count
            extra = f", {warn} warning{'s' if warn != 1 else ''}" if warn else ""
            typer.echo(
                f"built {name} → {out_dir}: {len(rep.written)} written, {rep.unchanged} unchanged, "
                f"{len(rep.deleted)} removed in {total:.2f}s{extra}"
            )
    _print_timings(result, timings)


def _print_timings(result, enabled: bool) -> None:
    if not enabled:
        return
    typer.echo("timings:", err=True)
    for phase, secs in result.timings.items():
        if phase != "total":
            typer.echo(f"  {phase:<22} {secs * 1000:8.1f} ms", err=True)
    typer.echo(f"  {'total':<22} {result.timings.get('total', 0.0) * 1000:8.1f} ms", err=True)


@app.command()
def check(
    model: Path = typer.Argument(..., help="Path of the model JSON file.", show_default=False, metavar="MODEL"),
    format: OutputFormat = typer.Option(OutputFormat.text, "--format", help="Diagnostics as human text or JSON for editors and CI."),
) -> None:
    """Validate MODEL and report every problem; write nothing."""
    from torquec.diagnostics import summary_line
    from torquec.driver import analyze

    result = analyze(str(model))
    print_diagnostics(result, format)
    if format is OutputFormat.text and result.ok:
        name = result.source.display_path if result.source else model
        typer.echo(f"{name}: ok ({summary_line(result.diagnostics)})", err=False)
    raise typer.Exit(EXIT_OK if result.ok else EXIT_USER)


@app.command()
def init(
    name: str = typer.Argument(..., help="App name (kebab-case), also the file name: NAME.json.", show_default=False, metavar="NAME"),
    directory: Path = typer.Option(Path("."), "--dir", help="Where to write NAME.json."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a starter model that builds."""
    import re

    from torquec.starter import starter_model

    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", name):
        typer.echo(f"error: `{name}` is not a valid app name; use kebab-case like `my-app`", err=True)
        raise typer.Exit(EXIT_USAGE)
    target = directory / f"{name}.json"
    if target.exists() and not force:
        typer.echo(f"error: {target} already exists (use --force to overwrite)", err=True)
        raise typer.Exit(EXIT_USER)
    directory.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(starter_model(name), indent=2) + "\n", encoding="utf-8")
    # The model's `$schema` names this copy of the schema the package ships (editors resolve it
    # relative to the model); refreshed when it differs, so it matches this torquec.
    schema = _write_schema_next_to(target)
    typer.echo(f"wrote {target} and {schema}\nnext: torquec build {target} && torquec serve generated/{name} --seed")


def _write_schema_next_to(model: Path) -> Path:
    from torquec.starter import SCHEMA_REF
    from torquec.validate.schema import schema_path

    schema = model.parent / SCHEMA_REF
    shipped = schema_path().read_bytes()
    if not schema.is_file() or schema.read_bytes() != shipped:
        schema.write_bytes(shipped)
    return schema


def _register_optional_commands() -> None:
    """Commands that live in their own modules (serve, watch, flow, migrate, lsp)."""
    import importlib

    for mod_name in ("serve", "watch", "flow", "migrate", "lsp", "importer", "data"):
        try:
            mod = importlib.import_module(f"torquec.commands.{mod_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"torquec.commands.{mod_name}":
                raise
            continue
        mod.register(app)


_register_optional_commands()


def main() -> None:
    try:
        app(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    except Exception:  # an internal compiler error: never a traceback on the terminal
        fd, path = tempfile.mkstemp(prefix="torquec-ice-", suffix=".txt")
        with os.fdopen(fd, "w") as fh:
            traceback.print_exc(file=fh)
        exc = sys.exc_info()[1]
        sys.stderr.write(
            f"error: internal compiler error: {type(exc).__name__}: {exc}\n"
            f"note: this is a bug in torquec {__version__}; the details were written to {path}\n"
        )
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":  # pragma: no cover
    main()
