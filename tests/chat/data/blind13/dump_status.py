#!/usr/bin/env python3
"""Dump `status GEMEENTE --on DAY --json` for every CBS municipality into status.json.

Usage: python3 dump_status.py [DAY]   (default 2026-12-21)
Needs SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR (set below to this folder's defaults).
"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = sys.argv[1] if len(sys.argv) > 1 else "2026-12-21"
BIN = "/work/main/.venv/bin/spreidingsbot"
env = dict(os.environ)
env.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
env.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")

rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))

def one(row):
    p = subprocess.run([BIN, "status", row["name"], "--on", DAY, "--json"], env=env,
                       capture_output=True, text=True)
    if p.returncode != 0:
        return row["name"], {"error": p.returncode, "stderr": p.stderr.strip(), "stdout": p.stdout.strip()}
    d = json.loads(p.stdout)
    if d.get("gemeente") != row["name"]:
        d["_resolver_mismatch"] = True
    if p.stderr.strip():
        d["_stderr"] = p.stderr.strip()
    return row["name"], d

with ThreadPoolExecutor(4) as ex:
    out = dict(ex.map(one, rows))
out = {k: out[k] for k in sorted(out)}
json.dump(out, open(os.path.join(HERE, "status.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
bad = [k for k, v in out.items() if "error" in v or v.get("_resolver_mismatch")]
print(f"{len(out)} municipalities, {sum(1 for v in out.values() if v.get('case'))} with a case; problems: {bad}")
