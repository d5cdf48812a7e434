#!/usr/bin/env python3
"""60 cases, 20 per behandelaar, chosen with random.Random(65) from the sorted case list -> assign.txt."""
import json, random, sys

src = sys.argv[1] if len(sys.argv) > 1 else "dump_pre/status.json"
cases = sorted(d["gemeente"] for d in json.load(open(src, encoding="utf-8")) if d["case"])
rng = random.Random(65)
pick = rng.sample(cases, 60)
staff = ["Gerard", "Susan", "Ties"]
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, g in enumerate(pick):
        f.write(f"/toewijzen {g} {staff[i // 20]}\n")
print(f"{len(cases)} cases; 60 assigned")
