"""Data import of the MySQL "employees" sample (tests/fixtures/realdb/employees.sql) into SQLite and PostgreSQL.

    python bench/bench_employees.py [--scale 32] [--rounds 2] [--no-postgres]

The rows come from `torquec import --with-data` of the fixture (1,008 employees, 9,488 salaries, 13,102 rows in six
tables); the scaled set repeats every employee and their rows ``--scale`` times under new employee numbers
(emp_no + k·100000), about 300,000 salary rows at the default 32. Each round empties the tables, then imports all
six entities in one transaction through the runtime's importer, references resolved by key (`empNo`, `deptNo`),
as `torquec data import DIR` does (reading the files is included, opening the app is not). Prints rows/s wall and
rows per CPU-second of the importing process, each round and the median, with the load average.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench_data import rounds  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "realdb" / "employees.sql"
PER_EMPLOYEE = ("Employee", "DeptEmp", "DeptManager", "Title", "Salary")  # rows keyed by empNo: repeated when scaling


def scaled_copy(data: Path, out: Path, scale: int) -> dict[str, int]:
    """The fixture's rows ``scale`` times, each copy under employee numbers shifted by k·100000."""
    out.mkdir()
    counts = {}
    for f in sorted(data.glob("*.ndjson")):
        rows = [json.loads(x) for x in f.read_text().splitlines()]
        copies = range(scale) if f.stem in PER_EMPLOYEE else range(1)
        with open(out / f.name, "w") as fh:
            for k in copies:
                for r in rows:
                    fh.write(json.dumps({**r, "empNo": r["empNo"] + k * 100_000} if "empNo" in r else r) + "\n")
        counts[f.stem] = len(rows) * len(copies)
    return counts


def one_round(app_dir: Path, url: str, data: Path) -> tuple[float, float, int]:
    from torquec.commands.serve import load_app_module
    from torquec.runtime.dataio import DataImporter, read_rows
    from torquec.runtime.seed import entity_order

    app = load_app_module(str(app_dir)).create_app(url)
    rt = app.state.torque
    try:
        svc = rt.service
        with svc.transaction() as tx:  # children first, so each round starts from empty tables
            for name in reversed(entity_order(svc)):
                tx.execute(f"DELETE FROM {svc.spec.entities[name].qtable}")
        t0, c0 = time.perf_counter(), time.process_time()
        sources = [(p.stem, p.name, read_rows(str(p), "ndjson"), False) for p in sorted(data.glob("*.ndjson"))]
        report = DataImporter(svc).run(sources)
        return time.perf_counter() - t0, time.process_time() - c0, sum(report.inserted.values())
    finally:
        rt.db.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    from torquec.driver import build
    from torquec.importer import import_source, write_data

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        result = import_source(str(FIXTURE), "employees", with_data=True, dialect="mysql")
        (tmp / "employees.json").write_text(json.dumps(result.model))
        write_data(result.records, str(tmp / "data"))
        built = build(str(tmp / "employees.json"), str(tmp / "app"))
        assert built.ok, [x.message for x in built.diagnostics]
        counts = scaled_copy(tmp / "data", tmp / "scaled", args.scale)
        print(f"scaled ×{args.scale}: {counts}", flush=True)
        targets = [("sqlite", str(tmp / "bench.db"))]
        cluster = None
        if not args.no_postgres:
            from support.postgres import PostgresCluster

            cluster = PostgresCluster.start()
            targets.append(("postgres", cluster.create_database("bench_employees")))
        try:
            for name, url in targets:
                for label, data in (("fixture", tmp / "data"), (f"x{args.scale}", tmp / "scaled")):
                    rounds(f"{name:8} {label:7}", "this process", "target ≥ 50,000", args.rounds,
                           lambda: one_round(tmp / "app", url, data))
        finally:
            if cluster is not None:
                cluster.stop()


if __name__ == "__main__":
    main()
