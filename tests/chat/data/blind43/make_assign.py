"""Seeded assignment: 60 cases, 20 to each behandelaar -> assign.txt; --apply feeds it to chat --as Yvonne."""
import random, sys, os
from common import HERE, load_status, run

def main():
    st = load_status()
    names = sorted(n for n, s in st.items() if s.get("case"))
    rnd = random.Random(43)
    pick = rnd.sample(names, 60)
    people = ["Rick", "Laura", "Omar"]
    lines = [f"/toewijzen {g} {people[i // 20]}" for i, g in enumerate(pick)]
    with open(os.path.join(HERE, "assign.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"assign.txt: {len(lines)} lines")
    if "--apply" in sys.argv:
        r = run(["chat", "--as", "Yvonne"], stdin="\n".join(lines) + "\n")
        print(r.stdout[-3000:], r.stderr[-2000:])

if __name__ == "__main__":
    main()
