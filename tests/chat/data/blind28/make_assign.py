#!/usr/bin/env python3
"""assign.txt: 60 '/toewijzen GEMEENTE NAAM' lines, random.Random(28), from the municipalities with a case."""
import json, random, sys
src = sys.argv[1] if len(sys.argv) > 1 else "status.json"
rows = json.load(open(src, encoding="utf-8"))
with_case = sorted(r["gemeente"] for r in rows if r["case"])
rnd = random.Random(28)
picked = rnd.sample(with_case, 60)
with open("assign.txt", "w", encoding="utf-8") as f:
    for g in picked:
        f.write(f"/toewijzen {g} {rnd.choice(['Tarik', 'Marjolein', 'Gijs'])}\n")
print(len(picked), "lines")
