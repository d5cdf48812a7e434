#!/usr/bin/env python3
"""random.Random(51) picks 60 cases, 20 for each behandelaar (Ayla, Bas, Noor) -> assign.txt.

Needs status.json (run dump_status.py first); cases are taken in status.json order (sorted by name).
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
cases = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
names = sorted(c["gemeente"] for c in cases)
rng = random.Random(51)
picked = rng.sample(names, 60)
lines = []
for i, who in enumerate(["Ayla", "Bas", "Noor"]):
    for g in picked[20 * i:20 * (i + 1)]:
        lines.append(f"/toewijzen {g} {who}")
with open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{len(lines)} lines in assign.txt")
