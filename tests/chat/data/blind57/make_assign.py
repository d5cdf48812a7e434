#!/usr/bin/env python3
"""make_assign.py: random.Random(57) picks 60 cases from the sorted municipalities with a case,
20 each for Thomas, Yara and Erik -> assign.txt of "/toewijzen GEMEENTE NAME" lines."""
import json, random

status = json.load(open("status.json", encoding="utf-8"))
with_case = sorted(o["gemeente"] for o in status if o["case"])
rng = random.Random(57)
picked = rng.sample(with_case, 60)
names = ["Thomas", "Yara", "Erik"]
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, g in enumerate(picked):
        f.write(f"/toewijzen {g} {names[i // 20]}\n")
print(f"{len(with_case)} cases; assign.txt: 60 lines")
