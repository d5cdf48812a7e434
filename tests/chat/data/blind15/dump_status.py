#!/usr/bin/env python3
"""Dump `status GEMEENTE --on DAY --json` for every CBS municipality into status.json,
and `due --on DAY --json` into due.json. Only the allowed commands are run, with this folder's
database and data dir. Names are passed as official CBS names from gemeenten.csv."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-03-15"
BIN = "/work/main/.venv/bin/spreidingsbot"
ENV = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL="sqlite:////work/blind/q15/reg.db",
           SPREIDINGSBOT_DATA_DIR="/work/blind/q15/data")

def status(name):
    p = subprocess.run([BIN, "status", name, "--on", DAY, "--json"], env=ENV,
                       capture_output=True, text=True)
    if p.returncode != 0:
        return name, {"error": p.returncode, "stderr": p.stderr.strip()}
    return name, json.loads(p.stdout)

def main():
    names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]
    with ThreadPoolExecutor(8) as ex:
        res = dict(ex.map(status, names))
    bad = {n: v for n, v in res.items() if "error" in v or v.get("gemeente") != n}
    if bad:
        print("problem names:", json.dumps(bad, ensure_ascii=False)[:2000], file=sys.stderr)
    out = {n: res[n] for n in sorted(res)}
    json.dump(out, open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1, sort_keys=True)
    due = subprocess.run([BIN, "due", "--on", DAY, "--json"], env=ENV, capture_output=True, text=True, check=True)
    json.dump(json.loads(due.stdout), open(os.path.join(HERE, "due.json"), "w"), ensure_ascii=False, indent=1)
    print(f"{sum(1 for v in out.values() if v.get('case'))} cases of {len(out)} municipalities; "
          f"{len(json.loads(due.stdout))} due rows")

if __name__ == "__main__":
    main()
