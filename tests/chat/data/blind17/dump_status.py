#!/usr/bin/env python3
"""Dump `spreidingsbot status --on DAY --json` for every municipality of /work/shared/data/gemeenten.csv
into status.json (a list, in CSV order). Run with SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set."""
import csv, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-02-09"
B = "/work/main/.venv/bin/spreidingsbot"
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", name, "--json", "--on", DAY], capture_output=True, text=True)
    if p.returncode != 0:
        return {"gemeente": name, "error": p.returncode, "stderr": p.stderr.strip()}
    d = json.loads(p.stdout)
    if d["gemeente"] != name:
        d["_asked"] = name
    return d

with ThreadPoolExecutor(8) as ex:
    out = list(ex.map(one, names))
json.dump(out, open("status.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
bad = [o for o in out if "error" in o or "_asked" in o]
print(len(out), "dumped;", len(bad), "problems", [b["gemeente"] for b in bad])
