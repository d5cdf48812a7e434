#!/usr/bin/env python3
"""Dump `status NAME --json --on DAY` for every municipality of gemeenten.csv.

Usage: dump_status.py [OUT.json] [DAY]   (defaults: status.json, 2027-11-10)
Needs SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set to this folder's register.
Checks that the CBS code of every answer is the one asked for (Bergen (L.) vs Bergen (NH.)).
"""
import csv, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

BIN = "/work/main/.venv/bin/spreidingsbot"
GEM = "/work/shared/data/gemeenten.csv"
DAY = "2027-11-10"


def municipalities():
    with open(GEM, encoding="utf-8") as f:
        return [(r["cbs_code"], r["name"], r["province"]) for r in csv.DictReader(f)]


def one(row, day):
    code, name, prov = row
    p = subprocess.run([BIN, "status", name, "--json", "--on", day], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {name!r} failed ({p.returncode}): {p.stderr.strip()}")
    d = json.loads(p.stdout)
    if d["cbs_code"] != code:
        raise SystemExit(f"status {name!r} answered {d['cbs_code']} ({d['gemeente']}), expected {code}")
    return d


def dump(day=DAY):
    rows = municipalities()
    with ThreadPoolExecutor(8) as ex:
        out = list(ex.map(lambda r: one(r, day), rows))
    return {d["cbs_code"]: d for d in out}


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "status.json"
    day = sys.argv[2] if len(sys.argv) > 2 else DAY
    data = dump(day)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
    n = sum(1 for d in data.values() if d["case"])
    print(f"{len(data)} municipalities, {n} with a case -> {out}")
