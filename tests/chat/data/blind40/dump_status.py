#!/usr/bin/env python3
"""dump_status.py DAY [OUTDIR] -> status.json (all 342 municipalities, keyed by official name) + due.json.

Reads the register only through the CLI (`status GEMEENTE --json --on DAY`, `due --json --on DAY`).
Municipality names come from /work/shared/data/gemeenten.csv; the CBS code is checked against the answer.
Run from this folder with SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR exported (see README.md).
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
HERE = os.path.dirname(os.path.abspath(__file__))


def env():
    e = dict(os.environ)
    e.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
    e.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")
    return e


def status(row, day):
    p = subprocess.run([B, "status", row["name"], "--json", "--on", day],
                       capture_output=True, text=True, env=env())
    if p.returncode != 0:
        raise SystemExit(f"status {row['name']}: exit {p.returncode}: {p.stderr}")
    d = json.loads(p.stdout)
    if d["cbs_code"] != row["cbs_code"]:
        raise SystemExit(f"status {row['name']} answered {d['gemeente']} ({d['cbs_code']})")
    return row["name"], d


def main():
    day = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else HERE
    rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))
    with ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "3"))) as ex:
        res = dict(ex.map(lambda r: status(r, day), rows))
    res = {k: res[k] for k in sorted(res)}
    json.dump(res, open(os.path.join(out, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    p = subprocess.run([B, "due", "--json", "--on", day], capture_output=True, text=True, env=env(), check=True)
    due = json.loads(p.stdout)
    json.dump(due, open(os.path.join(out, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    n_case = sum(1 for d in res.values() if d["case"])
    print(f"{len(res)} municipalities, {n_case} with a case; due: {len(due)} items")


if __name__ == "__main__":
    main()
