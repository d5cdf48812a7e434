#!/usr/bin/env python3
"""60 of the municipalities with a case, random.Random(59): 20 each for Mehmet, Greetje, Lucas -> assign.txt"""
import json, random
st = json.load(open("status.json", encoding="utf-8"))
cases = sorted(o["gemeente"] for o in st if o["case"])
rng = random.Random(59)
pick = rng.sample(cases, 60)
lines = []
for i, g in enumerate(pick):
    name = ["Mehmet", "Greetje", "Lucas"][i // 20]
    lines.append(f"/toewijzen {g} {name}")
open("assign.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(lines), "lines")
