#!/usr/bin/env python3
"""Dump `status --json` for all 342 municipalities and `due --json` for DAY.

Usage: python dump_status.py 2028-03-08   (env SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set)
Writes status.json (list sorted by name) and due.json, then runs consistency checks.
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

BIN = "/work/main/.venv/bin/spreidingsbot"
DAY = sys.argv[1] if len(sys.argv) > 1 else "2028-03-08"
HERE = os.path.dirname(os.path.abspath(__file__))

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]
assert len(names) == 342, len(names)


def one(name):
    p = subprocess.run([BIN, "status", name, "--json", "--on", DAY], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed ({p.returncode}): {p.stderr}{p.stdout}")
    d = json.loads(p.stdout)
    if d["gemeente"] != name:
        raise SystemExit(f"status {name!r} answered about {d['gemeente']!r}")
    return d


with ThreadPoolExecutor(8) as ex:
    status = list(ex.map(one, names))
status.sort(key=lambda d: d["gemeente"])
due = json.loads(subprocess.run([BIN, "due", "--json", "--on", DAY], capture_output=True, text=True, check=True).stdout)
json.dump(status, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

# checks
cases = [d for d in status if d["case"]]
no_reply = {o["gemeente"] for o in due if o["section"] == "overdue" and o["kind"] == "no_reply"}
overdue_flag = {d["gemeente"] for d in cases if d["case"]["overdue"]}
ext = [d for d in cases if d["case"]["extension_requested"]]
nullcomp = [d for d in cases if d["case"]["compliance"] is None]
print(f"{DAY}: {len(status)} municipalities, {len(cases)} cases, no_reply {len(no_reply)}, "
      f"extended {len(ext)}, compliance null {len(nullcomp)}, owners "
      f"{sorted({d['case']['owner'] for d in cases if d['case']['owner']})}")
assert len(status) == 342
assert no_reply == overdue_flag, (no_reply ^ overdue_flag)
assert all(d["case"]["trede"] == 1 for d in nullcomp)
print("checks OK")
