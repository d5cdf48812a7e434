#!/usr/bin/env python3
"""60 random /toewijzen lines over the municipalities with a case, seeded random.Random(29).
Reads status_pre.json (status --json for all 342 before assigning; dump_status.py DAY status_pre.json)."""
import json, random
rng = random.Random(29)
rows = json.load(open("status_pre.json", encoding="utf-8"))
with_case = sorted(r["gemeente"] for r in rows if r["case"])
staff = ["Rianne", "Koen", "Sanne", "Mehmet"]
picked = rng.sample(with_case, 60)
with open("assign.txt", "w", encoding="utf-8") as f:
    for g in picked:
        f.write(f"/toewijzen {g} {rng.choice(staff)}\n")
print(len(with_case), "cases; wrote", len(picked), "lines to assign.txt")
