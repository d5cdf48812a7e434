#!/usr/bin/env python3
"""60 cases, 20 each to Joost (46502), Femke (46503), Ruben (46504): random.Random(46).
Writes assign.txt (/toewijzen lines); feed with
  spreidingsbot chat --as Marieke < assign.txt
and run dump_status.py again afterwards."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
names = sorted(json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8")))
assert len(names) == 229, len(names)
rng = random.Random(46)
picked = rng.sample(names, 60)
staff = ["Joost", "Femke", "Ruben"]
lines = [f"/toewijzen {g} {staff[i // 20]}" for i, g in enumerate(picked)]
open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(lines), "lines written to assign.txt")
