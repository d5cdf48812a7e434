#!/usr/bin/env python3
"""Dump `status GEMEENTE --json --on DAY` for all 342 municipalities -> status.json (list, CBS order of gemeenten.csv).
Usage: python3 dump_status.py 2027-06-16 [OUT]"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-06-16"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "status.json")
B = "/work/main/.venv/bin/spreidingsbot"
env = dict(os.environ)
env.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
env.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", name, "--json", "--on", DAY], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed: {p.returncode} {p.stdout[:200]} {p.stderr[:200]}")
    d = json.loads(p.stdout)
    if d["gemeente"] != name:
        raise SystemExit(f"status {name!r} answered about {d['gemeente']!r}")
    return d

with ThreadPoolExecutor(8) as ex:
    rows = list(ex.map(one, names))
json.dump(rows, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(rows)} municipalities, {sum(1 for r in rows if r['case'])} with a case -> {OUT}")
