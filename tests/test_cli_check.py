"""`torquec check`: exit codes, text and JSON output, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from torquec.cli import app

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "diagnostics" / "cases"


def _subprocess_check(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "torquec", "check", *args], cwd=CASES, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("case,code", [("flow_cycle", "E606"), ("json_trailing_comma_object", "E001")])
def test_subprocess_reports_and_exits_1(case, code):
    proc = _subprocess_check(f"{case}.json")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert f"error[{code}]" in proc.stderr
    # Same text as the golden, byte for byte (the golden test runs in-process).
    assert proc.stderr + proc.stdout == (CASES / f"{case}.expected").read_text(encoding="utf-8")


@pytest.mark.parametrize("sample", ["customer-order", "todo"])
def test_samples_are_clean(sample):
    result = CliRunner().invoke(app, ["check", str(ROOT / "sample" / f"{sample}.json")])
    assert result.exit_code == 0, result.output
    assert "ok (no problems)" in result.stdout


def test_json_format(monkeypatch):
    monkeypatch.chdir(CASES)
    result = CliRunner().invoke(app, ["check", "references_entity_ui.json", "--format", "json"])
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["errorCount"] == 2 and payload["warningCount"] == 0
    first = payload["diagnostics"][0]
    assert first["code"] == "E302"
    assert first["severity"] == "error"
    assert (first["line"], first["column"]) == (12, 25)
    assert first["pointer"] == "/entities/0/ui/displayField"
    assert first["hint"] == "did you mean `name`?"
    assert first["file"] == "references_entity_ui.json"
    assert "displayField" in first["sourceLine"]
    for d in payload["diagnostics"]:
        assert {"code", "severity", "message", "line", "column", "length", "pointer", "hint", "notes"} <= set(d)


def test_json_format_syntax_error(monkeypatch):
    monkeypatch.chdir(CASES)
    result = CliRunner().invoke(app, ["check", "json_missing_comma.json", "--format", "json"])
    assert result.exit_code == 1
    (d,) = json.loads(result.stdout)["diagnostics"]
    assert (d["code"], d["line"], d["column"], d["pointer"]) == ("E001", 2, 17, "")


def test_json_format_clean_model():
    result = CliRunner().invoke(app, ["check", str(ROOT / "sample" / "todo.json"), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"diagnostics": [], "errorCount": 0, "warningCount": 0}


def test_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["check", str(tmp_path / "nope.json")])
    assert result.exit_code == 1
    assert "error[E002]: no such model file" in result.stderr


def test_warnings_only_exit_0(monkeypatch):
    monkeypatch.chdir(CASES)
    result = CliRunner().invoke(app, ["check", "ok_with_warnings.json"])
    assert result.exit_code == 0
    assert "warning[W601]" in result.stderr and "ok (1 warning)" in result.stdout
