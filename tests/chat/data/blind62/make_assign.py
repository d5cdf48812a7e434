"""Pick 60 cases (random.Random(62)) and give 20 each to Arjen, Tessa, Mohamed -> assign.txt.

The pool is every municipality with a letter in expected_letters.json (each letter opens a case),
sorted by name, so the choice does not depend on the database.
"""
import json
import random

LETTERS = "/work/shared/corpus/expected_letters.json"
STAFF = ["Arjen", "Tessa", "Mohamed"]

pool = sorted({row["municipality"] for row in json.load(open(LETTERS, encoding="utf-8"))})
rng = random.Random(62)
chosen = rng.sample(pool, 60)
lines = []
for i, name in enumerate(chosen):
    lines.append(f"/toewijzen {name} {STAFF[i // 20]}")
with open("assign.txt", "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print(f"{len(pool)} municipalities in the pool, {len(lines)} assignments written to assign.txt")
