#!/usr/bin/env python3
"""Dump `spreidingsbot status <gemeente> --json --on DAY` for all 342 municipalities into status.json."""
import csv, json, os, subprocess, sys
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-02-03"
B = "/work/main/.venv/bin/spreidingsbot"
HERE = os.path.dirname(os.path.abspath(__file__))
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
out = {}
with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
    names = [r["name"] for r in csv.DictReader(f)]
for n in names:
    p = subprocess.run([B, "status", n, "--json", "--on", DAY], capture_output=True, text=True, env=env)
    try:
        out[n] = json.loads(p.stdout)
    except Exception:
        out[n] = {"error": p.stderr.strip(), "rc": p.returncode}
    if out[n].get("gemeente") not in (None, n):
        out[n]["_resolved_other"] = True
json.dump(out, open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1, sort_keys=True)
print(len(out), "written")
