#!/usr/bin/env python3
"""60 cases, 20 per behandelaar, chosen with random.Random(67) -> assign.txt
usage: python make_assign.py DUMPDIR   (a dump taken before assigning)"""
import json, random, sys
st = json.load(open((sys.argv[1] if len(sys.argv) > 1 else "dumps0") + "/status.json", encoding="utf-8"))
cases = sorted(n for n, d in st.items() if d["case"])
rng = random.Random(67)
pick = rng.sample(cases, 60)
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, name in enumerate(pick):
        f.write(f"/toewijzen {name} {['Dewi', 'Ferry', 'Zeynep'][i // 20]}\n")
print(len(cases), "cases; assigned", len(pick))
