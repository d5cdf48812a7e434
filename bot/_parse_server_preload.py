"""Imported by the parse server only (`bot/parse_server.py`), before it forks any worker: the workers' code
and the loaded parser, then the loaded tables moved out of the garbage collector's sight (`gc.freeze`), so a
collection in a worker never touches them and their pages stay shared. Importing it anywhere else loads the
parser there."""
from __future__ import annotations

import gc

from bot import recache

recache.enable()  # the parser's patterns from the cache; those new to it are kept right after the warm-up

from bot import parse_worker  # noqa: E402 - the workers' code (the parser, no database code), imported once here

parse_worker.warm_up()
recache.save()
gc.collect()
gc.freeze()
