#!/bin/sh
# staff of set 63
B=${B:-/work/main/.venv/bin/spreidingsbot}
$B staff add 63501 --name Renate --role beheerder
$B staff add 63502 --name Joris --role behandelaar
$B staff add 63503 --name Lina --role behandelaar
$B staff add 63504 --name Berend --role behandelaar
