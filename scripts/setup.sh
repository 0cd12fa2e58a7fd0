#!/usr/bin/env bash
# Idempotent set-up for torquec development, tests and CI.
#
#   bash scripts/setup.sh
#
# Installs the Python package with its test extra, Chromium (Debian package,
# used by the browser tests through Playwright) and the PostgreSQL server
# binaries (the tests start their own throwaway cluster). Safe to run twice:
# anything already present is skipped. Prints one line per step with timing;
# on failure prints the tail of that step's log and exits non-zero.
set -euo pipefail

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

# step NAME CMD...: run CMD with output captured; one summary line.
step() {
  local name="$1"; shift
  local log="$LOG_DIR/step.log" t0
  t0="$(now)"
  if "$@" >"$log" 2>&1; then
    printf '[setup] %-44s ok   (%s)\n' "$name" "$(elapsed "$t0")"
  else
    local rc=$?
    printf '[setup] %-44s FAIL (%s, exit %d)\n' "$name" "$(elapsed "$t0")" "$rc" >&2
    printf '[setup] ---- last 40 lines of output ----\n' >&2
    tail -n 40 "$log" >&2 || true
    die "step '$name' failed (command: $*)"
  fi
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

step "pip install -e '.[test]'" "$PY" -m pip install --no-input -q -e '.[test]'
if command -v pyenv >/dev/null 2>&1; then pyenv rehash >/dev/null 2>&1 || true; fi

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
