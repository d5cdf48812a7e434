#!/usr/bin/env python3
"""dump_status.py DATE: status --json of every municipality -> status.json, due --json -> due.json.

Run in this folder with SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set (see README.md)."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = os.environ.get("B", "/work/main/.venv/bin/spreidingsbot")
HERE = os.path.dirname(os.path.abspath(__file__))


def status(name, on):
    r = subprocess.run([B, "status", name, "--json", "--on", on], capture_output=True, text=True)
    if r.returncode != 0:
        # older CLIs may not take --on for status; retry without it
        r = subprocess.run([B, "status", name, "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"status {name!r} failed ({r.returncode}): {r.stderr.strip()}")
    return json.loads(r.stdout)


def main():
    on = sys.argv[1] if len(sys.argv) > 1 else "2029-08-07"
    names = [row["name"] for row in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]
    with ThreadPoolExecutor(16) as ex:
        rows = list(ex.map(lambda n: status(n, on), names))
    for n, r in zip(names, rows):
        if r["gemeente"] != n:
            raise SystemExit(f"asked {n!r}, got {r['gemeente']!r}")
    rows.sort(key=lambda r: r["gemeente"])
    json.dump(rows, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    r = subprocess.run([B, "due", "--json", "--on", on], capture_output=True, text=True, check=True)
    due = json.loads(r.stdout)
    json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"status.json: {len(rows)} municipalities, {sum(1 for x in rows if x['case'])} with a case; due.json: {len(due)} items")


if __name__ == "__main__":
    main()
