#!/bin/sh
# Rebuild set 63 from scratch in this folder (about 10 minutes, mostly dump_status.py).
set -e
cd "$(dirname "$0")"
B=/work/main/.venv/bin/spreidingsbot; export B
export SPREIDINGSBOT_DATABASE_URL=sqlite:///$PWD/reg.db SPREIDINGSBOT_DATA_DIR=$PWD/data
rm -rf reg.db data && mkdir data
$B letters import /work/shared/corpus/expected_letters.json
$B ingest --no-notify --quiet /work/shared/corpus
sh setup_staff.sh
python3 dump_status.py 2029-12-18 .          # first dump: which municipalities have a case
python3 make_assign.py                       # random.Random(63) -> assign.txt
$B chat --as Renate < assign.txt > assign.log
python3 dump_status.py 2029-12-18 .          # the register after the assignments
python3 make_questions.py
python3 expected.py
