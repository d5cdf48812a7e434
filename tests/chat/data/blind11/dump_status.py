#!/usr/bin/env python3
"""Dump `status GEMEENTE --on DAY --json` for every municipality that has a case.

Which municipalities have a case is not known up front, so every one of the 342 official
names in /work/shared/data/gemeenten.csv is asked; those whose `case` is null are dropped.
Writes status.json (a list, sorted by official name) next to this script.

Usage: python3 dump_status.py [DAY]   (default 2027-01-18)
"""
import concurrent.futures
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = "/work/main/.venv/bin/spreidingsbot"
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-01-18"

ENV = dict(os.environ)
ENV["SPREIDINGSBOT_DATABASE_URL"] = f"sqlite:///{HERE}/reg.db"
ENV["SPREIDINGSBOT_DATA_DIR"] = str(HERE / "data")


def names():
    with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as fh:
        return [row["name"] for row in csv.DictReader(fh)]


def one(name):
    p = subprocess.run([BIN, "status", name, "--on", DAY, "--json"], env=ENV,
                       capture_output=True, text=True)
    if p.returncode != 0:
        return name, None, f"rc={p.returncode} {p.stderr.strip()[:200]}"
    obj = json.loads(p.stdout)
    if obj.get("gemeente") != name:
        return name, None, f"resolved to {obj.get('gemeente')!r}"
    return name, obj, p.stderr.strip()


def main():
    out, problems = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as ex:
        for name, obj, err in ex.map(one, names()):
            if obj is None:
                problems.append((name, err))
            elif obj.get("case"):
                out.append(obj)
    out.sort(key=lambda o: o["gemeente"])
    (HERE / "status.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(f"{len(out)} municipalities with a case written to status.json")
    for name, err in problems:
        print(f"PROBLEM {name}: {err}", file=sys.stderr)


if __name__ == "__main__":
    main()
