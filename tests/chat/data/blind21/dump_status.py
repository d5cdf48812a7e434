#!/usr/bin/env python3
"""Dump `spreidingsbot status NAME --json --on DAY` for all 342 municipalities -> status.json.
Usage: python3 dump_status.py DAY  (env SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set)."""
import csv, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
DAY = sys.argv[1]
B = "/work/main/.venv/bin/spreidingsbot"
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]
def one(n):
    p = subprocess.run([B, "status", n, "--json", "--on", DAY], capture_output=True, text=True)
    try:
        d = json.loads(p.stdout)
    except Exception:
        return n, {"error": p.stdout + p.stderr, "rc": p.returncode}
    if d.get("gemeente") != n:
        d["_lookup_warning"] = f"asked {n}, got {d.get('gemeente')}: {p.stderr.strip()}"
    return n, d
with ThreadPoolExecutor(8) as ex:
    out = dict(ex.map(one, names))
json.dump(out, open("status.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
bad = [n for n, d in out.items() if "error" in d or "_lookup_warning" in d]
print(len(out), "dumped;", len(bad), "problems:", bad)
