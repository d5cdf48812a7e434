#!/usr/bin/env python3
"""Dump `status --json --on DATE` for every municipality (342) into status.json,
and `due --json --on DATE` into due.json. Uses the environment's
SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR."""
import csv, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
DATE = sys.argv[1] if len(sys.argv) > 1 else "2029-10-02"
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", "--json", "--on", DATE, name], capture_output=True, text=True)
    if p.returncode != 0 or not p.stdout.strip():
        return name, None, p.stderr.strip()
    return name, json.loads(p.stdout), p.stderr.strip()

out, problems = [], []
with ThreadPoolExecutor(8) as ex:
    for name, st, err in ex.map(one, names):
        if st is None:
            problems.append((name, err))
            continue
        if st["gemeente"] != name:
            problems.append((name, "resolved to " + st["gemeente"]))
        out.append(st)
json.dump(out, open("status.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
due = subprocess.run([B, "due", "--json", "--on", DATE], capture_output=True, text=True, check=True)
json.dump(json.loads(due.stdout), open("due.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"status: {len(out)} municipalities, {sum(1 for s in out if s['case'])} with a case")
for p in problems:
    print("PROBLEM", p)
