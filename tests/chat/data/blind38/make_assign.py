#!/usr/bin/env python3
"""Assign 60 cases (municipalities with a supervision letter) to the three behandelaars.
Seeded with random.Random(38); writes assign.txt for `spreidingsbot chat --as Pieter < assign.txt`."""
import json, random
LETTERS = "/work/shared/corpus/expected_letters.json"
STAFF = ["Renske", "Stijn", "Vera"]  # 38502, 38503, 38504
rng = random.Random(38)
names = sorted({x["municipality"] for x in json.load(open(LETTERS, encoding="utf-8"))})
picked = rng.sample(names, 60)
lines = []
for i, g in enumerate(picked):
    lines.append(f"/toewijzen {g} {STAFF[i % 3]}")
with open("assign.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(len(names), "municipalities with a letter;", len(lines), "assignments written to assign.txt")
