"""Helpers of the web tests: build a sample app (compiler + web bundle), run
its generated server, drive Debian's Chromium with Playwright."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "web"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Runs the generated app's own factory (server/<package>/app.py) under uvicorn.
_LAUNCHER = """
import sys, uvicorn, importlib
server_dir, package, port, db_url, seed = sys.argv[1:6]
sys.path.insert(0, server_dir)
app = importlib.import_module(package + ".app").create_app(database_url=db_url, seed=seed == "1")
uvicorn.run(app, host="127.0.0.1", port=int(port), log_level="warning")
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def package_of(app_dir: Path) -> str:
    pkgs = [p.name for p in (app_dir / "server").iterdir() if (p / "app.py").is_file()]
    assert len(pkgs) == 1, pkgs
    return pkgs[0]


class AppServer:
    """The generated server of ``app_dir`` on a free port (SQLite file in ``data_dir``, or ``database_url``)."""

    def __init__(self, app_dir: Path, data_dir: Path, *, tokens: str | None = None, token: str | None = None, seed: bool = True,
                 database_url: str | None = None) -> None:
        self.app_dir = app_dir
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.token = token
        data_dir.mkdir(parents=True, exist_ok=True)
        self.db_url = database_url or f"sqlite:///{data_dir / 'app.db'}"
        env = {k: v for k, v in os.environ.items() if k not in ("TORQUE_TOKENS", "TORQUE_TOKENS_FILE")}
        if tokens:
            env["TORQUE_TOKENS"] = tokens
        env["PYTHONUNBUFFERED"] = "1"
        self.log_path = data_dir / "server.log"
        self._log = open(self.log_path, "w+b")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(app_dir / "server"), package_of(app_dir), str(self.port), self.db_url, "1" if seed else "0"],
            cwd=str(app_dir), stdout=self._log, stderr=subprocess.STDOUT, env=env,
        )
        self.client = httpx.Client(base_url=self.base, timeout=30)
        self._id = 0
        self._wait_ready()

    def _wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n{self.output()}")
            try:
                if self.client.get("/health").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server did not become healthy:\n{self.output()}")

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        self.client.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()

    def rpc(self, method: str, params: dict | None = None):
        """Call the API as another client; returns the result or raises AssertionError."""
        self._id += 1
        headers = {"authorization": f"Bearer {self.token}"} if self.token else {}
        r = self.client.post("/rpc", json={"jsonrpc": "2.0", "id": self._id, "method": method, "params": params or {}}, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        assert "error" not in body, body["error"]
        return body["result"]

    def total(self, entity: str, **params) -> int:
        return self.rpc("loadEntityData", {"entity": entity, "pageSize": 1, **params})["total"]
