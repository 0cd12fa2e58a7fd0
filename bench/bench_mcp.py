"""MCP under load: N concurrent agent sessions against the generated sample app.

    python bench/bench_mcp.py                      # 1,000 sessions, legacy and 2026-07-28, 2 rounds each
    python bench/bench_mcp.py --clients 200 --modes 2026-07-28 --rounds 1

What runs: the sample model (customer-order) is built into a temp dir and
served by uvicorn on a loopback port (one process, SQLite, sample data,
bearer tokens). Client processes each open their share of the N sessions with
the official Python SDK client (``mcp.Client``); once every session is open
(all N concurrently), each one lists the tools and calls ``customer_query``,
then closes. Reported per round: errors (target 0: exceptions and isError
results), session-open, tools/list and tools/call latency p50/p99, the
wall time of the list+call phase, and requests per second.

``legacy`` sessions use the initialize handshake (2025-11-25, stateful,
``Mcp-Session-Id``); ``2026-07-28`` sessions are stateless per-request
envelopes. Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "mcp"))

from mcp_harness import SAMPLE, TOKENS, build_app, start_app  # noqa: E402


def describe(e: BaseException) -> str:
    """One line for an exception, unwrapping exception groups to their leaves."""
    while isinstance(e, BaseExceptionGroup) and e.exceptions:
        e = e.exceptions[0]
    return f"{type(e).__name__}: {str(e)[:300]}"


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


# ----------------------------------------------------------------- client process


def _worker(url: str, token: str, n: int, mode: str, ready, go, out) -> None:
    import ssl

    import anyio
    import httpx2
    import mcp
    from mcp.client.streamable_http import streamable_http_client

    stats = {"open": [], "list": [], "call": [], "errors": [], "tools": 0}

    async def main() -> None:
        started = anyio.Event()
        opened = 0

        async def wait_go() -> None:
            await anyio.to_thread.run_sync(go.wait)
            started.set()

        # One HTTP client per session (an independent agent); a shared SSL
        # context keeps creating them cheap.
        ssl_ctx = ssl.create_default_context()

        async def session(i: int) -> None:
            nonlocal opened
            counted = False
            try:
                t0 = time.perf_counter()
                async with httpx2.AsyncClient(
                    headers={"Authorization": f"Bearer {token}"}, timeout=httpx2.Timeout(300.0), verify=ssl_ctx,
                ) as http, mcp.Client(
                    streamable_http_client(url, http_client=http), mode=mode, read_timeout_seconds=300, cache=None,
                ) as c:
                    stats["open"].append(time.perf_counter() - t0)
                    opened += 1
                    counted = True
                    if opened == n:
                        ready.put(n)
                    await started.wait()
                    t1 = time.perf_counter()
                    tools = await c.list_tools()
                    stats["list"].append(time.perf_counter() - t1)
                    stats["tools"] = len(tools.tools)
                    t2 = time.perf_counter()
                    r = await c.call_tool("customer_query", {"pageSize": 5, "sort": [{"field": "name"}]})
                    stats["call"].append(time.perf_counter() - t2)
                    if r.is_error or len(r.structured_content["items"]) != 5:
                        stats["errors"].append(f"bad result: {str(r.content)[:200]}")
            except BaseException as e:  # noqa: BLE001 - every failure counts
                stats["errors"].append(describe(e))
                if not counted:
                    opened += 1
                    if opened == n:
                        ready.put(n)

        async with anyio.create_task_group() as tg:
            tg.start_soon(wait_go)
            for i in range(n):
                tg.start_soon(session, i)

    try:
        anyio.run(main)
    finally:
        out.put(stats)


# ----------------------------------------------------------------- wire-level client process

LEGACY = "2025-11-25"
MODERN = "2026-07-28"


def _wire_worker(url: str, token: str, n: int, mode: str, ready, go, out) -> None:
    """The same sessions spoken directly on the wire (httpx), so that the load
    generator costs little CPU next to the server: legacy = initialize +
    notifications/initialized, then tools/list + tools/call, then DELETE;
    2026-07-28 = server/discover, then tools/list + tools/call, each request a
    self-contained envelope. Every response is checked."""
    import asyncio
    import json
    import ssl

    import httpx

    stats = {"open": [], "list": [], "call": [], "errors": [], "tools": 0}
    base = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
            "Authorization": f"Bearer {token}"}
    meta = {"io.modelcontextprotocol/protocolVersion": MODERN, "io.modelcontextprotocol/clientCapabilities": {},
            "io.modelcontextprotocol/clientInfo": {"name": "bench_mcp", "version": "1"}}

    def body_of(r: httpx.Response) -> dict:
        if r.status_code != 200:
            raise RuntimeError(f"HTTP {r.status_code}: {r.text[:200]}")
        if r.headers.get("content-type", "").startswith("text/event-stream"):
            data = [ln[5:].strip() for ln in r.text.splitlines() if ln.startswith("data:")]
            msg = json.loads(data[-1])
        else:
            msg = r.json()
        if "error" in msg:
            raise RuntimeError(f"JSON-RPC error {msg['error']}")
        return msg["result"]

    async def main() -> None:
        go_event = asyncio.Event()
        opened = 0
        # One small HTTP client per session, like independent agents (and because
        # one pool shared by hundreds of connections costs O(connections) per
        # request in httpcore). A shared SSL context keeps creating them cheap.
        ssl_ctx = ssl.create_default_context()

        async def rpc(http: httpx.AsyncClient, headers: dict, rid: int, method: str, params: dict | None = None) -> dict:
            msg = {"jsonrpc": "2.0", "id": rid, "method": method}
            if mode == MODERN:
                params = {**(params or {}), "_meta": meta}
                headers = {**headers, "Mcp-Method": method}
                if method == "tools/call":
                    headers["Mcp-Name"] = params["name"]
            if params is not None:
                msg["params"] = params
            return body_of(await http.post(url, json=msg, headers=headers))

        async def session(i: int) -> None:
            nonlocal opened
            counted = False
            headers = dict(base)
            sid = None
            http = httpx.AsyncClient(verify=ssl_ctx, timeout=300.0, limits=httpx.Limits(max_connections=4))
            try:
                t0 = time.perf_counter()
                if mode == LEGACY:
                    r = await http.post(url, headers=headers, json={"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
                        "protocolVersion": LEGACY, "capabilities": {}, "clientInfo": {"name": "bench_mcp", "version": "1"}}})
                    init = body_of(r)
                    assert init["protocolVersion"] == LEGACY, init
                    sid = r.headers["mcp-session-id"]
                    headers.update({"Mcp-Session-Id": sid, "MCP-Protocol-Version": LEGACY})
                    r = await http.post(url, headers=headers, json={"jsonrpc": "2.0", "method": "notifications/initialized"})
                    assert r.status_code == 202, r.status_code
                else:
                    headers["MCP-Protocol-Version"] = MODERN
                    found = await rpc(http, headers, 0, "server/discover")
                    assert MODERN in found["supportedVersions"], found
                stats["open"].append(time.perf_counter() - t0)
                opened += 1
                counted = True
                if opened == n:
                    ready.put(n)
                await go_event.wait()
                t1 = time.perf_counter()
                tools = (await rpc(http, headers, 1, "tools/list", {} if mode == MODERN else None))["tools"]
                stats["list"].append(time.perf_counter() - t1)
                stats["tools"] = len(tools)
                t2 = time.perf_counter()
                res = await rpc(http, headers, 2, "tools/call", {"name": "customer_query", "arguments": {
                    "pageSize": 5, "sort": [{"field": "name"}]}})
                stats["call"].append(time.perf_counter() - t2)
                if res.get("isError") or len(res["structuredContent"]["items"]) != 5:
                    stats["errors"].append(f"bad result: {str(res)[:200]}")
            except BaseException as e:  # noqa: BLE001 - every failure counts
                stats["errors"].append(describe(e))
                if not counted:
                    opened += 1
                    if opened == n:
                        ready.put(n)
            finally:
                if sid is not None:
                    try:
                        await http.delete(url, headers=headers)
                    except Exception as e:  # noqa: BLE001
                        stats["errors"].append("DELETE: " + describe(e))
                await http.aclose()

        async def wait_go() -> None:
            await asyncio.to_thread(go.wait)
            go_event.set()

        await asyncio.gather(wait_go(), *(session(i) for i in range(n)))

    try:
        asyncio.run(main())
    finally:
        out.put(stats)


# ----------------------------------------------------------------- one round


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), 0.0 if unknown."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            f = fh.read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def run_round(url: str, token: str, clients: int, procs: int, mode: str, client: str, server_pid: int = 0) -> dict:
    ctx = mp.get_context("spawn")
    ready, out = ctx.Queue(), ctx.Queue()
    go = ctx.Event()
    shares = [clients // procs + (1 if i < clients % procs else 0) for i in range(procs)]
    target = _worker if client == "sdk" else _wire_worker
    wire_mode = LEGACY if mode == "legacy" else mode
    args_of = (lambda n: (url, token, n, mode, ready, go, out)) if client == "sdk" else (lambda n: (url, token, n, wire_mode, ready, go, out))
    workers = [ctx.Process(target=target, args=args_of(n), daemon=True) for n in shares if n]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    c0 = cpu_seconds(server_pid)
    for _ in workers:
        ready.get(timeout=600)
    t_open = time.perf_counter() - t0
    c1 = cpu_seconds(server_pid)
    t1 = time.perf_counter()
    go.set()
    results = [out.get(timeout=900) for _ in workers]
    t_work = time.perf_counter() - t1
    c2 = cpu_seconds(server_pid)
    for w in workers:
        w.join(timeout=60)
    merged = {"open": [], "list": [], "call": [], "errors": []}
    for r in results:
        for k in merged:
            merged[k] += r[k]
    merged["tools"] = max(r["tools"] for r in results)
    merged["t_open"] = t_open
    merged["t_work"] = t_work
    merged["cpu_open"] = c1 - c0
    merged["cpu_work"] = c2 - c1
    return merged


def report(mode: str, rnd: int, clients: int, r: dict) -> None:
    ms = lambda v: f"{v * 1000:8.1f}"  # noqa: E731
    ok_calls = len(r["call"])
    print(
        f"{mode:>10} round {rnd}: {clients} sessions, errors {len(r['errors'])}, tools listed {r['tools']}\n"
        f"            open  p50 {ms(pct(r['open'], 50))} ms  p99 {ms(pct(r['open'], 99))} ms   "
        f"(all open after {r['t_open']:.1f} s; server CPU {r['cpu_open']:.1f} s)\n"
        f"      tools/list  p50 {ms(pct(r['list'], 50))} ms  p99 {ms(pct(r['list'], 99))} ms\n"
        f"      tools/call  p50 {ms(pct(r['call'], 50))} ms  p99 {ms(pct(r['call'], 99))} ms\n"
        f"      list + call of all sessions: {r['t_work']:.2f} s, {2 * ok_calls / r['t_work']:.0f} requests/s; "
        f"server CPU {r['cpu_work']:.1f} s ({1000 * r['cpu_work'] / max(1, 2 * ok_calls):.1f} ms per request)"
    )
    for e in sorted(set(r["errors"]))[:5]:
        print(f"      error: {e}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=1000)
    ap.add_argument("--procs", type=int, default=max(2, (os.cpu_count() or 2)), help="client processes")
    ap.add_argument("--modes", default="legacy,2026-07-28")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--client", choices=("wire", "sdk"), default="wire",
                    help="wire: a light load generator speaking MCP over httpx (default; keeps the client side cheap "
                         "so the figures are the server's); sdk: the official mcp.Client per session")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-mcp-") as tmp:
        t = time.perf_counter()
        app_dir, package = build_app(SAMPLE, Path(tmp) / "app")
        app = start_app(app_dir, package, Path(tmp) / "run", tokens=TOKENS)
        print(f"built and started the sample app in {time.perf_counter() - t:.1f} s: {app.url} "
              f"({args.clients} sessions, {args.client} client, {args.procs} client processes, {os.cpu_count()} CPUs)")
        total_errors = 0
        try:
            for mode in [m.strip() for m in args.modes.split(",") if m.strip()]:
                for rnd in range(1, args.rounds + 1):
                    r = run_round(app.url, TOKENS["admin"], args.clients, args.procs, mode, args.client, app.proc.pid)
                    report(mode, rnd, args.clients, r)
                    total_errors += len(r["errors"])
                    if r["errors"]:
                        print("      server log (tail):\n" + "\n".join("        " + ln for ln in app.log().splitlines()[-15:]))
        finally:
            app.stop()
        if app.proc.returncode not in (0, -15, None):
            print(app.log())
    print(f"total errors: {total_errors}")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
