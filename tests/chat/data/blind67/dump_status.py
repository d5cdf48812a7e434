#!/usr/bin/env python3
"""Dump `status --json` for every municipality and `due --json` into a folder.
usage: python dump_status.py [OUTDIR] [DATE]   (default dumps/ 2030-02-12)
Needs SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set (see README)."""
import csv, json, os, subprocess, sys
B = "/work/main/.venv/bin/spreidingsbot"
out = sys.argv[1] if len(sys.argv) > 1 else "dumps"
on = sys.argv[2] if len(sys.argv) > 2 else "2030-02-12"
os.makedirs(out, exist_ok=True)
rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))
from concurrent.futures import ThreadPoolExecutor
def one(name):
    p = subprocess.run([B, "status", "--json", "--on", on, name], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"status failed for {name}: {p.stderr}")
    d = json.loads(p.stdout)
    assert d["gemeente"] == name, (d["gemeente"], name)
    return name, d
with ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "8"))) as ex:
    allst = dict(ex.map(one, [r["name"] for r in rows]))
json.dump(allst, open(os.path.join(out, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
p = subprocess.run([B, "due", "--json", "--on", on], capture_output=True, text=True, check=True)
json.dump(json.loads(p.stdout), open(os.path.join(out, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(allst), "status;", sum(1 for d in allst.values() if d["case"]), "cases")
