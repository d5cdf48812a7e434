#!/usr/bin/env python3
"""Dump `status GEMEENTE --json --on DAY` for all 342 municipalities into status.json.

Usage: python3 dump_status.py DAY [OUT]   (env SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set)
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
day = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else "status.json"
here = os.path.dirname(os.path.abspath(__file__))
env = dict(os.environ)
env.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{here}/reg.db")
env.setdefault("SPREIDINGSBOT_DATA_DIR", f"{here}/data")
rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))


def one(r):
    p = subprocess.run([B, "status", r["name"], "--json", "--on", day], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise SystemExit(f"{r['name']}: exit {p.returncode}: {p.stderr.strip()}")
    d = json.loads(p.stdout)
    if d["gemeente"] != r["name"]:
        raise SystemExit(f"{r['name']} resolved to {d['gemeente']}")
    return d


with ThreadPoolExecutor(8) as ex:
    res = list(ex.map(one, rows))
res.sort(key=lambda d: d["gemeente"])
json.dump(res, open(os.path.join(here, out), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(res), "municipalities,", sum(1 for d in res if d["case"]), "with a case")
