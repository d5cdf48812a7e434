#!/usr/bin/env python3
"""Dump `status --json` for every municipality with a case, and `due --json`, on the asking day."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2028-12-12"
BIN = "/work/main/.venv/bin/spreidingsbot"
env = dict(os.environ, SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([BIN, "status", name, "--json", "--on", ON], env=env, capture_output=True, text=True)
    if p.returncode != 0:
        return name, None, p.stderr.strip()
    return name, json.loads(p.stdout), p.stderr.strip()

out, problems = {}, []
with ThreadPoolExecutor(8) as ex:
    for name, st, err in ex.map(one, names):
        if st is None:
            problems.append((name, err)); continue
        if st["gemeente"] != name:
            problems.append((name, f"resolved to {st['gemeente']}"))
        if st.get("case"):
            out[st["gemeente"]] = st
for p in problems:
    print("PROBLEM", p, file=sys.stderr)
json.dump(dict(sorted(out.items())), open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1)
due = subprocess.run([BIN, "due", "--on", ON, "--json"], env=env, capture_output=True, text=True, check=True)
json.dump(json.loads(due.stdout), open(os.path.join(HERE, "due.json"), "w"), ensure_ascii=False, indent=1)
print(f"status.json: {len(out)} municipalities with a case; due.json written")
