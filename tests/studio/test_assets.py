"""The committed studio build (torquec/studio_dist) is what the sources in studio/ build to
(and templates/web/src/torque: the page editor's canvas compiles the app's components from there).

Users get the studio without Node.js, so its built assets are committed; this
test rebuilds them from studio/ (``npm ci`` when node_modules is missing or
older than the lockfile) and fails when the committed copy is stale. Without
Node.js it skips on a developer machine and fails in CI (``CI`` set).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STUDIO = ROOT / "studio"
DIST = ROOT / "torquec" / "studio_dist"


def _files(base: Path) -> dict[str, bytes]:
    return {p.relative_to(base).as_posix(): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


def _npm() -> str:
    npm = shutil.which("npm")
    if npm is None:
        message = "Node.js (npm) is needed to rebuild the studio's assets"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must install it: scripts/setup.sh)", pytrace=False)
        pytest.skip(message)
    return npm


def test_committed_studio_assets_match_a_fresh_build(tmp_path):
    npm = _npm()
    modules = STUDIO / "node_modules"
    lock = STUDIO / "package-lock.json"
    if not modules.is_dir() or modules.stat().st_mtime < lock.stat().st_mtime:
        r = subprocess.run([npm, "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], cwd=STUDIO,
                           capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stdout + r.stderr
    out = tmp_path / "dist"
    r = subprocess.run([npm, "run", "build", "--", "--outDir", str(out), "--emptyOutDir"], cwd=STUDIO,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr  # includes `tsc --noEmit` (strict)
    fresh, committed = _files(out), _files(DIST)
    assert sorted(fresh) == sorted(committed), ("torquec/studio_dist is stale: run "
                                                "`npm --prefix studio ci && npm --prefix studio run build` and commit it")
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, (f"stale studio assets {stale} (after a change to studio/ or templates/web/src/torque): "
                       "run `npm --prefix studio run build` and commit torquec/studio_dist")


def test_the_studio_has_every_dependency_of_the_component_package_at_its_version():
    """The page canvas compiles templates/web/src/torque, whose imports resolve in studio/node_modules:
    a dependency added to templates/web/package.json must be added to studio/package.json too."""
    web = json.loads((ROOT / "templates" / "web" / "package.json").read_text(encoding="utf-8"))["dependencies"]
    studio = json.loads((STUDIO / "package.json").read_text(encoding="utf-8"))["dependencies"]
    differ = {name: (version, studio.get(name)) for name, version in web.items() if studio.get(name) != version}
    assert not differ, (f"templates/web vs studio/package.json (web version, studio version): {differ}; "
                        "add them to studio/ (npm --prefix studio install --save-exact NAME@VERSION) and rebuild it")
