"""Seeded random assignment: 60 cases, 20 to each behandelaar -> assign.txt; then run it through chat --as Marloes."""
import json, random, sys, os
from common import HERE, run

def main():
    with open(os.path.join(HERE, "status.json"), encoding="utf-8") as f:
        status = json.load(f)
    cases = sorted(n for n, d in status.items() if d.get("case"))
    rng = random.Random(42)
    pick = rng.sample(cases, 60)
    names = ["Hidde", "Nadia", "Gijs"]
    lines = [f"/toewijzen {g} {names[i // 20]}" for i, g in enumerate(pick)]
    with open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    if "--apply" in sys.argv:
        r = run("chat", "--as", "Marloes", stdin="\n".join(lines) + "\n")
        print(r.stdout[-3000:], r.stderr[-2000:])
    print(len(lines), "lines")

if __name__ == "__main__":
    main()
