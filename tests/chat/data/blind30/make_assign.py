"""Write assign.txt: 60 /toewijzen lines over the municipalities with a case (seeded random.Random(30)).
Usage: python3 make_assign.py status_pre.json  (a status dump taken before any assignment)"""
import json, random, sys

rows = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "status_pre.json", encoding="utf-8"))
with_case = sorted(r["gemeente"] for r in rows if r["case"])
staff = ["Femke", "Daan", "Loes", "Hakim"]
rng = random.Random(30)
picked = rng.sample(with_case, 60)
with open("assign.txt", "w", encoding="utf-8") as f:
    for g in picked:
        f.write(f"/toewijzen {g} {rng.choice(staff)}\n")
print(len(with_case), "cases;", len(picked), "lines -> assign.txt")
