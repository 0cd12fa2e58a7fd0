"""Bulk import speed: `torquec data import` machinery (``torquec.runtime.dataio``) into SQLite and PostgreSQL.

    python bench/bench_data.py [--rows 100000] [--rounds 2] [--no-postgres] [--no-sqlite] [--bulk-rows 20000] [--no-import]

An entity of ten columns (string, unique integer key, integer, float, decimal, boolean, date, datetime,
enum, and a reference given as the target's key, resolved by the importer) gets ``--rows`` rows from an
NDJSON file and from a CSV file; each import runs through the runtime's validation and inserts in one
transaction (``executemany`` on SQLite, ``COPY`` on PostgreSQL). Reading and parsing the file is included;
opening the app is not. Target: ≥ 50,000 rows/s on both databases. Prints each round and the median, as wall-clock
rows/s and as rows per CPU-second of the importing process (PostgreSQL's own work is in its server processes),
with the load average: on a shared machine the wall-clock figure mostly measures the other tenants.

Then ``bulkCreate`` over JSON-RPC: a real ``torquec serve`` process, ``--bulk-rows`` rows of the same entity
in calls of 500 (the maximum) over HTTP, on each database. Prints rows/s wall-clock and rows per CPU-second
of the server process (from /proc). Target: ≥ 10,000 rows/s on PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

MODEL = {
    "name": "bulk-import-bench", "title": "Bulk import bench", "version": "1.0.0",
    "entities": [
        {"id": "ent-sensor", "name": "Sensor", "fields": [
            {"id": "f-s-code", "name": "code", "type": "string", "unique": True, "required": True, "validation": {"maxLength": 20}},
            {"id": "f-s-name", "name": "name", "type": "string"}]},
        {"id": "ent-reading", "name": "Reading", "fields": [
            {"id": "f-r-seq", "name": "seq", "type": "integer", "unique": True, "required": True},
            {"id": "f-r-label", "name": "label", "type": "string", "required": True, "validation": {"maxLength": 80}},
            {"id": "f-r-count", "name": "count", "type": "integer", "validation": {"min": 0}},
            {"id": "f-r-value", "name": "value", "type": "float"},
            {"id": "f-r-amount", "name": "amount", "type": "decimal", "precision": 12, "scale": 2},
            {"id": "f-r-ok", "name": "ok", "type": "boolean", "required": True},
            {"id": "f-r-day", "name": "day", "type": "date"},
            {"id": "f-r-at", "name": "at", "type": "datetime"},
            {"id": "f-r-kind", "name": "kind", "type": "enum", "values": ["a", "b", "c", "d"]},
            {"id": "f-r-sensor", "name": "sensorId", "type": "reference", "target": "Sensor", "required": True}]},
    ],
    "relationships": [], "flows": [], "layouts": [],
}


def make_files(tmp: Path, rows: int) -> dict[str, Path]:
    rnd = random.Random(7)
    sensors = tmp / "Sensor.ndjson"
    sensors.write_text("".join(json.dumps({"code": f"S{i}", "name": f"sensor {i}"}) + "\n" for i in range(100)))
    recs = []
    for i in range(rows):
        recs.append({"seq": i, "label": f"reading {i}", "count": rnd.randint(0, 1000), "value": rnd.random() * 100,
                     "amount": round(rnd.random() * 1000, 2), "ok": rnd.random() < 0.5,
                     "day": f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                     "at": f"2024-05-{rnd.randint(1, 28):02d}T12:{rnd.randint(0, 59):02d}:00Z",
                     "kind": rnd.choice("abcd"), "sensorId": f"S{rnd.randint(0, 99)}"})
    nd = tmp / "Reading.ndjson"
    nd.write_text("".join(json.dumps(r) + "\n" for r in recs))
    import csv

    cs = tmp / "Reading.csv"
    with open(cs, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(recs[0]))
        w.writeheader()
        for r in recs:
            w.writerow({k: ("true" if v is True else "false" if v is False else v) for k, v in r.items()})
    return {"sensors": sensors, "ndjson": nd, "csv": cs}


def server_cpu(cluster) -> float:
    """CPU seconds used so far by the PostgreSQL cluster's server processes (children of the postmaster)."""
    import os

    if cluster is None:
        return 0.0
    postmaster = (cluster.datadir / "postmaster.pid").read_text().split()[0]
    total = 0.0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == postmaster:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def one_round(app_dir: Path, url: str | None, files: dict, fmt: str, cluster=None) -> tuple[float, float, int, float]:
    from torquec.commands.serve import load_app_module
    from torquec.runtime.dataio import DataImporter, read_rows

    app = load_app_module(str(app_dir)).create_app(url)
    rt = app.state.torque
    try:
        svc = rt.service
        with svc.transaction() as tx:  # a clean table each round
            tx.execute('DELETE FROM "reading"')
            tx.execute('DELETE FROM "sensor"')
        DataImporter(svc).run([("Sensor", "Sensor.ndjson", read_rows(str(files["sensors"]), "ndjson"), False)])
        path = files[fmt]
        t0, c0, s0 = time.perf_counter(), time.process_time(), server_cpu(cluster)
        report = DataImporter(svc).run([("Reading", path.name, read_rows(str(path), fmt), fmt == "csv")])
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        return elapsed, cpu, report.inserted["Reading"], server_cpu(cluster) - s0
    finally:
        rt.db.close()


