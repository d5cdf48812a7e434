#!/usr/bin/env python3
"""dump_status.py DATE: status --json of every municipality -> status.json, due --json -> due.json.

Run in this folder with SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set (see README.md)."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
DATE = sys.argv[1] if len(sys.argv) > 1 else "2029-07-03"
HERE = os.path.dirname(os.path.abspath(__file__))

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", "--json", "--on", DATE, name], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed ({p.returncode}): {p.stderr}")
    d = json.loads(p.stdout)
    if d["gemeente"] != name:
        raise SystemExit(f"status {name!r} answered about {d['gemeente']!r}")
    return d

with ThreadPoolExecutor(8) as ex:
    out = list(ex.map(one, names))
json.dump(out, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
p = subprocess.run([B, "due", "--json", "--on", DATE], capture_output=True, text=True, check=True)
due = json.loads(p.stdout)
json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"status.json: {len(out)} municipalities, {sum(1 for d in out if d['case'])} with a case; due.json: {len(due)} rows")
