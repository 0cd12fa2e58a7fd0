"""Several real server processes on one real PostgreSQL: liveness vs readiness, and
migrations on start under an advisory lock (processes started together on an empty
database all come up; the schema is created and recorded once)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import httpx
import psycopg
import pytest

from .harness import SAMPLES, Process, build_sample, clean_env, free_port

TOKENS = "h-admin:admin"


def serve(app, db_url, tmp_path, tag):
    port = free_port()
    env = clean_env(TORQUE_TOKENS=TOKENS, TORQUE_DATABASE_URL=db_url, TORQUE_PORT=str(port))
    proc = Process([sys.executable, "-m", "torquec", "serve", str(app), "--no-web"], env, tmp_path, tmp_path / f"serve-{tag}.log")
    return proc, f"http://127.0.0.1:{port}"


def get(url):
    r = httpx.get(url, timeout=10)
    return r.status_code, r.json()


def wait_for(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return predicate()


def test_liveness_stays_up_while_readiness_follows_database_and_schema(tmp_path, pg_url):
    app = build_sample("customer-order", tmp_path / "app")
    server, base = serve(app, pg_url, tmp_path, "one")
    dbname = pg_url.rsplit("/", 1)[1]
    admin_url = pg_url.rsplit("/", 1)[0] + "/postgres"
    try:
        server.wait_healthy(base + "/health/ready")
        assert get(base + "/health/live") == (200, {"status": "ok", "app": "customer-order"})
        assert get(base + "/health/ready")[1]["schema"] == "current"

        # another build's model applied to this database: still alive, no longer ready for this build
        changed = json.loads(SAMPLES["customer-order"].read_text())
        changed["entities"][0]["fields"].append({"id": "fld-health-extra", "name": "healthExtra", "type": "string"})
        newer = tmp_path / "customer-order.json"
        newer.write_text(json.dumps(changed))
        r = subprocess.run([sys.executable, "-m", "torquec", "migrate", "apply", str(newer), "-q"], env=clean_env(TORQUE_DATABASE_URL=pg_url),
                           capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert r.returncode == 0, r.stdout + r.stderr
        status, body = get(base + "/health/ready")
        assert (status, body["schema"], body["database"]) == (503, "other", "ok")
        assert get(base + "/health/live")[0] == 200

        # the database refuses connections: not ready, still alive (a liveness probe must not restart it)
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{dbname}" WITH ALLOW_CONNECTIONS false')
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (dbname,))
        status, body = wait_for(lambda: (lambda s, b: (s, b) if s == 503 and b["database"] == "unavailable" else None)(*get(base + "/health/ready")))
        assert (status, body["schema"]) == (503, "unavailable")
        assert get(base + "/health/live")[0] == 200
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{dbname}" WITH ALLOW_CONNECTIONS true')
        assert wait_for(lambda: get(base + "/health")[0] == 200)  # the pool reconnects by itself
        assert server.proc.poll() is None
    finally:
        server.stop()
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{dbname}" WITH ALLOW_CONNECTIONS true')
    assert "Traceback" not in server.output()


@pytest.mark.slow
def test_servers_started_together_on_an_empty_database_migrate_once(tmp_path, pg_url):
    app = build_sample("customer-order", tmp_path / "app")
    servers = [serve(app, pg_url, tmp_path, str(i)) for i in range(4)]
    try:
        for proc, base in servers:
            proc.wait_healthy(base + "/health/ready", timeout=120)
        for proc, base in servers:
            assert get(base + "/health/ready")[1]["schema"] == "current"
            assert "Traceback" not in proc.output() and proc.proc.poll() is None
        # a write on one is read on every other: one schema, one database
        r = httpx.post(servers[0][1] + "/rpc", headers={"Authorization": "Bearer h-admin"}, timeout=10,
                       json={"jsonrpc": "2.0", "id": 1, "method": "createEntity",
                             "params": {"entity": "Customer", "data": {"name": "Ada", "email": "ada@example.com"}}})
        assert "result" in r.json(), r.text
        for _, base in servers[1:]:
            r = httpx.post(base + "/rpc", headers={"Authorization": "Bearer h-admin"}, timeout=10,
                           json={"jsonrpc": "2.0", "id": 1, "method": "loadEntityData", "params": {"entity": "Customer"}})
            assert r.json()["result"]["total"] == 1
    finally:
        for proc, _ in servers:
            proc.stop()
    with psycopg.connect(pg_url) as conn:
        (recorded,) = conn.execute('SELECT count(*) FROM "_torque_schema"').fetchone()
    assert recorded == 1
