"""API throughput: the generated server vs a minimal hand-written FastAPI endpoint.

    python bench/bench_api.py [--seconds 5] [--connections 32] [--rounds 2]

Both servers run under uvicorn (one process each, one at a time) on a copy of
the same SQLite database (the generated customer-order schema, WAL) and get
the same load: N keep-alive connections from one asyncio raw-HTTP/1.1 load
generator, each repeating "create a Customer, then read it back by id"
(bounded by time and by a request cap). The generated server does it through
POST /rpc (createEntity, getEntity) with bearer auth, validation, its
service layer and request metrics; the baseline is two plain FastAPI routes
(pydantic body model, sqlite3 insert, select by id). Prints requests/s,
p50/p99 latency, and the ratio generated/baseline (target ≥ 0.8).

Then the in-process latency of single-record operations through the service
layer (create, get, update) on SQLite (target p50 ≤ 2 ms).

Everything is measured ``--rounds`` times; compare figures within one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TOKEN = "bench-token"

BASELINE = r'''
import datetime, os, re, sqlite3, sys, threading, uuid
from typing import Literal
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

DB = os.environ["BENCH_DB"]
local = threading.local()
write_lock = threading.Lock()


def regexp(p, v):
    return None if v is None else int(re.search(p, str(v)) is not None)


def conn():
    c = getattr(local, "c", None)
    if c is None:
        c = local.c = sqlite3.connect(DB, isolation_level=None, check_same_thread=False)
        c.execute("PRAGMA journal_mode=WAL"); c.execute("PRAGMA synchronous=NORMAL"); c.execute("PRAGMA foreign_keys=ON")
        c.execute("PRAGMA busy_timeout=5000")
        c.create_function("regexp", 2, regexp, deterministic=True)
    return c


class CustomerIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    email: str = Field(max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    customerType: Literal["Individual", "Business", "Premium", "Enterprise"] = "Individual"
    creditLimit: float | None = Field(default=1000, ge=0)
    isActive: bool = True


COLS = "id, name, email, phone, customer_type, company, credit_limit, is_active, notes, tags, created_at, updated_at, version"
app = FastAPI()


@app.post("/customers")
def create(c: CustomerIn):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    rid = str(uuid.uuid4())
    with write_lock:
        db = conn()
        db.execute("BEGIN IMMEDIATE")
        db.execute(f"INSERT INTO customer ({COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   (rid, c.name, c.email, None, c.customerType, None, c.creditLimit, int(c.isActive), None, "[]", now, now, 1))
        db.execute("COMMIT")
    return {"id": rid, **c.model_dump(), "createdAt": now, "updatedAt": now, "version": 1}


@app.get("/customers/{cid}")
def read(cid: str):
    row = conn().execute(f"SELECT {COLS} FROM customer WHERE id = ?", (cid,)).fetchone()
    if row is None:
        raise HTTPException(404)
    keys = ["id", "name", "email", "phone", "customerType", "company", "creditLimit", "isActive", "notes", "tags", "createdAt", "updatedAt", "version"]
    d = dict(zip(keys, row))
    d["isActive"] = bool(d["isActive"])
    return d
'''


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port: int, proc: subprocess.Popen, path: str = "/health") -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}{path}", timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


# --------------------------------------------------------------------------- load generator


async def _request(reader, writer, raw: bytes) -> tuple[int, bytes]:
    writer.write(raw)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    body = await reader.readexactly(length) if length else b""
    return status, body


def _http(method: str, path: str, body: bytes | None, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")


class Target:
    """How to create and read a customer on one of the two servers."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.auth = {"Authorization": f"Bearer {TOKEN}"} if kind == "generated" else {}

    def create(self, n: int) -> bytes:
        data = {"name": f"Bench {n}", "email": f"bench{n}-{os.getpid()}-{time.monotonic_ns()}@example.com"}
        if self.kind == "generated":
            body = {"jsonrpc": "2.0", "method": "createEntity", "params": {"entity": "Customer", "data": data}, "id": n}
            return _http("POST", "/rpc", json.dumps(body).encode(), self.auth)
        return _http("POST", "/customers", json.dumps(data).encode(), self.auth)

    def created_id(self, body: bytes) -> str:
        d = json.loads(body)
        return d["result"]["id"] if self.kind == "generated" else d["id"]

    def read(self, rid: str, n: int) -> bytes:
        if self.kind == "generated":
            body = {"jsonrpc": "2.0", "method": "getEntity", "params": {"entity": "Customer", "id": rid}, "id": n}
            return _http("POST", "/rpc", json.dumps(body).encode(), self.auth)
        return _http("GET", f"/customers/{rid}", None, self.auth)

    def ok(self, status: int, body: bytes) -> bool:
        if status != 200:
            return False
        return self.kind != "generated" or b'"result"' in body


