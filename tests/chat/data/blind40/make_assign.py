#!/usr/bin/env python3
"""make_assign.py [STATUS_JSON] -> assign.txt: 60 cases, seeded random.Random(40), to three behandelaars.

The cases come from a status dump taken before assignment (pre/status.json): every municipality with a case.
"""
import json, random, sys

BEHANDELAARS = ["Niels", "Tessa", "Maarten"]
src = sys.argv[1] if len(sys.argv) > 1 else "pre/status.json"
st = json.load(open(src, encoding="utf-8"))
cases = sorted(g for g, d in st.items() if d["case"])
rng = random.Random(40)
chosen = rng.sample(cases, 60)
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, g in enumerate(chosen):
        f.write(f"/toewijzen {g} {BEHANDELAARS[i % 3]}\n")
print(f"{len(cases)} cases; assigned 60 (20 each) -> assign.txt")
