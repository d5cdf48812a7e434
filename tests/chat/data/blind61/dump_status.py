#!/usr/bin/env python3
"""Dump `status --json --on DATE` for every municipality in gemeenten.csv -> status.json,
and `due --json --on DATE` -> due.json.  Usage: python3 dump_status.py 2029-11-20"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
DATE = sys.argv[1] if len(sys.argv) > 1 else "2029-11-20"
HERE = os.path.dirname(os.path.abspath(__file__))
env = dict(os.environ)
env["SPREIDINGSBOT_DATABASE_URL"] = f"sqlite:///{HERE}/reg.db"
env["SPREIDINGSBOT_DATA_DIR"] = f"{HERE}/data"

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", "--json", "--on", DATE, name], env=env,
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status failed for {name}: {p.stdout} {p.stderr}")
    d = json.loads(p.stdout)
    if d["gemeente"] != name:
        raise SystemExit(f"name mismatch {name} -> {d['gemeente']}")
    return d

with ThreadPoolExecutor(3) as ex:
    out = list(ex.map(one, names))
out.sort(key=lambda d: d["gemeente"])
json.dump(out, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
p = subprocess.run([B, "due", "--json", "--on", DATE], env=env, capture_output=True, text=True, check=True)
due = json.loads(p.stdout)
json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(out)} municipalities, {sum(1 for d in out if d['case'])} with a case; due entries {len(due)}")
