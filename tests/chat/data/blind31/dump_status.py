#!/usr/bin/env python3
"""Dump `status --json --on DAY` for all 342 municipalities to status.json (or the file given as 2nd arg)."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
day = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else "status.json"
rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))

def one(r):
    p = subprocess.run([B, "status", r["name"], "--json", "--on", day], capture_output=True, text=True)
    if p.returncode != 0:
        p = subprocess.run([B, "status", r["cbs_code"], "--json", "--on", day], capture_output=True, text=True)
    try:
        d = json.loads(p.stdout)
    except Exception:
        raise SystemExit(f"status failed for {r['name']}: rc={p.returncode} {p.stderr[:300]}")
    if d.get("cbs_code") != r["cbs_code"]:
        raise SystemExit(f"resolved {r['name']} to {d.get('gemeente')}")
    return d

with ThreadPoolExecutor(8) as ex:
    res = list(ex.map(one, rows))
res.sort(key=lambda d: d["gemeente"])
json.dump(res, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(res), "municipalities,", sum(1 for d in res if d.get("case")), "with a case")
