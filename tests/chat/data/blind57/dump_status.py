#!/usr/bin/env python3
"""dump_status.py DATE: status --json of every municipality -> status.json, due --json -> due.json.

Run in this folder with SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR exported (see README.md).
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = os.environ.get("B", "/work/main/.venv/bin/spreidingsbot")
DATE = sys.argv[1] if len(sys.argv) > 1 else "2029-09-04"

with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))


def one(row):
    # the official name; the answer is checked by its CBS code
    for key in (row["name"],):
        p = subprocess.run([B, "status", "--json", "--on", DATE, key], capture_output=True, text=True)
        if p.returncode == 0 and p.stdout.strip():
            obj = json.loads(p.stdout)
            if obj.get("cbs_code") == row["cbs_code"]:
                return obj
    raise SystemExit(f"status failed for {row['name']}: {p.stderr}")


with ThreadPoolExecutor(max_workers=8) as ex:
    out = list(ex.map(one, rows))
out.sort(key=lambda o: o["gemeente"])
with open("status.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
p = subprocess.run([B, "due", "--json", "--on", DATE], capture_output=True, text=True, check=True)
due = json.loads(p.stdout)
with open("due.json", "w", encoding="utf-8") as f:
    json.dump(due, f, ensure_ascii=False, indent=1)
print(f"status.json: {len(out)} municipalities, {sum(1 for o in out if o['case'])} with a case; due.json: {len(due)} rows")
