"""``torquec data export|import``: move records between files (CSV, NDJSON, JSON) and a built app's
database, through the runtime's validation (``torquec.runtime.dataio``)."""

from __future__ import annotations

import json
import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Optional

import typer


class DataFormat(str, Enum):
    csv = "csv"
    ndjson = "ndjson"
    json = "json"


_EXT = {"csv": ".csv", "ndjson": ".ndjson", "json": ".json"}
DB_HELP = "sqlite:///path.db, a file path, or postgresql://… [default: <app>/data/app.db]"


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


class _App:
    """A built app opened in-process: its runtime (spec, database, service). Without an app
    directory, the model the database last migrated to (``_torque_schema``) is built into a
    temporary directory first."""

    def __init__(self, app_dir: Path | None, database_url: str | None) -> None:
        from torquec.commands.serve import load_app_module

        self.tmp = None
        if app_dir is None:
            app_dir = self._build_from_database(database_url)
        if not (app_dir / "torque-manifest.json").is_file():
            _fail(f"{app_dir} is not a built app (no torque-manifest.json); run `torquec build MODEL` first")
        module = load_app_module(str(app_dir))
        try:
            app = module.create_app(database_url)
        except (ValueError, RuntimeError, OSError, ConnectionError) as exc:
            _fail(f"cannot open the app's database: {exc}")
        self.rt = app.state.torque

    def _build_from_database(self, database_url: str | None) -> Path:
        import tempfile

        from torquec.driver import build
        from torquec.migrate.database import applied_model, connect

        if not database_url:
            _fail("give APP_DIR or --database-url", 2)
        try:
            conn = connect(database_url)
            try:
                applied = applied_model(conn)
            finally:
                conn.close()
        except Exception as exc:  # the driver's own error: a user problem (URL, server, file)
            _fail(f"cannot read the database: {str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}")
        if applied is None:
            _fail("the database holds no torquec app (no _torque_schema table); give APP_DIR")
        self.tmp = tempfile.TemporaryDirectory(prefix="torquec-data-")
        model = Path(self.tmp.name) / "model.json"
        model.write_text(applied[0], encoding="utf-8")
        result = build(str(model), str(Path(self.tmp.name) / "app"))
        if not result.ok:
            _fail("the model stored in the database does not build with this torquec; give APP_DIR")
        return Path(self.tmp.name) / "app"

    def close(self) -> None:
        try:
            engine = getattr(getattr(self.rt, "xflow", None), "engine", None)
            if engine is not None:
                engine.close()
        finally:
            self.rt.db.close()
            if self.tmp is not None:
                self.tmp.cleanup()


