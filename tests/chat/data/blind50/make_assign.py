#!/usr/bin/env python3
"""make_assign.py: random.Random(50) picks 60 cases (municipalities with a case in status.json,
sorted by name), 20 each for Koen, Esther and Mustafa -> assign.txt ("/toewijzen GEMEENTE NAAM")."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
NN = 50
with open(os.path.join(HERE, "status.json"), encoding="utf-8") as f:
    st = json.load(f)
cases = sorted(n for n, o in st.items() if o["case"])
rng = random.Random(NN)
picked = rng.sample(cases, 60)
lines = []
for i, who in enumerate(["Koen", "Esther", "Mustafa"]):
    for g in picked[20 * i:20 * (i + 1)]:
        lines.append(f"/toewijzen {g} {who}")
with open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{len(cases)} cases, {len(lines)} assignments -> assign.txt")
