"""Where the time of a COPY into an entity table goes on PostgreSQL: per-row costs.

    python bench/bench_pg_copy.py [--rows 100000] [--rounds 2]

The table is bench_data.py's ``Reading`` (ten fields, 8 hash partitions, CHECKs, three secondary
indexes, a unique field with its side table and trigger, a foreign key to ``Sensor``) as
``sql/postgres/schema.sql`` creates it. Each variant COPYs the same ``--rows`` preformatted text
rows (so the client costs almost nothing) in a transaction that is rolled back, and changes one
thing in that transaction (a dropped constraint, a disabled trigger, a setting). Prints the wall
time and the CPU time of the server process (from /proc) per row, median of ``--rounds``, the
rounds of all variants alternating. Then the client side: psycopg ``write_row`` of parameter
tuples against preformatted text. The throwaway cluster runs without fsync (tests/support).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

COLS = '"id", "seq", "label", "count", "value", "amount", "ok", "day", "at", "kind", "sensor_id", "created_at", "updated_at", "version"'
GENERIC = "SET LOCAL plan_cache_mode = force_generic_plan"
NO_UQ_TRIGGER = 'ALTER TABLE "reading" DISABLE TRIGGER "tg_uq_seq"'
NO_FK = 'ALTER TABLE "reading" DROP CONSTRAINT "fk_reading_sensor_id"'
NO_CHECKS = [f'ALTER TABLE "reading" DROP CONSTRAINT "{c}"' for c in
             ("ck_reading_label_max_length", "ck_reading_count_min", "ck_reading_kind_enum", "ck_reading_version_min")]
NO_INDEXES = [f'DROP INDEX "{i}"' for i in ("ix_reading_created_at", "ix_reading_seq", "ix_reading_sensor_id")]


def rows_of(n: int, sensors: list[str]) -> list[tuple]:
    rnd = random.Random(7)
    head = uuid.uuid4().int & ~0xFFFFFFFF
    now = "2026-12-07 04:00:00+00"
    return [(str(uuid.UUID(int=head | i)), i, f"reading {i}", rnd.randint(0, 1000), rnd.random() * 100, f"{rnd.random() * 1000:.2f}",
             rnd.random() < .5, f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", f"2024-05-{rnd.randint(1, 28):02d}T12:00:00Z",
             rnd.choice("abcd"), rnd.choice(sensors), now, now, 1) for i in range(n)]


def text_of(rows) -> bytes:
    return "".join("\t".join("t" if v is True else "f" if v is False else str(v) for v in r) + "\n" for r in rows).encode()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    import psycopg
    from bench_data import MODEL
    from support.postgres import PostgresCluster
    from torquec.driver import build

    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "m.json").write_text(json.dumps(MODEL))
        assert build(str(Path(d) / "m.json"), str(Path(d) / "app")).ok
        schema = (Path(d) / "app" / "sql" / "postgres" / "schema.sql").read_text()
    cluster = PostgresCluster.start()
    try:
        conn = psycopg.connect(cluster.create_database("copy_costs"))
        conn.execute(schema)
        sensors = [str(uuid.uuid4()) for _ in range(100)]
        with conn.cursor().copy('COPY "sensor" ("id", "code") FROM STDIN') as cp:
            for i, s in enumerate(sensors):
                cp.write_row((s, f"S{i}"))
        conn.commit()
        pid = conn.info.backend_pid

        def server_cpu() -> float:
            f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")

        rows = rows_of(args.rows, sensors)
        text = text_of(rows)
        side = "".join(f"{r[1]}\t{r[0]}\n" for r in rows).encode()
        routed: dict[int, list] = {}
        with conn.cursor() as cur:  # the partition of each row, by the server's own hash
            for rid, p in cur.execute("SELECT i::text, p FROM unnest(%s::uuid[]) i, generate_series(0, 7) p "
                                      "WHERE satisfies_hash_partition('reading'::regclass, 8, p, i)", ([r[0] for r in rows],)):
                routed.setdefault(p, []).append(rid)
        conn.rollback()
        by_id = {r[0]: r for r in rows}
        parts = {p: text_of(by_id[i] for i in ids) for p, ids in routed.items()}

        def copy(cur, table: str, data: bytes, cols: str = COLS) -> None:
            with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as cp:
                cp.write(data)

        def plain(cur):
            copy(cur, '"reading"', text)

        def with_side(cur):
            copy(cur, '"reading__uq_seq"', side, '"value", "id"')
            copy(cur, '"reading"', text)

        def in_chunks(cur, size=5000):
            lines = text.splitlines(keepends=True)
            sides = side.splitlines(keepends=True)
            for i in range(0, len(lines), size):
                copy(cur, '"reading__uq_seq"', b"".join(sides[i:i + size]), '"value", "id"')
                copy(cur, '"reading"', b"".join(lines[i:i + size]))

        def into_partitions(cur):
            for p, data in sorted(parts.items()):
                copy(cur, f'"reading_p{p}"', data)

        def write_row(cur):
            with cur.copy(f'COPY "reading" ({COLS}) FROM STDIN') as cp:
                for r in rows:
                    cp.write_row(r)

        variants = [
            ("as the importer did (COPY into the parent, every constraint)", [], plain),
            ("+ generic plans (SET LOCAL plan_cache_mode)", [GENERIC], plain),
            ("+ side table by COPY, its trigger disabled (the importer now)", [GENERIC, NO_UQ_TRIGGER], with_side),
            ("  the same in COPYs of 5,000 rows (as streamed)", [GENERIC, NO_UQ_TRIGGER], in_chunks),
            ("without the side-table trigger (no side rows: cost of the trigger)", [NO_UQ_TRIGGER], plain),
            ("without the foreign key (cost of its checks)", [NO_FK], plain),
            ("without the foreign key and the side-table trigger", [NO_FK, NO_UQ_TRIGGER], plain),
            ("without the CHECKs", NO_CHECKS, plain),
            ("without the 3 secondary indexes", NO_INDEXES, plain),
            ("only heap + primary key (no FK, trigger, CHECKs, indexes)", [NO_FK, NO_UQ_TRIGGER, *NO_CHECKS, *NO_INDEXES], plain),
            ("straight into the 8 partitions (client routes)", [], into_partitions),
            ("as the importer did, rows by psycopg write_row", [], write_row),
        ]
        got: dict[str, list] = {name: [] for name, _s, _b in variants}
        for _ in range(args.rounds):
            for name, setup, body in variants:
                with conn.cursor() as cur:
                    for s in setup:
                        cur.execute(s)
                    c0, t0 = server_cpu(), time.perf_counter()
                    body(cur)
                    wall, cpu = time.perf_counter() - t0, server_cpu() - c0
                conn.rollback()
                got[name].append((wall, cpu))
        n = args.rows
        print(f"PostgreSQL {conn.info.server_version}, {n:,} rows, medians of {args.rounds}; load average "
              + " ".join(f"{x:.1f}" for x in os.getloadavg()))
        print(f"{'variant':70} {'wall µs/row':>12} {'server CPU µs/row':>18}")
        for name, _s, _b in variants:
            wall = statistics.median(w for w, _c in got[name])
            cpu = statistics.median(c for _w, c in got[name])
            print(f"{name:70} {wall / n * 1e6:12.1f} {cpu / n * 1e6:18.1f}")
        t0 = time.process_time()
        text_of(rows)
        print(f"client: formatting the text lines in Python {(time.process_time() - t0) / n * 1e6:.1f} µs/row of CPU")
        conn.close()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
