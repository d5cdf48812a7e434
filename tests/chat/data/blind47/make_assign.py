#!/usr/bin/env python3
"""Assign 60 cases (20 each) to the three behandelaars of set 47 with random.Random(47).

Reads status.json (dumped before any assignment), writes assign.txt with /toewijzen lines, fed with
    spreidingsbot chat --as 47501 < assign.txt
"""
import json, random

BEHANDELAARS = ["Joost", "Ingrid", "Wouter"]  # 47502, 47503, 47504
status = json.load(open("status.json", encoding="utf-8"))
names = sorted(status)
rng = random.Random(47)
chosen = rng.sample(names, 60)
lines = []
for i, name in enumerate(chosen):
    lines.append(f"/toewijzen {name} {BEHANDELAARS[i // 20]}")
open("assign.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"assign.txt: {len(lines)} lines")
