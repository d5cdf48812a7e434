#!/usr/bin/env python3
"""dump_status.py DAY: status --json of all 342 municipalities (by official name) -> status.json,
due --json -> due.json. Run in this folder; uses reg.db and data/ here."""
import csv, json, os, subprocess, sys
DAY = sys.argv[1] if len(sys.argv) > 1 else "2028-05-10"
HERE = os.path.dirname(os.path.abspath(__file__))
B = "/work/main/.venv/bin/spreidingsbot"
env = dict(os.environ, SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db", SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))
out = {}
for i, r in enumerate(rows):
    p = subprocess.run([B, "status", r["name"], "--json", "--on", DAY], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        sys.exit(f"status {r['name']}: exit {p.returncode}: {p.stderr}")
    d = json.loads(p.stdout)
    if d["gemeente"] != r["name"]:
        sys.exit(f"status {r['name']} answered about {d['gemeente']}")
    out[r["name"]] = d
    if p.stderr.strip():
        print(f"note {r['name']}: {p.stderr.strip()}", file=sys.stderr)
    if i % 50 == 0:
        print(i, r["name"], file=sys.stderr)
json.dump(out, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
p = subprocess.run([B, "due", "--json", "--on", DAY], capture_output=True, text=True, env=env, check=True)
due = json.loads(p.stdout)
json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(out)} municipalities, {sum(1 for d in out.values() if d['case'])} cases; due.json {len(due)} items")
