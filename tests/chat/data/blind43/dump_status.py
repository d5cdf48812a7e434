"""status --json for every municipality and due --json on the asking day -> status.json, due.json."""
import json, os
from concurrent.futures import ThreadPoolExecutor
from common import HERE, ON, run, gemeenten

def one(name):
    r = run(["status", name, "--json", "--on", ON])
    if r.returncode != 0:
        raise SystemExit(f"status {name} failed ({r.returncode}): {r.stdout} {r.stderr}")
    s = json.loads(r.stdout)
    assert s["gemeente"] == name, (name, s["gemeente"])
    return name, s

def main():
    names = [g["name"] for g in gemeenten()]
    with ThreadPoolExecutor(8) as ex:
        out = dict(ex.map(one, names))
    with open(os.path.join(HERE, "status.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
    r = run(["due", "--json", "--on", ON])
    assert r.returncode == 0, r.stderr
    due = json.loads(r.stdout)
    with open(os.path.join(HERE, "due.json"), "w", encoding="utf-8") as f:
        json.dump(due, f, ensure_ascii=False, indent=1)
    print(f"status: {len(out)} municipalities, {sum(1 for s in out.values() if s['case'])} cases; due: {len(due)} rows")

if __name__ == "__main__":
    main()
