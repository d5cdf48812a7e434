#!/usr/bin/env python3
"""make_assign.py [STATUS_JSON] -> assign.txt: 60 cases (seeded random.Random(41)) to three behandelaars,
20 each, as console-chat lines "/toewijzen GEMEENTE NAAM" (run as the beheerder: chat --as Annelies)."""
import json, random, sys

path = sys.argv[1] if len(sys.argv) > 1 else "pre/status.json"
st = json.load(open(path, encoding="utf-8"))
cases = sorted(g for g, d in st.items() if d["case"])
rng = random.Random(41)
chosen = rng.sample(cases, 60)
names = ["Daan", "Floor", "Sjoerd"]
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, g in enumerate(chosen):
        f.write(f"/toewijzen {g} {names[i % 3]}\n")
print(f"{len(cases)} cases; assigned 60 -> assign.txt")
