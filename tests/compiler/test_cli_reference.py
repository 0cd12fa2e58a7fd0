"""The README's CLI table lists every command and every option (as `torquec X --help` shows them),
and no option that does not exist."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from torquec.cli import app

ROOT = Path(__file__).resolve().parents[2]


def commands():
    """(["flow", "run"], click command) for every leaf command."""
    def walk(cmd, path):
        if hasattr(cmd, "list_commands"):
            for name in cmd.list_commands(None):
                yield from walk(cmd.get_command(None, name), path + [name])
        else:
            yield path, cmd

    return list(walk(typer.main.get_command(app), []))


def option_names(cmd) -> list[list[str]]:
    return [list(p.opts) + list(p.secondary_opts) for p in cmd.params
            if getattr(p, "param_type_name", "") == "option" and not p.hidden and "--help" not in p.opts]


def readme_rows() -> dict[str, str]:
    """`torquec build` → the synopsis cell of its row in the CLI table."""
    rows = {}
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(torquec [^`]*)`", line)
        if m:
            synopsis = m.group(1)
            words = [w for w in synopsis.split()[1:] if re.fullmatch(r"[a-z][a-z-]*", w)]
            rows[" ".join(["torquec", *words[:2]])] = synopsis
    return rows


def row_for(rows: dict[str, str], path: list[str]) -> str:
    for n in (len(path), 1):
        key = " ".join(["torquec", *path[:n]])
        if key in rows:
            return rows[key]
    raise AssertionError(f"the README's CLI table has no row for `torquec {' '.join(path)}`")


def test_every_command_and_option_is_in_the_readme_table():
    rows = readme_rows()
    missing = []
    for path, cmd in commands():
        synopsis = row_for(rows, path)
        for names in option_names(cmd):
            if not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", synopsis) for n in names):
                missing.append(f"torquec {' '.join(path)} {names[0]}")
    assert not missing, f"options missing from the README's CLI table: {missing}"


def test_the_readme_table_names_no_option_that_does_not_exist():
    rows = readme_rows()
    known = {tuple(path): {n for names in option_names(cmd) for n in names} for path, cmd in commands()}
    for path, names in known.items():
        synopsis = row_for(rows, list(path))
        if not synopsis.startswith("torquec " + " ".join(path)):
            continue
        listed = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", synopsis))
        assert listed <= names, f"`torquec {' '.join(path)}` row lists unknown options {sorted(listed - names)}"
