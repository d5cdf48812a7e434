#!/usr/bin/env python3
"""Dump `status --json --on DATE` for every municipality of /work/shared/data/gemeenten.csv and `due --json`.

usage: python3 dump_status.py [DATE]   (default 2030-01-08) -> status.json, due.json
Env: SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR as in README.md (set here if absent).
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
B = "/work/main/.venv/bin/spreidingsbot"
DATE = sys.argv[1] if len(sys.argv) > 1 else "2030-01-08"
env = dict(os.environ)
env.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
env.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")

rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))


def one(row):
    # by CBS code first would be safest, but status reads names; official names resolve exactly
    p = subprocess.run([B, "status", "--json", "--on", DATE, row["name"]], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        return row["name"], {"error": p.returncode, "stderr": p.stderr, "stdout": p.stdout}
    d = json.loads(p.stdout)
    if d.get("cbs_code") != row["cbs_code"]:
        d["_warning"] = f"resolved to {d.get('cbs_code')} not {row['cbs_code']}; stderr={p.stderr.strip()}"
    return row["name"], d


with ThreadPoolExecutor(8) as ex:
    out = dict(ex.map(one, rows))
json.dump(out, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
p = subprocess.run([B, "due", "--json", "--on", DATE], capture_output=True, text=True, env=env, check=True)
due = json.loads(p.stdout)
json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
bad = {k: v for k, v in out.items() if "error" in v or "_warning" in v}
print(f"status: {len(out)} municipalities, {sum(1 for v in out.values() if v.get('case'))} with a case, problems: {len(bad)}")
for k, v in bad.items():
    print("  ", k, v.get("_warning") or v.get("stderr", "")[:200])
print(f"due: {len(due)} rows")
