"""Dump `status NAME --json --on DAY` for every municipality of gemeenten.csv and `due --on DAY --json`.
Usage: python dump_status.py [DAY] [OUT]   (defaults 2027-12-08, status.json; also writes due.json)
The CBS code of every answer is checked against gemeenten.csv (Bergen (L.) / Bergen (NH.) never mixed up)."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ["SPREIDINGSBOT_DATABASE_URL"] = f"sqlite:///{HERE}/reg.db"
os.environ["SPREIDINGSBOT_DATA_DIR"] = f"{HERE}/data"
BOT = "/work/main/.venv/bin/spreidingsbot"
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-12-08"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "status.json")

rows = list(csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8")))

def one(row):
    p = subprocess.run([BOT, "status", row["name"], "--json", "--on", DAY], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"status {row['name']!r}: exit {p.returncode}: {p.stdout[:200]} {p.stderr[:200]}")
    d = json.loads(p.stdout)
    if d["cbs_code"] != row["cbs_code"] or d["gemeente"] != row["name"]:
        raise SystemExit(f"mismatch {row['name']} {row['cbs_code']} -> {d['gemeente']} {d['cbs_code']}")
    return d

with ThreadPoolExecutor(8) as ex:
    data = list(ex.map(one, rows))
data.sort(key=lambda d: d["cbs_code"])
json.dump(data, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(data)} municipalities, {sum(1 for d in data if d['case'])} with a case -> {OUT}")
if OUT.endswith("status.json"):
    p = subprocess.run([BOT, "due", "--on", DAY, "--json"], capture_output=True, text=True, check=True)
    due = json.loads(p.stdout)
    json.dump(due, open(os.path.join(HERE, "due.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"due: {len(due)} items")