def _cpu_seconds(pid: int) -> float:
    import os

    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def bulk_round(app_dir: Path, url: str | None, rows: int) -> tuple[float, float, int]:
    """``bulkCreate`` of ``rows`` Readings in calls of 500 against a served app: (wall s, server CPU s, rows)."""
    from server.harness import Server

    server = Server(app_dir, database_url=url, seed=False)
    try:
        sensors = server.rpc("bulkCreate", {"entity": "Sensor", "items": [{"code": f"B{i}-{time.time_ns() % 10**9}", "name": f"s{i}"} for i in range(100)]})["items"]
        rnd = random.Random(11)
        # Above the largest seq so far (not the total: on PostgreSQL above the count cap it is an estimate,
        # and a second round then collided with the first one's numbers).
        last = server.rpc("loadEntityData", {"entity": "Reading", "pageSize": 1, "sort": [{"field": "seq", "dir": "desc"}]})["items"]
        base = max(10_000_000, last[0]["seq"] + 1 if last else 0)
        batches = []
        for start in range(0, rows, 500):
            batches.append([{"seq": base + i, "label": f"reading {i}", "count": rnd.randint(0, 1000), "value": rnd.random() * 100,
                             "amount": round(rnd.random() * 1000, 2), "ok": rnd.random() < 0.5, "day": "2024-03-04",
                             "at": "2024-05-06T12:34:00Z", "kind": rnd.choice("abcd"), "sensorId": rnd.choice(sensors)["id"]}
                            for i in range(start, min(rows, start + 500))])
        c0, t0 = _cpu_seconds(server.proc.pid), time.perf_counter()
        n = 0
        for batch in batches:
            n += len(server.rpc("bulkCreate", {"entity": "Reading", "items": batch})["items"])
        return time.perf_counter() - t0, _cpu_seconds(server.proc.pid) - c0, n
    finally:
        server.stop()


def rounds(label: str, whose: str, target: str, n_rounds: int, run) -> None:
    """Run ``run() -> (wall s, CPU s, rows[, PostgreSQL server CPU s])`` ``n_rounds`` times; print each round
    and the medians."""
    rates, cpu_rates, server_rates = [], [], []
    for r in range(n_rounds):
        secs, cpu, n, *server = run()
        rates.append(n / secs)
        cpu_rates.append(n / cpu)
        also = ""
        if server and server[0]:
            server_rates.append(n / server[0])
            also = f", {n / server[0]:,.0f} per CPU-second of the PostgreSQL server"
        print(f"{label} round {r + 1}: {n} rows in {secs:.2f}s = {n / secs:,.0f} rows/s ({n / cpu:,.0f} rows per CPU-second of {whose}"
              f"{also})", flush=True)
    also = f", {statistics.median(server_rates):,.0f} per CPU-second of the PostgreSQL server" if server_rates else ""
    print(f"{label} median {statistics.median(rates):,.0f} rows/s wall, {statistics.median(cpu_rates):,.0f} rows per CPU-second "
          f"of {whose}{also} ({target}); {load_avg()}", flush=True)


def load_avg() -> str:
    import os

    try:
        return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--bulk-rows", type=int, default=20_000)
    ap.add_argument("--no-import", action="store_true", help="only the bulkCreate part")
    args = ap.parse_args()
    from torquec.driver import build

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        (tmp / "bulk-import-bench.json").write_text(json.dumps(MODEL))
        res = build(str(tmp / "bulk-import-bench.json"), str(tmp / "app"))
        assert res.ok, [x.message for x in res.diagnostics]
        files = make_files(tmp, args.rows)
        targets = [] if args.no_sqlite else [("sqlite", str(tmp / "bench.db"))]
        cluster = None
        if not args.no_postgres:
            from support.postgres import PostgresCluster

            cluster = PostgresCluster.start()
            targets.append(("postgres", cluster.create_database("bench_data")))
        try:
            for name, url in targets if not args.no_import else ():
                for fmt in ("ndjson", "csv"):
                    rounds(f"{name:8} {fmt:6}", "this process", "target ≥ 50,000", args.rounds,
                           lambda: one_round(tmp / "app", url, files, fmt, cluster if name == "postgres" else None))
            for name, url in targets if args.bulk_rows else ():
                db = url if name == "postgres" else str(tmp / "bulk.db")
                rounds(f"{name:8} bulkCreate", "the server", "target ≥ 10,000 on PostgreSQL", args.rounds,
                       lambda: bulk_round(tmp / "app", db, args.bulk_rows))
        finally:
            if cluster is not None:
                cluster.stop()


if __name__ == "__main__":
    main()
