#!/usr/bin/env python3
"""Dump `status --json --on DATE` for every municipality and `due --json --on DATE` into a folder.

usage: python dump_status.py OUTDIR [DATE]
Needs SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR in the environment (see README.md).
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
out = sys.argv[1] if len(sys.argv) > 1 else "dump"
on = sys.argv[2] if len(sys.argv) > 2 else "2030-02-05"
os.makedirs(out, exist_ok=True)
rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))

def one(r):
    p = subprocess.run([B, "status", "--json", "--on", on, r["name"]], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status failed for {r['name']}: {p.stderr}")
    d = json.loads(p.stdout)
    assert d["cbs_code"] == r["cbs_code"], (r, d["gemeente"])
    return r["cbs_code"], d

with ThreadPoolExecutor(8) as ex:
    allst = dict(ex.map(one, rows))
json.dump(allst, open(os.path.join(out, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
p = subprocess.run([B, "due", "--json", "--on", on], capture_output=True, text=True, check=True)
open(os.path.join(out, "due.json"), "w", encoding="utf-8").write(p.stdout)
n = sum(1 for d in allst.values() if d["case"])
print(f"{len(allst)} municipalities, {n} with a case, due items {len(json.loads(p.stdout))} -> {out}")
