#!/usr/bin/env python3
"""Pick 60 cases at random (seed 32) and write assign.txt: one "/toewijzen X Y" chat command each
(the chat answers each with "X is toegewezen aan Y."; assign.log keeps the answers).

Reads a status dump made BEFORE the assignments (dump_status.py /tmp/q32_pre.json) for the case list.
Usage: make_assign.py [PRE_DUMP.json]
"""
import json, random, sys

STAFF = ["Marloes", "Thijs", "Naima", "Ruben"]
pre = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/q32_pre.json", encoding="utf-8"))
cases = sorted(d["gemeente"] for d in pre.values() if d["case"])
rng = random.Random(32)
picked = rng.sample(cases, 60)
pairs = [(g, rng.choice(STAFF)) for g in picked]
lines = [f"/toewijzen {g} {s}" for g, s in pairs]
with open("assign.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open("assign.json", "w", encoding="utf-8") as f:
    json.dump(dict(pairs), f,
              ensure_ascii=False, indent=1, sort_keys=True)
print(len(lines), "assignments -> assign.txt")
