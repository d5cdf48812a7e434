#!/usr/bin/env python3
"""dump_status.py DATE: status --json for every municipality with a case -> status.json; due --json -> due.json.

Run in this folder with SPREIDINGSBOT_DATABASE_URL=sqlite:///$PWD/reg.db and SPREIDINGSBOT_DATA_DIR=$PWD/data.
"""
import csv
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

BIN = "/work/main/.venv/bin/spreidingsbot"
HERE = os.path.dirname(os.path.abspath(__file__))


def env():
    e = dict(os.environ)
    e["SPREIDINGSBOT_DATABASE_URL"] = f"sqlite:///{HERE}/reg.db"
    e["SPREIDINGSBOT_DATA_DIR"] = f"{HERE}/data"
    return e


def status(name, day):
    r = subprocess.run([BIN, "status", name, "--json", "--on", day], capture_output=True, text=True, env=env())
    if r.returncode != 0:
        raise SystemExit(f"status {name}: exit {r.returncode}: {r.stderr}")
    return json.loads(r.stdout)


def main():
    day = sys.argv[1]
    names = [row["name"] for row in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]
    with ThreadPoolExecutor(8) as ex:
        results = list(ex.map(lambda n: status(n, day), names))
    out = {}
    for name, st in zip(names, results):
        if st.get("gemeente") != name:
            raise SystemExit(f"{name} resolved to {st.get('gemeente')}")
        if st.get("case"):
            out[name] = st
    json.dump(out, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
    r = subprocess.run([BIN, "due", "--json", "--on", day], capture_output=True, text=True, env=env(), check=True)
    due = json.loads(r.stdout)
    json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(out)} cases in status.json; {len(due)} rows in due.json")


if __name__ == "__main__":
    main()
