"""`reparse --all --jobs 2` over N archived mails (issue 15: 100,000 in ≤ 10 minutes on 2 cores).

Set-up (timed separately, not part of the figure): N varied mails from `bench/mailgen.py` (names, figures,
dates, references and Message-IDs differ, so no two are byte-identical) are written as .eml files and
recorded with `spreidingsbot ingest --jobs 2` into a fresh database. Then `spreidingsbot reparse --all
--jobs 2` is timed as a command, start-up included. The target rate is 100,000 / 600 s = 166.7 msg/s; for a
smaller N the time for 100,000 is extrapolated linearly from the measured rate (and says so).
`--check` also runs `reparse --all --jobs 1` on a copy (SQLite) and compares every record.

    .venv/bin/python bench/bench_reparse.py [--count 5000] [--jobs 2] [--backend sqlite|postgresql] [--check]
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import _common
from mailgen import make_mails

TARGET_COUNT, TARGET_SECONDS = 100_000, 600.0
CLI = [sys.executable, "-m", "bot.cli"]
LAST_CPU = 0.0


def _cli(args: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one command; its CPU seconds (all its processes, workers included) in `LAST_CPU`."""
    global LAST_CPU
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([*CLI, *args], env=env, cwd=_common.ROOT, capture_output=True,
                          text=True, check=False)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
        raise SystemExit(f"spreidingsbot {' '.join(args)} exited {proc.returncode}")
    return took


def _snapshot(url: str) -> list[tuple]:
    from sqlalchemy import select

    from storage.db import Database
    from storage.models import AuditEvent, Case, Message

    db = Database(url)
    with db.session() as s:
        rows: list[tuple] = [(m.id, m.kind, m.state, m.case_id, m.letter_id, m.missing, m.on_time, m.parsed,
                              sorted((f.element, f.present, f.evidence, f.source) for f in m.findings),
                              sorted((li.gemeente_id, li.case_id, li.direct) for li in m.links))
                             for m in s.scalars(select(Message).order_by(Message.id))]
        rows += [(c.id, c.state, c.realised_total, c.planned_total, c.compliance, c.expected_date)
                 for c in s.scalars(select(Case).order_by(Case.id))]
        rows += sorted((a.action, a.message_id, repr(a.detail)) for a in s.scalars(select(AuditEvent)))
    db.dispose()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=5_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    ap.add_argument("--check", action="store_true", help="compare with `reparse --all --jobs 1` (SQLite)")
    args = ap.parse_args()
    print(f"machine: {_common.machine()}")
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="bench-reparse-") as tmpdir:
        tmp = Path(tmpdir)
        mails = tmp / "mails"
        mails.mkdir()
        for n, raw in enumerate(make_mails(args.count, seed=23, tag="reparse")):
            (mails / f"{n:06d}.eml").write_bytes(raw)
        if args.backend == "sqlite":
            url = f"sqlite:///{tmp / 'reparse.db'}"
        else:
            from tests.system.helpers import pg_database, pg_url

            url = pg_url(stack.enter_context(pg_database(migrate=False)))
        env = {k: v for k, v in os.environ.items() if not k.startswith("SPREIDINGSBOT_")}
        env.update(SPREIDINGSBOT_DATABASE_URL=url, SPREIDINGSBOT_DATA_DIR=str(tmp / "data"),
                   PYTHONPATH=str(_common.ROOT))
        _cli(["letters", "import", str(_common.ROOT / "examples" / "letters.json")], env)
        setup = _cli(["ingest", "--quiet", "--no-notify", "--jobs", str(args.jobs), str(mails)], env)
        print(f"set-up: {args.count} mails recorded by `ingest --jobs {args.jobs}` in {setup:.1f} s "
              f"({args.count / setup:.1f} msg/s; not part of the figure)")
        if args.check and args.backend == "sqlite":
            shutil.copy(tmp / "reparse.db", tmp / "one.db")
        took = _cli(["reparse", "--all", "--jobs", str(args.jobs)], env)
        cpu = LAST_CPU
        rate = args.count / took
        full = TARGET_COUNT / rate
        how = "measured" if args.count >= TARGET_COUNT else f"extrapolated linearly from {args.count}"
        print(f"reparse --all --jobs {args.jobs}: {args.count} mails in {took:.1f} s = {rate:.1f} msg/s; "
              f"{TARGET_COUNT} mails: {full:.0f} s ({how}); target ≤ {TARGET_SECONDS:.0f} s: "
              f"{_common.verdict(full <= TARGET_SECONDS)}")
        print(f"  CPU {cpu:.1f} s ({1000 * cpu / args.count:.2f} ms/msg, start-up included); "
              f"load average {os.getloadavg()[0]:.2f} after")
        _common.record(f"reparse --all --jobs {args.jobs}, {args.count} mails, {args.backend}", rate, "msg/s",
                       TARGET_COUNT / TARGET_SECONDS, higher_is_better=True)
        if args.check and args.backend == "sqlite":
            one_env = {**env, "SPREIDINGSBOT_DATABASE_URL": f"sqlite:///{tmp / 'one.db'}"}
            single = _cli(["reparse", "--all", "--jobs", "1"], one_env)
            print(f"  --jobs 1: CPU {LAST_CPU:.1f} s ({1000 * LAST_CPU / args.count:.2f} ms/msg)")
            same = _snapshot(url) == _snapshot(one_env["SPREIDINGSBOT_DATABASE_URL"])
            print(f"reparse --all --jobs 1: {single:.1f} s ({args.count / single:.1f} msg/s); records identical "
                  f"to --jobs {args.jobs}: {'yes' if same else 'NO'}")
            if not same:
                return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
