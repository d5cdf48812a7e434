#!/usr/bin/env python3
"""Dump `status GEMEENTE --on DAY --json` for every municipality in gemeenten.csv into status.json,
and `due --on DAY --json` into due.json. Only the allowed commands are run."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-02-22"
BIN = "/work/main/.venv/bin/spreidingsbot"
ENV = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL="sqlite:///" + os.path.join(HERE, "reg.db"),
           SPREIDINGSBOT_DATA_DIR=os.path.join(HERE, "data"))

def status(row):
    # use the CBS code-free official name; status resolves official names exactly
    p = subprocess.run([BIN, "status", row["name"], "--on", DAY, "--json"], env=ENV,
                       capture_output=True, text=True)
    if p.returncode != 0:
        return row["name"], {"error": p.returncode, "stderr": p.stderr.strip()}
    return row["name"], json.loads(p.stdout)

def main():
    rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))
    with ThreadPoolExecutor(4) as ex:
        out = dict(ex.map(status, rows))
    bad = {k: v for k, v in out.items() if "error" in v or v.get("gemeente") != k}
    if bad:
        print("status problems:", json.dumps(bad, ensure_ascii=False)[:2000], file=sys.stderr)
    json.dump(out, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1, sort_keys=True)
    p = subprocess.run([BIN, "due", "--on", DAY, "--json"], env=ENV, capture_output=True, text=True, check=True)
    json.dump(json.loads(p.stdout), open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print(len(out), "municipalities;", sum(1 for v in out.values() if v.get("case")), "with a case")

if __name__ == "__main__":
    main()
