#!/usr/bin/env python3
"""Dump status --json for every municipality with a case, plus due --json, on the asking day.

Run in this folder with SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set (see README).
"""
import csv, json, os, subprocess, sys

ON = "2029-01-11"
B = "/work/main/.venv/bin/spreidingsbot"
HERE = os.path.dirname(os.path.abspath(__file__))
env = dict(os.environ)
env.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
env.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")

rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))
def one(r):
    p = subprocess.run([B, "status", r["name"], "--json", "--on", ON], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        p = subprocess.run([B, "status", r["name"], "--json"], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        print("FAIL", r["name"], p.stderr.strip(), file=sys.stderr)
        return None
    d = json.loads(p.stdout)
    if d["cbs_code"] != r["cbs_code"]:
        print("MISMATCH", r["name"], d["gemeente"], file=sys.stderr)
        return None
    return d

from concurrent.futures import ThreadPoolExecutor
out = {}
with ThreadPoolExecutor(8) as ex:
    for d in ex.map(one, rows):
        if d and d.get("case"):
            out[d["gemeente"]] = d
json.dump(out, open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1, sort_keys=True)
p = subprocess.run([B, "due", "--on", ON, "--json"], capture_output=True, text=True, env=env, check=True)
due = json.loads(p.stdout)
json.dump(due, open(os.path.join(HERE, "due.json"), "w"), ensure_ascii=False, indent=1)
print(f"status.json: {len(out)} municipalities with a case; due.json: {len(due)} items")
