"""CPU time per build phase and per backend of the synthetic one-field-edit rebuild (watch memo).

  python bench/bench_edit_phases.py [--runs N]

Wall time on a loaded machine mostly measures the other processes; this
counts the process's own CPU time (time.process_time) in each phase the
driver times (load, lower, passes, backend:<name>, write) and prints medians.
To compare two commits, run it from each tree (e.g. a `git worktree` of the
older commit) alternately, several times: the memo's per-build encoding of
the IR nodes is paid by the first backend that reads them (sql), so compare
the total as well as the per-backend rows.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from synthetic_model import make_model  # noqa: E402

import torquec.driver as driver  # noqa: E402


class _CpuClock:
    """Stands in for the driver's ``time`` module: its phase timer then counts CPU time."""

    perf_counter = staticmethod(time.process_time)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-freeze", action="store_true", help="no gc.freeze() after the first build (watch does it)")
    args = ap.parse_args()
    driver.time = _CpuClock
    work = tempfile.mkdtemp(prefix="torquec-bench-")
    path, out = os.path.join(work, "synthetic.json"), os.path.join(work, "out")
    base = make_model()
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(base, fh, indent=2)
    memo: dict = {}
    phases: dict[str, list[float]] = {}
    try:
        assert driver.build(path, out, memo=memo).ok
        if not args.no_freeze:
            # As `torquec watch` does after its first build: what lives for the session is moved
            # out of the collector's way, else full collections add ~50 ms to random rebuilds.
            import gc

            gc.freeze()
        for i in range(args.runs):
            model = json.loads(json.dumps(base))
            entity = model["entities"][len(model["entities"]) // 2]
            entity["fields"][1]["description"] = f"edited {i}"
            entity["fields"][0].setdefault("validation", {})["maxLength"] = 100 + i
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(model, fh, indent=2)
            result = driver.build(path, out, memo=memo)
            assert result.ok
            for phase, seconds in result.timings.items():
                phases.setdefault(phase, []).append(seconds * 1000)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"synthetic one-field edit, CPU ms, median of {args.runs} ({ROOT})")
    for phase, ms in phases.items():
        print(f"  {phase:<16} {statistics.median(ms):7.1f}")


if __name__ == "__main__":
    main()
