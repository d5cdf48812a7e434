#!/usr/bin/env python3
"""Dump `due --on DAY --json` and `status GEMEENTE --on DAY --json` for every municipality with a case.

Run from /work/blind/q10 with the env of this set:
  SPREIDINGSBOT_DATABASE_URL=sqlite:////work/blind/q10/reg.db SPREIDINGSBOT_DATA_DIR=/work/blind/q10/data
Every one of the 342 official names in /work/shared/data/gemeenten.csv is asked; status.json keeps the
objects whose `case` is not null, as a dict {official name: status object}.
"""
import csv, json, os, subprocess, sys

DAY = "2026-12-28"
BIN = "/work/main/.venv/bin/spreidingsbot"
HERE = os.path.dirname(os.path.abspath(__file__))
ENV = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL="sqlite:////work/blind/q10/reg.db",
           SPREIDINGSBOT_DATA_DIR="/work/blind/q10/data")


def run(*args):
    p = subprocess.run([BIN, *args], env=ENV, capture_output=True, text=True)
    return p


def main():
    due = run("due", "--on", DAY, "--json")
    if due.returncode != 0:
        sys.exit("due failed: " + due.stderr)
    with open(os.path.join(HERE, "due.json"), "w") as f:
        json.dump(json.loads(due.stdout), f, ensure_ascii=False, indent=1)

    out, problems = {}, []
    with open("/work/shared/data/gemeenten.csv", newline="") as f:
        names = [r["name"] for r in csv.DictReader(f)]
    for name in names:
        p = run("status", name, "--on", DAY, "--json")
        if p.returncode != 0 or not p.stdout.strip().startswith("{"):
            problems.append((name, p.returncode, p.stdout[:200], p.stderr[:200]))
            continue
        obj = json.loads(p.stdout)
        if obj.get("gemeente") != name:
            problems.append((name, "resolved to " + str(obj.get("gemeente")), "", p.stderr[:200]))
        if obj.get("case"):
            out[obj["gemeente"]] = obj
    with open(os.path.join(HERE, "status.json"), "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"{len(out)} municipalities with a case; {len(names)} asked")
    for pr in problems:
        print("PROBLEM", pr, file=sys.stderr)


if __name__ == "__main__":
    main()
