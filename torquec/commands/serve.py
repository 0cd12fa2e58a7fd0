"""`torquec serve APP_DIR_OR_MODEL` — run a generated app with uvicorn.

APP_DIR_OR_MODEL is a generated app directory (it has ``torque-manifest.json``)
or a model file, which is built first into its default output directory.
The database schema is created/updated on start; ``--seed`` loads the model's
sample data (records that already exist are skipped).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import threading
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2
ALLOW_REMOTE_FLAG = "--allow-remote-without-auth"


def refuse_unauthenticated_remote(host: str, has_auth: bool, allowed: bool) -> None:
    """Exit 2 when an app without `auth` would listen beyond loopback and the user did not say so."""
    from torquec.runtime.hostguard import is_loopback

    if has_auth or allowed or is_loopback(host):
        return
    _fail(f"refusing to listen on {host}: the model has no `auth` section, so anyone who can reach this address "
          f"could read and change all data; use --host 127.0.0.1, add `auth`, or pass {ALLOW_REMOTE_FLAG} (TORQUE_ALLOW_REMOTE_WITHOUT_AUTH=1)", EXIT_USAGE)


class Layout(str, Enum):
    """How a PostgreSQL database's tables are laid out (torquec.migrate.database.LAYOUTS)."""

    postgres = "postgres"
    citus = "citus"


LAYOUT_HELP = ("How the PostgreSQL tables are laid out: postgres (sql/postgres/schema.sql) or citus (sql/citus/schema.sql "
               "on a Citus coordinator; the model needs `distribution`). Recorded in the database; the other one is "
               "refused. [default: postgres]")


class LogLevel(str, Enum):
    debug = "debug"
    info = "info"
    warning = "warning"
    error = "error"


def _fail(msg: str, code: int = EXIT_USER) -> None:
    typer.echo(f"error: {msg}", err=True)
    raise typer.Exit(code)


def resolve_app_dir(target: Path) -> str:
    """A generated app dir for TARGET (building a model file first)."""
    if target.is_dir():
        if not (target / "torque-manifest.json").is_file():
            _fail(f"{target} is not a generated app (no torque-manifest.json); pass a model file or run `torquec build` first")
        return str(target)
    if not target.exists():
        _fail(f"{target}: no such file or directory")
    from torquec.cli import print_diagnostics
    from torquec.driver import build

    result = build(str(target))
    print_diagnostics(result)
    if not result.ok:
        raise typer.Exit(EXIT_USER)
    typer.echo(f"built {target} → {result.out_dir}" + (" (up to date)" if result.up_to_date else ""))
    return str(result.out_dir)


def build_web_or_warn(app_dir: str) -> None:
    """Build ``<app>/web/dist`` (a no-op when up to date). Without Node.js or the
    npm registry the API still serves: say so, don't fail."""
    if not os.path.isfile(os.path.join(app_dir, "web", "package.json")):
        return
    from torquec.backends.web.build import WebBuildError, build_web

    def log(line: str) -> None:
        typer.echo(f"  web: {line}", err=True)

    try:
        result = build_web(app_dir, log=log)
    except (WebBuildError, OSError) as e:
        typer.echo(f"warning: the web front-end was not built ({e}); serving the API only", err=True)
        return
    if result.built:
        typer.echo(f"built the web front-end in {result.seconds:.1f}s", err=True)


