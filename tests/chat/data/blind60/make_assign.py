"""Pick 60 cases with random.Random(60) and assign 20 each to Ruud, Anouk, Dirk -> assign.txt."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
with_case = sorted(d["gemeente"] for d in status if d["case"])
rng = random.Random(60)
picked = rng.sample(with_case, 60)
names = ["Ruud", "Anouk", "Dirk"]
lines = [f"/toewijzen {g} {names[i // 20]}" for i, g in enumerate(picked)]
open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(with_case), "cases;", len(lines), "assignments written")
