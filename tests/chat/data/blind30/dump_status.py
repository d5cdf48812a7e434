"""Dump `status --json --on DAY` for all 342 municipalities to status.json (list, gemeenten.csv order).
Usage: python3 dump_status.py DAY [OUT]   (env SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR must be set)"""
import csv, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
day = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else "status.json"
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", "--json", "--on", day, name], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status failed for {name}: {p.stdout} {p.stderr}")
    d = json.loads(p.stdout)
    assert d["gemeente"] == name, (name, d["gemeente"])
    return d

with ThreadPoolExecutor(8) as ex:
    rows = list(ex.map(one, names))
json.dump(rows, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(rows), "municipalities,", sum(1 for r in rows if r["case"]), "with a case ->", out)
