"""Golden diagnostics: ``cases/<name>.json`` is a model, ``cases/<name>.expected`` the
exact text ``torquec check <name>.json`` prints (colour off), run from ``cases/``.

``UPDATE_GOLDENS=1 pytest tests/diagnostics`` rewrites the ``.expected`` files;
review the diff — carets must sit under the offending token.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from torquec.cli import app

CASES = Path(__file__).parent / "cases"
NAMES = sorted(p.stem for p in CASES.glob("*.json"))


def run_check(name: str, monkeypatch, *args: str):
    monkeypatch.chdir(CASES)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return CliRunner().invoke(app, ["check", f"{name}.json", *args], catch_exceptions=False)


def test_there_are_enough_cases():
    assert len(NAMES) >= 35


@pytest.mark.parametrize("name", NAMES)
def test_golden(name, monkeypatch):
    result = run_check(name, monkeypatch)
    # Diagnostics go to stderr, the "ok" line to stdout: show them in terminal order.
    text = result.stderr + result.stdout
    assert "Traceback" not in text
    expected_file = CASES / f"{name}.expected"
    if os.environ.get("UPDATE_GOLDENS"):
        expected_file.write_text(text, encoding="utf-8")
    # A missing golden is a failure, never written silently: a test that
    # records whatever the code prints cannot fail.
    assert expected_file.exists(), f"missing {expected_file.name}; run with UPDATE_GOLDENS=1 and review it"
    assert text == expected_file.read_text(encoding="utf-8")
    ok = f"{name}.json: ok" in text
    assert result.exit_code == (0 if ok else 1)
    if not ok:
        assert "error[" in text and text.rstrip().splitlines()[-1].startswith("error: could not compile")


def test_every_case_has_an_expected_file():
    expected = sorted(p.stem for p in CASES.glob("*.expected"))
    assert expected == NAMES
