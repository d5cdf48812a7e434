#!/usr/bin/env python3
"""make_assign.py: random.Random(54) picks 60 cases from the sorted municipalities with a case
(from status.json), 20 each for Bart, Leila and Olaf -> assign.txt ("/toewijzen GEMEENTE NAME")."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
st = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
with_case = sorted(d["gemeente"] for d in st if d["case"])
rng = random.Random(54)
picked = rng.sample(with_case, 60)
lines = []
for i, name in enumerate(picked):
    who = ["Bart", "Leila", "Olaf"][i // 20]
    lines.append(f"/toewijzen {name} {who}")
open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"{len(with_case)} cases; assign.txt: {len(lines)} lines")
