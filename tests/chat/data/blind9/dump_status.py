#!/usr/bin/env python3
"""Dump `status GEMEENTE --on DAY --json` for every municipality that has a case.

Runs status for all 342 official CBS names of /work/shared/data/gemeenten.csv (official names, so the
resolver never has to guess) and keeps the objects whose `case` is not null.
Writes status.json: {official name: status object}, sorted by name.
Usage: python3 dump_status.py [DAY] [OUT]   (env SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set)
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-03-08"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "status.json")
BIN = "/work/main/.venv/bin/spreidingsbot"
assert "q9" in os.environ.get("SPREIDINGSBOT_DATABASE_URL", ""), "set the q9 env first"

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([BIN, "status", name, "--on", DAY, "--json"], capture_output=True, text=True)
    if p.returncode != 0:
        return name, None, p.stderr.strip()
    return name, json.loads(p.stdout), p.stderr.strip()

out = {}
with ThreadPoolExecutor(8) as ex:
    for name, obj, err in ex.map(one, names):
        if obj is None:
            print("FAILED", name, err, file=sys.stderr)
            continue
        if obj["gemeente"] != name:
            print("RESOLVED DIFFERENTLY", name, "->", obj["gemeente"], file=sys.stderr)
        if obj.get("case"):
            out[name] = obj
json.dump(dict(sorted(out.items())), open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(out)} municipalities with a case -> {OUT}")
