#!/usr/bin/env python3
"""Run `spreidingsbot status NAME --json` for every official name and keep those with a case."""
import csv, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "/work/main"
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
out = []
with open(f"{MAIN}/parsers/data/gemeenten.csv", encoding="utf-8") as fh:
    names = [r["name"] for r in csv.DictReader(fh)]
def one(name):
    return name, subprocess.run([f"{MAIN}/.venv/bin/spreidingsbot", "status", name, "--json"],
                       cwd=MAIN, env=env, capture_output=True, text=True)


from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(8) as pool:
    results = list(pool.map(one, names))   # same order as the CSV
for name, p in results:
    if p.returncode != 0:
        print(f"! {name}: rc={p.returncode} {p.stderr.strip()[:200]}", file=sys.stderr)
        continue
    d = json.loads(p.stdout)
    if d.get("gemeente") != name:
        print(f"! {name}: answered as {d.get('gemeente')}", file=sys.stderr)
        continue
    if d.get("case"):
        out.append(d)
with open(f"{HERE}/status.json", "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
print(f"{len(out)} cases of {len(names)} municipalities", file=sys.stderr)
