#!/usr/bin/env python3
"""Dump `status --json` for every municipality with a case to status.json and `due --json` to due.json.

Usage: python dump_status.py DATE   (run in this folder; uses ./reg.db and ./data)
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
BOT = "/work/main/.venv/bin/spreidingsbot"
ENV = dict(os.environ, SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")


def run(args):
    p = subprocess.run([BOT, *args], env=ENV, capture_output=True, text=True, cwd=HERE)
    if p.returncode != 0:
        raise SystemExit(f"{args}: exit {p.returncode}: {p.stderr}")
    return p.stdout


def main():
    day = sys.argv[1]
    with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
        names = [r["name"] for r in csv.DictReader(f)]
    with ThreadPoolExecutor(8) as ex:
        outs = list(ex.map(lambda n: json.loads(run(["status", "--json", "--on", day, n])), names))
    for n, o in zip(names, outs):
        assert o["gemeente"] == n, (n, o["gemeente"])
    cases = [o for o in outs if o.get("case")]
    with open(os.path.join(HERE, "status.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
    due = json.loads(run(["due", "--json", "--on", day]))
    with open(os.path.join(HERE, "due.json"), "w", encoding="utf-8") as f:
        json.dump(due, f, ensure_ascii=False, indent=1)
    print(f"{len(cases)} cases in status.json, {len(due)} rows in due.json ({day})")


if __name__ == "__main__":
    main()
