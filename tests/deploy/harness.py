"""Helpers for the deploy tests: build a sample into a temp dir, run a real server process."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = {"customer-order": ROOT / "sample" / "customer-order.json", "todo": ROOT / "sample" / "todo.json",
           "citus-shop": ROOT / "tests" / "sql" / "models" / "citus.json"}  # a model with `distribution`


def build_sample(name: str, out: Path) -> Path:
    from torquec.driver import build

    result = build(str(SAMPLES[name]), str(out))
    assert result.ok, [d.message for d in result.diagnostics]
    return out


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(**extra: str) -> dict[str, str]:
    """The test process's environment without torquec settings of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TORQUE_") and k != "DATABASE_URL"}
    env.update(extra)
    return env


class Process:
    """A server process whose combined output goes to a file (no pipe to fill up)."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path, log: Path) -> None:
        self.log = log
        self._fh = open(log, "wb")
        self.proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=self._fh, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_healthy(self, url: str, timeout: float = 60.0) -> httpx.Response:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited with {self.proc.returncode}:\n{self.output()}")
            try:
                r = httpx.get(url, timeout=2)
                if r.status_code == 200:
                    return r
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"no healthy answer from {url} in {timeout}s:\n{self.output()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._fh.close()
