#!/usr/bin/env python3
"""Run `spreidingsbot status NAME --json` for every official name and keep those with a case."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "/work/main"
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
names = [r["name"] for r in csv.DictReader(open(f"{MAIN}/parsers/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([f"{MAIN}/.venv/bin/spreidingsbot", "status", name, "--json"],
                       cwd=MAIN, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        print(f"!! {name}: rc={p.returncode} {p.stderr.strip()[:200]}", file=sys.stderr)
        return None
    d = json.loads(p.stdout)
    if d.get("gemeente") != name:
        print(f"!! {name}: resolved to {d.get('gemeente')}", file=sys.stderr)
    return d

with ThreadPoolExecutor(8) as ex:
    res = list(ex.map(one, names))
out = {d["gemeente"]: d for d in res if d and d.get("case")}
json.dump(out, open(f"{HERE}/status.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
print(f"{len(out)} cases of {len(names)} names")
