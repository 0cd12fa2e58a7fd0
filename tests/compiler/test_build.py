"""Whole builds: determinism, --check, the committed generated/ apps, CLI contract."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys

import pytest

from torquec.driver import build

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = ["customer-order", "todo"]


def tree(path: str) -> dict[str, bytes]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = [d for d in dirnames if d not in ("node_modules", "dist", "data")]
        for name in filenames:
            if name.startswith(".torquec-"):
                continue
            full = os.path.join(dirpath, name)
            with open(full, "rb") as fh:
                out[os.path.relpath(full, path)] = fh.read()
    return out


def run_cli(*args: str, cwd: str = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "torquec", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("name", SAMPLES)
def test_two_builds_are_byte_identical(tmp_path, name):
    model = os.path.join(ROOT, "sample", f"{name}.json")
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert build(model, a, memo={}).ok
    assert build(model, b, memo={}, force=True).ok
    ta, tb = tree(a), tree(b)
    assert ta.keys() == tb.keys()
    assert [k for k in ta if ta[k] != tb[k]] == []


@pytest.mark.parametrize("name", SAMPLES)
def test_committed_generated_app_is_up_to_date(name):
    """generated/<name>/ must be exactly what the compiler writes: rebuild with
    `torquec build sample/<name>.json` and commit when this fails."""
    out = os.path.join(ROOT, "generated", name)
    result = build(os.path.join(ROOT, "sample", f"{name}.json"), out, check_only=True)
    assert result.ok
    assert result.check_problems == [], f"generated/{name} is stale: {result.check_problems[:10]}"


def test_check_flag_detects_a_stale_output(tmp_path):
    model = os.path.join(ROOT, "sample", "todo.json")
    out = str(tmp_path / "todo")
    assert run_cli("build", model, "-o", out).returncode == 0
    ok = run_cli("build", model, "-o", out, "--check")
    assert ok.returncode == 0, ok.stderr
    with open(os.path.join(out, "README.md"), "a", encoding="utf-8") as fh:
        fh.write("hand edit\n")
    stale = run_cli("build", model, "-o", out, "--check")
    assert stale.returncode == 1
    assert "differs: README.md" in stale.stderr
    # --check writes nothing.
    with open(os.path.join(out, "README.md"), encoding="utf-8") as fh:
        assert fh.read().endswith("hand edit\n")


def test_incremental_rebuild_rewrites_only_what_changed(tmp_path):
    import json

    src = os.path.join(ROOT, "sample", "todo.json")
    model = tmp_path / "todo.json"
    data = json.loads(open(src, encoding="utf-8").read())
    model.write_text(json.dumps(data, indent=2), encoding="utf-8")
    out = str(tmp_path / "out")
    first = build(str(model), out, memo={})
    assert first.ok and first.report.written
    again = build(str(model), out, memo={})
    assert again.up_to_date
    data["title"] = "Todo (edited)"
    model.write_text(json.dumps(data, indent=2), encoding="utf-8")
    edit = build(str(model), out, memo={})
    assert edit.ok and 0 < len(edit.report.written) < len(first.report.written)


def test_build_summary_and_timings():
    r = run_cli("build", "sample/todo.json", "-o", os.path.join("/tmp", f"torquec-test-{os.getpid()}"), "--timings", "--force")
    assert r.returncode == 0, r.stderr
    assert "built todo" in r.stdout and "written" in r.stdout
    assert "timings:" in r.stderr and "validate" in r.stderr and "total" in r.stderr


def test_exit_codes_and_no_traceback(tmp_path):
    missing = run_cli("build", str(tmp_path / "nope.json"))
    assert missing.returncode == 1 and "no such model file" in missing.stderr
    usage = run_cli("build")
    assert usage.returncode == 2
    unknown = run_cli("frobnicate")
    assert unknown.returncode == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x",', encoding="utf-8")
    broken = run_cli("build", str(bad))
    assert broken.returncode == 1 and "E001" in broken.stderr
    for r in (missing, usage, unknown, broken):
        assert "Traceback" not in r.stdout + r.stderr
    assert run_cli("--version").stdout.startswith("torquec ")


def test_init_writes_a_model_that_builds(tmp_path):
    r = run_cli("init", "my-app", "--dir", str(tmp_path))
    assert r.returncode == 0, r.stderr
    model = tmp_path / "my-app.json"
    result = build(str(model), str(tmp_path / "out"))
    assert result.ok, [d.message for d in result.diagnostics]
    again = run_cli("init", "my-app", "--dir", str(tmp_path))
    assert again.returncode == 1 and "already exists" in again.stderr
    assert run_cli("init", "Bad Name", "--dir", str(tmp_path)).returncode == 2
