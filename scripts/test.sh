#!/usr/bin/env bash
# The project's test command (README): set up, then run the whole test suite.
#
#   bash scripts/test.sh [extra pytest args...]
#
# Exit status is pytest's, except "no tests collected" (5) counts as failure (1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh test

py_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
PY=""
for c in "${PYTHON:-}" python "$HOME/.pyenv/shims/python" /root/.pyenv/shims/python python3; do
  [ -n "$c" ] || continue
  if command -v "$c" >/dev/null 2>&1 && py_ok "$c"; then PY="$(command -v "$c")"; break; fi
done
[ -n "$PY" ] || { echo "[test] ERROR: no Python >= 3.11 found" >&2; exit 1; }
# Where pip put console scripts (node/npm when setup installed Node.js as a wheel).
PATH="$("$PY" -c 'import sysconfig; print(sysconfig.get_path("scripts"))'):$PATH"
export PATH

echo "[test] $PY -m pytest -q -p no:cacheprovider $*"
rc=0
"$PY" -m pytest -q -p no:cacheprovider "$@" || rc=$?
if [ "$rc" -eq 5 ]; then
  echo "[test] ERROR: pytest collected no tests (exit 5) - treating as failure" >&2
  exit 1
fi
exit "$rc"
