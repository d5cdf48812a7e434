#!/usr/bin/env python3
"""Pick 60 cases with random.Random(48) and give 20 each to the three behandelaars.
Writes assign.txt: one `/toewijzen GEMEENTE NAAM` line per case (feed to `spreidingsbot chat --as 48501`)."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
names = sorted(status)            # the 229 municipalities with a case
rng = random.Random(48)
picked = rng.sample(names, 60)
staff = ["Jeroen", "Maaike", "Stijn"]   # 48502, 48503, 48504
lines = []
for i, g in enumerate(picked):
    lines.append(f"/toewijzen {g} {staff[i // 20]}")
open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(lines), "lines")
