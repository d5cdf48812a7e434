#!/usr/bin/env python3
"""dump_status.py DAY: status --json of all 342 municipalities (by CBS name, as written in
gemeenten.csv) into status.json, and due --json into due.json, both judged on DAY."""
import csv
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

DAY = sys.argv[1]
B = '/work/main/.venv/bin/spreidingsbot'
here = os.path.dirname(os.path.abspath(__file__))
env = dict(os.environ,
           SPREIDINGSBOT_DATABASE_URL=f'sqlite:///{here}/reg.db',
           SPREIDINGSBOT_DATA_DIR=f'{here}/data')
rows = list(csv.DictReader(open('/work/shared/data/gemeenten.csv', encoding='utf-8')))


def one(row):
    p = subprocess.run([B, 'status', row['name'], '--json', '--on', DAY],
                       capture_output=True, text=True, env=env)
    try:
        d = json.loads(p.stdout)
    except json.JSONDecodeError:
        sys.exit(f"status {row['name']}: exit {p.returncode}\n{p.stdout}\n{p.stderr}")
    if d.get('cbs_code') != row['cbs_code']:
        sys.exit(f"status {row['name']} answered {d.get('gemeente')} {d.get('cbs_code')}")
    return d


with ThreadPoolExecutor(max_workers=int(os.environ.get('JOBS', '1'))) as ex:
    out = list(ex.map(one, rows))
out.sort(key=lambda d: d['gemeente'])
json.dump(out, open(os.path.join(here, 'status.json'), 'w'), ensure_ascii=False, indent=1)
p = subprocess.run([B, 'due', '--json', '--on', DAY], capture_output=True, text=True, env=env, check=True)
due = json.loads(p.stdout)
json.dump(due, open(os.path.join(here, 'due.json'), 'w'), ensure_ascii=False, indent=1)
print(f"{len(out)} municipalities, {sum(1 for d in out if d['case'])} cases, {len(due)} due items")
