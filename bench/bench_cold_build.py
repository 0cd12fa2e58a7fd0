"""Cold builds as CI runs them (issue 17): a fresh process, an empty cache, a fresh output directory.

  python bench/bench_cold_build.py [--sizes 20,200,1000] [--runs 5] [--no-prisma]

For each size, the synthetic model (bench/synthetic_model.py: 15 fields and one
relationship per entity) is built with `python -m torquec build` in a new
process, with TORQUEC_CACHE_DIR pointing to a new empty directory and a new
output directory, `--runs` times (Python bytecode compiled once beforehand,
as `pip install` does). Printed: median wall time, median peak RSS
(the child's ru_maxrss from wait4, i.e. the largest process of the build) and
output bytes per entity, and the median CPU time (user + system; steadier than
wall time on a shared machine).

Where `npm install prisma@7` works, an equivalent schema.prisma (same entities,
fields, enums, relations and indexes) goes through `prisma generate`, in
alternation with the torquec runs so both see the same machine load, and the
ratio is printed. Prisma is installed once into a cache directory this script
owns (~/.cache/torquec-bench/prisma7, never the repository); generate runs
offline because PRISMA_SCHEMA_ENGINE_BINARY points to an executable stub
(generate never calls the schema engine; without it the CLI tries to download
one). Targets (issue 17): 20 entities ≤ 0.6 s, 200 ≤ 1.5 s, 1,000 ≤ 6 s,
peak ≤ 300 MiB and output ≤ 60 KB per entity at 1,000.
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
sys.path.insert(0, os.path.join(ROOT, "bench"))

from synthetic_model import make_model  # noqa: E402

PRISMA_DIR = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "torquec-bench", "prisma7")
TARGETS = {20: 0.6, 200: 1.5, 1000: 6.0}


def run_child(argv: list[str], env: dict, cwd: str | None = None) -> tuple[float, int, float]:
    """(wall seconds, peak RSS bytes, CPU seconds) of one fresh process and what it waited for; raises on failure."""
    t = time.perf_counter()
    p = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({p.returncode}):\n{err[-3000:]}")
    return wall, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime  # ru_maxrss: KiB on Linux


def tree_bytes(path: str) -> int:
    total = 0
    for base, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(base, f))
    return total


def torquec_env(work: str, cache: str) -> dict:
    """Bytecode as after `pip install` (which compiles it): kept in a pycache under ``work``, even where
    PYTHONDONTWRITEBYTECODE is set (else every run would compile torquec from source, ~0.3 s)."""
    env = dict(os.environ, TORQUEC_CACHE_DIR=cache, PYTHONPATH=ROOT, PYTHONPYCACHEPREFIX=os.path.join(work, "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def torquec_cold(model_path: str, work: str) -> tuple[float, int, int, float]:
    cache, out = tempfile.mkdtemp(dir=work), os.path.join(tempfile.mkdtemp(dir=work), "out")
    env = torquec_env(work, cache)
    try:
        wall, rss, cpu = run_child([sys.executable, "-m", "torquec", "build", model_path, "-o", out], env)
        return wall, rss, tree_bytes(out), cpu
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(os.path.dirname(out), ignore_errors=True)


# ---------------------------------------------------------------- prisma

_PRISMA_SCALARS = {
    "string": "String", "text": "String", "integer": "BigInt", "float": "Float", "decimal": "Decimal",
    "boolean": "Boolean", "date": "DateTime", "datetime": "DateTime", "uuid": "String", "email": "String",
    "url": "String", "json": "Json",
}
_PRISMA_ATTRS = {"date": " @db.Date", "uuid": " @db.Uuid", "decimal": " @db.Decimal(18, 2)"}


def prisma_schema(model: dict) -> str:
    """The synthetic model as schema.prisma: same tables, columns, enums, foreign keys and indexes."""
    out = ['generator client {\n  provider = "prisma-client"\n  output   = "./generated"\n}\n',
           'datasource db {\n  provider = "postgresql"\n}\n']
    children: dict[str, list[dict]] = {}
    for r in model["relationships"]:
        children.setdefault(r["from"], []).append(r)
    for ent in model["entities"]:
        lines = [f"model {ent['name']} {{", "  id        String   @id @default(uuid()) @db.Uuid"]
        indexes = []
        for f in ent["fields"]:
            t = f["type"]
            opt = "" if f.get("required") else "?"
            if t == "enum":
                enum = f"{ent['name']}{f['name'][0].upper()}{f['name'][1:]}"
                out.append(f"enum {enum} {{\n" + "".join(f"  {v}\n" for v in f["values"]) + "}\n")
                default = f" @default({f['default']})" if "default" in f else ""
                lines.append(f"  {f['name']} {enum}{opt}{default}")
            elif t == "array":
                lines.append(f"  {f['name']} String[]")
            elif t == "reference":
                lines.append(f"  {f['name']} String{opt} @db.Uuid")
                lines.append(f"  parent {f['target']}{opt} @relation(\"r_{ent['name']}\", fields: [{f['name']}], references: [id], onDelete: Cascade)")
                indexes.append(f["name"])
            else:
                attr = _PRISMA_ATTRS.get(t, "")
                if t == "string" and "validation" in f:
                    attr = f" @db.VarChar({f['validation'].get('maxLength', 255)})"
                lines.append(f"  {f['name']} {_PRISMA_SCALARS[t]}{opt}{attr}")
            if f.get("indexed"):
                indexes.append(f["name"])
        for r in children.get(ent["name"], []):
            lines.append(f"  {r['name']} {r['to']}[] @relation(\"r_{r['to']}\")")
        lines += ["  createdAt DateTime @default(now())", "  updatedAt DateTime @updatedAt", "  version   Int      @default(1)"]
        lines += [f"  @@index([{name}])" for name in indexes]
        out.append("\n".join(lines) + "\n}\n")
    return "\n".join(out)


def prisma_install() -> str | None:
    """Path of the prisma CLI in this script's cache directory (installing it once), or None."""
    cli = os.path.join(PRISMA_DIR, "node_modules", ".bin", "prisma")
    if os.path.exists(cli):
        return cli
    if not shutil.which("npm"):
        print("prisma: skipped (no npm)")
        return None
    os.makedirs(PRISMA_DIR, exist_ok=True)
    with open(os.path.join(PRISMA_DIR, "package.json"), "w", encoding="utf-8") as fh:
        fh.write('{"private": true}\n')
    r = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "prisma@7"], cwd=PRISMA_DIR,
                       capture_output=True, text=True)
    if r.returncode != 0 or not os.path.exists(cli):
        print(f"prisma: skipped (npm install prisma@7 failed: {r.stderr.strip()[-300:]})")
        return None
    return cli


