#!/usr/bin/env python3
"""Seeded assignment: ~60 of the 229 cases to the three behandelaars -> assign.txt (/toewijzen lines)."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(36)
status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
cases = sorted(d["gemeente"] for d in status if d["case"])
picked = rng.sample(cases, 60)
staff = ["Joris", "Esra", "Wouter"]
lines = [f"/toewijzen {g} {rng.choice(staff)}" for g in picked]
open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"{len(lines)} assignments written to assign.txt")
