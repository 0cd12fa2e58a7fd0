"""Web front-end benchmarks (brief section 7 / issue 6). Prints its figures.

  python bench/bench_web.py [--rows 10000] [--runs 7]

  - web build: `build_web` with the shared node_modules cache (cold install
    only on a fresh machine), forced rebuild, and no-op rebuild
  - production bundle size: raw and gzip, the initial load (index.html's
    script, CSS and modulepreloads) versus chunks loaded on demand
  - time to interactive of the customer-order sample's /customers page with
    `--rows` customers in the SQLite database, in Chromium (Playwright):
      cold: new browser context each run (empty HTTP cache)
      warm: same context, assets cached (a returning user)
    TTI here = the grid shows its first page of data AND the main thread has
    finished its last long task (PerformanceObserver "longtask"), measured
    from navigation start; FCP and DOMContentLoaded for reference
  - with the grid open: sort by a column and go to the next page (server
    round trip + render), median
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from torquec.backends.web.build import build_web  # noqa: E402
from torquec.driver import build  # noqa: E402
from web.harness import CHROMIUM, CHROMIUM_ARGS, AppServer  # noqa: E402

TOKEN = "bench-token"

PROBE = """
window.__longTaskEnd = 0;
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTaskEnd = Math.max(window.__longTaskEnd, e.startTime + e.duration);
  }).observe({ type: "longtask", buffered: true });
} catch (e) {}
"""

GRID_READY = """() => {
  const g = document.querySelector('[data-grid="customerGrid"]');
  return g && g.dataset.loading === 'false' && g.querySelectorAll('tbody tr[data-record-id]').length > 0 ? performance.now() : null;
}"""


def bundle_sizes(dist: Path) -> dict:
    html = (dist / "index.html").read_text()
    initial = set(re.findall(r'(?:src|href)="/(assets/[^"]+)"', html))
    out = {"initial_raw": 0, "initial_gzip": 0, "lazy_raw": 0, "lazy_gzip": 0, "files": []}
    for f in sorted((dist / "assets").iterdir()):
        data = f.read_bytes()
        gz = len(gzip.compress(data, 9))
        kind = "initial" if f"assets/{f.name}" in initial else "lazy"
        out[f"{kind}_raw"] += len(data)
        out[f"{kind}_gzip"] += gz
        out["files"].append((f.name, len(data), gz, kind))
    return out


def seed_rows(srv: AppServer, rows: int) -> float:
    t = time.perf_counter()
    have = srv.total("Customer")
    batch = []
    for i in range(have, rows):
        batch.append({"name": f"Bench Customer {i:06d}", "email": f"bench{i:06d}@example.com",
                      "customerType": ("Individual", "Business", "Premium", "Enterprise")[i % 4],
                      "creditLimit": (i * 37) % 100000, "company": f"Company {i % 997}"})
        if len(batch) == 500:
            srv.rpc("bulkCreate", {"entity": "Customer", "items": batch})
            batch = []
    if batch:
        srv.rpc("bulkCreate", {"entity": "Customer", "items": batch})
    return time.perf_counter() - t


def measure_load(page, base: str) -> dict:
    page.goto(base + "/customers", wait_until="commit")
    ready = page.wait_for_function(GRID_READY, polling="raf", timeout=30_000).json_value()
    page.wait_for_timeout(300)  # let trailing long tasks be observed
    nav = page.evaluate("""() => {
      const n = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { dcl: n ? n.domContentLoadedEventEnd : null, fcp: fcp ? fcp.startTime : null, lt: window.__longTaskEnd };
    }""")
    return {"ready": ready, "tti": max(ready, nav["lt"] or 0), "fcp": nav["fcp"], "dcl": nav["dcl"]}


ARM = """() => {
  const g = document.querySelector('[data-grid="customerGrid"]');
  window.__t0 = null; window.__done = null; let sawLoading = false;
  document.addEventListener('pointerdown', (e) => { window.__t0 = e.timeStamp; }, { capture: true, once: true });
  const mo = new MutationObserver(() => {
    if (g.dataset.loading === 'true') sawLoading = true;
    else if (sawLoading && window.__t0 !== null) { window.__done = performance.now() - window.__t0; mo.disconnect(); }
  });
  mo.observe(g, { attributes: true, attributeFilter: ['data-loading'] });
}"""


def interaction(page, action) -> float:
    """Milliseconds from the pointer going down to the grid showing the new rows."""
    page.evaluate(ARM)
    action()
    return page.wait_for_function("() => window.__done", polling="raf", timeout=10_000).json_value()


def med(xs) -> float:
    return statistics.median(xs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="torque-bench-web-") as tmp:
        app = Path(tmp) / "customer-order"
        res = build(str(ROOT / "sample" / "customer-order.json"), str(app))
        assert res.ok, [str(d) for d in res.diagnostics]
        first = build_web(str(app))
        forced = build_web(str(app), force=True)
        noop = build_web(str(app))
        print("web build (build_web)")
        print(f"  first build here   {first.seconds:7.2f} s   ({'npm ci into the shared cache + ' if first.installed else 'cached node_modules + '}vite build)")
        print(f"  forced rebuild     {forced.seconds:7.2f} s   (vite build)")
        print(f"  no-op              {noop.seconds * 1000:7.1f} ms  (inputs unchanged)")

        sizes = bundle_sizes(Path(first.dist))
        print("production bundle")
        for name, raw, gz, kind in sizes["files"]:
            print(f"  {name:38s} {raw / 1024:8.1f} KiB  gzip {gz / 1024:7.1f} KiB  {kind}")
        print(f"  initial load       {sizes['initial_raw'] / 1024:8.1f} KiB  gzip {sizes['initial_gzip'] / 1024:7.1f} KiB")
        print(f"  on demand          {sizes['lazy_raw'] / 1024:8.1f} KiB  gzip {sizes['lazy_gzip'] / 1024:7.1f} KiB")

        srv = AppServer(app, Path(tmp) / "data", tokens=f"{TOKEN}:admin", token=TOKEN)
        try:
            secs = seed_rows(srv, args.rows)
            total = srv.total("Customer")
            print(f"database: {total} customers (seeded in {secs:.1f} s via bulkCreate)")
            rpc_ms = []
            for _ in range(max(5, args.runs)):
                t = time.perf_counter()
                srv.rpc("loadEntityData", {"entity": "Customer", "page": 1, "pageSize": 20, "sort": [{"field": "name", "dir": "asc"}], "filters": []})
                rpc_ms.append((time.perf_counter() - t) * 1000)
            print(f"  server: loadEntityData first page (sort name), from Python: median {med(rpc_ms):.1f} ms")
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                cold = []
                for _ in range(args.runs + 1):
                    ctx = browser.new_context(viewport={"width": 1366, "height": 860})
                    ctx.add_init_script(f"localStorage.setItem('torque.token', '{TOKEN}');" + PROBE)
                    cold.append(measure_load(ctx.new_page(), srv.base))
                    ctx.close()
                cold = cold[1:]  # the first run warms the server and the OS file cache
                ctx = browser.new_context(viewport={"width": 1366, "height": 860})
                ctx.add_init_script(f"localStorage.setItem('torque.token', '{TOKEN}');" + PROBE)
                page = ctx.new_page()
                measure_load(page, srv.base)
                warm = [measure_load(page, srv.base) for _ in range(args.runs)]

                def line(label, runs):
                    tti = [r["tti"] for r in runs]
                    print(f"  {label:5s} TTI median {med(tti):6.0f} ms  (min {min(tti):.0f}, max {max(tti):.0f})  "
                          f"grid data {med([r['ready'] for r in runs]):6.0f} ms  FCP {med([r['fcp'] or 0 for r in runs]):6.0f} ms  "
                          f"DOMContentLoaded {med([r['dcl'] or 0 for r in runs]):6.0f} ms")

                print(f"/customers with {total} rows, Chromium, {args.runs} runs each")
                line("cold", cold)
                line("warm", warm)

                sorts, pages = [], []
                for i in range(args.runs):
                    sorts.append(interaction(page, lambda: page.get_by_role("button", name="Sort by Credit limit").click()))
                    target = "Page 2"  # sorting went back to page 1 (page buttons are named "Page n")
                    pages.append(interaction(page, lambda: page.locator('[data-grid="customerGrid"]').get_by_role("button", name=target, exact=True).click()))
                print(f"  sort a column      median {med(sorts):6.0f} ms   next page  median {med(pages):6.0f} ms  (click → rows rendered)")
                ctx.close()
                browser.close()
        finally:
            srv.stop()


if __name__ == "__main__":
    main()