def prisma_generate(cli: str, schema_text: str, work: str) -> tuple[float, int, int, float]:
    d = tempfile.mkdtemp(dir=work)
    stub = os.path.join(d, "schema-engine-stub")
    with open(stub, "w", encoding="utf-8") as fh:
        fh.write("#!/bin/sh\nexit 1\n")
    os.chmod(stub, 0o755)
    with open(os.path.join(d, "schema.prisma"), "w", encoding="utf-8") as fh:
        fh.write(schema_text)
    env = dict(os.environ, PRISMA_SCHEMA_ENGINE_BINARY=stub, CHECKPOINT_DISABLE="1", PRISMA_HIDE_UPDATE_MESSAGE="1")
    try:
        wall, rss, cpu = run_child([cli, "generate", "--schema", "schema.prisma"], env, cwd=d)
        return wall, rss, tree_bytes(os.path.join(d, "generated")), cpu
    finally:
        shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="20,200,1000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-prisma", action="store_true")
    args = ap.parse_args()
    cli = None if args.no_prisma else prisma_install()
    work = tempfile.mkdtemp(prefix="torquec-cold-")
    rows = []
    try:
        # Untimed: compiles the bytecode of torquec and its dependencies once (what installing them does).
        warm = os.path.join(work, "warm.json")
        with open(warm, "w", encoding="utf-8") as fh:
            json.dump(make_model(3, flows=2, layouts=2), fh)
        torquec_cold(warm, work)
        for n in (int(s) for s in args.sizes.split(",")):
            model = make_model(n, flows=min(40, n), layouts=min(60, n))
            path = os.path.join(work, f"synthetic-{n}.json")
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(model, fh)
            schema = prisma_schema(model) if cli else None
            tq, pr = [], []
            for _ in range(args.runs):  # alternate: both tools see the same load
                tq.append(torquec_cold(path, work))
                if cli:
                    pr.append(prisma_generate(cli, schema, work))
            rows.append((n, tq, pr))
            report(n, tq, pr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print("| entities | torquec cold | CPU | peak RSS | output/entity | prisma generate | CPU | prisma peak | torquec vs prisma |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n, tq, pr in rows:
        t, rss, size, cpu = (statistics.median(x[i] for x in tq) for i in range(4))
        if pr:
            p, prss, pcpu = (statistics.median(x[i] for x in pr) for i in (0, 1, 3))
            ratio = f"{p / t:.1f}× faster" if p >= t else f"{t / p:.1f}× slower"
            tail = f"{p:.2f} s | {pcpu:.2f} s | {prss / 2**20:.0f} MiB | {ratio}"
        else:
            tail = "— | — | — | —"
        print(f"| {n:,} | {t:.2f} s | {cpu:.2f} s | {rss / 2**20:.0f} MiB | {size / n / 1000:.0f} KB | {tail} |")


def report(n: int, tq: list, pr: list) -> None:
    t, rss, size, cpu = (statistics.median(x[i] for x in tq) for i in range(4))
    target = TARGETS.get(n)
    mark = f" (target ≤ {target} s: {'ok' if t <= target else 'MISSED'})" if target else ""
    print(f"{n} entities: torquec cold median {t:.2f} s{mark} [{', '.join(f'{x[0]:.2f}' for x in tq)}], CPU {cpu:.2f} s, "
          f"peak {rss / 2**20:.0f} MiB, output {size / 1e6:.1f} MB ({size / n / 1000:.1f} KB/entity)")
    if pr:
        p = statistics.median(x[0] for x in pr)
        print(f"{n} entities: prisma generate median {p:.2f} s [{', '.join(f'{x[0]:.2f}' for x in pr)}], CPU {statistics.median(x[3] for x in pr):.2f} s, "
              f"peak {statistics.median(x[1] for x in pr) / 2**20:.0f} MiB, output {statistics.median(x[2] for x in pr) / 1e6:.1f} MB; "
              f"ratio prisma/torquec {p / t:.2f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
