#!/usr/bin/env python3
"""dump_status.py DATE: `status --json --on DATE` for every municipality -> status.json,
`due --json --on DATE` -> due.json. Run in this folder (uses ./reg.db and ./data)."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = "/work/main/.venv/bin/spreidingsbot"
ENV = dict(os.environ, SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")


def status(name, day):
    p = subprocess.run([BIN, "status", "--json", "--on", day, name], env=ENV,
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed ({p.returncode}): {p.stderr}")
    obj = json.loads(p.stdout)
    if obj["gemeente"] != name:
        raise SystemExit(f"status {name!r} answered about {obj['gemeente']!r}")
    return obj


def main():
    day = sys.argv[1]
    with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
        names = [r["name"] for r in csv.DictReader(f)]
    with ThreadPoolExecutor(8) as ex:
        objs = list(ex.map(lambda n: status(n, day), names))
    out = {o["gemeente"]: o for o in objs}
    with open(os.path.join(HERE, "status.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
    p = subprocess.run([BIN, "due", "--json", "--on", day], env=ENV, capture_output=True,
                       text=True, check=True)
    due = json.loads(p.stdout)
    with open(os.path.join(HERE, "due.json"), "w", encoding="utf-8") as f:
        json.dump(due, f, ensure_ascii=False, indent=1)
    cases = sum(1 for o in out.values() if o["case"])
    print(f"status.json: {len(out)} municipalities, {cases} with a case; due.json: {len(due)} items")


if __name__ == "__main__":
    main()
