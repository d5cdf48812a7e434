"""Dump `spreidingsbot status NAME --json --on DAY` for all 342 municipalities to status.json."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
B = "/work/main/.venv/bin/spreidingsbot"
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-04-14"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "status.json")
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", name, "--json", "--on", DAY], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed ({p.returncode}): {p.stderr}")
    return name, json.loads(p.stdout)

with ThreadPoolExecutor(8) as ex:
    res = dict(ex.map(one, names))
json.dump(res, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
print(len(res), "municipalities,", sum(1 for v in res.values() if v.get("case")), "with a case ->", OUT)
