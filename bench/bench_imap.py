"""IMAP watcher: latency from APPEND to recorded message (p50/p95) and fetch-and-record throughput.

Real Dovecot on 127.0.0.1 (tests/imap/dovecot.py), SQLite in a temporary folder, the watcher in a thread
(IDLE). Latency: from just before the APPEND command until the watcher's on_recorded callback (after the
commit), for each of --samples mails sent one at a time. Throughput: --count mails already in a folder,
one scan_once() (batched BODY.PEEK[] fetch, archive, parse, record, checkpoint).
Floors printed beside: Dovecot's own IDLE notification delay, and the bare fetch rate of the same mails.
Target: p95 < 1 s (the anchors poll every 30-60 s).

    .venv/bin/python bench/bench_imap.py [--samples 100] [--count 1000]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import _common
from mailgen import make_mails

from bot.config import ImapSettings
from bot.mailbox.watcher import ImapWatcher
from parsers.pipeline import parse_message
from storage.archive import RawArchive
from storage.db import Database
from tests.imap.dovecot import Dovecot

TARGET_P95_S = 1.0


def idle_floor(server: Dovecot, samples: int = 10) -> float:
    """Median delay between an APPEND and the EXISTS an idling client sees (the server's own share)."""
    server.create_folder("Floor")
    watcher = server.client()
    watcher.select_folder("Floor", readonly=True)
    sender = server.client()
    delays = []
    for raw in make_mails(samples, seed=3, tag="floor"):
        watcher.idle()
        t0 = time.perf_counter()
        sender.append("Floor", raw)
        while not any(r[1] == b"EXISTS" for r in watcher.idle_check(timeout=5) if isinstance(r, tuple) and len(r) > 1):
            if time.perf_counter() - t0 > 5:
                break
        delays.append(time.perf_counter() - t0)
        watcher.idle_done()
    watcher.logout()
    sender.logout()
    return _common.pct(delays, 50)


def latency(server: Dovecot, db: Database, archive: RawArchive, settings: ImapSettings, samples: int) -> list[float]:
    arrived: dict[str, float] = {}
    cond = threading.Condition()

    def on_recorded(res) -> None:  # noqa: ANN001
        with cond:
            arrived[res.message_id or ""] = time.perf_counter()
            cond.notify_all()

    w = ImapWatcher(db, archive, settings, on_recorded=on_recorded)
    t = w.start_thread()
    while not w.in_idle:
        time.sleep(0.01)
    sender = server.client()
    rng = random.Random(11)
    out = []
    from email.parser import BytesHeaderParser

    for raw in make_mails(samples, seed=5, tag="latency"):
        mid = str(BytesHeaderParser().parsebytes(raw)["Message-ID"]).strip()
        time.sleep(rng.uniform(0.05, 0.3))
        while not w.in_idle:  # mail appended before IDLE starts may be reported only 30 s later
            time.sleep(0.005)
        t0 = time.perf_counter()
        sender.append("INBOX", raw)
        with cond:
            if not cond.wait_for(lambda mid=mid: mid in arrived, timeout=30):
                raise SystemExit(f"mail {mid} not recorded within 30 s")
        out.append(arrived[mid] - t0)
    sender.logout()
    w.stop()
    t.join(30)
    return out


def throughput(server: Dovecot, db: Database, archive: RawArchive, settings: ImapSettings,
               count: int) -> tuple[float, float]:
    mails = make_mails(count, seed=9, tag="bulk")
    server.append_many(mails, "Bulk")
    # floor: fetching the same mails in the same batches, without recording them
    c = server.client()
    c.select_folder("Bulk", readonly=True)
    uids = c.search(["ALL"])
    start = time.perf_counter()
    for i in range(0, len(uids), settings.batch_size):
        c.fetch(uids[i:i + settings.batch_size], [b"BODY.PEEK[]", b"INTERNALDATE"])
    fetch_rate = len(uids) / (time.perf_counter() - start)
    c.logout()
    w = ImapWatcher(db, archive, replace(settings, folder="Bulk"))
    start = time.perf_counter()
    results = w.scan_once()
    elapsed = time.perf_counter() - start
    assert sum(r.created for r in results) == count, "not every mail was recorded"
    return count / elapsed, fetch_rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=int, default=100)
    ap.add_argument("--count", type=int, default=1000)
    args = ap.parse_args()
    print(f"machine: {_common.machine()}")
    parse_message(make_mails(1, seed=1, tag="warm")[0])  # load the parser's models before timing
    with tempfile.TemporaryDirectory() as tmp, Dovecot() as server:
        db = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        db.upgrade()
        archive = RawArchive(Path(tmp) / "data")
        settings = ImapSettings(host="127.0.0.1", port=server.port, user=server.user, password=server.password,
                                folder="INBOX", ssl="none")
        floor = idle_floor(server)
        lat = latency(server, db, archive, settings, args.samples)
        p50, p95 = _common.pct(lat, 50), _common.pct(lat, 95)
        print(f"APPEND -> recorded over {len(lat)} mails (IDLE, SQLite): p50 {p50 * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms  "
              f"[target p95 < {TARGET_P95_S:.1f} s: {_common.verdict(p95 < TARGET_P95_S)}]")
        print(f"  floor: Dovecot's own IDLE notification delay (APPEND -> EXISTS), median {floor * 1000:.0f} ms")
        rate, fetch_rate = throughput(server, db, archive, settings, args.count)
        print(f"fetch-and-record of {args.count} mails (batches of {settings.batch_size}, SQLite): "
              f"{rate:.0f} mails/s ({args.count / rate:.1f} s)")
        print(f"  floor: bare batched fetch of the same mails: {fetch_rate:.0f} mails/s")
        _common.record("IMAP APPEND -> recorded p95, sqlite", p95, "s", TARGET_P95_S)
        _common.record("IMAP fetch-and-record, sqlite", rate, "msg/s", fetch_rate, higher_is_better=True)
        db.dispose()


if __name__ == "__main__":
    main()
