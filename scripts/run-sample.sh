#!/usr/bin/env bash
# The README "main job": build the sample model and serve it with seed data.
#
#   bash scripts/run-sample.sh [extra `torquec serve` args...]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Only what running needs: torquec, its dependencies and Node.js (not the test extra, Chromium, PostgreSQL).
bash scripts/setup.sh run

py_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
PY=""
for c in "${PYTHON:-}" python "$HOME/.pyenv/shims/python" /root/.pyenv/shims/python python3; do
  [ -n "$c" ] || continue
  if command -v "$c" >/dev/null 2>&1 && py_ok "$c"; then PY="$(command -v "$c")"; break; fi
done
[ -n "$PY" ] || { echo "[run-sample] ERROR: no Python >= 3.11 found" >&2; exit 1; }
# Where pip put console scripts (torquec; node/npm when setup installed Node.js as a wheel).
PATH="$("$PY" -c 'import sysconfig; print(sysconfig.get_path("scripts"))'):$PATH"
export PATH

echo "[run-sample] torquec build sample/customer-order.json"
"$PY" -m torquec build sample/customer-order.json
# The sample has roles, so every call needs a bearer token. A local demo token for
# each role unless the caller configured their own (never put tokens in a model).
export TORQUE_TOKENS="${TORQUE_TOKENS:-demo-admin:admin,demo-sales:sales,demo-viewer:viewer}"
echo "[run-sample] demo tokens (sign in with one in the web UI, or send 'Authorization: Bearer <token>'): ${TORQUE_TOKENS}"
echo "[run-sample] torquec serve generated/customer-order --seed $*"
exec "$PY" -m torquec serve generated/customer-order --seed "$@"
