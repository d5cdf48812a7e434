#!/usr/bin/env python3
"""Run `spreidingsbot status NAME --json --on DAY` for all 342 municipalities -> status.json.
Usage: python3 dump_status.py 2026-11-18   (env SPREIDINGSBOT_DATABASE_URL / _DATA_DIR as in README.md)"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
DAY = sys.argv[1]
B = os.environ.get("SPREIDINGSBOT", "/work/main/.venv/bin/spreidingsbot")
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]
def one(n):
    p = subprocess.run([B, "status", n, "--json", "--on", DAY], capture_output=True, text=True)
    if p.returncode != 0:
        return n, {"error": p.returncode, "stderr": p.stderr.strip()}
    return n, json.loads(p.stdout)
with ThreadPoolExecutor(8) as ex:
    res = dict(ex.map(one, names))
bad = [n for n, v in res.items() if "error" in v or v.get("gemeente") != n]
out = {n: res[n] for n in sorted(res)}
json.dump(out, open("status.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
print(len(out), "municipalities;", sum(1 for v in out.values() if v.get("case")), "with a case; problems:", bad)
