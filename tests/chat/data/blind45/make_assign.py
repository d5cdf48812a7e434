"""Seeded assignment: 60 cases, 20 to each behandelaar. Writes assign.txt (/toewijzen lines).
Run BEFORE the final dump: python3 make_assign.py && spreidingsbot chat --as Hester < assign.txt"""
import json, random
from common import names, status
import os

def case_names():
    if os.path.exists("status.json"):
        st = json.load(open("status.json", encoding="utf-8"))
        return sorted(n for n, d in st.items() if d["case"])
    return sorted(n for n in names() if status(n)["case"])

def main():
    rng = random.Random(45)
    cases = case_names()
    picked = rng.sample(cases, 60)
    staff = ["Lars", "Merel", "Sander"]
    lines = []
    for i, g in enumerate(picked):
        lines.append(f"/toewijzen {g} {staff[i // 20]}")
    open("assign.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(len(lines), "assignments")

if __name__ == "__main__":
    main()
