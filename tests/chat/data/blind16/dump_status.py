#!/usr/bin/env python3
"""Dump `status --on DAY --json` for every municipality of gemeenten.csv into status.json.

Usage: SPREIDINGSBOT_DATABASE_URL=... SPREIDINGSBOT_DATA_DIR=... python3 dump_status.py DAY [OUT]
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-01-13"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "status.json")

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", "--on", DAY, "--json", name], capture_output=True, text=True)
    if p.returncode != 0:
        return name, {"error": p.returncode, "stderr": p.stderr.strip()}
    d = json.loads(p.stdout)
    if d.get("gemeente") != name:
        d["_resolved_from"] = name
    return name, d

with ThreadPoolExecutor(8) as ex:
    res = dict(ex.map(one, names))
json.dump(res, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
bad = [n for n, d in res.items() if "error" in d or "_resolved_from" in d]
print(f"{len(res)} municipalities, {sum(1 for d in res.values() if d.get('case'))} with a case; problems: {bad}")
