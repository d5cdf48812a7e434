#!/usr/bin/env python3
"""Run `spreidingsbot status NAME --json --on DAY` for all 342 CBS municipalities -> status.json.

Usage: python3 dump_status.py DAY   (env SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set as in README)
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

DAY = sys.argv[1]
B = "/work/main/.venv/bin/spreidingsbot"
HERE = os.path.dirname(os.path.abspath(__file__))
os.environ.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
os.environ.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")

with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
    names = [r["name"] for r in csv.DictReader(f)]

def one(name):
    p = subprocess.run([B, "status", name, "--json", "--on", DAY], capture_output=True, text=True)
    if p.returncode != 0:
        return name, {"error": p.returncode, "stderr": p.stderr.strip()}
    obj = json.loads(p.stdout)
    if obj.get("gemeente") != name:
        obj["_resolved_other"] = True
    if p.stderr.strip():
        obj["_stderr"] = p.stderr.strip()
    return name, obj

with ThreadPoolExecutor(8) as ex:
    res = dict(ex.map(one, names))
out = {n: res[n] for n in names}
with open(os.path.join(HERE, "status.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
bad = [n for n, o in out.items() if "error" in o or o.get("_resolved_other")]
print(f"{len(out)} municipalities, {sum(1 for o in out.values() if o.get('case'))} with a case; problems: {bad}")
