"""``torquec import SOURCE -o MODEL.json [--with-data DIR]``: a model from an existing database."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("import")
    def import_command(
        source: str = typer.Argument(..., metavar="SOURCE", help="postgresql://… URL, a SQLite file, or a .sql file (any dialect sqlglot reads).", show_default=False),
        out: Path = typer.Option(..., "-o", "--out", help="The model file to write; an existing one is re-imported into (ids, names, labels, pages and flows are kept).", show_default=False),
        with_data: Optional[Path] = typer.Option(None, "--with-data", help="Also write the rows: DIR/<Entity>.ndjson, for `torquec data import`."),
        name: Optional[str] = typer.Option(None, "--name", help="App name (kebab-case) [default: from the output file name]."),
        dialect: Optional[str] = typer.Option(None, "--dialect", help="sqlglot dialect of a .sql file [default: tried in turn]."),
        quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only warnings and errors."),
    ) -> None:
        """Write a model (one entity per table) from an existing database or SQL file."""
        from torquec.importer import ImportError_, import_source, write_data

        app_name = name or re.sub(r"[^a-z0-9]+", "-", out.stem.lower()).strip("-") or "imported"
        if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", app_name):
            typer.echo(f"error: `{app_name}` is not a valid app name; pass --name my-app", err=True)
            raise typer.Exit(2)
        previous = None
        if out.exists():
            try:
                previous = json.loads(out.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                typer.echo(f"error: {out} exists but is not a readable model ({exc}); move it away or fix it", err=True)
                raise typer.Exit(1)
            if not isinstance(previous, dict):
                typer.echo(f"error: {out} exists but is not a model object", err=True)
                raise typer.Exit(1)
        try:
            result = import_source(source, app_name, with_data=with_data is not None, dialect=dialect, previous=previous)
        except ImportError_ as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1)
        label = source if "://" not in source else source.split("@")[-1]
        for w in result.warnings:
            typer.echo(w.render(label), err=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(result.model, indent=2, ensure_ascii=False) + "\n"
        out.write_text(text, encoding="utf-8")
        if not quiet:
            for note in result.notes:
                typer.echo(f"note: {note}", err=True)
            m = result.model
            typer.echo(f"wrote {out}: {len(m['entities'])} entities, {len(m['relationships'])} relationships, "
                       f"{len(result.warnings)} warning{'s' if len(result.warnings) != 1 else ''}")
        if result.records is not None and with_data is not None:
            paths = write_data(result.records, str(with_data))
            if not quiet:
                total = sum(len(v) for v in result.records.values())
                typer.echo(f"wrote {len(paths)} data files ({total} records) to {with_data}")
