#!/usr/bin/env bash
# Build a wheel, install it into a throw-away virtualenv (no editable install) and run a real command.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BIN/python" -m build --wheel --no-isolation --outdir "$tmp/dist" . >/dev/null
# reuse the project venv's packages so no download is needed; the wheel itself is installed fresh
"$BIN/python" -m venv --system-site-packages "$tmp/venv" >/dev/null
site=$("$BIN/python" -c 'import site; print(site.getsitepackages()[0])')
echo "$site" > "$("$tmp/venv/bin/python" -c 'import site; print(site.getsitepackages()[0])')/project-deps.pth"
"$tmp/venv/bin/pip" install --quiet --no-deps --no-index "$tmp"/dist/*.whl
cd "$tmp"
SPREIDINGSBOT_DATA_DIR="$tmp/data" "$tmp/venv/bin/spreidingsbot" db upgrade >/dev/null
SPREIDINGSBOT_DATA_DIR="$tmp/data" "$tmp/venv/bin/python" - <<'PY'
import os, sys, templates, bot, storage, parsers.gemeenten as g
venv = os.path.realpath(sys.prefix)
for mod in (templates, bot, storage, g):
    assert os.path.realpath(mod.__file__).startswith(venv), f"{mod.__name__} not from the wheel: {mod.__file__}"
assert len(g.load_directory()) == 342
import importlib.resources as r
assert any(p.name.endswith(".j2") for p in r.files("templates").rglob("*")), "templates missing from wheel"
print("wheel OK: 342 gemeenten, templates and migrations packaged")
PY
