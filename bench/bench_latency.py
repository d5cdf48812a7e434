"""Mailbox-to-chat latency p50/p95: from the APPEND on a real Dovecot until the notification reaches the
chat. Target: p95 < 1 s.

--chat telegram (default): the service talks to the local Bot API server (tests/botapi) run inside this
script; the arrival time is the server's timestamp of the sendMessage request.
--chat console: the notification printed by `run --console` (read from its output file, polled every 5 ms).

    .venv/bin/python bench/bench_latency.py [--samples 30] [--chat telegram|console] [--backend sqlite|postgresql]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import _common
from mailgen import make_mails
from sqlalchemy import func, select

from storage.db import Database
from storage.models import OutboxItem
from tests.imap.dovecot import Dovecot
from tests.system.helpers import ServiceProcess, pg_database, pg_url, service_env, wait_until

TARGET_P95_S = 1.0
TEAM_CHAT = -1001234567890


def subject_of(raw: bytes) -> str:
    for line in raw.decode().split("\r\n"):
        if line.startswith("Subject: "):
            return line[len("Subject: "):]
    raise ValueError("no subject")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=int, default=30)
    ap.add_argument("--chat", choices=["telegram", "console"], default="telegram")
    ap.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--gap", type=float, default=0.3, help="seconds between samples")
    args = ap.parse_args()
    print(f"machine: {_common.machine()}")
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="bench-latency-") as tmpdir:
        tmp = Path(tmpdir)
        url = (f"sqlite:///{tmp / 'lat.db'}" if args.backend == "sqlite"
               else pg_url(stack.enter_context(pg_database(migrate=False))))
        db = Database(url)
        db.upgrade()
        stack.callback(db.dispose)
        dov = stack.enter_context(Dovecot())
        extra = dov.settings_env(mode="none")
        api = None
        if args.chat == "telegram":
            from tests.botapi.server import BotApiServer

            api = stack.enter_context(BotApiServer())
            api.register_chat(TEAM_CHAT, "supergroup", title="IBT team")
            extra |= {"SPREIDINGSBOT_TELEGRAM_TOKEN": api.token, "SPREIDINGSBOT_TELEGRAM_API_URL": api.base_url,
                      "SPREIDINGSBOT_TELEGRAM_TEAM_CHAT_ID": str(TEAM_CHAT)}
        svc = ServiceProcess(service_env(url, tmp / "data", **extra), tmp / "service.log",
                             ("--console",) if args.chat == "console" else ())
        stack.callback(svc.stop)
        mails = make_mails(args.samples + 1, seed=31, tag="lat")
        # warm-up: the first message pays the parser's cold start; it is not a sample
        dov.append(mails[0])
        wait_until(lambda: _sent(db) >= 1, 120, what="the warm-up notification")
        latencies = []
        for raw in mails[1:]:
            subject = subject_of(raw)
            t0 = time.time()
            dov.append(raw)
            if api is not None:
                at = wait_until(lambda subject=subject: next(
                    (r.at for r in api.requests_log if r.method.lower() == "sendmessage" and r.status == 200
                     and subject in str(r.params.get("text", ""))), None), 30, 0.005, what=f"the notification for {subject!r}")
            else:
                at = wait_until(lambda subject=subject: f"Onderwerp: {subject}" in svc.log() and time.time(), 30, 0.005,
                                what=f"the notification for {subject!r}")
            latencies.append(at - t0)
            time.sleep(args.gap)
        p50, p95 = _common.pct(latencies, 50), _common.pct(latencies, 95)
        print(f"[{args.backend}, {args.chat}] {len(latencies)} samples: p50 {p50 * 1000:.0f} ms   p95 "
              f"{p95 * 1000:.0f} ms   max {max(latencies) * 1000:.0f} ms   "
              f"(target p95 < {TARGET_P95_S * 1000:.0f} ms: {_common.verdict(p95 < TARGET_P95_S)})")
        _common.record(f"mailbox-to-chat p95, {args.backend}, {args.chat}", p95 * 1000, "ms", TARGET_P95_S * 1000)
    return 0


def _sent(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.status == "sent")) or 0


if __name__ == "__main__":
    raise SystemExit(main())
