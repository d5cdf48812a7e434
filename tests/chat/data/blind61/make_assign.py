#!/usr/bin/env python3
"""random.Random(61): 60 of the municipalities with a case, 20 each for Sem, Lieke, Vincent -> assign.txt"""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
st = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
cases = sorted(d["gemeente"] for d in st if d["case"])
rng = random.Random(61)
picked = rng.sample(cases, 60)
names = ["Sem", "Lieke", "Vincent"]
lines = [f"/toewijzen {g} {names[i // 20]}" for i, g in enumerate(picked)]
open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(cases), "cases;", len(lines), "assignments")
