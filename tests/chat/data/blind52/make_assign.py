#!/usr/bin/env python3
"""make_assign.py: random.Random(52) picks 60 cases (sorted case list of status.json), 20 per behandelaar -> assign.txt."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
BEHANDELAARS = ["Niels", "Karin", "Hamza"]

status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
cases = sorted(name for name, st in status.items() if st.get("case"))
rng = random.Random(52)
picked = rng.sample(cases, 60)
lines = []
for i, name in enumerate(picked):
    lines.append(f"/toewijzen {name} {BEHANDELAARS[i // 20]}")
open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"{len(lines)} lines in assign.txt from {len(cases)} cases")
