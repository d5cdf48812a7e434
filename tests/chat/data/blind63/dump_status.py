"""Dump `status --json --on DATE` for every municipality of /work/shared/data/gemeenten.csv and `due --json`.

usage: python dump_status.py DATE [OUTDIR]   (env: SPREIDINGSBOT_DATABASE_URL, SPREIDINGSBOT_DATA_DIR)
writes OUTDIR/status.json (list of objects, in the csv order) and OUTDIR/due.json
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = os.environ.get("B", "/work/main/.venv/bin/spreidingsbot")
DATE = sys.argv[1] if len(sys.argv) > 1 else "2029-12-18"
OUT = sys.argv[2] if len(sys.argv) > 2 else "."
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]


def one(name):
    p = subprocess.run([B, "status", "--json", "--on", DATE, name], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name}: exit {p.returncode}: {p.stderr}")
    obj = json.loads(p.stdout)
    if obj.get("gemeente") != name:
        raise SystemExit(f"status {name} answered about {obj.get('gemeente')}")
    return obj


with ThreadPoolExecutor(4) as ex:
    rows = list(ex.map(one, names))
json.dump(rows, open(os.path.join(OUT, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
p = subprocess.run([B, "due", "--json", "--on", DATE], capture_output=True, text=True, check=True)
due = json.loads(p.stdout)
json.dump(due, open(os.path.join(OUT, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(rows)} municipalities, {sum(1 for r in rows if r.get('case'))} with a case; due: {len(due)} items")
