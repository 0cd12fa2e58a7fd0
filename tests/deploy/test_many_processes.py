"""Two and four real `torquec serve` processes on one real PostgreSQL behave as one app:
a write on one reaches WebSocket clients of every other (LISTEN/NOTIFY), a 1-second
schedule runs once per tick across them (advisory-lock leader; a killed leader is
replaced), and MCP works behind round-robin (2026-07-28 anywhere; legacy sessions
need sticky routing — a session id is known only to the process that opened it)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import time

import httpx
import psycopg
import pytest
import websockets.sync.client as wsc

from .harness import Process, clean_env, free_port

TOKEN = "mp-admin"


def model() -> dict:
    return {
        "name": "multiproc",
        "title": "Many processes",
        "version": "1.0.0",
        "entities": [
            {"id": "ent-note", "name": "Note", "fields": [
                {"id": "fld-note-title", "name": "title", "type": "string", "required": True}]},
            {"id": "ent-tick", "name": "Tick", "fields": [
                {"id": "fld-tick-label", "name": "label", "type": "string", "required": True}]},
        ],
        "auth": {"roles": [{"name": "admin", "permissions": {"*": ["read", "create", "update", "delete"]}, "flows": ["*"]}]},
        "flows": [{
            "id": "flow-tick", "name": "tick", "trigger": {"type": "schedule", "intervalSeconds": 1},
            "nodes": [{"id": "start", "type": "start"},
                      {"id": "write", "type": "entityWrite", "entity": "Tick", "operation": "create", "data": "({label: 'tick'})"},
                      {"id": "end", "type": "end"}],
            "edges": [{"from": "start", "to": "write"}, {"from": "write", "to": "end"}],
        }],
    }


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory):
    from torquec.driver import build

    d = tmp_path_factory.mktemp("multiproc")
    (d / "model.json").write_text(json.dumps(model()))
    result = build(str(d / "model.json"), str(d / "app"))
    assert result.ok, [str(x) for x in result.diagnostics]
    return d / "app"


def start(app_dir, db_url, tmp_path, n):
    servers = []
    for i in range(n):
        port = free_port()
        env = clean_env(TORQUE_TOKENS=f"{TOKEN}:admin", TORQUE_DATABASE_URL=db_url, TORQUE_PORT=str(port))
        proc = Process([sys.executable, "-m", "torquec", "serve", str(app_dir), "--no-web"], env, tmp_path,
                       tmp_path / f"serve-{i}.log")
        servers.append((proc, f"http://127.0.0.1:{port}"))
    for proc, base in servers:
        proc.wait_healthy(base + "/health/ready", timeout=120)
    return servers


def rpc(base, method, params):
    r = httpx.post(base + "/rpc", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10,
                   json={"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
    body = r.json()
    assert "result" in body, r.text
    return body["result"]


def ticks(db_url) -> int:
    with psycopg.connect(db_url) as conn:
        return conn.execute('SELECT count(*) FROM "tick"').fetchone()[0]


def schedule_leader_pid(db_url) -> int | None:
    with psycopg.connect(db_url) as conn:
        row = conn.execute("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                           "WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE 'torque-schedules-%'"
                           ).fetchone()
    return int(row[0].rsplit("-", 1)[1]) if row else None


def ws_clients(servers, stack):
    clients = []
    for _, base in servers:
        ws = stack.enter_context(wsc.connect(base.replace("http", "ws") + f"/ws?token={TOKEN}", open_timeout=10))
        assert json.loads(ws.recv(timeout=10)) == {"type": "ready"}
        clients.append(ws)
    return clients


def next_change(ws, entity, timeout=5.0):
    deadline = time.monotonic() + timeout
    while True:
        m = json.loads(ws.recv(timeout=max(0.01, deadline - time.monotonic())))
        if m.get("type") == "change" and m.get("entity") == entity:
            return m


def test_a_reconnected_listener_tells_clients_to_resync(app_dir, pg_url, tmp_path):
    """Events of other processes sent while a process's LISTEN connection is down are lost: once it
    listens again, its WebSocket clients get {"type": "resync"} (the web app reloads what it shows)."""
    servers = start(app_dir, pg_url, tmp_path, 2)
    try:
        with contextlib.ExitStack() as stack:
            (ws, _other) = ws_clients(servers, stack)
            pid = servers[0][0].proc.pid
            with psycopg.connect(pg_url, autocommit=True) as conn:
                killed = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
                                      (f"torque-listen-{pid}",)).fetchall()
            assert killed == [(True,)]
            deadline = time.monotonic() + 15
            while json.loads(ws.recv(timeout=max(0.01, deadline - time.monotonic()))) != {"type": "resync"}:
                pass
            # listening again: the other process's writes arrive as before
            rec = rpc(servers[1][1], "createEntity", {"entity": "Note", "data": {"title": "after the gap"}})
            assert next_change(ws, "Note", timeout=10)["id"] == rec["id"]
    finally:
        for proc, _ in servers:
            proc.stop()


@pytest.mark.parametrize("n", [2, 4])
def test_writes_reach_every_process_and_schedules_run_once_per_tick(app_dir, pg_url, tmp_path, n):
    servers = start(app_dir, pg_url, tmp_path, n)
    try:
        with contextlib.ExitStack() as stack:
            clients = ws_clients(servers, stack)
            # a write on each process reaches the WebSocket clients of every process, quickly
            latencies = []
            for writer in range(n):
                t0 = time.perf_counter()
                rec = rpc(servers[writer][1], "createEntity", {"entity": "Note", "data": {"title": f"from {writer}"}})
                for ws in clients:
                    m = next_change(ws, "Note")
                    assert (m["id"], m["kind"]) == (rec["id"], "created")
                    latencies.append(time.perf_counter() - t0)
            assert sorted(latencies)[len(latencies) // 2] < 0.5, latencies  # loopback: ~ms; generous for a busy CI box

            # a bulk write larger than one NOTIFY payload (8000 bytes) arrives whole on another process
            if n == 2:
                rows = [{"title": f"bulk {i}"} for i in range(400)]
                created = rpc(servers[0][1], "bulkCreate", {"entity": "Note", "items": rows})["items"]
                assert {next_change(clients[1], "Note")["id"] for _ in rows} == {r["id"] for r in created}

        # a 1-second schedule over 10 s: 10 runs (±1), not 10 × n
        before = ticks(pg_url)
        time.sleep(10)
        ran = ticks(pg_url) - before
        assert 9 <= ran <= 11, ran

        if n == 4:  # the leader is killed: another process takes over the schedule
            leader = schedule_leader_pid(pg_url)
            victim = next(p for p, _ in servers if p.proc.pid == leader)
            victim.proc.send_signal(signal.SIGKILL)
            victim.proc.wait(10)
            time.sleep(1.5)  # PostgreSQL notices the dead connection; the next timer takes the lock
            before = ticks(pg_url)
            time.sleep(5)
            ran = ticks(pg_url) - before
            assert 4 <= ran <= 6, ran
            assert schedule_leader_pid(pg_url) not in (None, leader)
    finally:
        for proc, _ in servers:
            proc.stop()
    for proc, _ in servers:
        if proc.proc.returncode != -signal.SIGKILL:
            assert "Traceback" not in proc.output()


MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
               "Authorization": f"Bearer {TOKEN}"}
STATELESS_META = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}


def test_mcp_behind_round_robin(app_dir, pg_url, tmp_path):
    servers = start(app_dir, pg_url, tmp_path, 2)
    bases = [b for _, b in servers]
    rpc(bases[0], "createEntity", {"entity": "Note", "data": {"title": "seen by all"}})
    sessions = 200

    async def stateless(client, i):
        # every request of this "session" goes to the next process, round-robin
        errors = 0
        for k, method in enumerate(["tools/list", "tools/call"]):
            params = {"_meta": STATELESS_META}
            if method == "tools/call":
                params |= {"name": "note_query", "arguments": {}}
            r = await client.post(bases[(i + k) % len(bases)] + "/mcp", json={"jsonrpc": "2.0", "id": k, "method": method, "params": params},
                                  headers={**MCP_HEADERS, "MCP-Protocol-Version": "2026-07-28", "Mcp-Method": method,
                                           **({"Mcp-Name": "note_query"} if method == "tools/call" else {})})
            body = r.json() if r.headers.get("content-type", "").startswith("application/json") else None
            if r.status_code != 200 or body is None or "error" in body or body["result"].get("isError"):
                errors += 1
        return errors

    async def legacy_sticky(client, i):
        base = bases[i % len(bases)]  # sticky: the whole session on one process
        init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
        r = await client.post(base + "/mcp", json=init, headers=MCP_HEADERS)
        if r.status_code != 200:
            return 1
        h = {**MCP_HEADERS, "Mcp-Session-Id": r.headers["mcp-session-id"], "MCP-Protocol-Version": "2025-11-25"}
        await client.post(base + "/mcp", json={"jsonrpc": "2.0", "method": "notifications/initialized"}, headers=h)
        r = await client.post(base + "/mcp", json={"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {}}, headers=h)
        errors = int(r.status_code != 200 or "note_query" not in r.text)
        if i == 0:  # the same session on the other process: unknown there (sessions live in their process)
            other = await client.post(bases[1] + "/mcp", json={"jsonrpc": "2.0", "id": 3, "method": "tools/list", "params": {}}, headers=h)
            errors += int(other.status_code != 404)
        await client.delete(base + "/mcp", headers=h)
        return errors

    async def main():
        limits = httpx.Limits(max_connections=50)
        async with httpx.AsyncClient(timeout=30, limits=limits) as client:
            results = await asyncio.gather(*[stateless(client, i) for i in range(sessions // 2)],
                                           *[legacy_sticky(client, i) for i in range(sessions // 2)])
        return sum(results)

    try:
        assert asyncio.run(main()) == 0
    finally:
        for proc, _ in servers:
            proc.stop()
    for proc, _ in servers:
        assert "Traceback" not in proc.output()
