#!/usr/bin/env python3
"""Assign 60 cases (drawn from the municipalities with a supervision letter) to the three
behandelaars, 20 each, with random.Random(39). Writes assign.txt for `spreidingsbot chat --as Gerda`."""
import json
import random

rng = random.Random(39)
letters = json.load(open('/work/shared/corpus/expected_letters.json'))
names = sorted({l['municipality'] for l in letters})
chosen = rng.sample(names, 60)
staff = ['Bram', 'Ingrid', 'Kees']
owners = staff * 20
rng.shuffle(owners)
with open('assign.txt', 'w') as f:
    for g, o in zip(chosen, owners):
        f.write(f'/toewijzen {g} {o}\n')
print('60 lines written to assign.txt')
