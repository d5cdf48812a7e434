"""status --json for every municipality and due --json on the asking day -> status.json, due.json."""
import json
from concurrent.futures import ThreadPoolExecutor
from common import run, gemeenten, ON, HERE
import os

def one(g):
    # by CBS code? the resolver reads names; use the official name
    r = run("status", g["name"], "--json", "--on", ON)
    try:
        d = json.loads(r.stdout)
    except Exception:
        raise SystemExit(f"status failed for {g['name']}: rc={r.returncode} {r.stderr[:300]}")
    if d.get("gemeente") != g["name"]:
        raise SystemExit(f"name mismatch {g['name']} -> {d.get('gemeente')}")
    return g["name"], d

def main():
    gs = gemeenten()
    with ThreadPoolExecutor(8) as ex:
        res = dict(ex.map(one, gs))
    with open(os.path.join(HERE, "status.json"), "w", encoding="utf-8") as f:
        json.dump(res, f, ensure_ascii=False, indent=1, sort_keys=True)
    r = run("due", "--json", "--on", ON)
    due = json.loads(r.stdout)
    with open(os.path.join(HERE, "due.json"), "w", encoding="utf-8") as f:
        json.dump(due, f, ensure_ascii=False, indent=1)
    print(len(res), "municipalities,", sum(1 for d in res.values() if d.get("case")), "cases,", len(due), "due rows")

if __name__ == "__main__":
    main()
