"""`torquec watch MODEL`."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def watch(
        model: Path = typer.Argument(..., help="Path of the model JSON file.", show_default=False, metavar="MODEL"),
        out: Optional[Path] = typer.Option(None, "-o", "--out", help="Output directory [default: generated/<model name>/]."),
        database_url: Optional[str] = typer.Option(None, "--database-url", help="postgresql://… [default: SQLite in the app's data/ dir]."),
        host: str = typer.Option("127.0.0.1", "--host"),
        port: int = typer.Option(8000, "--port"),
        seed: bool = typer.Option(False, "--seed", help="Load the model's sample data on the first start."),
        allow_data_loss: bool = typer.Option(False, "--allow-data-loss", help="Apply migrations that drop data."),
        log_level: str = typer.Option("warning", "--log-level"),
        web: bool = typer.Option(True, "--web/--no-web", help="Rebuild the web front-end after edits that change it."),
    ) -> None:
        """Build, serve, and rebuild + hot-reload on every save of MODEL."""
        from torquec.watch.session import WatchOptions, WatchSession

        if not model.exists():
            typer.echo(f"error: no such model file: {model}", err=True)
            raise typer.Exit(1)
        opts = WatchOptions(model_path=str(model), out_dir=str(out) if out else None, database_url=database_url,
                            host=host, port=port, allow_data_loss=allow_data_loss, seed=seed, log_level=log_level, web=web)
        try:
            asyncio.run(WatchSession(opts).serve())
        except KeyboardInterrupt:
            pass
