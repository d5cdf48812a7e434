#!/usr/bin/env bash
# The test command behind `make test` (and CI): installs the system packages the tests need,
# starts the services they use, then runs lint and the whole suite on SQLite and on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin

sh scripts/install-test-deps.sh

# PostgreSQL on 127.0.0.1:5432 (started by the machine; start it again if it is down)
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL on 127.0.0.1:5432 is not reachable" >&2; exit 1; }

echo "== ruff"
"$BIN/ruff" check .

echo "== wheel build and smoke test"
bash scripts/check-wheel.sh

echo "== tests on SQLite"
SPREIDINGSBOT_TEST_DB=sqlite "$BIN/pytest" -q -p no:cacheprovider "$@"

echo "== tests on PostgreSQL"
SPREIDINGSBOT_TEST_DB=postgresql "$BIN/pytest" -q -p no:cacheprovider -m "not nodb" "$@"
