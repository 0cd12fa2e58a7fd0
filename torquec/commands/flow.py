"""``torquec flow run MODEL FLOW --input JSON [--trace] [--database-url URL]``.

Builds MODEL into its default output directory (a no-op when it is up to
date), then runs FLOW once in-process against the app's database — the
embedded SQLite file of the app unless ``--database-url`` names another —
through the same service layer the generated server uses, in one transaction
that is committed when the flow succeeds and rolled back when it fails.
Prints the output as JSON on stdout; ``--trace`` prints the execution trace
as a table on stderr. Exit 0 on success, 1 when the model does not compile,
the input is invalid or the flow fails (with the model position of the
failing node), 2 on usage errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2


def register(app: typer.Typer) -> None:
    flow_app = typer.Typer(name="flow", help="Run XFlow workflows without a server.", no_args_is_help=True,
                           rich_markup_mode=None)
    flow_app.command("run")(run_command)
    app.add_typer(flow_app, name="flow")


def run_command(
    model: Path = typer.Argument(..., help="Path of the model JSON file.", show_default=False, metavar="MODEL"),
    flow: str = typer.Argument(..., help="Name of the flow to run.", show_default=False, metavar="FLOW"),
    input: str = typer.Option("{}", "--input", "-i", help="Flow input as JSON, or @FILE to read it from a file."),
    trace: bool = typer.Option(False, "--trace", help="Print the execution trace (node, type, input, output, ms) on stderr."),
    database_url: Optional[str] = typer.Option(None, "--database-url", help="Database to run against [default: the app's embedded SQLite]."),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="App directory to build into [default: generated/<model name>/]."),
) -> None:
    """Build MODEL and run FLOW once, printing its output as JSON."""
    from torquec.cli import print_diagnostics
    from torquec.driver import build
    from torquec.runtime.errors import FlowFailedError, InvalidParams, RpcError

    try:
        value = _parse_input(input)
    except ValueError as exc:
        typer.echo(f"error: --input is not valid JSON: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE)

    result = build(str(model), str(out) if out else None)
    if not result.ok:
        print_diagnostics(result)
        raise typer.Exit(EXIT_USER)
    out_dir = result.out_dir
    session = None
    try:
        session = open_session(out_dir, database_url)
        engine = session.engine
        if flow not in engine.flows:
            from torquec.diagnostics import did_you_mean

            hint = did_you_mean(flow, engine.flows)
            names = ", ".join(f"`{n}`" for n in sorted(engine.flows)) or "none"
            typer.echo(f"error: the model has no flow `{flow}`" + (f"; {hint}" if hint else f" (flows: {names})"), err=True)
            raise typer.Exit(EXIT_USER)
        outcome = session.run(flow, value, trace=trace)
    except InvalidParams as exc:
        typer.echo(f"error: invalid input for flow `{flow}`:", err=True)
        for e in exc.errors:
            typer.echo(f"  {e.get('field')}: {e.get('message')} ({e.get('rule')})", err=True)
        raise typer.Exit(EXIT_USER)
    except FlowFailedError as exc:
        data = exc.data if isinstance(exc.data, dict) else {}
        if trace and data.get("trace"):
            _print_trace(data["trace"])
        typer.echo(f"error: {exc.message}", err=True)
        where = _model_position(result, model, data)
        if where:
            typer.echo(f"  --> {where}", err=True)
        for key in ("errorCode", "reason"):
            if data.get(key) is not None:
                typer.echo(f"  = {key}: {data[key]}", err=True)
        cause = data.get("cause")
        if isinstance(cause, dict):
            typer.echo(f"  = cause: {json.dumps(cause, ensure_ascii=False)}", err=True)
        raise typer.Exit(EXIT_USER)
    except RpcError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(EXIT_USER)
    except SessionError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USER)
    finally:
        if session is not None:
            session.close()
    if trace:
        _print_trace(outcome.get("trace") or [])
    sys.stdout.write(json.dumps(outcome.get("output"), indent=2, ensure_ascii=False) + "\n")


def _parse_input(text: str):
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueError(str(exc)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{exc.msg} at line {exc.lineno} column {exc.colno}") from None


class SessionError(Exception):
    """The app could not be opened (database, runtime)."""


class Session:
    """A built app opened in-process (no HTTP server): its XFlow integration and database."""

    def __init__(self, app_dir: str, database_url: str | None) -> None:
        from torquec.commands.serve import load_app_module

        module = load_app_module(app_dir)  # exits 1 with a message when there is no server package
        try:
            app = module.create_app(database_url)
        except (ValueError, RuntimeError, OSError) as exc:
            raise SessionError(f"cannot open the app's database: {exc}") from None
        self.rt = app.state.torque
        self.xflow = getattr(self.rt, "xflow", None)
        if self.xflow is None:
            self.rt.db.close()
            raise SessionError(f"{app_dir} has no compiled flows (flows/manifest.json)")
        self.engine = self.xflow.engine

    def run(self, flow: str, value, trace: bool = False) -> dict:
        from torquec.runtime.auth import SYSTEM

        return self.xflow.run(flow, value, trace=trace, principal=SYSTEM)

    def close(self) -> None:
        try:
            self.rt.db.close()
        finally:
            self.engine.close()


def open_session(app_dir: str, database_url: str | None) -> Session:
    return Session(app_dir, database_url)


def _model_position(result, model: Path, data: dict) -> str | None:
    pointer = data.get("pointer")
    if not pointer:
        return None
    try:
        from torquec.load import load_model_file

        source = result.source
        if source is None:
            source, _data, _diags = load_model_file(str(model))
        sm = source.sourcemap
        line = data.get("line")
        pos = sm.inner_position(pointer, line, 1) if line else None
        if pos is None:
            span = sm.span(pointer)
            if span is None:
                return f"{source.display_path} {pointer}"
            pos = span[:2]
        extra = f" (line {line} of the node's JavaScript)" if line else ""
        return f"{source.display_path}:{pos[0]}:{pos[1]} {pointer}{extra}"
    except Exception:  # a position is a courtesy; never fail the report over it
        return pointer


def _print_trace(records: list) -> None:
    rows = [("#", "node", "type", "ms", "status", "input", "output")]
    for i, r in enumerate(records, 1):
        out = r.get("error") if r.get("status") == "error" else json.dumps(r.get("output"), ensure_ascii=False)
        if r.get("branch") is not None:
            out = f"{out} → {r['branch']}"
        rows.append((str(i), str(r.get("node")), str(r.get("type")), f"{r.get('ms', 0):.3f}", str(r.get("status")),
                     _clip(str(r.get("input")), 40), _clip(str(out), 60)))
        for line in r.get("logs") or ():
            rows.append(("", "", "", "", "log", _clip(line, 100), ""))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for k, row in enumerate(rows):
        sys.stderr.write("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() + "\n")
        if k == 0:
            sys.stderr.write("  ".join("-" * w for w in widths) + "\n")


def _clip(text: str, n: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"
