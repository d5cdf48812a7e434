#!/usr/bin/env python3
"""Pick 60 of the municipalities with a case (random.Random(58)) and give 20 each to
Milan, Nina and Floris: writes assign.txt with "/toewijzen GEMEENTE NAME" lines."""
import json, random
rng = random.Random(58)
status = json.load(open("status.json", encoding="utf-8"))
cases = sorted(s["gemeente"] for s in status if s["case"])
picked = rng.sample(cases, 60)
names = ["Milan"] * 20 + ["Nina"] * 20 + ["Floris"] * 20
with open("assign.txt", "w", encoding="utf-8") as f:
    for g, n in zip(picked, names):
        f.write(f"/toewijzen {g} {n}\n")
print(len(picked), "assignments written")
