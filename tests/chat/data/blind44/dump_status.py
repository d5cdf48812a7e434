"""status --json for every municipality (by CBS code... by official name) + due --json, on the asking day."""
import json, sys
from concurrent.futures import ThreadPoolExecutor
from common import run, gemeenten, ON, HERE

def one(g):
    p = run(["status", g["name"], "--json", "--on", ON])
    if p.returncode != 0:
        return g["name"], {"_error": p.returncode, "_stderr": p.stderr}
    return g["name"], json.loads(p.stdout)

def main():
    gs = gemeenten()
    with ThreadPoolExecutor(8) as ex:
        res = dict(ex.map(one, gs))
    json.dump(res, open(f"{HERE}/status.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
    p = run(["due", "--json", "--on", ON])
    json.dump(json.loads(p.stdout), open(f"{HERE}/due.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    errs = {k: v for k, v in res.items() if "_error" in v}
    mism = {k: v["gemeente"] for k, v in res.items() if "_error" not in v and v["gemeente"] != k}
    print("municipalities", len(res), "errors", len(errs), "name mismatches", mism, "cases",
          sum(1 for v in res.values() if v.get("case")))
    for k, v in errs.items():
        print("ERR", k, v)

if __name__ == "__main__":
    main()
