#!/usr/bin/env python3
"""60 cases, 20 per behandelaar, random.Random(68) -> assign.txt (Harm assigns them: chat --as Harm)."""
import json, random, sys

DUMP = sys.argv[1] if len(sys.argv) > 1 else "dump0"
status = json.load(open(f"{DUMP}/status.json", encoding="utf-8"))
cases = sorted(n for n, d in status.items() if d["case"])
rng = random.Random(68)
picked = rng.sample(cases, 60)
people = ["Sietske", "Bayu", "Ilona"]
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, name in enumerate(picked):
        f.write(f"/toewijzen {name} {people[i // 20]}\n")
print(f"{len(cases)} cases; assign.txt: 60 lines")
