"""The official MCP conformance suite (`@modelcontextprotocol/conformance`, pinned in
tests/mcp/package.json, run under Node 22) against a running generated app.

Both protocol revisions are measured with the suite's own requirement sets,
each at its own wire: 2025-11-25 (initialize handshake, sessions) and
2026-07-28 (stateless envelopes). Every check must pass except those listed,
with a reason, in tests/mcp/conformance-baseline.json -- the suite itself
fails the run on an unexpected failure and on a stale baseline entry.

The todo sample is used because it has no `auth`: the suite cannot send
bearer tokens (authentication is covered by test_mcp_client.py).
"""

from __future__ import annotations

import json
import re

import pytest

from mcp_harness import HERE

pytestmark = pytest.mark.slow

BASELINE = HERE / "conformance-baseline.json"
ALLOWED_REASONS = (
    "needs the suite's fixture",
    "extension io.modelcontextprotocol/tasks",
    "no tool declares x-mcp-header",
    "no SSE resumability",
)


def _baseline() -> dict:
    return json.loads(BASELINE.read_text())


def test_baseline_is_well_formed():
    data = _baseline()
    pinned = json.loads((HERE / "package.json").read_text())["devDependencies"]["@modelcontextprotocol/conformance"]
    assert data["suite"] == f"@modelcontextprotocol/conformance@{pinned}"
    assert set(data["expected"]) == {"2025-11-25", "2026-07-28"}
    for rev, entries in data["expected"].items():
        for key, reason in entries.items():
            assert re.fullmatch(r"[a-z0-9-]+:[a-z0-9$_-]+", key, re.I), key
            assert reason.startswith(ALLOWED_REASONS), f"{rev} {key}: every expected failure needs a known reason"


@pytest.mark.parametrize("revision", ["2025-11-25", "2026-07-28"])
def test_conformance(todo_app, node, revision, tmp_path):
    expected = _baseline()["expected"][revision]
    yml = tmp_path / "expected-failures.yml"
    yml.write_text("server:\n" + "".join(f"  - {k}\n" for k in sorted(expected)))
    r = node.run(
        "conformance", "server", "--url", todo_app.url, "--requirements", revision,
        "--expected-failures", str(yml), "-o", str(tmp_path / "results"),
        timeout=240,
    )
    out = r.stdout + r.stderr
    summary = out[out.find("=== SUMMARY ==="):] if "=== SUMMARY ===" in out else out[-6000:]
    assert r.returncode == 0, f"conformance {revision} failed (exit {r.returncode}):\n{summary[-8000:]}\n--- server log ---\n{todo_app.log()}"
    assert "Baseline check passed" in out, summary[-4000:]
    # What passed, for the record (visible with -rA / in CI logs).
    m = re.search(r"Total: (\d+) passed, (\d+) failed", out)
    assert m is not None, summary[-2000:]
    print(f"conformance {revision}: {m.group(1)} checks passed, {m.group(2)} failed (all {len(expected)} expected)")
