#!/usr/bin/env python3
"""Dump `spreidingsbot status NAME --json` for every official name in gemeenten.csv; keep those with a case.
Run with SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR exported (see README.md)."""
import csv, json, os, subprocess, sys
assert os.environ.get("SPREIDINGSBOT_DATABASE_URL", "").endswith("/work/blind/q6/reg.db"), "export the q6 env first"
assert os.environ.get("SPREIDINGSBOT_DATA_DIR") == "/work/blind/q6/data"
BIN = "/work/main/.venv/bin/spreidingsbot"
out = sys.argv[1] if len(sys.argv) > 1 else "/work/blind/q6/status.json"
res = {}
with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        name = row["name"]
        p = subprocess.run([BIN, "status", name, "--json"], capture_output=True, text=True, cwd="/work/main")
        if p.returncode != 0:
            print("FAIL", name, p.returncode, p.stderr.strip()[:200], file=sys.stderr)
            continue
        d = json.loads(p.stdout)
        if d.get("gemeente") != name:
            print("NAME MISMATCH", name, d.get("gemeente"), file=sys.stderr)
        if d.get("case"):
            res[name] = d
json.dump(res, open(out, "w"), ensure_ascii=False, indent=1, sort_keys=True)
print(len(res), "cases", file=sys.stderr)
