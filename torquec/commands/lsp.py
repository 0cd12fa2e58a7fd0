"""``torquec lsp``: the Language Server for model files, over stdio.

Editors start it themselves (see the README for VS Code and Neovim); it reads
JSON-RPC on stdin and writes it on stdout, so it prints nothing else there.
"""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    app.command("lsp")(lsp_command)


def lsp_command(
    stdio: bool = typer.Option(True, "--stdio", help="Speak LSP over stdin/stdout (the only transport; accepted for editors that pass it)."),
) -> None:
    """Run the Language Server (diagnostics, completion, hover, definitions, references, rename, quick fixes)."""
    from torquec.lsp.server import main

    main()
