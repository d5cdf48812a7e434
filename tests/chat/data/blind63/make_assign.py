"""60 cases, 20 per behandelaar, drawn with random.Random(63) -> assign.txt ("/toewijzen GEMEENTE NAME").

Reads status.json (dump_status.py) for the municipalities that have a case.
"""
import json, random

rows = json.load(open("status.json", encoding="utf-8"))
cases = sorted(r["gemeente"] for r in rows if r.get("case"))
rng = random.Random(63)
picked = rng.sample(cases, 60)
names = ["Joris", "Lina", "Berend"]
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, g in enumerate(picked):
        f.write(f"/toewijzen {g} {names[i // 20]}\n")
print(f"{len(cases)} cases; assign.txt: 60 lines")
