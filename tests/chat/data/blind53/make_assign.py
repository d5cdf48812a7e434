#!/usr/bin/env python3
"""make_assign.py: random.Random(53) picks 60 cases, 20 for each behandelaar -> assign.txt
(fed to `spreidingsbot chat --as Ellen < assign.txt`). Reads status.json (dumped before assigning)."""
import json, random

st = json.load(open("status.json", encoding="utf-8"))
cases = sorted(d["gemeente"] for d in st if d["case"])
rng = random.Random(53)
picked = rng.sample(cases, 60)
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, name in enumerate(picked):
        f.write(f"/toewijzen {name} {['Mark', 'Fatima', 'Tom'][i // 20]}\n")
print("assign.txt: 60 lines")
