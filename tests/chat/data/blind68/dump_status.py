#!/usr/bin/env python3
"""Write `status --json --on DATE` for every municipality and `due --json --on DATE` into a folder.

usage: python dump_status.py OUTDIR [DATE]   (env SPREIDINGSBOT_DATABASE_URL / _DATA_DIR as in README)
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
OUT = sys.argv[1] if len(sys.argv) > 1 else "dump"
DATE = sys.argv[2] if len(sys.argv) > 2 else "2030-02-19"
os.makedirs(OUT, exist_ok=True)
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]


def one(name):
    p = subprocess.run([B, "status", "--json", "--on", DATE, name], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name}: exit {p.returncode}: {p.stderr}")
    d = json.loads(p.stdout)
    if d["gemeente"] != name:
        raise SystemExit(f"status {name} answered {d['gemeente']}")
    return name, d


with ThreadPoolExecutor(8) as ex:
    status = dict(ex.map(one, names))
json.dump(status, open(os.path.join(OUT, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
p = subprocess.run([B, "due", "--json", "--on", DATE], capture_output=True, text=True, check=True)
json.dump(json.loads(p.stdout), open(os.path.join(OUT, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(status)} municipalities, {sum(1 for d in status.values() if d['case'])} cases -> {OUT}")
