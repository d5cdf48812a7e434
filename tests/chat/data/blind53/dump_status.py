#!/usr/bin/env python3
"""dump_status.py DATE: status --json of every municipality -> status.json, due --json -> due.json.
Run in this folder with SPREIDINGSBOT_DATABASE_URL=sqlite:///$PWD/reg.db SPREIDINGSBOT_DATA_DIR=$PWD/data."""
import csv, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

BOT = "/work/main/.venv/bin/spreidingsbot"
DATE = sys.argv[1] if len(sys.argv) > 1 else "2029-06-05"

with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
    names = [r["name"] for r in csv.DictReader(f)]

def one(name):
    p = subprocess.run([BOT, "status", "--json", "--on", DATE, name], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed: {p.stderr}")
    d = json.loads(p.stdout)
    if d["gemeente"] != name:
        raise SystemExit(f"status {name!r} answered about {d['gemeente']!r}")
    return d

with ThreadPoolExecutor(3) as ex:
    out = list(ex.map(one, names))
out.sort(key=lambda d: d["gemeente"])
with open("status.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
p = subprocess.run([BOT, "due", "--json", "--on", DATE], capture_output=True, text=True, check=True)
due = json.loads(p.stdout)
with open("due.json", "w", encoding="utf-8") as f:
    json.dump(due, f, ensure_ascii=False, indent=1)
print(f"status.json: {len(out)} municipalities, {sum(1 for d in out if d['case'])} with a case; due.json: {len(due)} items")
