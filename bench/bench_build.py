"""Build benchmarks (brief section 7). Prints medians; run it twice, the machine is noisy.

  python bench/bench_build.py [--runs N]

Measures, in-process (imports warm, as in `torquec watch` or a test runner):
  - sample cold build: fresh output dir, empty in-memory memo (target ≤ 0.5 s)
  - synthetic 200-entity model cold build (target ≤ 3 s)
  - one-field edit rebuild with the watch-mode memo (target ≤ 150 ms)
  - no-op rebuild (target ≤ 50 ms)
and, for reference, the wall time of `torquec build` in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from synthetic_model import make_model  # noqa: E402

from torquec.driver import build  # noqa: E402


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def check(result) -> None:
    if not result.ok:
        from torquec.diagnostics import render_text

        raise SystemExit(render_text(result.diagnostics, result.source))


def cold(path: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        out = tempfile.mkdtemp(prefix="torquec-bench-")
        try:
            times.append(timed(lambda: check(build(path, out, memo={}))))
        finally:
            shutil.rmtree(out, ignore_errors=True)
    return times


def edit_and_noop(path: str, runs: int) -> tuple[list[float], list[float], list[float]]:
    out = tempfile.mkdtemp(prefix="torquec-bench-")
    memo: dict = {}
    check(build(path, out, memo=memo))
    with open(path, encoding="utf-8") as fh:
        base = json.load(fh)
    edits, edits_cli, noops = [], [], []
    try:
        for i in range(runs):
            model = json.loads(json.dumps(base))
            model["entities"][len(model["entities"]) // 2]["fields"][1]["description"] = f"edited {i}"
            model["entities"][len(model["entities"]) // 2]["fields"][0].setdefault("validation", {})["maxLength"] = 100 + i
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(model, fh, indent=2)
            edits.append(timed(lambda: check(build(path, out, memo=memo))))
            noops.append(timed(lambda: check(build(path, out, memo=memo))))
            # Same edit without the in-process memo (a CI or editor-triggered `torquec build`).
            model["entities"][len(model["entities"]) // 2]["fields"][1]["description"] = f"edited again {i}"
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(model, fh, indent=2)
            edits_cli.append(timed(lambda: check(build(path, out, memo={}))))
    finally:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(base, fh, indent=2)
        shutil.rmtree(out, ignore_errors=True)
    return edits, edits_cli, noops


def fresh_process(path: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        out = tempfile.mkdtemp(prefix="torquec-bench-")
        try:
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "torquec", "build", path, "-o", out, "-q"], check=True, cwd=ROOT)
            times.append(time.perf_counter() - t)
        finally:
            shutil.rmtree(out, ignore_errors=True)
    return times


def row(label: str, times: list[float], target_ms: float | None) -> None:
    med = statistics.median(times) * 1000
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)] * 1000
    verdict = ""
    if target_ms is not None:
        verdict = f"target ≤ {target_ms:.0f} ms: {'ok' if med <= target_ms else 'MISSED'} ({med / target_ms:.2f}× of target)"
    print(f"{label:<44} median {med:8.1f} ms   p95 {p95:8.1f} ms   n={len(times):<3} {verdict}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    sample = os.path.join(ROOT, "sample", "customer-order.json")
    work = tempfile.mkdtemp(prefix="torquec-bench-model-")
    synth = os.path.join(work, "synthetic.json")
    with open(synth, "w", encoding="utf-8") as fh:
        json.dump(make_model(), fh, indent=2)
    try:
        check(build(sample, tempfile.mkdtemp(prefix="torquec-warm-")))  # warm imports and disk caches
        print(f"torquec build benchmarks — {os.cpu_count()} cores, python {sys.version.split()[0]}")
        row("sample cold build (in-process)", cold(sample, args.runs), 500)
        row("synthetic 200 entities cold build", cold(synth, max(3, args.runs // 2)), 3000)
        edits, edits_cli, noops = edit_and_noop(synth, args.runs)
        row("synthetic one-field edit (watch memo)", edits, 150)
        row("synthetic one-field edit (fresh memo)", edits_cli, None)
        row("synthetic no-op rebuild", noops, 50)
        row("sample `torquec build` in a fresh process", fresh_process(sample, 3), None)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
