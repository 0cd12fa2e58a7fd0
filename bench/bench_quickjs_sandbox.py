"""Micro-benchmark of the XFlow QuickJS sandbox.

    python bench/bench_quickjs_sandbox.py [--calls N]

Prints median / p99 latency per call and calls/s (single thread) for:
  1. bare ``ctx.eval`` of an expression,
  2. bare function call through ``ctx.get(fn)(...)`` (number in, number out),
  3. the two ways to move JSON objects across the boundary by hand, for the
     trivial input and for 200 records (~28 kB of JSON):
     (a) one JSON string in, one JSON string out (JSON.parse/JSON.stringify in JS),
     (b) ``ctx.parse_json`` -> quickjs.Object -> call -> ``Object.json()``,
  4. ``SandboxPool.call`` (JSON in/out, limits, host binding, job drain),
  5. ``SandboxPool.call`` from 4 threads at once (aggregate calls/s),
and the ratio pool / bare.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import statistics
import threading
import time
from typing import Callable

import orjson
import quickjs

from torquec.runtime.xflow.sandbox import SandboxPool

MODULE = "function f(input) { return {x: input.a + 1}; }\n"
INPUT = {"a": 1}
BIG = {"items": [{"id": f"r{i}", "name": f"name {i}", "qty": i, "price": i * 1.5, "tags": ["a", "b"]} for i in range(200)]}



def engine_version() -> str:
    """The installed QuickJS binding and its version (quickjs-ng, or the older `quickjs`)."""
    for dist in ("quickjs-ng", "quickjs"):
        try:
            return f"{dist} {importlib.metadata.version(dist)}"
        except importlib.metadata.PackageNotFoundError:
            continue
    return "quickjs (version unknown)"

def measure(fn: Callable[[], object], n: int) -> dict[str, float]:
    for _ in range(min(2000, n)):  # warm-up
        fn()
    samples = []
    clock = time.perf_counter_ns
    start = clock()
    for _ in range(n):
        t0 = clock()
        fn()
        samples.append(clock() - t0)
    total = clock() - start
    samples.sort()
    return {
        "median_us": statistics.median(samples) / 1000,
        "p99_us": samples[int(len(samples) * 0.99) - 1] / 1000,
        "calls_per_s": n / (total / 1e9),
    }


def report(name: str, r: dict[str, float]) -> None:
    print(f"{name:<46} median {r['median_us']:8.2f} us   p99 {r['p99_us']:8.2f} us   {r['calls_per_s']:>10,.0f} calls/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=50_000)
    n = ap.parse_args().calls

    ctx = quickjs.Context()
    ctx.eval(MODULE)
    ctx.eval("function g(a) { return a + 1; }")
    ctx.eval("function fj(s) { return JSON.stringify(f(JSON.parse(s))); }")
    g = ctx.get("g")
    f = ctx.get("f")
    fj = ctx.get("fj")

    results = {}
    results["eval"] = measure(lambda: ctx.eval("1 + 2"), n)
    results["bare_call"] = measure(lambda: g(1), n)
    results["json_str"] = measure(lambda: orjson.loads(fj(orjson.dumps(INPUT).decode())), n)
    results["json_obj"] = measure(lambda: orjson.loads(f(ctx.parse_json(orjson.dumps(INPUT).decode())).json()), n)
    ctx.eval("function big(input) { return {n: input.items.length, items: input.items}; }")
    ctx.eval("function bigj(s) { return JSON.stringify(big(JSON.parse(s))); }")
    big, bigj = ctx.get("big"), ctx.get("bigj")
    m = max(200, n // 50)
    results["big_str"] = measure(lambda: orjson.loads(bigj(orjson.dumps(BIG).decode())), m)
    results["big_obj"] = measure(lambda: orjson.loads(big(ctx.parse_json(orjson.dumps(BIG).decode())).json()), m)

    pool = SandboxPool({"bench": MODULE}, timeout_ms=1000, memory_limit=32 << 20)
    assert pool.call("f", INPUT) == {"x": 2}
    results["pool"] = measure(lambda: pool.call("f", INPUT), n)

    # 4 threads through one pool (each thread gets its own context).
    per_thread = max(1000, n // 4)
    barrier = threading.Barrier(5)

    def worker() -> None:
        pool.call("f", INPUT)  # build this thread's context before timing
        barrier.wait()
        for i in range(per_thread):
            pool.call("f", {"a": i})
        barrier.wait()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    barrier.wait()
    elapsed = time.perf_counter() - t0
    for t in threads:
        t.join()

    print(f"{engine_version()}, {n} calls per case, single thread unless noted")
    report("bare ctx.eval('1 + 2')", results["eval"])
    report("bare ctx.get('g')(1)", results["bare_call"])
    report("by hand: JSON string in/out", results["json_str"])
    report("by hand: parse_json -> Object -> .json()", results["json_obj"])
    report("by hand, 200 records: JSON string in/out", results["big_str"])
    report("by hand, 200 records: parse_json/.json()", results["big_obj"])
    report("SandboxPool.call (JSON in/out)", results["pool"])
    print(f"{'SandboxPool.call, 4 threads x ' + str(per_thread):<46} aggregate {4 * per_thread / elapsed:>10,.0f} calls/s")
    print(f"ratio pool/bare call (median): {results['pool']['median_us'] / results['bare_call']['median_us']:.2f}x")
    print(f"ratio pool/bare eval (median): {results['pool']['median_us'] / results['eval']['median_us']:.2f}x")
    print(
        "JSON string vs quickjs.Object conversion (median): "
        f"{results['json_str']['median_us']:.2f} us vs {results['json_obj']['median_us']:.2f} us"
    )


if __name__ == "__main__":
    main()
