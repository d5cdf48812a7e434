#!/usr/bin/env python3
"""Dump `status --json --on DAY` for all 342 municipalities and `due --json --on DAY`.

Usage: python3 dump_status.py DAY   (env SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set)
Writes status.json (list of 342 objects, in gemeenten.csv order) and due.json; runs checks.
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
DAY = sys.argv[1]
rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))


def one(row):
    p = subprocess.run([B, "status", row["name"], "--json", "--on", DAY], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {row['name']}: exit {p.returncode}: {p.stderr}")
    d = json.loads(p.stdout)
    return d


with ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "8"))) as ex:
    out = list(ex.map(one, rows))

# checks
for row, d in zip(rows, out):
    assert d["gemeente"] == row["name"], (row["name"], d["gemeente"])
    assert d["cbs_code"] == row["cbs_code"], row
    assert d["province"] == row["province"], row
assert len(out) == 342 and len({d["cbs_code"] for d in out}) == 342

p = subprocess.run([B, "due", "--json", "--on", DAY], capture_output=True, text=True, check=True)
due = json.loads(p.stdout)
cases = {d["gemeente"]: d for d in out if d["case"]}
no_reply = {x["gemeente"] for x in due if x["section"] == "overdue" and x["kind"] == "no_reply"}
overdue = {g for g, d in cases.items() if d["case"]["overdue"]}
assert no_reply == overdue, (no_reply ^ overdue)
assert all(x["gemeente"] in cases for x in due)

json.dump(out, open("status.json", "w"), ensure_ascii=False, indent=1)
json.dump(due, open("due.json", "w"), ensure_ascii=False, indent=1)
owners = {}
for d in cases.values():
    owners[d["case"]["owner"]] = owners.get(d["case"]["owner"], 0) + 1
print(f"{DAY}: {len(out)} municipalities, {len(cases)} cases, {len(due)} due rows, "
      f"no_reply {len(no_reply)}, owners {owners}; checks OK")
