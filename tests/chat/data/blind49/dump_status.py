"""Dump status --json for every municipality with a case, plus due --json, on the asking day.
Usage: python dump_status.py [DAY]   (env SPREIDINGSBOT_DATABASE_URL / SPREIDINGSBOT_DATA_DIR set)"""
import csv, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

DAY = sys.argv[1] if len(sys.argv) > 1 else "2029-03-08"
B = "/work/main/.venv/bin/spreidingsbot"
HERE = os.path.dirname(os.path.abspath(__file__))
env = dict(os.environ)
env.setdefault("SPREIDINGSBOT_DATABASE_URL", f"sqlite:///{HERE}/reg.db")
env.setdefault("SPREIDINGSBOT_DATA_DIR", f"{HERE}/data")

names = [r["name"] for r in csv.DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))]

def one(name):
    p = subprocess.run([B, "status", name, "--json", "--on", DAY], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        return name, None, p.stderr
    d = json.loads(p.stdout)
    if d["gemeente"] != name:
        return name, None, f"resolved to {d['gemeente']}"
    return name, d, p.stderr

out, problems = {}, []
with ThreadPoolExecutor(4) as ex:
    for name, d, err in ex.map(one, names):
        if d is None:
            problems.append((name, err.strip()[:200]))
        elif d.get("case"):
            out[name] = d
for p in problems:
    print("PROBLEM", p, file=sys.stderr)
json.dump(dict(sorted(out.items())), open(os.path.join(HERE, "status.json"), "w"), ensure_ascii=False, indent=1)
due = subprocess.run([B, "due", "--on", DAY, "--json"], capture_output=True, text=True, env=env, check=True)
json.dump(json.loads(due.stdout), open(os.path.join(HERE, "due.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(out)} municipalities with a case; due entries {len(json.loads(due.stdout))}")
