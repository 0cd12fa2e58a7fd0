"""`torquec watch MODEL` and `torquec studio MODEL` (the same session, opening Torque Studio)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


# The options `watch` and `studio` share (one definition: the two commands cannot drift apart).
ModelArg = Annotated[Path, typer.Argument(help="Path of the model JSON file.", show_default=False, metavar="MODEL")]
OutOpt = Annotated[Optional[Path], typer.Option("-o", "--out", help="Output directory [default: generated/<model name>/].")]
DatabaseOpt = Annotated[Optional[str], typer.Option("--database-url", help="postgresql://… [default: SQLite in the app's data/ dir].")]
HostOpt = Annotated[str, typer.Option("--host", help="Interface to listen on (beyond loopback only for models with `auth`, or with --allow-remote-without-auth).")]
PortOpt = Annotated[int, typer.Option("--port")]
SeedOpt = Annotated[bool, typer.Option("--seed", help="Load the model's sample data on the first start.")]
DataLossOpt = Annotated[bool, typer.Option("--allow-data-loss", help="Apply migrations that drop data.")]
LogLevelOpt = Annotated[str, typer.Option("--log-level")]
WebOpt = Annotated[bool, typer.Option("--web/--no-web", help="Rebuild the web front-end after edits that change it.")]
RemoteOpt = Annotated[bool, typer.Option("--allow-remote-without-auth", help="Listen beyond loopback although the model has no `auth` (anyone who reaches the address may read and change all data).")]


def register(app: typer.Typer) -> None:
    @app.command()
    def watch(model: ModelArg, out: OutOpt = None, database_url: DatabaseOpt = None, host: HostOpt = "127.0.0.1",
              port: PortOpt = 8000, seed: SeedOpt = False, allow_data_loss: DataLossOpt = False,
              log_level: LogLevelOpt = "warning", web: WebOpt = True, allow_remote_without_auth: RemoteOpt = False) -> None:
        """Build, serve, and rebuild + hot-reload on every save of MODEL."""
        _run(model, out, database_url, host, port, seed, allow_data_loss, log_level, web, allow_remote_without_auth, False)

    @app.command()
    def studio(model: ModelArg, out: OutOpt = None, database_url: DatabaseOpt = None, host: HostOpt = "127.0.0.1",
               port: PortOpt = 8000, seed: SeedOpt = False, allow_data_loss: DataLossOpt = False,
               log_level: LogLevelOpt = "warning", web: WebOpt = True, allow_remote_without_auth: RemoteOpt = False,
               open_browser: Annotated[bool, typer.Option("--open/--no-open", help="Open the studio in the default browser.")] = True) -> None:
        """`torquec watch MODEL` that opens Torque Studio, the visual model editor, at /__torque/studio/."""
        _run(model, out, database_url, host, port, seed, allow_data_loss, log_level, web, allow_remote_without_auth,
             open_browser)


def _run(model: Path, out: Optional[Path], database_url: Optional[str], host: str, port: int, seed: bool,
         allow_data_loss: bool, log_level: str, web: bool, allow_remote_without_auth: bool, open_studio: bool) -> None:
    from torquec.commands.serve import refuse_unauthenticated_remote
    from torquec.watch.session import WatchOptions, WatchSession

    if not model.exists():
        typer.echo(f"error: no such model file: {model}", err=True)
        raise typer.Exit(1)
    refuse_unauthenticated_remote(host, _declares_auth(model), allow_remote_without_auth)
    opts = WatchOptions(model_path=str(model), out_dir=str(out) if out else None, database_url=database_url,
                        host=host, port=port, allow_data_loss=allow_data_loss, seed=seed, log_level=log_level, web=web,
                        allow_remote_without_auth=allow_remote_without_auth, open_studio=open_studio)
    try:
        import asyncio  # not at import: every `torquec build` loads this module

        asyncio.run(WatchSession(opts).serve())
    except KeyboardInterrupt:
        pass


def _declares_auth(model: Path) -> bool:
    """Whether the model file has an `auth` section (an unreadable file: no; every build checks again)."""
    import json

    try:
        data = json.loads(model.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and bool(data.get("auth"))
