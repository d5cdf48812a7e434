"""A running `spreidingsbot run`: start-up time (to ready and to the first message recorded) and peak RSS
while it ingests a batch from a real Dovecot. Targets (issue 15): start-up < 3 s, peak RSS ≤ 300 MB (also
for a mailbox of 10,000 mails: `--batch 10000`). Beside the wall-clock start-up it prints the CPU seconds the
service had used when its first message was recorded, which a loaded, shared machine disturbs far less.

    .venv/bin/python bench/bench_service.py [--batch 500] [--backends sqlite,postgresql]
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import _common
from mailgen import make_mails
from sqlalchemy import func, select

from storage.db import Database
from storage.models import Message
from tests.imap.dovecot import Dovecot
from tests.system.helpers import ServiceProcess, peak_rss_kb, pg_database, pg_url, service_env, wait_until

TARGET_START_S = 3.0
TARGET_RSS_MB = 300.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a running process (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Message.id))) or 0


def one_run(backend: str, batch: int, tmp: Path, stack: ExitStack) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp / 'svc.db'}"
    else:
        url = pg_url(stack.enter_context(pg_database(migrate=False)))
    db = Database(url)
    db.upgrade()  # as after `spreidingsbot db upgrade`; the service start-up is measured, not the first migration
    stack.callback(db.dispose)
    dov = stack.enter_context(Dovecot())
    mails = make_mails(batch + 1, seed=23, tag=f"svc-{backend}")
    dov.append(mails[0])
    env = service_env(url, tmp / "data", **dov.settings_env(mode="none"))
    svc = ServiceProcess(env, tmp / "service.log")
    stack.callback(svc.stop)
    t0 = svc.started
    ready = wait_until(lambda: "mailbox watcher started" in svc.log() and time.monotonic(), 60, 0.01,
                       what="the watcher to start") - t0
    first = wait_until(lambda: count(db) >= 1 and time.monotonic(), 60, 0.01, what="the first message") - t0
    cpu_first = cpu_seconds(svc.pid)
    rss_idle = peak_rss_kb(svc.pid) / 1024
    t1 = time.monotonic()
    dov.append_many(mails[1:])
    wait_until(lambda: count(db) >= batch + 1, max(600.0, batch * 0.3), 0.2, what="the batch recorded")
    took = time.monotonic() - t1
    peak = peak_rss_kb(svc.pid) / 1024
    print(f"[{backend}] start-up: ready (watcher running) {ready:.2f} s, first message recorded {first:.2f} s "
          f"(target < {TARGET_START_S:.0f} s: {_common.verdict(first < TARGET_START_S)} for first message, "
          f"{_common.verdict(ready < TARGET_START_S)} for ready); CPU used by then {cpu_first:.2f} s")
    print(f"[{backend}] batch of {batch} APPENDed mails recorded in {took:.1f} s ({batch / took:.1f} msg/s); "
          f"peak RSS after start {rss_idle:.0f} MB, during the batch {peak:.0f} MB "
          f"(target ≤ {TARGET_RSS_MB:.0f} MB: {_common.verdict(peak <= TARGET_RSS_MB)})")
    _common.record(f"start-up to ready, {backend}", ready, "s", TARGET_START_S)
    _common.record(f"start-up to first message recorded, {backend}", first, "s", TARGET_START_S)
    _common.record(f"start-up to first message recorded, CPU seconds, {backend}", cpu_first, "s", TARGET_START_S)
    _common.record(f"peak RSS, {batch}-mail batch, {backend}", peak, "MB", TARGET_RSS_MB)
    _common.record(f"batch of {batch} APPENDed mails, {backend}", batch / took, "msg/s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--backends", default="sqlite,postgresql")
    args = ap.parse_args()
    print(f"machine: {_common.machine()}")
    for backend in args.backends.split(","):
        with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="bench-service-") as tmpdir:
            one_run(backend, args.batch, Path(tmpdir), stack)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
