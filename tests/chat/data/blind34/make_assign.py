#!/usr/bin/env python3
"""Seeded random assignment of 60 cases to the four staff -> assign.txt ("/toewijzen X Y")."""
import json, random, os
HERE = os.path.dirname(os.path.abspath(__file__))
st = json.load(open(os.path.join(HERE, "pre_status.json"), encoding="utf-8"))
cases = sorted(s["gemeente"] for s in st if s["case"])
rng = random.Random(34)
picked = rng.sample(cases, 60)
staff = ["Femke", "Jeroen", "Sanne", "Bart"]
lines = [f"/toewijzen {g} {rng.choice(staff)}" for g in picked]
open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(lines), "lines")
