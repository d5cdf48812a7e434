#!/usr/bin/env python3
"""Usage: python3 dump_status.py DAY   (e.g. 2028-04-12)

Reads the register with the CLI only: `status CBS_NAME --json --on DAY` for all 342
municipalities of /work/shared/data/gemeenten.csv -> status.json (a list, in csv order),
and `due --json --on DAY` -> due.json. Run in this folder (uses ./reg.db and ./data).
"""
import concurrent.futures as cf
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
B = "/work/main/.venv/bin/spreidingsbot"
ENV = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")


def status(row, day):
    p = subprocess.run([B, "status", row["name"], "--json", "--on", day],
                       capture_output=True, text=True, env=ENV, cwd=HERE)
    if p.returncode != 0:
        raise SystemExit(f"status {row['name']}: exit {p.returncode}: {p.stderr}")
    obj = json.loads(p.stdout)
    if obj.get("cbs_code") != row["cbs_code"]:
        raise SystemExit(f"status {row['name']} answered about {obj.get('gemeente')} ({obj.get('cbs_code')})")
    return obj


def main():
    day = sys.argv[1]
    rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))
    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        out = list(ex.map(lambda r: status(r, day), rows))
    json.dump(out, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    p = subprocess.run([B, "due", "--json", "--on", day], capture_output=True, text=True, env=ENV, cwd=HERE, check=True)
    due = json.loads(p.stdout)
    json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"status.json: {len(out)} municipalities, {sum(1 for o in out if o['case'])} with a case; due.json: {len(due)} items")


if __name__ == "__main__":
    main()
