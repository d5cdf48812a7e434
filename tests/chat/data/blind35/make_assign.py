#!/usr/bin/env python3
"""Seeded assignment: 60 of the 229 cases to the three behandelaars (20 each) → assign.txt.

Reads status_before_assign.json (the dump before any assignment). Seed random.Random(35).
Feed with:  spreidingsbot chat --as Hanneke < assign.txt
"""
import json, random

rng = random.Random(35)
st = json.load(open("status_before_assign.json", encoding="utf-8"))
cases = sorted(d["gemeente"] for d in st if d["case"])
assert len(cases) == 229
pick = rng.sample(cases, 60)
names = ["Mehmet", "Lotte", "Koen"]
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, g in enumerate(pick):
        f.write(f"/toewijzen {g} {names[i % 3]}\n")
print("assign.txt: 60 lines")
