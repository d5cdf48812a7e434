#!/usr/bin/env python3
"""make_assign.py: random.Random(56) picks 60 cases from the sorted municipalities with a case
(status.json), 20 each for Jasper, Soufiane and Marit -> assign.txt ("/toewijzen GEMEENTE NAME")."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["Jasper", "Soufiane", "Marit"]


def main():
    rows = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
    with_case = sorted(r["gemeente"] for r in rows if r["case"])
    rng = random.Random(56)
    picked = rng.sample(with_case, 60)
    lines = []
    for i, g in enumerate(picked):
        lines.append(f"/toewijzen {g} {NAMES[i // 20]}")
    open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"{len(with_case)} cases; assign.txt: {len(lines)} lines")


if __name__ == "__main__":
    main()
