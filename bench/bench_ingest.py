"""Ingest throughput (messages/s) on SQLite and PostgreSQL against the parse rate, for varied Dutch mails.

The floor is the parse rate: the same mails parsed alone (`parse_safely` with the ingest context, one
process, caches cleared), timed just before and just after the ingest run and averaged, so both see the
same load. The ingest rate is `storage.ingest.ingest_many` recording them in batches of `BATCH` (archive,
parse, record; one process). Targets (issue 15): ingest ≥ 0.8× the parse rate on SQLite, ≥ 0.6× on
PostgreSQL. The register starts as in service: every municipality has a letter and its case (the ministry
writes first); `--empty` starts from an empty register instead (cases are opened while ingesting).
`--floor-insert` also times the old floor: archive.put + one plain INSERT per transaction.

By default both are printed: the one-process figures, then the commands' figures on the first CLI_COUNT
of the same mails (`--no-cli`: only the first, `--cli`: only the second).

`--cli`: the commands as users run them, whole processes over a folder of the same mails as `.eml`
files: `spreidingsbot ingest DIR --quiet` (default `--jobs`: parse workers and one writer, bot/bulk.py) against
`spreidingsbot parse --json --no-ocr FILE...` (one process), alternating, `--rounds` times, best wall time
of each (and the CPU of each process with its workers; a PostgreSQL server's CPU not counted). Each ingest
gets a fresh database prepared beforehand, untimed (migrated, a letter and a case per municipality unless
`--empty`). `--cli-root DIR` runs the commands of another checkout (a before/after pair).

    .venv/bin/python bench/bench_ingest.py [--count 5000] [--backends sqlite,postgresql] [--empty] [--profile]
    .venv/bin/python bench/bench_ingest.py --cli [--count 1000] [--rounds 3] [--cli-root DIR]
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import _common  # noqa: F401 - puts the repo on sys.path
from mailgen import make_mails
from sqlalchemy import insert

from storage.archive import RawArchive
from storage.db import Database
from storage.ingest import BATCH, RawMail, ingest_context, ingest_many, parse_safely
from storage.models import Message

TARGET = {"sqlite": 0.8, "postgresql": 0.6}
CLI_COUNT = 2000  # mails for the commands' figures in a default run (the first of the one-process mails)


def letters_for_all(db: Database) -> None:
    """A letter (and so a case) for each of the 342 municipalities, as the register is in service."""
    from datetime import date, timedelta

    from mailgen import gemeenten

    from storage.letters import LetterInput, import_letters

    today = date.today()
    with db.session() as s:
        import_letters(s, [LetterInput(municipality=name, reference=f"{4300000 + i}", date=today - timedelta(days=20),
                                       trede=1, task_regulier=100, task_amv=10, realised_regulier=50, realised_amv=5)
                           for i, (name, _) in enumerate(gemeenten())])


def cold() -> None:
    """Forget the sentences the parser has read, so every timed loop reads the mails as new."""
    from parsers import elements

    elements.read_sentence_cache_clear()


def parse_loop(archive: RawArchive, mails: list[bytes]) -> tuple[float, float]:
    """Wall and CPU seconds (this process, all threads) of parsing every mail."""
    cold()
    start, cpu = time.perf_counter(), time.process_time()
    for raw in mails:
        parse_safely(raw, ingest_context(archive, {}, None))
    return time.perf_counter() - start, time.process_time() - cpu


def floor_loop(db: Database, archive: RawArchive, mails: list[bytes]) -> float:
    start = time.perf_counter()
    for raw in mails:
        sha = archive.put(raw)
        with db.session() as s:
            s.execute(insert(Message).values(sha256=sha, source="bench", kind="other", state="parsed",
                                             missing=[], reasons=[], parsed={}, search_text=""))
    return time.perf_counter() - start


def ingest_loop(db: Database, archive: RawArchive, mails: list[bytes], profile: Path | None) -> tuple[float, float]:
    """Wall and CPU seconds of this process (all threads; a PostgreSQL server's own CPU is not counted)."""
    prof = cProfile.Profile() if profile else None
    cold()
    start, cpu = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    for at in range(0, len(mails), BATCH):
        ingest_many(db, archive, [RawMail(raw, "eml") for raw in mails[at:at + BATCH]])
    if prof:
        prof.disable()
        prof.dump_stats(profile)
    return time.perf_counter() - start, time.process_time() - cpu


def database(stack: ExitStack, backend: str, tmp: Path, label: str) -> Database:
    if backend == "sqlite":
        db = Database(f"sqlite:///{tmp / f'{label}.db'}")
    else:
        from tests.system.helpers import pg_database, pg_url

        db = Database(pg_url(stack.enter_context(pg_database(migrate=False))))
    db.upgrade()
    stack.callback(db.dispose)
    return db


_CLI = "import sys; sys.path.insert(0, sys.argv.pop(1)); from bot.cli import main; sys.exit(main())"


def _adopt_orphans() -> None:
    """Become the subreaper of our descendants (Linux): a process the command leaves behind (the parse server,
    its workers) is adopted by this script when its parent exits, so its CPU can be counted too."""
    import contextlib
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def _reap() -> None:
    """Wait for every adopted descendant (their CPU then counts in RUSAGE_CHILDREN)."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def run_cli(root: Path, args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one `spreidingsbot` command: the wall time of its main process; the CPU of it
    and of every process it started (children it waited for, and those it left behind, which exit with it)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _CLI, str(root), *args], env=env, cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    _reap()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def cli_figures(args: argparse.Namespace, mails: list[bytes]) -> None:
    root = Path(args.cli_root).resolve() if args.cli_root else _common.ROOT
    n = len(mails)
    _adopt_orphans()
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory(prefix="bench-ingest-cli-") as tmpdir:
            tmp = Path(tmpdir)
            folder = tmp / "mails"
            folder.mkdir()
            files = []
            for i, raw in enumerate(mails):
                (folder / f"mail-{i:05d}.eml").write_bytes(raw)
                files.append(str(folder / f"mail-{i:05d}.eml"))
            base_env = {k: v for k, v in os.environ.items() if not k.startswith("SPREIDINGSBOT_")}
            parse_runs: list[tuple[float, float]] = []
            ingest_runs: list[tuple[float, float]] = []
            for r in range(args.rounds):
                with ExitStack() as stack:
                    data = tmp / f"data-{r}"
                    db = database(stack, backend, tmp, f"cli-{r}")
                    if not args.empty:
                        letters_for_all(db)
                    db.dispose()
                    env = {**base_env, "SPREIDINGSBOT_DATABASE_URL": db.url, "SPREIDINGSBOT_DATA_DIR": str(data)}
                    order = ("parse", "ingest") if r % 2 == 0 else ("ingest", "parse")
                    for what in order:
                        if what == "parse":
                            parse_runs.append(run_cli(root, ["parse", "--json", "--no-ocr", *files], env, tmp))
                        else:
                            ingest_runs.append(run_cli(root, ["ingest", str(folder), "--quiet"], env, tmp))
                    with Database(db.url).session() as s:
                        recorded = s.query(Message).count()
                    if recorded != n:
                        raise SystemExit(f"ingest recorded {recorded} of {n} messages")
            parse_wall, parse_cpu = min(parse_runs)
            ingest_wall, ingest_cpu = min(ingest_runs)
            ratio = parse_wall / ingest_wall
            target = TARGET.get(backend, 0)
            print(f"[{backend}] CLI, {n} mails, best of {args.rounds}: parse --json --no-ocr {parse_wall:.2f} s "
                  f"({n / parse_wall:.1f} msg/s, CPU {parse_cpu:.2f} s)   ingest {ingest_wall:.2f} s ({n / ingest_wall:.1f} "
                  f"msg/s, CPU with workers {ingest_cpu:.2f} s)   ingest/parse {ratio:.2f} (target ≥ {target:.1f}: "
                  f"{_common.verdict(ratio >= target)})\n"
                  f"[{backend}] CLI walls: parse {', '.join(f'{w:.2f}' for w, _ in parse_runs)}; ingest "
                  f"{', '.join(f'{w:.2f}' for w, _ in ingest_runs)}; load average {os.getloadavg()[0]:.2f} at the end")
            label = f"{n} mails, {backend}, commands" + (", empty register" if args.empty else "")
            _common.record(f"ingest/parse rate, {label}", ratio, "x", target, higher_is_better=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=5_000)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--profile", action="store_true", help="cProfile the ingest loop; print the top functions")
    ap.add_argument("--empty", action="store_true", help="start from an empty register (no letters, no cases)")
    ap.add_argument("--floor-insert", action="store_true", help="also time archive.put + one INSERT per message")
    ap.add_argument("--cli", action="store_true", help="only the commands (ingest vs parse --json), whole processes")
    ap.add_argument("--no-cli", action="store_true", help="only the one-process figures (no commands)")
    ap.add_argument("--rounds", type=int, default=3, help="--cli: runs of each command (best counts)")
    ap.add_argument("--cli-root", default=None, help="--cli: the checkout whose commands to run (default: this one)")
    args = ap.parse_args()
    print(f"machine: {_common.machine()}")
    mails = make_mails(args.count, seed=11)
    if args.cli:
        print(f"{len(mails)} mails, {sum(map(len, mails)) / len(mails) / 1024:.1f} KiB on average, "
              f"{'an empty register' if args.empty else 'a letter and a case for every municipality'}")
        cli_figures(args, mails)
        return 0
    n = len(mails)
    print(f"{n} mails, {sum(map(len, mails)) / n / 1024:.1f} KiB on average, batches of {BATCH}, "
          f"{'an empty register' if args.empty else 'a letter and a case for every municipality'}")
    # warm the parser (spaCy, reference data) so the first timed loop does not pay the start-up, and move the
    # loaded tables out of the garbage collector's sight, as the service (ChatCore.warm_up) and the bulk
    # workers (bot.bulk.ParsePool) do: a full collection otherwise walks them every few hundred mails
    import gc

    from parsers.pipeline import warm_up

    warm_up()
    gc.collect()
    gc.freeze()
    for backend in args.backends.split(","):
        with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmpdir:
            tmp = Path(tmpdir)
            if args.floor_insert:
                floor = floor_loop(database(stack, backend, tmp, "floor"), RawArchive(tmp / "floor-data"), mails)
                print(f"[{backend}] floor (archive.put + INSERT) {n / floor:8.1f} msg/s ({floor:.1f} s)")
            db = database(stack, backend, tmp, "ingest")
            if not args.empty:
                letters_for_all(db)
            prof_path = tmp / "ingest.prof" if args.profile else None
            (before, cpu_before) = parse_loop(RawArchive(tmp / "parse-data"), mails)
            took, cpu_took = ingest_loop(db, RawArchive(tmp / "data"), mails, prof_path)
            (after, cpu_after) = parse_loop(RawArchive(tmp / "parse-data"), mails)
            parse_rate, ingest_rate = 2 * n / (before + after), n / took
            ratio = ingest_rate / parse_rate
            cpu_ratio = (cpu_before + cpu_after) / 2 / cpu_took
            print(f"[{backend}] parse {parse_rate:8.1f} msg/s ({n / before:.1f} before, {n / after:.1f} after)   "
                  f"ingest {ingest_rate:8.1f} msg/s ({took:.1f} s)   ingest/parse {ratio:.2f} "
                  f"(target ≥ {TARGET.get(backend, 0):.1f}: {_common.verdict(ratio >= TARGET.get(backend, 0))})\n"
                  f"[{backend}] CPU per message: parse {1000 * (cpu_before + cpu_after) / 2 / n:.2f} ms, ingest "
                  f"{1000 * cpu_took / n:.2f} ms; ingest/parse by CPU {cpu_ratio:.2f}; "
                  f"load average {os.getloadavg()[0]:.2f} at the end")
            label = f"{n} mails, {backend}" + (", empty register" if args.empty else "")
            _common.record(f"ingest {label}", ingest_rate, "msg/s", parse_rate, higher_is_better=True)
            _common.record(f"ingest/parse rate, {label}", ratio, "x", TARGET.get(backend), higher_is_better=True)
            if prof_path:
                pstats.Stats(str(prof_path)).sort_stats("cumulative").print_stats(30)
    if not args.no_cli and not args.profile:  # and the commands as users run them, on the same mails
        cli_figures(args, mails[:CLI_COUNT])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
