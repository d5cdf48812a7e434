"""Pick 60 cases at random (seed 33) and write assign.txt: one "/toewijzen <gemeente> <naam>" line each.
Input: a status dump taken before any assignment (python dump_status.py 2027-12-08 /tmp/q33_pre_status.json).
Then: spreidingsbot chat --as Willemijn < assign.txt"""
import json, random, sys
pre = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/q33_pre_status.json", encoding="utf-8"))
cases = sorted(d["gemeente"] for d in pre if d["case"])
rng = random.Random(33)
picked = rng.sample(cases, 60)
staff = ["Willemijn", "Youssef", "Ilse", "Pim"]
with open("assign.txt", "w", encoding="utf-8") as f:
    for name in picked:
        f.write(f"/toewijzen {name} {rng.choice(staff)}\n")
print(f"{len(cases)} cases, 60 assigned -> assign.txt")
