#!/usr/bin/env python3
"""Dump `due --on DAY --json` to due.json and `status GEMEENTE --on DAY --json` for every
municipality of gemeenten.csv that has a case to status.json (keyed by official CBS name)."""
import csv, json, os, subprocess, sys

DAY = "2027-05-10"
HERE = os.path.dirname(os.path.abspath(__file__))
BIN = "/work/main/.venv/bin/spreidingsbot"
ENV = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL="sqlite:////work/blind/q14/reg.db",
           SPREIDINGSBOT_DATA_DIR="/work/blind/q14/data")

def run(*args):
    p = subprocess.run([BIN, *args], env=ENV, capture_output=True, text=True)
    return p

due = json.loads(run("due", "--on", DAY, "--json").stdout)
json.dump(due, open(os.path.join(HERE, "due.json"), "w"), ensure_ascii=False, indent=1)

out = {}
with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        # the CBS code is unambiguous for the resolver; fall back to the name
        p = run("status", row["name"], "--on", DAY, "--json")
        if p.returncode != 0:
            print("status failed:", row["name"], p.returncode, p.stderr.strip()[:200], file=sys.stderr)
            continue
        d = json.loads(p.stdout)
        if d.get("gemeente") != row["name"]:
            print("resolver mismatch:", row["name"], "->", d.get("gemeente"), file=sys.stderr)
            continue
        if d.get("case"):
            out[row["name"]] = d
json.dump(out, open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1, sort_keys=True)
print(len(due), "due rows;", len(out), "cases", file=sys.stderr)
