#!/usr/bin/env python3
"""dump_status.py DATE: status --json of every municipality -> status.json, due --json -> due.json."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
B = "/work/main/.venv/bin/spreidingsbot"
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
date = sys.argv[1] if len(sys.argv) > 1 else "2029-07-10"
rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))

def one(r):
    p = subprocess.run([B, "status", r["name"], "--json", "--on", date], env=env,
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status failed for {r['name']}: {p.stderr}")
    d = json.loads(p.stdout)
    if d["cbs_code"] != r["cbs_code"]:
        raise SystemExit(f"name {r['name']} resolved to {d['cbs_code']}")
    return d

with ThreadPoolExecutor(8) as ex:
    out = list(ex.map(one, rows))
json.dump(out, open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1)
p = subprocess.run([B, "due", "--json", "--on", date], env=env, capture_output=True, text=True, check=True)
json.dump(json.loads(p.stdout), open(os.path.join(HERE, "due.json"), "w"), ensure_ascii=False, indent=1)
print(len(out), "municipalities,", sum(1 for d in out if d["case"]), "with a case")
