"""60 cases, 20 each to the three behandelaars, chosen with random.Random(49); writes assign.txt.
Feed it with:  spreidingsbot chat --as Margreet < assign.txt"""
import json, random
status = json.load(open("status.json", encoding="utf-8"))
cases = sorted(status)              # the 229 municipalities with a case
rng = random.Random(49)
chosen = rng.sample(cases, 60)
staff = ["Annelies", "Jeroen", "Roos"]   # 49502, 49503, 49504
with open("assign.txt", "w", encoding="utf-8") as f:
    for i, g in enumerate(chosen):
        f.write(f"/toewijzen {g} {staff[i // 20]}\n")
print(len(chosen), "lines")
