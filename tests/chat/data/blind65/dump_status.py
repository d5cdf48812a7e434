#!/usr/bin/env python3
"""Dump `status --json --on DATE` for every municipality of shared/data and `due --json --on DATE`.

Usage: python dump_status.py DATE OUTDIR   (env SPREIDINGSBOT_DATABASE_URL / _DATA_DIR set)
Writes OUTDIR/status.json (list of status objects, sorted by name) and OUTDIR/due.json.
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
DATE = sys.argv[1] if len(sys.argv) > 1 else "2030-01-22"
OUT = sys.argv[2] if len(sys.argv) > 2 else "dump"
os.makedirs(OUT, exist_ok=True)
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]


def one(name):
    p = subprocess.run([B, "status", "--json", "--on", DATE, name], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name}: rc {p.returncode}: {p.stderr[:300]}")
    d = json.loads(p.stdout)
    if d["gemeente"] != name:
        raise SystemExit(f"status {name} answered about {d['gemeente']}")
    return d


with ThreadPoolExecutor(8) as ex:
    res = list(ex.map(one, names))
json.dump(res, open(os.path.join(OUT, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
p = subprocess.run([B, "due", "--json", "--on", DATE], capture_output=True, text=True, check=True)
json.dump(json.loads(p.stdout), open(os.path.join(OUT, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(res)} statuses, {sum(1 for d in res if d['case'])} with a case")
