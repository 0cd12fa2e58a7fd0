"""A filtered, sorted page query with and without an ``entity.indexes`` composite index (PostgreSQL).

    python bench/bench_composite_index.py [--rows 300000] [--runs 150]

The model (built in a temp dir) has one entity ``Line`` (``orderNo`` integer, ``product``
string, ``quantity`` integer, 8 hash partitions) with ``indexes: [{"fields": ["orderNo",
"product"]}]``. Two databases get the same schema and the same rows (COPY; 30 orders, so each
holds ~10,000 lines); in the second the composite index is dropped, leaving the single-column
indexes torquec makes anyway (``orderNo`` is ``indexed``). The query is what a grid asks:
``loadEntityData`` filtered by ``orderNo``, sorted by ``product``, page 50 of 20 — run through
``DataService.list`` in-process (SQL compile, page query, capped count, row conversion),
alternating the two databases so both see the same machine load; and the page query the
runtime ran, alone, as PostgreSQL's own ``EXPLAIN ANALYZE`` execution time (less sensitive to
the load of other processes). Prints medians (ms).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

MODEL = {
    "name": "lines",
    "database": {"partitions": 8},
    "entities": [{
        "id": "ent-line", "name": "Line",
        "fields": [
            {"id": "f-order", "name": "orderNo", "type": "integer", "required": True, "indexed": True},
            {"id": "f-product", "name": "product", "type": "string", "required": True},
            {"id": "f-qty", "name": "quantity", "type": "integer", "required": True},
        ],
        "indexes": [{"fields": ["orderNo", "product"]}],
    }],
}
ORDERS = 30


def rows_text(n: int) -> bytes:
    out = []
    for i in range(n):
        # products spread over the alphabet independently of insertion order
        out.append(f"{uuid.UUID(int=(i * 2654435761) % (1 << 122) | (4 << 76)).hex}\t{i % ORDERS}\tP{(i * 7919) % 100003:06d}\t{1 + i % 9}\n")
    return "".join(out).encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--runs", type=int, default=150)
    args = ap.parse_args()

    import psycopg

    from bench_pg_scale import Recorder, load_avg, start_cluster
    from torquec.driver import build

    work = Path(tempfile.mkdtemp(prefix="torque-bench-ix-"))
    cluster = None
    apps = []
    try:
        cluster = start_cluster()
        (work / "lines.json").write_text(json.dumps(MODEL))
        r = build(str(work / "lines.json"), str(work / "app"))
        assert r.ok, [str(d) for d in r.diagnostics]
        sys.path.insert(0, str(work / "app" / "server"))
        create_app = importlib.import_module("lines.app").create_app
        data = rows_text(args.rows)
        services = {}
        urls = {}
        for label in ("with (orderNo, product, id)", "without"):
            url = cluster.create_database("ix_" + ("with" if label.startswith("with ") else "without"))
            app = create_app(url)
            apps.append(app)
            with psycopg.connect(url) as conn:
                with conn.cursor().copy('COPY "line" ("id", "order_no", "product", "quantity") FROM STDIN') as cp:
                    cp.write(data)
                conn.commit()
                if label == "without":
                    conn.execute('DROP INDEX "ix_line_order_no_product"')
                    conn.commit()
                conn.autocommit = True
                conn.execute('VACUUM ANALYZE "line"')
            services[label] = app.state.torque.service
            urls[label] = url
        params = {"filters": [{"field": "orderNo", "op": "eq", "value": 7}], "sort": [{"field": "product", "dir": "asc"}],
                  "page": 50, "pageSize": 20}
        first = {k: [r["id"] for r in svc.list("Line", dict(params))["items"]] for k, svc in services.items()}
        assert list(first.values())[0] == list(first.values())[1], "both databases must answer the same page"
        times: dict[str, list[float]] = {k: [] for k in services}
        cpu: dict[str, list[float]] = {k: [] for k in services}
        for _ in range(args.runs):
            for k, svc in services.items():
                t0, c0 = time.perf_counter(), time.process_time()
                svc.list("Line", dict(params))
                times[k].append((time.perf_counter() - t0) * 1000)
                cpu[k].append((time.process_time() - c0) * 1000)
        svc0 = next(iter(services.values()))
        with svc0.transaction(write=False) as tx:
            rec = Recorder(tx)
            svc0.list("Line", dict(params), tx=rec)
        page_sql, page_args = next((q, a) for q, a in rec.statements if "LIMIT" in q.upper())
        conns = {k: psycopg.connect(u, autocommit=True) for k, u in urls.items()}
        plan_ms: dict[str, list[float]] = {k: [] for k in services}
        for _ in range(args.runs):
            for k, c in conns.items():
                plan = c.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + page_sql, page_args).fetchone()[0]
                plan_ms[k].append(plan[0]["Execution Time"])
        for c in conns.values():
            c.close()
        print(f"bench_composite_index: {args.rows:,} rows, {ORDERS} orders, page 50 of 20 sorted by product, {args.runs} runs, {load_avg()}")
        for k in services:
            print(f"  {k:<28} loadEntityData median {statistics.median(times[k]):7.2f} ms wall ({statistics.median(cpu[k]):5.2f} ms client CPU);"
                  f" page query execution {statistics.median(plan_ms[k]):6.2f} ms")
    finally:
        for app in apps:
            try:
                app.state.torque.service.db.close()
            except Exception:  # noqa: BLE001 - best effort
                pass
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
