"""status --json for every municipality + due --json, on the asking day."""
import json, sys
from concurrent.futures import ThreadPoolExecutor
from common import names, status, run, ON

def main():
    with ThreadPoolExecutor(8) as ex:
        res = list(ex.map(status, names()))
    out = {d["gemeente"]: d for d in res}
    json.dump(out, open("status.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
    due = json.loads(run(["due", "--json", "--on", ON]))
    json.dump(due, open("due.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(out), "municipalities,", sum(1 for d in out.values() if d["case"]), "cases,", len(due), "due items")

if __name__ == "__main__":
    main()
