#!/usr/bin/env python3
"""Assign 60 cases (municipalities with a ministry letter) to the three behandelaars -> assign.txt.

Seeded with random.Random(37). Run the result as the beheerder:
    $B chat --as Anouk < assign.txt
"""
import json
import random

LETTERS = "/work/shared/corpus/expected_letters.json"
BEHANDELAARS = ["Thijs", "Ilse", "Ruben"]

rng = random.Random(37)
gemeenten = sorted({l["municipality"] for l in json.load(open(LETTERS, encoding="utf-8"))})
chosen = rng.sample(gemeenten, 60)
with open("assign.txt", "w", encoding="utf-8") as f:
    for g in chosen:
        f.write(f"/toewijzen {g} {rng.choice(BEHANDELAARS)}\n")
print(f"assign.txt: {len(chosen)} lines")
