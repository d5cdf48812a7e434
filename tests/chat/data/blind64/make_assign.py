#!/usr/bin/env python3
"""random.Random(64): 60 of the cases (sorted official names from status.json) -> 20 each for Kevin, Naima, Frank.
Writes assign.txt with lines "/toewijzen GEMEENTE NAME"."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
st = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
cases = sorted(k for k, v in st.items() if v.get("case"))
assert len(cases) == 229, len(cases)
rng = random.Random(64)
pick = rng.sample(cases, 60)
names = ["Kevin", "Naima", "Frank"]
with open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8") as f:
    for i, g in enumerate(pick):
        f.write(f"/toewijzen {g} {names[i // 20]}\n")
print("assign.txt: 60 lines")
