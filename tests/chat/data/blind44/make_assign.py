"""Seeded assignment: 60 cases, 20 to each behandelaar -> assign.txt (/toewijzen GEMEENTE NAAM)."""
import random
from common import load, HERE

st, _ = load()
cases = sorted(k for k, v in st.items() if v.get("case"))
rng = random.Random(44)
picked = rng.sample(cases, 60)
names = ["Dennis"] * 20 + ["Fleur"] * 20 + ["Youssef"] * 20
with open(f"{HERE}/assign.txt", "w", encoding="utf-8") as f:
    for g, n in zip(picked, names):
        f.write(f"/toewijzen {g} {n}\n")
print(len(picked), "assignments written")
