"""Run a generated app with `torquec serve` in a subprocess and talk to it over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RpcError(AssertionError):
    def __init__(self, error: dict) -> None:
        super().__init__(f"JSON-RPC error {error.get('code')}: {error.get('message')} {error.get('data')}")
        self.error = error
        self.code = error.get("code")
        self.data = error.get("data") or {}


def built_sample(tmp_path: Path, name: str = "todo") -> tuple[dict, Path, Path]:
    """(model, model file, app dir): a copy of ``sample/<name>.json`` in ``tmp_path``, built."""
    import json

    from torquec.driver import build

    model = json.loads((ROOT / "sample" / f"{name}.json").read_text(encoding="utf-8"))
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    app = tmp_path / "app"
    assert build(str(path), str(app)).ok
    return model, path, app


class Server:
    """``torquec serve APP --port P`` in a subprocess; ``rpc()`` calls it."""

    def __init__(self, target: str | Path, *, database_url: str | None = None, tokens: str | None = None, seed: bool = True,
                 extra_args: list[str] | None = None, env: dict | None = None, token: str | None = None, cwd: str | Path | None = None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        # The API tests need no front-end bundle (the web tests build and check it).
        args = [sys.executable, "-m", "torquec", "serve", str(target), "--port", str(self.port), "--log-level", "warning", "--no-web"]
        if database_url:
            args += ["--database-url", database_url]
        if seed:
            args.append("--seed")
        args += extra_args or []
        e = dict(os.environ)
        e.pop("TORQUE_TOKENS", None)
        e.pop("TORQUE_TOKENS_FILE", None)
        if tokens:
            e["TORQUE_TOKENS"] = tokens
        e.update(env or {})
        e["PYTHONUNBUFFERED"] = "1"
        self.log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"torque-serve-{self.port}.log"
        self._log = open(self.log_path, "w+b")
        self.proc = subprocess.Popen(args, cwd=cwd or ROOT, stdout=self._log, stderr=subprocess.STDOUT, env=e)
        self.token = token
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

    def stop(self) -> int | None:
        self.client.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()
        return self.proc.returncode

    # ---------------------------------------------------------------- calls

    def headers(self, token: str | None = ...) -> dict:
        tok = self.token if token is ... else token
        return {"authorization": f"Bearer {tok}"} if tok else {}

    def post(self, body, token: str | None = ..., **kw) -> httpx.Response:
        if isinstance(body, (bytes, str)):
            return self.client.post("/rpc", content=body, headers={"content-type": "application/json", **self.headers(token)}, **kw)
        return self.client.post("/rpc", json=body, headers=self.headers(token), **kw)

    def call(self, method: str, params=None, token: str | None = ...) -> dict:
        """The whole response object."""
        self._id += 1
        body = {"jsonrpc": "2.0", "method": method, "id": self._id}
        if params is not None:
            body["params"] = params
        r = self.post(body, token)
        assert r.status_code == 200, (r.status_code, r.text)
        resp = r.json()
        assert resp["id"] == self._id and resp["jsonrpc"] == "2.0"
        return resp

    def rpc(self, method: str, params=None, token: str | None = ...):
        """The result, or raise RpcError."""
        resp = self.call(method, params, token)
        if "error" in resp:
            raise RpcError(resp["error"])
        return resp["result"]

    def error(self, method: str, params=None, token: str | None = ...) -> dict:
        resp = self.call(method, params, token)
        assert "error" in resp, f"expected an error, got {resp.get('result')!r}"[:500]
        return resp["error"]

    def total(self, entity: str, token: str | None = ...) -> int:
        return self.rpc("loadEntityData", {"entity": entity, "pageSize": 1}, token)["total"]

    def counts(self, entities, token: str | None = ...) -> dict:
        return {e: self.total(e, token) for e in entities}


@contextmanager
def on_both_databases(model: Path, base: Path, pg_cluster, label: str, *, seed: bool) -> Iterator[list[Server]]:
    """``model`` built and served twice, unauthenticated: on SQLite (``app_dir`` set, to open its
    file) and on a fresh PostgreSQL database of ``pg_cluster``, dropped afterwards."""
    from torquec.driver import build

    for name in ("sqlite", "pg"):
        result = build(str(model), str(base / name))
        assert result.ok, [str(d) for d in result.diagnostics]
    db = f"{label}_{uuid.uuid4().hex[:8]}"
    pg_cluster.create_database(db)
    started: list[Server] = []
    try:
        started.append(Server(base / "sqlite", token=None, seed=seed))
        started[0].app_dir = base / "sqlite"
        started.append(Server(base / "pg", database_url=pg_cluster.url_for(db), token=None, seed=seed))
        yield started
    finally:
        for srv in started:
            srv.stop()
        pg_cluster.drop_database(db)
