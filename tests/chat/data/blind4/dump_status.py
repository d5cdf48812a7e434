#!/usr/bin/env python3
"""Dump `spreidingsbot status NAME --json` for every official name in gemeenten.csv.

Keeps only municipalities with a case. Writes /work/blind/q4/status.json (a dict name -> status object).
Run with SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR pointing at the q4 register.
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
BOT = "/work/main/.venv/bin/spreidingsbot"
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([BOT, "status", name, "--json"], capture_output=True, text=True, cwd="/work/main")
    if p.returncode != 0:
        return name, None, p.returncode, p.stderr.strip()
    return name, json.loads(p.stdout), 0, p.stderr.strip()

out, problems = {}, []
with ThreadPoolExecutor(8) as ex:
    for name, obj, rc, err in ex.map(one, names):
        if obj is None:
            problems.append((name, rc, err)); continue
        if obj.get("gemeente") != name:
            problems.append((name, "resolved to", obj.get("gemeente")))
        if err:
            problems.append((name, "stderr", err))
        if obj.get("case"):
            out[name] = obj
json.dump(dict(sorted(out.items())), open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(out)} with a case of {len(names)}", file=sys.stderr)
for p in problems:
    print("PROBLEM", p, file=sys.stderr)
