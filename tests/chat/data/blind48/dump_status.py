#!/usr/bin/env python3
"""Dump status --json for every municipality with a case, plus due --json, on the asking day.
Usage: python3 dump_status.py [DAY]   (default 2029-02-06). Writes status.json and due.json."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

DAY = sys.argv[1] if len(sys.argv) > 1 else "2029-02-06"
HERE = os.path.dirname(os.path.abspath(__file__))
BIN = "/work/main/.venv/bin/spreidingsbot"
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([BIN, "status", "--json", "--on", DAY, name], env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status failed for {name}: {p.stdout}{p.stderr}")
    return json.loads(p.stdout)

with ThreadPoolExecutor(8) as ex:
    rows = list(ex.map(one, names))
out = {}
for n, r in zip(names, rows):
    assert r["gemeente"] == n, (n, r["gemeente"])
    if r["case"] is not None:
        out[n] = r
json.dump(out, open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1, sort_keys=True)
p = subprocess.run([BIN, "due", "--json", "--on", DAY], env=env, capture_output=True, text=True, check=True)
due = json.loads(p.stdout)
json.dump(due, open(os.path.join(HERE, "due.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(out)} municipalities with a case; {len(due)} due entries")