async def load(port: int, target: Target, seconds: float, connections: int, max_requests: int) -> dict:
    lat: list[float] = []
    errors = 0
    count = 0
    stop_at = time.perf_counter() + seconds

    async def worker(w: int) -> None:
        nonlocal errors, count
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        n = w * 10_000_000
        try:
            while time.perf_counter() < stop_at and count < max_requests:
                n += 1
                t0 = time.perf_counter()
                status, body = await _request(reader, writer, target.create(n))
                lat.append(time.perf_counter() - t0)
                count += 1
                if not target.ok(status, body):
                    errors += 1
                    continue
                t0 = time.perf_counter()
                status, body = await _request(reader, writer, target.read(target.created_id(body), n))
                lat.append(time.perf_counter() - t0)
                count += 1
                if not target.ok(status, body):
                    errors += 1
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(connections)))
    elapsed = time.perf_counter() - t0
    lat.sort()
    return {
        "requests": count,
        "errors": errors,
        "rps": count / elapsed,
        "p50_ms": lat[len(lat) // 2] * 1000 if lat else 0,
        "p99_ms": lat[int(len(lat) * 0.99)] * 1000 if lat else 0,
    }


# --------------------------------------------------------------------------- servers


def start_generated(app_dir: Path, db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "TORQUE_TOKENS": f"{TOKEN}:admin"}
    proc = subprocess.Popen([sys.executable, "-m", "torquec", "serve", str(app_dir), "--database-url", str(db), "--port", str(port),
                             "--log-level", "warning"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_up(port, proc)
    return proc


def start_baseline(workdir: Path, db: Path, port: int) -> subprocess.Popen:
    (workdir / "bench_baseline_app.py").write_text(BASELINE)
    env = {**os.environ, "BENCH_DB": str(db), "PYTHONPATH": str(workdir)}
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "bench_baseline_app:app", "--port", str(port), "--log-level", "warning",
                             "--no-access-log"], cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_up(port, proc, "/docs")
    return proc


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def in_process_latency(app_dir: Path, workdir: Path, n: int) -> dict:
    sys.path.insert(0, str(app_dir / "server"))
    import importlib

    mod = importlib.import_module("customer_order.app")
    app = mod.create_app(str(workdir / "inproc.db"))
    svc = app.state.torque.service
    out = {}
    ids = []
    for op in ("create", "get", "update"):
        lat = []
        for i in range(n):
            t0 = time.perf_counter()
            if op == "create":
                ids.append(svc.create("Customer", {"name": f"In {i}", "email": f"in{i}-{time.monotonic_ns()}@example.com"})["id"])
            elif op == "get":
                svc.get("Customer", ids[i])
            else:
                svc.update("Customer", ids[i], {"notes": "x"})
            lat.append(time.perf_counter() - t0)
        lat.sort()
        out[op] = (lat[len(lat) // 2] * 1000, lat[int(len(lat) * 0.99)] * 1000)
    app.state.torque.db.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--max-requests", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--inproc-ops", type=int, default=2000)
    args = ap.parse_args()

    from torquec.driver import build

    work = Path(tempfile.mkdtemp(prefix="torque-bench-api-"))
    try:
        app_dir = work / "customer-order"
        r = build(str(ROOT / "sample" / "customer-order.json"), str(app_dir))
        assert r.ok, [str(d) for d in r.diagnostics]
        print(f"bench_api: {args.connections} connections, {args.seconds:.0f} s per run, create+read a Customer, SQLite WAL, CPUs: {os.cpu_count()}")
        for rnd in range(1, args.rounds + 1):
            results = {}
            for kind in ("generated", "baseline"):
                db = work / f"{kind}-{rnd}.db"
                seed = work / "schema.db"
                if not seed.exists():  # one schema for both: the generated DDL
                    port = free_port()
                    stop(start_generated(app_dir, seed, port))
                shutil.copy(seed, db)
                port = free_port()
                proc = start_generated(app_dir, db, port) if kind == "generated" else start_baseline(work, db, port)
                try:
                    asyncio.run(load(port, Target(kind), 1.0, args.connections, 10_000))  # warm-up
                    results[kind] = asyncio.run(load(port, Target(kind), args.seconds, args.connections, args.max_requests))
                finally:
                    stop(proc)
            g, b = results["generated"], results["baseline"]
            print(f"round {rnd}:")
            for kind, res in results.items():
                print(f"  {kind:<9} {res['rps']:8.0f} req/s  p50 {res['p50_ms']:6.2f} ms  p99 {res['p99_ms']:6.2f} ms  ({res['requests']} requests, {res['errors']} errors)")
            print(f"  ratio generated/baseline: {g['rps'] / b['rps']:.2f} (target >= 0.80)")
        for rnd in range(1, args.rounds + 1):
            lat = in_process_latency(app_dir, work, args.inproc_ops)
            print(f"in-process service layer, SQLite, round {rnd} ({args.inproc_ops} ops each; target p50 <= 2 ms):")
            for op, (p50, p99) in lat.items():
                print(f"  {op:<7} p50 {p50:6.3f} ms  p99 {p99:6.3f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
