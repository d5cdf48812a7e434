#!/usr/bin/env python3
"""Dump `status NAME --json` for every official municipality that has a case -> status.json.

Run with the q5 register (sb.sh sets SPREIDINGSBOT_DATABASE_URL / DATA_DIR)."""
import csv, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

SB = "/work/blind/q5/sb.sh"
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([SB, "status", name, "--json"], capture_output=True, text=True)
    if p.returncode != 0:
        return name, None, p.stderr.strip()
    return name, json.loads(p.stdout), p.stderr.strip()

out = {}
with ThreadPoolExecutor(6) as ex:
    for name, st, err in ex.map(one, names):
        if st is None:
            print("FAIL", name, err, file=sys.stderr); continue
        if st["gemeente"] != name:
            print("NAME MISMATCH", name, st["gemeente"], file=sys.stderr)
        if err:
            print("NOTE", name, err, file=sys.stderr)
        if st.get("case"):
            out[st["gemeente"]] = st
json.dump(out, open("/work/blind/q5/status.json", "w"), ensure_ascii=False, indent=1, sort_keys=True)
print(len(out), "cases")