def load_app_module(app_dir: str):
    """Import ``<package>.app`` of a generated app dir."""
    with open(os.path.join(app_dir, "torque-manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    from torquec.ir.nodes import snake_case

    package = snake_case(manifest.get("model", ""))
    server_dir = os.path.abspath(os.path.join(app_dir, "server"))
    if not package or not os.path.isfile(os.path.join(server_dir, package, "app.py")):
        _fail(f"{app_dir} has no server package (server/{package}/app.py); rebuild it with `torquec build`")
    if server_dir not in sys.path:
        sys.path.insert(0, server_dir)
    return importlib.import_module(f"{package}.app")


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        target: Path = typer.Argument(..., metavar="APP_DIR_OR_MODEL", help="A generated app directory, or a model file to build first.", show_default=False),
        database_url: Optional[str] = typer.Option(None, "--database-url", envvar=["TORQUE_DATABASE_URL", "DATABASE_URL"],
                                                   help="sqlite:///path.db, a file path, or postgresql://… [default: <app>/data/app.db]"),
        host: str = typer.Option("127.0.0.1", "--host", envvar="TORQUE_HOST",
                                 help=f"Interface to listen on (beyond loopback only for apps with `auth`, or with {ALLOW_REMOTE_FLAG})."),
        port: int = typer.Option(8000, "--port", envvar="TORQUE_PORT", min=0, max=65535, help="TCP port."),
        seed: bool = typer.Option(False, "--seed", envvar="TORQUE_SEED", help="Load the model's sample data (existing records are kept)."),
        log_level: LogLevel = typer.Option(LogLevel.info, "--log-level", envvar="TORQUE_LOG_LEVEL",
                                           help="Log level of the JSON request/server log on stderr."),
        web: bool = typer.Option(True, "--web/--no-web", help="Build the web front-end (npm ci + vite build, cached) before serving."),
        allow_remote_without_auth: bool = typer.Option(False, ALLOW_REMOTE_FLAG, envvar="TORQUE_ALLOW_REMOTE_WITHOUT_AUTH", help="Listen beyond loopback although the model has no `auth` (anyone who reaches the address may read and change all data)."),
        allowed_host: list[str] = typer.Option([], "--allowed-host", help="A Host name (host or host:port) /rpc, /ws and /mcp accept besides loopback; repeatable (also TORQUE_ALLOWED_HOSTS)."),
        allowed_origin: list[str] = typer.Option([], "--allowed-origin", help="An Origin (https://app.example.com) allowed to call /rpc, /ws and /mcp; repeatable (also TORQUE_ALLOWED_ORIGINS)."),
        layout: Optional[Layout] = typer.Option(None, "--layout", envvar="TORQUE_DB_LAYOUT", help=LAYOUT_HELP),
    ) -> None:
        """Run a generated app: JSON-RPC at /rpc, WebSocket events at /ws, the web UI at /."""
        app_dir = resolve_app_dir(target)
        if web:
            build_web_or_warn(app_dir)
        module = load_app_module(app_dir)
        from torquec.runtime.auth import TokenError
        from torquec.runtime.hostguard import is_loopback
        from torquec.runtime.logs import configure

        meta = importlib.import_module(module.__name__.rsplit(".", 1)[0] + ".metadata").METADATA
        refuse_unauthenticated_remote(host, bool(meta.get("auth")), allow_remote_without_auth)
        configure(log_level.value)
        try:
            asgi = module.create_app(database_url, seed=seed, listen_host=host, allowed_hosts=allowed_host,
                                     allowed_origins=allowed_origin, layout=layout.value if layout else None)
        except TokenError as e:
            _fail(str(e))
        except Exception as e:  # database unreachable, bad schema, bad URL: a user problem, no traceback
            _fail(f"cannot start {meta['name']}: {type(e).__name__}: {e}")
        rt = asgi.state.torque
        shown = "[::1]" if host == "::1" else host
        base = f"http://{shown}:{port}"
        lines = [f"serving {meta['title']} ({meta['name']}) from {app_dir}", f"  database  {rt.db.describe()}"]
        lines += [f"  {n}" for n in rt.notes]
        lines += [f"  web       {base}/", f"  JSON-RPC  {base}/rpc"]
        if any(getattr(r, "path", "").startswith("/mcp") for r in asgi.router.routes):
            lines.append(f"  MCP       {base}/mcp")
        lines += [f"  events    ws://{shown}:{port}/ws", f"  health    {base}/health",
                  f"  metrics   {base}/metrics  (bearer TORQUE_METRICS_TOKEN" + ("" if os.environ.get("TORQUE_METRICS_TOKEN") else ", not set: refused") + ")"]
        if not meta.get("auth"):
            lines.append("  auth      none (the model has no `auth` section): every caller may do everything"
                         + ("" if is_loopback(host) else f" — reachable beyond this machine ({ALLOW_REMOTE_FLAG})"))
        else:
            n = rt.auth.token_count
            lines.append(f"  auth      {n} token(s) for roles {', '.join(sorted(meta['roles']))}; send `Authorization: Bearer <token>`")
            if n == 0:
                lines.append("  warning   no tokens configured (TORQUE_TOKENS=\"token:role,…\" or TORQUE_TOKENS_FILE): every call is unauthorized")
        typer.echo("\n".join(lines))
        sys.stdout.flush()

        import uvicorn

        config = uvicorn.Config(asgi, host=host, port=port, log_config=None, access_log=False, log_level=log_level.value,
                                lifespan="on", server_header=False, timeout_graceful_shutdown=5)
        from torquec.runtime.app import stop_flows

        server = stopping_server(config, lambda: stop_flows(rt))
        try:
            server.run()
        except KeyboardInterrupt:
            pass
        if not server.started:
            _fail(f"could not listen on {host}:{port}")
        typer.echo("stopped")


def stopping_server(config, on_exit):
    """uvicorn's server, plus: on SIGTERM/SIGINT ``on_exit()`` runs at once (it interrupts
    the running flows), and if the process has still not exited a few seconds after the
    graceful shutdown period (a worker thread stuck in native code), it exits anyway.
    Used by `serve` and `watch`."""
    import uvicorn

    class StoppingServer(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            first = not self.should_exit
            super().handle_exit(sig, frame)
            if first:
                on_exit()
                limit = (self.config.timeout_graceful_shutdown or 0) + 3
                timer = threading.Timer(limit, _exit_now, args=(limit,))
                timer.daemon = True
                timer.start()

    return StoppingServer(config)


def _exit_now(limit: float) -> None:
    sys.stderr.write(f"stopping took more than {limit:g} s (a worker thread is still busy): exiting now\n")
    sys.stderr.flush()
    os._exit(1)
