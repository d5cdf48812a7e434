#!/bin/sh
# Staff and owners for the q4 register: only README-documented commands
# (`staff add`, and `/toewijzen` in the console chat `spreidingsbot chat`).
# Run after `letters import` and `ingest`, before `due` and dump_status.py.
set -e
cd /work/main
export SPREIDINGSBOT_DATABASE_URL=sqlite:////work/blind/q4/reg.db SPREIDINGSBOT_DATA_DIR=/work/blind/q4/data
B=.venv/bin/spreidingsbot
$B staff add 100000001 --name Fatima --role beheerder
$B staff add 100000002 --name Anna --role behandelaar
$B staff add 100000003 --name Pieter --role behandelaar
$B staff add 100000004 --name Joost --role behandelaar
{
for g in Heemskerk Zaanstad Almere Heerlen Zeewolde Breda Arnhem Veere Tiel Eindhoven Bloemendaal Utrecht; do
  echo "/toewijzen $g Anna"; done
for g in Almelo Groningen Enschede "Súdwest-Fryslân" Coevorden Houten Urk Vaals; do
  echo "/toewijzen $g Pieter"; done
for g in Roosendaal Ede Borne Weert; do
  echo "/toewijzen $g Joost"; done
} | $B chat --as Fatima
$B due --on 2026-12-07 --json > /work/blind/q4/due.json
