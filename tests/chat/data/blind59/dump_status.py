#!/usr/bin/env python3
"""Dump `status --json --on DATE` for all 342 municipalities -> status.json, and `due --json --on DATE` -> due.json.
Environment: SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR must point at this folder's register."""
import csv, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
DATE = sys.argv[1] if len(sys.argv) > 1 else "2029-10-16"
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", "--json", "--on", DATE, name], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status failed for {name}: rc={p.returncode} {p.stdout[:200]} {p.stderr[:200]}")
    obj = json.loads(p.stdout)
    if obj["gemeente"] != name:
        raise SystemExit(f"status for {name} answered about {obj['gemeente']}")
    return obj

with ThreadPoolExecutor(8) as ex:
    out = list(ex.map(one, names))
out.sort(key=lambda o: o["gemeente"])
json.dump(out, open("status.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
due = json.loads(subprocess.run([B, "due", "--json", "--on", DATE], capture_output=True, text=True, check=True).stdout)
json.dump(due, open("due.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"status.json: {len(out)} municipalities, {sum(1 for o in out if o['case'])} with a case; due.json: {len(due)} items")
