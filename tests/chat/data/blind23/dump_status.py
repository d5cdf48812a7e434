#!/usr/bin/env python3
"""Run `spreidingsbot status <gemeente> --json --on DAY` for all 342 municipalities -> status.json."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-01-13"
HERE = os.path.dirname(os.path.abspath(__file__))
B = "/work/main/.venv/bin/spreidingsbot"
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]
def one(n):
    p = subprocess.run([B, "status", n, "--json", "--on", DAY], capture_output=True, text=True, env=env)
    try:
        obj = json.loads(p.stdout)
    except Exception:
        obj = {"gemeente": n, "error": p.stdout[-500:] + p.stderr[-500:], "rc": p.returncode}
    if obj.get("gemeente") != n:
        obj["_asked"] = n
    return n, obj
with ThreadPoolExecutor(4) as ex:
    out = dict(ex.map(one, names))
json.dump(out, open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1, sort_keys=True)
print(len(out), "municipalities;", sum(1 for v in out.values() if v.get("case")), "with a case;",
      sum(1 for v in out.values() if "error" in v or "_asked" in v), "problems")
