"""Several `torquec serve` processes on one PostgreSQL: WebSocket fan-out latency and MCP sessions.

    python bench/bench_multiproc.py [--processes 4] [--writes 200] [--sessions 1000]

1. Starts a throwaway PostgreSQL 15 cluster (tests/support/postgres.py), builds the
   test model of tests/deploy/test_many_processes.py and starts N server processes on it.
2. Fan-out: one WebSocket client per process; each write (createEntity over HTTP,
   round-robin over the processes) is timed from just before the request until the
   change event has arrived at every client (so it includes the HTTP write, the commit,
   NOTIFY delivery and the other processes' fan-out). Reports p50/p95/p99 of
   "last client got it" and of "commit answered → last client got it".
3. MCP: S sessions over the N processes, all concurrent: half stateless 2026-07-28
   (tools/list then tools/call, each request to the next process, round-robin), half
   legacy 2025-11-25 sessions routed sticky (initialize, tools/list, delete). Reports
   errors (target 0) and the wall time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import httpx  # noqa: E402
import websockets.sync.client as wsc  # noqa: E402

from deploy.harness import Process, clean_env, free_port  # noqa: E402
from deploy.test_many_processes import MCP_HEADERS, STATELESS_META, TOKEN, model  # noqa: E402
from support.postgres import PostgresCluster  # noqa: E402


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--processes", type=int, default=4)
    ap.add_argument("--writes", type=int, default=200)
    ap.add_argument("--sessions", type=int, default=1000)
    args = ap.parse_args()

    from torquec.driver import build

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "model.json").write_text(json.dumps(model()))
        assert build(str(tmp / "model.json"), str(tmp / "app")).ok
        cluster = PostgresCluster.start()
        servers = []
        try:
            url = cluster.create_database("multiproc")
            for i in range(args.processes):
                port = free_port()
                env = clean_env(TORQUE_TOKENS=f"{TOKEN}:admin", TORQUE_DATABASE_URL=url, TORQUE_PORT=str(port),
                                TORQUE_LOG_LEVEL="warning")
                servers.append((Process([sys.executable, "-m", "torquec", "serve", str(tmp / "app"), "--no-web"], env, tmp,
                                        tmp / f"serve-{i}.log"), f"http://127.0.0.1:{port}"))
            for proc, base in servers:
                proc.wait_healthy(base + "/health/ready", timeout=180)
            bases = [b for _, b in servers]
            print(f"{args.processes} server processes on one PostgreSQL")

            # ---- fan-out
            clients = [wsc.connect(b.replace("http", "ws") + f"/ws?token={TOKEN}", open_timeout=10, legacy=True) for b in bases]
            for ws in clients:
                ws.recv(timeout=10)
            http = httpx.Client(timeout=10, headers={"Authorization": f"Bearer {TOKEN}"})
            total, after_reply = [], []
            for i in range(args.writes):
                t0 = time.perf_counter()
                r = http.post(bases[i % len(bases)] + "/rpc", json={"jsonrpc": "2.0", "id": 1, "method": "createEntity",
                                                                    "params": {"entity": "Note", "data": {"title": f"n{i}"}}})
                t1 = time.perf_counter()
                rid = r.json()["result"]["id"]
                for ws in clients:
                    while True:
                        m = json.loads(ws.recv(timeout=10))
                        if m.get("entity") == "Note" and m.get("id") == rid:
                            break
                t2 = time.perf_counter()
                total.append((t2 - t0) * 1000)
                after_reply.append((t2 - t1) * 1000)
            for ws in clients:
                ws.close()
            print(f"fan-out, {args.writes} writes, event at all {len(clients)} processes' clients:")
            print(f"  write → every client       p50 {statistics.median(total):7.2f} ms  p95 {pct(total, 95):7.2f}  p99 {pct(total, 99):7.2f}")
            print(f"  reply → every client       p50 {statistics.median(after_reply):7.2f} ms  p95 {pct(after_reply, 95):7.2f}  p99 {pct(after_reply, 99):7.2f}")

            # ---- MCP sessions
            async def stateless(client, i):
                errors = 0
                for k, method in enumerate(["tools/list", "tools/call"]):
                    params = {"_meta": STATELESS_META}
                    if method == "tools/call":
                        params |= {"name": "note_query", "arguments": {"pageSize": 5}}
                    r = await client.post(bases[(i + k) % len(bases)] + "/mcp",
                                          json={"jsonrpc": "2.0", "id": k, "method": method, "params": params},
                                          headers={**MCP_HEADERS, "MCP-Protocol-Version": "2026-07-28", "Mcp-Method": method,
                                                   **({"Mcp-Name": "note_query"} if method == "tools/call" else {})})
                    ok = r.status_code == 200 and "error" not in r.json() and not r.json()["result"].get("isError")
                    errors += not ok
                return errors

            async def legacy(client, i):
                base = bases[i % len(bases)]
                init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                    "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "b", "version": "1"}}}
                r = await client.post(base + "/mcp", json=init, headers=MCP_HEADERS)
                if r.status_code != 200:
                    return 1
                h = {**MCP_HEADERS, "Mcp-Session-Id": r.headers["mcp-session-id"], "MCP-Protocol-Version": "2025-11-25"}
                await client.post(base + "/mcp", json={"jsonrpc": "2.0", "method": "notifications/initialized"}, headers=h)
                r = await client.post(base + "/mcp", json={"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {}}, headers=h)
                await client.delete(base + "/mcp", headers=h)
                return int(r.status_code != 200 or "note_query" not in r.text)

            failures: list[str] = []

            async def guarded(coro):
                try:
                    return await coro
                except httpx.HTTPError as e:
                    failures.append(f"{type(e).__name__}: {e}")
                    return 1

            async def sessions():
                # 50 connections shared by all sessions: a session waits for a free one (no pool timeout)
                async with httpx.AsyncClient(timeout=httpx.Timeout(60, pool=None),
                                             limits=httpx.Limits(max_connections=50)) as client:
                    half = args.sessions // 2
                    return await asyncio.gather(*[guarded(stateless(client, i)) for i in range(half)],
                                                *[guarded(legacy(client, i)) for i in range(args.sessions - half)])

            t0 = time.perf_counter()
            errors = sum(asyncio.run(sessions()))
            wall = time.perf_counter() - t0
            print(f"MCP: {args.sessions} sessions over {len(bases)} processes (half stateless round-robin, half legacy sticky): "
                  f"{errors} errors, {wall:.1f} s wall, {args.sessions / wall:.0f} sessions/s")
            for f in sorted(set(failures))[:5]:
                print("  error:", f)
        finally:
            for proc, _ in servers:
                proc.stop()
            cluster.stop()


if __name__ == "__main__":
    main()
