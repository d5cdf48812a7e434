"""Dump `status --json --on DATE` for every municipality of shared/data/gemeenten.csv and `due --json --on DATE`.

Usage: python3 dump_status.py [DATE]   (default 2029-12-04)
Writes status.json ({official name: status object}) and due.json (the due list).
Needs SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR pointing at reg.db / data of this folder.
"""
import csv
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
DATE = sys.argv[1] if len(sys.argv) > 1 else "2029-12-04"
HERE = os.path.dirname(os.path.abspath(__file__))
env = dict(os.environ)
env.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
env.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]


def one(name):
    p = subprocess.run([B, "status", "--json", "--on", DATE, name], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed ({p.returncode}): {p.stderr.strip()}")
    obj = json.loads(p.stdout)
    if obj["gemeente"] != name:
        raise SystemExit(f"status {name!r} answered about {obj['gemeente']!r}")
    return name, obj


with ThreadPoolExecutor(8) as pool:
    status = dict(pool.map(one, names))
p = subprocess.run([B, "due", "--json", "--on", DATE], capture_output=True, text=True, env=env, check=True)
due = json.loads(p.stdout)
json.dump(status, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(status)} municipalities, {sum(1 for s in status.values() if s['case'])} with a case; {len(due)} due items")
