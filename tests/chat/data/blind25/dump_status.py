"""Dump `spreidingsbot status NAME --json --on DAY` for all 342 municipalities into status.json."""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = sys.argv[1] if len(sys.argv) > 1 else "2027-03-10"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "status.json")
B = "/work/main/.venv/bin/spreidingsbot"
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", name, "--json", "--on", DAY], env=env,
                       capture_output=True, text=True)
    try:
        return name, json.loads(p.stdout)
    except Exception:
        return name, {"error": p.returncode, "stdout": p.stdout, "stderr": p.stderr}

with ThreadPoolExecutor(8) as ex:
    res = dict(ex.map(one, names))
json.dump(res, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
bad = [n for n, v in res.items() if "error" in v]
print(len(res), "dumped;", len(bad), "errors", bad[:10])
