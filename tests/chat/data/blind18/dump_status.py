#!/usr/bin/env python3
"""Dump `spreidingsbot status --on DAY --json` for every one of the 342 municipalities into status.json.

Usage (with SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR exported):
    python3 dump_status.py 2027-05-19
"""
import csv, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-05-19"
B = "/work/main/.venv/bin/spreidingsbot"
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", name, "--on", DAY, "--json"], capture_output=True, text=True)
    if p.returncode != 0 or not p.stdout.strip():
        raise SystemExit(f"status failed for {name}: rc={p.returncode} {p.stderr.strip()}")
    obj = json.loads(p.stdout)
    if obj["gemeente"] != name:
        raise SystemExit(f"status for {name} answered about {obj['gemeente']}")
    return obj

with ThreadPoolExecutor(8) as ex:
    out = list(ex.map(one, names))
json.dump(out, open("status.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(out)} municipalities, {sum(1 for o in out if o['case'])} with a case -> status.json")
