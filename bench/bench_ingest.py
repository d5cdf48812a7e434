"""Ingest throughput (messages/s) on SQLite and PostgreSQL for 10,000 varied Dutch mails.

Floor: the same loop doing only archive.put + one plain INSERT of the message row per transaction
(no parsing, no dedupe lookups, no cases or outbox). The gap between the two is what parsing and
recording cost on top of storing the bytes.

    .venv/bin/python bench/bench_ingest.py [--count 10000] [--backends sqlite,postgresql] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import _common  # noqa: F401 - puts the repo on sys.path
from mailgen import make_mails
from sqlalchemy import insert

from storage.archive import RawArchive
from storage.db import Database
from storage.ingest import ingest_raw
from storage.models import Message


def floor_loop(db: Database, archive: RawArchive, mails: list[bytes]) -> float:
    start = time.perf_counter()
    for raw in mails:
        sha = archive.put(raw)
        with db.session() as s:
            s.execute(insert(Message).values(sha256=sha, source="bench", kind="other", state="parsed",
                                             missing=[], reasons=[], parsed={}, search_text=""))
    return time.perf_counter() - start


def ingest_loop(db: Database, archive: RawArchive, mails: list[bytes], profile: Path | None) -> float:
    prof = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if prof:
        prof.enable()
    for raw in mails:
        ingest_raw(db, archive, raw, source="eml")
    if prof:
        prof.disable()
        prof.dump_stats(profile)
    return time.perf_counter() - start


def database(stack: ExitStack, backend: str, tmp: Path, label: str) -> Database:
    if backend == "sqlite":
        db = Database(f"sqlite:///{tmp / f'{label}.db'}")
    else:
        from tests.system.helpers import pg_database, pg_url

        db = Database(pg_url(stack.enter_context(pg_database(migrate=False))))
    db.upgrade()
    stack.callback(db.dispose)
    return db


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--profile", action="store_true", help="cProfile the ingest loop; print the top functions")
    args = ap.parse_args()
    print(f"machine: {_common.machine()}")
    mails = make_mails(args.count, seed=11)
    print(f"{len(mails)} mails, {sum(map(len, mails)) / len(mails) / 1024:.1f} KiB on average")
    # warm the parser (spaCy, reference data) so the first backend does not pay the start-up
    from parsers.pipeline import ParseContext, parse_message

    parse_message(mails[0], ParseContext())
    for backend in args.backends.split(","):
        with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmpdir:
            tmp = Path(tmpdir)
            fdb = database(stack, backend, tmp, "floor")
            floor = floor_loop(fdb, RawArchive(tmp / "floor-data"), mails)
            db = database(stack, backend, tmp, "ingest")
            prof_path = tmp / "ingest.prof" if args.profile else None
            took = ingest_loop(db, RawArchive(tmp / "data"), mails, prof_path)
            n = len(mails)
            print(f"[{backend}] ingest {n / took:8.1f} msg/s ({took:.1f} s)   floor (archive.put + INSERT) "
                  f"{n / floor:8.1f} msg/s ({floor:.1f} s)   ingest takes {took / floor:.1f}x the floor")
            _common.record(f"ingest {n} mails, {backend}", n / took, "msg/s", n / floor, higher_is_better=True)
            if prof_path:
                pstats.Stats(str(prof_path)).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
