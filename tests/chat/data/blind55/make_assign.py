#!/usr/bin/env python3
"""make_assign.py: random.Random(55) picks 60 cases from the sorted municipalities with a case,
20 each for Robin, Samira and Gert -> assign.txt of "/toewijzen GEMEENTE NAME" lines."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
names = sorted(d["gemeente"] for d in status if d["case"])
rng = random.Random(55)
picked = rng.sample(names, 60)
lines = []
for i, name in enumerate(picked):
    who = ["Robin", "Samira", "Gert"][i // 20]
    lines.append(f"/toewijzen {name} {who}")
open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(lines), "lines from", len(names), "cases")
