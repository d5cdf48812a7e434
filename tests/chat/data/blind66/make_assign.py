#!/usr/bin/env python3
"""60 of the register's cases, 20 per behandelaar, drawn with random.Random(66) -> assign.txt.

usage: python make_assign.py [DUMPDIR]   (a dump made before assigning; default dump_pre)
"""
import json, random, sys

d = sys.argv[1] if len(sys.argv) > 1 else "dump_pre"
st = json.load(open(f"{d}/status.json", encoding="utf-8"))
cases = sorted(v["gemeente"] for v in st.values() if v["case"])
rng = random.Random(66)
pick = rng.sample(cases, 60)
staff = ["Ans", "Luuk", "Chantal"]
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, g in enumerate(pick):
        f.write(f"/toewijzen {g} {staff[i // 20]}\n")
print(f"{len(cases)} cases, 60 assigned -> assign.txt")
