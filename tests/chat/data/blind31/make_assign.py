#!/usr/bin/env python3
"""60 random /toewijzen lines over the municipalities with a case (seeded random.Random(31)) -> assign.txt.
Reads the case list from the status dump given as argument (default status_pre.json, taken before assigning)."""
import json, random, sys
src = sys.argv[1] if len(sys.argv) > 1 else "status_pre.json"
cases = sorted(d["gemeente"] for d in json.load(open(src, encoding="utf-8")) if d.get("case"))
rng = random.Random(31)
staff = ["Hanneke", "Bas", "Yasmina", "Joris"]
picked = rng.sample(cases, 60)
with open("assign.txt", "w", encoding="utf-8") as f:
    for g in picked:
        f.write(f"/toewijzen {g} {rng.choice(staff)}\n")
print(len(picked), "lines")