def _progress_printer():
    if not sys.stderr.isatty():
        return None
    state = {"last": 0.0}

    def show(entity: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - state["last"] < 0.1:
            return
        state["last"] = now
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{entity:<24} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def register(app: typer.Typer) -> None:
    data_app = typer.Typer(help="Export and import records (CSV, NDJSON, JSON).", no_args_is_help=True)
    app.add_typer(data_app, name="data")

    @data_app.command("export")
    def export_command(
        app_dir: Optional[Path] = typer.Argument(None, metavar="[APP_DIR]", help="A built app directory (generated/<name>) [default: the model --database-url was last migrated to].", show_default=False),
        database_url: Optional[str] = typer.Option(None, "--database-url", envvar=["TORQUE_DATABASE_URL", "DATABASE_URL"], help=DB_HELP),
        entity: Optional[str] = typer.Option(None, "--entity", help="Only this entity; then -o is a file. Without it -o is a directory with <Entity>.<ext> per entity."),
        fmt: DataFormat = typer.Option(DataFormat.ndjson, "--format", help="csv, ndjson or json."),
        out: Path = typer.Option(..., "-o", "--out", help="Output file (with --entity) or directory.", show_default=False),
    ) -> None:
        """Write the records of an app's database to files."""
        from torquec.runtime.data_export import export_records, write_records
        from torquec.runtime.errors import RpcError

        opened = _App(app_dir, database_url)
        try:
            svc = opened.rt.service
            try:
                names = [svc.entity(entity).name] if entity else list(svc.spec.entities)
            except RpcError:
                _fail(f"unknown entity `{entity}`; entities: {', '.join(svc.spec.entities)}")
            if not entity:
                out.mkdir(parents=True, exist_ok=True)
            total = 0
            for name in names:
                path = out if entity else out / f"{name}{_EXT[fmt.value]}"
                if entity:
                    path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(path.name + ".part")
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    n = write_records(export_records(svc, name, with_links=fmt.value != "csv"), svc.spec.entities[name], fmt.value, fh)
                os.replace(tmp, path)
                total += n
                typer.echo(f"{name}: {n} records → {path}")
            typer.echo(f"exported {total} records")
        finally:
            opened.close()

    @data_app.command("import")
    def import_command(
        app_dir: Optional[Path] = typer.Argument(None, metavar="[APP_DIR]", help="A built app directory (generated/<name>) [default: the model --database-url was last migrated to].", show_default=False),
        path: Optional[Path] = typer.Argument(None, metavar="PATH", help="A file (with --entity, or named <Entity>.<ext>) or a directory of <Entity>.<ext> files.", show_default=False),
        database_url: Optional[str] = typer.Option(None, "--database-url", envvar=["TORQUE_DATABASE_URL", "DATABASE_URL"], help=DB_HELP),
        entity: Optional[str] = typer.Option(None, "--entity", help="The entity of a single file [default: from the file name]."),
        fmt: Optional[DataFormat] = typer.Option(None, "--format", help="csv, ndjson or json [default: from the extension]."),
        skip_invalid: bool = typer.Option(False, "--skip-invalid", help="Insert the valid rows; write the rejected ones with their reasons to --rejected."),
        rejected: Optional[Path] = typer.Option(None, "--rejected", help="Where --skip-invalid writes rejected rows (NDJSON) [default: PATH.rejected.ndjson]."),
        quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
    ) -> None:
        """Insert records from files into an app's database: all or nothing unless --skip-invalid."""
        from torquec.runtime.dataio import DataFileError, DataImporter, ImportFailed, detect_format, read_rows
        from torquec.runtime.errors import RpcError
        from torquec.runtime.gc_pause import gc_paused

        if path is None:  # one positional: PATH (the app comes from --database-url)
            app_dir, path = None, app_dir
        if path is None:
            _fail("missing PATH", 2)
        if not path.exists():
            _fail(f"{path}: no such file or directory")
        files: list[tuple[str | None, Path]] = []
        if path.is_dir():
            if entity:
                _fail("--entity needs a file, not a directory", 2)
            for p in sorted(path.iterdir()):
                if p.suffix.lower() in (".csv", ".ndjson", ".jsonl", ".json") and not p.name.endswith(".rejected.ndjson"):
                    files.append((p.stem, p))
            if not files:
                _fail(f"{path}: no .csv, .ndjson or .json files")
        else:
            files.append((entity or path.stem, path))
        opened = _App(app_dir, database_url)
        started = time.perf_counter()
        try:
            svc = opened.rt.service
            with gc_paused():  # reading the files too (torquec/runtime/gc_pause.py)
                sources = []
                for name, p in files:
                    try:
                        es = svc.entity(name)
                    except RpcError:
                        _fail(f"{p}: `{name}` is not an entity of the app ({', '.join(svc.spec.entities)}); pass --entity")
                    try:
                        f = detect_format(str(p), fmt.value if fmt else None)
                        rows = list(read_rows(str(p), f))
                    except DataFileError as exc:
                        _fail(str(exc))
                    sources.append((es.name, str(p), rows, f == "csv"))
                importer = DataImporter(svc, skip_invalid=skip_invalid, progress=None if quiet else _progress_printer())
                try:
                    report = importer.run(sources)
                except ImportFailed as exc:
                    shown = exc.report.problems[:50]
                    for p in shown:
                        typer.echo(f"error: {p.render()}", err=True)
                    more = len(exc.report.problems) - len(shown)
                    if more > 0:
                        typer.echo(f"… and {more} more", err=True)
                    typer.echo(f"error: nothing imported: {len(exc.report.problems)} problem(s) in {len(exc.report.rejected) or 1} row(s)"
                               + ("" if skip_invalid else "; fix them or pass --skip-invalid"), err=True)
                    raise typer.Exit(1)
            elapsed = time.perf_counter() - started
            if report.rejected:
                target = rejected or Path(str(path).rstrip("/") + ".rejected.ndjson")
                problems_by_row: dict[tuple[str, int], list] = {}
                for p in report.problems:
                    problems_by_row.setdefault((p.file, p.line), []).append(p)
                with open(target, "w", encoding="utf-8") as fh:
                    for p in report.rejected:
                        reasons = [{"field": x.field, "message": x.message} for x in problems_by_row.get((p.file, p.line), [p])]
                        fh.write(json.dumps({"file": p.file, "line": p.line, "reasons": reasons, "row": p.row}, ensure_ascii=False, default=str) + "\n")
                typer.echo(f"{len(report.rejected)} row(s) rejected → {target}", err=True)
            if not quiet:
                total = sum(report.inserted.values())
                for name, n in report.inserted.items():
                    typer.echo(f"{name}: {n} records")
                links = f" and {report.links} links" if report.links else ""
                rate = f" ({total / elapsed:,.0f} rows/s)" if elapsed > 0 and total else ""
                typer.echo(f"imported {total} records{links} in {elapsed:.2f}s{rate}")
        finally:
            opened.close()
