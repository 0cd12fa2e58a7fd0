"""`pip install torquec` from a built wheel gives a working `torquec` in a fresh
virtualenv: the schema and the web template travel inside the package, the
sample builds with the same file set as from the checkout, and the app serves.

Offline: the wheel is built without build isolation and installed without
dependencies; the venv then sees this interpreter's site-packages through a
plain path entry (a .pth line), which does not run that directory's own .pth
hooks, so the checkout's editable torquec stays invisible."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import httpx
import pytest

from .harness import ROOT, SAMPLES, Process, clean_env, free_port

SOURCES = ("pyproject.toml", "setup.py", "README.md", "torquec", "schemas", "templates")
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "node_modules", "dist", ".vite", "*.egg-info", "build")


def venv_env() -> dict[str, str]:
    env = clean_env()
    env.pop("PYTHONPATH", None)  # the tests import the checkout; the venv must not
    env.pop("PYTHONHOME", None)
    return env


def run(argv, cwd, timeout=120, **kw):
    r = subprocess.run([str(a) for a in argv], cwd=cwd, env=venv_env(), capture_output=True, text=True, timeout=timeout, **kw)
    assert r.returncode == 0, f"{argv} exited {r.returncode}:\n{r.stdout}\n{r.stderr}"
    return r


def template_files() -> set[str]:
    out = set()
    for path in (ROOT / "templates").rglob("*"):
        rel = path.relative_to(ROOT / "templates")
        if path.is_file() and not ({"node_modules", "dist", ".vite"} & set(rel.parts)):
            out.add("torquec/templates/" + rel.as_posix())
    return out


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    src.mkdir()
    for name in SOURCES:
        p = ROOT / name
        if p.is_dir():
            shutil.copytree(p, src / name, ignore=_IGNORE)
        else:
            shutil.copy2(p, src / name)
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", base / "dist", src], base, timeout=240)
    (whl,) = (base / "dist").glob("torquec-*.whl")
    return whl


def test_the_wheel_carries_schemas_templates_and_codes(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "torquec/schemas/torque-model.schema.json" in names
    assert "torquec/passes/CODES.md" in names and "torquec/resources.py" in names
    studio = {"torquec/studio_dist/" + p.relative_to(ROOT / "torquec" / "studio_dist").as_posix()
              for p in (ROOT / "torquec" / "studio_dist").rglob("*") if p.is_file()}
    assert "torquec/studio_dist/index.html" in studio and not studio - names, "the studio's assets are left out"
    missing = template_files() - names
    assert not missing, f"template files left out of the wheel: {sorted(missing)[:10]}"
    assert not [n for n in names if "node_modules" in n or n.startswith(("tests/", "generated/", "sample/"))]


@pytest.mark.slow
def test_installed_wheel_builds_and_serves_the_sample(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, env=venv_env(), timeout=60)
    vpy = venv / "bin" / "python"
    # pip of this interpreter installs into the venv; dependencies come from this interpreter's site-packages
    run([sys.executable, "-m", "pip", "--python", vpy, "install", "-q", "--no-deps", "--no-index", wheel], tmp_path)
    site = Path(run([vpy, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp_path).stdout.strip())
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_outer_site_packages.pth").write_text("\n".join(sorted(outer)) + "\n")

    where = run([vpy, "-c", "import torquec, torquec.resources as r; print(torquec.__file__); print(r.data_dir('schemas'))"], tmp_path).stdout.split()
    assert all(Path(p).resolve().is_relative_to(venv.resolve()) for p in where), where
    torquec = venv / "bin" / "torquec"
    assert run([torquec, "--version"], tmp_path).stdout.startswith("torquec ")

    # `torquec init` writes a model whose $schema resolves next to it
    run([torquec, "init", "demo", "--dir", tmp_path / "work"], tmp_path)
    demo = json.loads((tmp_path / "work" / "demo.json").read_text())
    assert (tmp_path / "work" / demo["$schema"]).is_file()

    model = tmp_path / "work" / "customer-order.json"
    shutil.copy2(SAMPLES["customer-order"], model)
    run([torquec, "build", model, "-o", tmp_path / "app"], tmp_path)
    from torquec.driver import build

    assert build(str(SAMPLES["customer-order"]), str(tmp_path / "from-checkout")).ok
    files = lambda d: sorted(p.relative_to(d).as_posix() for p in d.rglob("*") if p.is_file())  # noqa: E731
    assert files(tmp_path / "app") == files(tmp_path / "from-checkout")  # same output, web template included

    port = free_port()
    env = dict(venv_env(), TORQUE_TOKENS="w-admin:admin")
    server = Process([torquec, "serve", tmp_path / "app", "--no-web", "--port", str(port)], env, tmp_path, tmp_path / "serve.log")
    try:
        assert server.wait_healthy(f"http://127.0.0.1:{port}/health").json()["status"] == "ok"
        r = httpx.post(f"http://127.0.0.1:{port}/rpc", headers={"Authorization": "Bearer w-admin"},
                       json={"jsonrpc": "2.0", "id": 1, "method": "getCapabilities"})
        assert r.status_code == 200 and "result" in r.json()
    finally:
        server.stop()
    assert "Traceback" not in server.output()
