#!/usr/bin/env python3
"""status --json --on DAY for all 342 municipalities -> status.json (or the file given as 2nd arg)."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
os.environ.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")
B = "/work/main/.venv/bin/spreidingsbot"
day = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "status.json")
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", name, "--json", "--on", day], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed ({p.returncode}): {p.stderr[:300]}")
    d = json.loads(p.stdout)
    assert d["gemeente"] == name, (name, d["gemeente"])
    return d

with ThreadPoolExecutor(8) as ex:
    rows = list(ex.map(one, names))
json.dump(rows, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(rows), "municipalities,", sum(1 for r in rows if r["case"]), "with a case ->", out)
