#!/usr/bin/env python3
"""dump_status.py DAY [OUTPREFIX]: status --json for every municipality of /work/shared/data/gemeenten.csv
and due --json on DAY. Checks that each status answer carries the CBS code and official name asked for.
Writes OUTPREFIX+status.json (list, one per municipality) and OUTPREFIX+due.json."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
B = "/work/main/.venv/bin/spreidingsbot"
HERE = os.path.dirname(os.path.abspath(__file__))
os.environ.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
os.environ.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")
day = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else ""
rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))

def one(r):
    p = subprocess.run([B, "status", r["name"], "--json", "--on", day], capture_output=True, text=True)
    if p.returncode != 0:
        return r, None, p.stderr.strip() or p.stdout.strip()
    return r, json.loads(p.stdout), p.stderr.strip()

out, problems = [], []
with ThreadPoolExecutor(8) as ex:
    for r, st, err in ex.map(one, rows):
        if st is None:
            problems.append(f"{r['name']}: exit!=0: {err}")
            continue
        if st["cbs_code"] != r["cbs_code"] or st["gemeente"] != r["name"]:
            problems.append(f"{r['name']} {r['cbs_code']}: got {st['gemeente']} {st['cbs_code']} ({err})")
        out.append(st)
out.sort(key=lambda s: s["gemeente"])
json.dump(out, open(os.path.join(HERE, prefix + "status.json"), "w"), ensure_ascii=False, indent=1)
due = json.loads(subprocess.run([B, "due", "--on", day, "--json"], capture_output=True, text=True, check=True).stdout)
json.dump(due, open(os.path.join(HERE, prefix + "due.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(out)} status, {sum(1 for s in out if s['case'])} with case, {len(due)} due rows; problems: {len(problems)}")
for p in problems:
    print("  ", p)
