"""Where bulk parse workers (`bot/bulk.py`) come from: a parse server that loads the parser once, early.

Loading the parser (spaCy's sentence splitter, the lemma dictionary, the rules) takes a second or two of CPU.
`start()` starts multiprocessing's fork server with `bot._parse_server_preload` preloaded: a fresh process
that imports the parser and loads it, while the caller goes on with its own start-up (its imports, the
database, the letters). Workers are later forked from that server, so they share its loaded tables
copy-on-write and nothing is loaded again per worker, nor in the caller. Where there is no fork server,
workers are spawned and each loads the parser itself.

This module is light on purpose (no SQLAlchemy, no parser): a command imports it, counts its input and calls
`start()` before it imports anything heavy.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from multiprocessing.context import BaseContext

SMALL_BATCH = 50
PRELOAD = "bot._parse_server_preload"


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_jobs(requested: int | None, total: int | None) -> int:
    """`--jobs` as given; by default the number of cores, but one process for a small batch (fewer than
    SMALL_BATCH messages), where starting workers costs more than it saves."""
    if requested is not None:
        return max(1, requested)
    return 1 if total is not None and total < SMALL_BATCH else default_jobs()


def context() -> tuple[BaseContext, bool]:
    """The multiprocessing context for parse workers, and whether its workers come warm (forked from the
    parse server) rather than loading the parser themselves (spawned)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([PRELOAD])
        return ctx, True
    return multiprocessing.get_context("spawn"), False


def start() -> None:
    """Start the parse server now, if there is one and it is not running yet (once per process; it stays
    until this process exits). It loads the parser in the background: only the first worker's start waits
    for it. Never raises: without a server, workers load the parser themselves."""
    _, warm = context()
    if not warm:
        return
    from multiprocessing import forkserver

    # Python 3.11's fork server does not take this process's sys.path (only its environment): give it as
    # PYTHONPATH while it starts, so it imports the same code as this process (a checkout put first on
    # sys.path, as the benchmarks do, would otherwise lose to the installed package)
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if isinstance(p, str) and p)
    try:
        forkserver.ensure_running()
    except Exception:  # noqa: BLE001 - the pool fails over to parsing in process
        pass
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before
