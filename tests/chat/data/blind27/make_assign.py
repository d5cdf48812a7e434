#!/usr/bin/env python3
"""Write assign.txt: 60 `/toewijzen GEMEENTE NAAM` lines, random.Random(27), from municipalities with a case."""
import json, random
st = json.load(open("status.json", encoding="utf-8"))
cases = sorted(d["gemeente"] for d in st if d["case"])
rng = random.Random(27)
picked = rng.sample(cases, 60)
names = ["Bram", "Lotte", "Wouter"]
with open("assign.txt", "w", encoding="utf-8") as f:
    for g in picked:
        f.write(f"/toewijzen {g} {rng.choice(names)}\n")
print(len(cases), "cases; wrote 60 lines")
