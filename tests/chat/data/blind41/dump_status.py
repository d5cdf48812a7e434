#!/usr/bin/env python3
"""dump_status.py DAY [OUTDIR] -> OUTDIR/status.json (all 342 municipalities) + OUTDIR/due.json.

Reads the register only through the CLI (`status --json --on DAY`, `due --json --on DAY`).
Needs SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set (see README.md)."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

B = "/work/main/.venv/bin/spreidingsbot"
CSV = "/work/shared/data/gemeenten.csv"


def status(name, day):
    p = subprocess.run([B, "status", name, "--json", "--on", day], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed ({p.returncode}): {p.stderr}")
    d = json.loads(p.stdout)
    return d, p.stderr.strip()


def main():
    day = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else "."
    rows = list(csv.DictReader(open(CSV, encoding="utf-8")))
    with ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "4"))) as ex:
        res = list(ex.map(lambda r: status(r["name"], day), rows))
    result = {}
    for r, (d, err) in zip(rows, res):
        if d["cbs_code"] != r["cbs_code"]:
            raise SystemExit(f"{r['name']}: resolved to {d['gemeente']} ({d['cbs_code']}); stderr {err}")
        result[r["name"]] = d
    json.dump(result, open(os.path.join(out, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
    p = subprocess.run([B, "due", "--json", "--on", day], capture_output=True, text=True, check=True)
    due = json.loads(p.stdout)
    json.dump(due, open(os.path.join(out, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(result)} municipalities, {sum(1 for d in result.values() if d['case'])} cases, {len(due)} due items")


if __name__ == "__main__":
    main()
