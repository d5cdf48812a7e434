#!/usr/bin/env python3
"""Run `spreidingsbot status <gemeente> --json --on DAY` for all 342 municipalities -> status.json."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

DAY = sys.argv[1] if len(sys.argv) > 1 else "2026-12-16"
HERE = os.path.dirname(os.path.abspath(__file__))
B = "/work/main/.venv/bin/spreidingsbot"
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))

def one(r):
    # official CBS names from gemeenten.csv (exact, so the resolver never guesses)
    p = subprocess.run([B, "status", r["name"], "--json", "--on", DAY], env=env,
                       capture_output=True, text=True)
    try:
        obj = json.loads(p.stdout)
    except Exception:
        obj = {"gemeente": r["name"], "error": p.stdout[-500:] + p.stderr[-500:], "rc": p.returncode}
    obj["_query_name"] = r["name"]
    obj["_stderr"] = p.stderr.strip()[-300:]
    return obj

with ThreadPoolExecutor(4) as ex:
    out = list(ex.map(one, rows))
json.dump(out, open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1)
print(len(out), "written;", sum(1 for o in out if "error" in o), "errors")
