"""Build the generated web app: ``web/`` → ``web/dist`` (``npm ci`` + ``vite build``).

Not part of compiling (``torquec build`` never runs npm); ``torquec serve``,
watch mode, tests and benchmarks call :func:`build_web`.

Fast repeated builds:

* ``node_modules`` is installed once per lockfile into a shared cache
  (``$TORQUEC_CACHE_DIR/web/node_modules-<hash of package.json + lock>``,
  default ``~/.cache/torquec``) with ``npm ci --prefer-offline`` and linked
  into each app's ``web/node_modules``. All apps share one lockfile, so in
  practice there is one install per torquec version.
* The bundle is rebuilt only when an input changed: a stamp in
  ``web/.torque-build`` records the hash of every source file.
* ``vite build`` writes to a temporary directory that then replaces
  ``dist`` with two renames, so a running server never serves a half-written
  bundle.
* A build can be cancelled (``cancel``, a :class:`threading.Event`): watch mode
  cancels a front-end build that a newer save has superseded, which kills
  vite's process group and leaves ``dist`` as it was.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import Callable

STAMP = ".torque-build"
_INPUT_SKIP_DIRS = {"node_modules", "dist", ".vite"}


class WebBuildError(RuntimeError):
    """npm or vite failed; ``output`` has the tail of their output."""

    def __init__(self, message: str, output: str = "") -> None:
        super().__init__(message + (f"\n{output}" if output else ""))
        self.output = output


class WebBuildCancelled(WebBuildError):
    """The build was cancelled (a newer build superseded it); ``dist`` is unchanged."""


_tmp_serial = iter(range(1, 1 << 62))


@dataclass
class WebBuildResult:
    dist: str
    built: bool  # False: dist was already up to date
    installed: bool  # True: node_modules had to be installed (cold cache)
    seconds: float


def cache_root() -> str:
    base = os.environ.get("TORQUEC_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "torquec"
    )
    return os.path.join(base, "web")


NODE_REQUIRED = "^20.19 or >= 22.12"  # Vite's engines field
_node_checked: set[str] = set()


def node_version_ok(version: str) -> bool:
    """``node --version`` output → does Vite run on it? Unparseable versions get the benefit of the doubt."""
    m = re.match(r"v?(\d+)\.(\d+)", version.strip())
    if not m:
        return True
    major, minor = int(m[1]), int(m[2])
    return (major == 20 and minor >= 19) or (major == 22 and minor >= 12) or major >= 23


def _which(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        raise WebBuildError(f"`{tool}` was not found on PATH; the web build needs Node.js {NODE_REQUIRED} and npm "
                            "(`bash scripts/setup.sh run` installs one)")
    node = path if tool == "node" else shutil.which("node")
    if node and node not in _node_checked:
        # A too-old Node fails deep inside npm or Vite with a confusing error: say it plainly first.
        try:
            version = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.SubprocessError):
            version = ""
        if not node_version_ok(version):
            raise WebBuildError(f"Node.js {version.strip()} at {node} is too old; the web build needs Node.js {NODE_REQUIRED}")
        _node_checked.add(node)
    return path


def lock_key(web_dir: str) -> str:
    h = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        with open(os.path.join(web_dir, name), "rb") as fh:
            h.update(name.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()[:20]


def _run(cmd: list[str], cwd: str, what: str, log: Callable[[str], None] | None,
         cancel: threading.Event | None = None) -> None:
    if log:
        log(f"{what}: {' '.join(os.path.basename(c) if i == 0 else c for i, c in enumerate(cmd))}")
    env = dict(os.environ)
    env.setdefault("npm_config_update_notifier", "false")
    env.setdefault("npm_config_fund", "false")
    env.setdefault("npm_config_audit", "false")
    env.setdefault("NO_COLOR", "1")
    if cancel is None:
        proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        output, code = proc.stdout, proc.returncode
    else:
        output, code = _run_cancellable(cmd, cwd, env, what, cancel)
    if code != 0:
        tail = "\n".join(output.splitlines()[-40:])
        raise WebBuildError(f"{what} failed (exit {code}) in {cwd}", tail)


def _run_cancellable(cmd: list[str], cwd: str, env: dict, what: str, cancel: threading.Event) -> tuple[str, int]:
    """Run ``cmd`` until it exits or ``cancel`` is set; then kill its whole process group
    (vite starts esbuild as a child, which would otherwise outlive it)."""
    with subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          start_new_session=True) as proc:
        chunks: list[str] = []
        reader = threading.Thread(target=lambda: chunks.append(proc.stdout.read()), daemon=True)
        reader.start()
        while True:
            try:
                proc.wait(timeout=0.02)
                break
            except subprocess.TimeoutExpired:
                if cancel.is_set():
                    try:
                        os.killpg(proc.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    proc.wait()
                    reader.join(timeout=5)
                    raise WebBuildCancelled(f"{what} cancelled in {cwd}")
        reader.join(timeout=5)
        return "".join(chunks), proc.returncode


def ensure_node_modules(web_dir: str, log: Callable[[str], None] | None = None) -> tuple[str, bool]:
    """Path of a complete ``node_modules`` for this lockfile, installing it if needed."""
    root = cache_root()
    key = lock_key(web_dir)
    final = os.path.join(root, f"node_modules-{key}")
    modules = os.path.join(final, "node_modules")
    if os.path.isfile(os.path.join(final, ".complete")):
        return modules, False
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, f"{key}.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one install per key, other builds wait for it
        if os.path.isfile(os.path.join(final, ".complete")):
            return modules, False
        tmp = f"{final}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(os.path.join(web_dir, name), os.path.join(tmp, name))
        _run([_which("npm"), "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], tmp, "npm ci", log)
        with open(os.path.join(tmp, ".complete"), "w") as fh:
            fh.write(key + "\n")
        shutil.rmtree(final, ignore_errors=True)
        os.rename(tmp, final)
    return modules, True


def link_node_modules(web_dir: str, log: Callable[[str], None] | None = None) -> bool:
    """Make ``web/node_modules`` point at the shared install; True if it had to be installed."""
    target, installed = ensure_node_modules(web_dir, log)
    link = os.path.join(web_dir, "node_modules")
    if os.path.islink(link):
        if os.readlink(link) == target:
            return installed
        os.unlink(link)
    elif os.path.isdir(link):
        shutil.rmtree(link)  # a local install (e.g. someone ran npm ci by hand): use the shared one
    tmp = f"{link}.tmp-{os.getpid()}"
    if os.path.lexists(tmp):
        os.unlink(tmp)
    os.symlink(target, tmp)
    os.replace(tmp, link)
    return installed


def input_hash(web_dir: str) -> str:
    h = hashlib.sha256()
    for root, dirs, files in os.walk(web_dir):
        dirs[:] = sorted(d for d in dirs if d not in _INPUT_SKIP_DIRS and not d.startswith("dist."))
        for name in sorted(files):
            if name == STAMP:
                continue
            p = os.path.join(root, name)
            h.update(os.path.relpath(p, web_dir).encode() + b"\0")
            with open(p, "rb") as fh:
                h.update(hashlib.sha256(fh.read()).digest())
    return h.hexdigest()


def build_web(app_dir: str, *, force: bool = False, log: Callable[[str], None] | None = None,
              cancel: threading.Event | None = None) -> WebBuildResult:
    """Build ``<app_dir>/web`` into ``<app_dir>/web/dist`` (skipped when up to date).

    Setting ``cancel`` stops the build (raises :class:`WebBuildCancelled`, ``dist`` untouched)."""
    t0 = time.perf_counter()
    web = os.path.join(os.path.abspath(app_dir), "web")
    if not os.path.isfile(os.path.join(web, "package.json")):
        raise WebBuildError(f"{app_dir} has no web/ project (was it built by torquec?)")
    dist = os.path.join(web, "dist")
    installed = link_node_modules(web, log)
    digest = input_hash(web)
    stamp = os.path.join(web, STAMP)
    if not force and os.path.isfile(os.path.join(dist, "index.html")):
        try:
            with open(stamp, encoding="utf-8") as fh:
                if fh.read().strip() == digest:
                    return WebBuildResult(dist, False, installed, time.perf_counter() - t0)
        except OSError:
            pass
    # Unique per build: a cancelled build may still be cleaning up its directory when the next one starts.
    serial = f"{os.getpid()}-{next(_tmp_serial)}"
    out = os.path.join(web, f"dist.tmp-{serial}")
    shutil.rmtree(out, ignore_errors=True)
    vite = os.path.join(web, "node_modules", "vite", "bin", "vite.js")
    try:
        _run([_which("node"), vite, "build", "--outDir", out, "--emptyOutDir", "--logLevel", "warn"], web, "vite build", log, cancel)
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    if cancel is not None and cancel.is_set():
        shutil.rmtree(out, ignore_errors=True)
        raise WebBuildCancelled(f"vite build cancelled in {web}")
    old = os.path.join(web, f"dist.old-{serial}")
    if os.path.isdir(dist):
        os.rename(dist, old)
    os.rename(out, dist)
    shutil.rmtree(old, ignore_errors=True)
    with open(stamp + ".tmp", "w", encoding="utf-8") as fh:
        fh.write(digest + "\n")
    os.replace(stamp + ".tmp", stamp)
    return WebBuildResult(dist, True, installed, time.perf_counter() - t0)


def typecheck_web(app_dir: str, log: Callable[[str], None] | None = None) -> None:
    """``tsc --noEmit`` (strict, per the project's tsconfig); raises WebBuildError on type errors."""
    web = os.path.join(os.path.abspath(app_dir), "web")
    link_node_modules(web, log)
    tsc = os.path.join(web, "node_modules", "typescript", "bin", "tsc")
    _run([_which("node"), tsc, "--noEmit", "-p", "tsconfig.json"], web, "tsc --noEmit", log)


def main(argv: list[str] | None = None) -> int:
    """``python -m torquec.backends.web.build APP_DIR [--force] [--typecheck]``."""
    import argparse
    import sys

    ap = argparse.ArgumentParser(prog="python -m torquec.backends.web.build", description="Build a generated app's web front-end.")
    ap.add_argument("app_dir")
    ap.add_argument("--force", action="store_true", help="rebuild even when the inputs are unchanged")
    ap.add_argument("--typecheck", action="store_true", help="also run tsc --noEmit (strict)")
    args = ap.parse_args(argv)
    say = lambda m: print(m, file=sys.stderr)  # noqa: E731
    try:
        if args.typecheck:
            typecheck_web(args.app_dir, log=say)
        r = build_web(args.app_dir, force=args.force, log=say)
    except WebBuildError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"{'built' if r.built else 'up to date'}: {r.dist} in {r.seconds:.2f}s" + (" (installed node_modules)" if r.installed else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
