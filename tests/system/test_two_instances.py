"""Two `spreidingsbot run` processes on one PostgreSQL database and one Dovecot mailbox.

Mail is APPENDed while both run; the leader (the holder of the mailbox lease) is SIGKILLed mid-stream and
the appending goes on. Every message must be recorded exactly once (by Message-ID, sha256 and UID) and
notified exactly once (outbox row sent once, and the notification printed once across both processes),
and the other instance must take over the mailbox within the lease time.

Notifications go to the console channel (`run --console`; stdin is not a terminal, so no chat loop): the
service does not start with the Telegram adapter yet (see the report), so the Bot API server is not used.
"""
from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.db import Database
from storage.leases import holder
from storage.models import Message, OutboxItem, Staff
from tests.botapi.server import BotApiServer
from tests.imap.dovecot import Dovecot
from tests.imap.mails import make_mail
from tests.system.helpers import ServiceProcess, pg_url, service_env, wait_until

pytestmark = pytest.mark.timeout(180)
LEASE_SECONDS = 3.0
TOTAL = 40
KILL_AFTER = 15  # messages appended before the leader dies
LEASE = "mailbox:127.0.0.1:ibt@example.org:INBOX"
TEAM_CHAT = -1001234567890
STAFF_USER = 4242


def _recorded(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Message.id))) or 0


def _unsent(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.status != "sent")) or 0


def _leader_pid(db: Database, lease: str = LEASE) -> int | None:
    h = holder(db, lease)
    return int(h[0].split(":")[1]) if h else None


def test_two_instances_kill_leader_mid_stream(tmp_path: Path, dovecot: Dovecot, pg_name: str,
                                              botapi: BotApiServer) -> None:
    db = Database(pg_url(pg_name))
    botapi.register_chat(TEAM_CHAT, "supergroup", title="IBT team")
    with db.session() as s:
        s.add(Staff(telegram_id=STAFF_USER, name="Test Behandelaar", role="behandelaar"))
    env = service_env(pg_url(pg_name), tmp_path / "data", SPREIDINGSBOT_LEASE_SECONDS=str(LEASE_SECONDS),
                      SPREIDINGSBOT_TELEGRAM_TOKEN=botapi.token, SPREIDINGSBOT_TELEGRAM_API_URL=botapi.base_url,
                      SPREIDINGSBOT_TELEGRAM_TEAM_CHAT_ID=str(TEAM_CHAT), **dovecot.settings_env(mode="none"))
    a = ServiceProcess(env, tmp_path / "a.log")
    procs = [a]
    appended = 0
    killed = threading.Event()
    try:
        wait_until(lambda: _leader_pid(db) == a.pid, 60, what="instance A to take the mailbox lease")
        b = ServiceProcess(env, tmp_path / "b.log")
        procs.append(b)
        time.sleep(3)  # B starts and starts competing for leases and outbox rows
        assert a.alive() and b.alive(), a.log()[-2000:] + b.log()[-2000:]
        assert _leader_pid(db) == a.pid, "a live leader keeps its lease"
        assert _leader_pid(db, "scheduler") == a.pid, "one scheduler: on the first instance"

        def append(first: int, last: int, gate_at: int | None = None) -> None:
            nonlocal appended
            for n in range(first, last + 1):
                if n == gate_at:
                    killed.wait(120)  # the rest of the stream arrives after the leader died
                dovecot.append(make_mail(n, tag="twee"))
                appended = n
                time.sleep(0.1)

        append(1, KILL_AFTER)
        # kill while mail keeps arriving, at a moment the leader has no notification in hand
        writer = threading.Thread(target=append, args=(KILL_AFTER + 1, TOTAL, KILL_AFTER + 8))
        writer.start()
        wait_until(lambda: _recorded(db) >= KILL_AFTER and _unsent(db) == 0, 60,
                   what="the first messages recorded and notified")
        a.kill()
        killed_at = time.monotonic()
        killed.set()
        before_kill = _recorded(db)
        assert before_kill < TOTAL
        takeover = wait_until(lambda: _leader_pid(db) == b.pid and time.monotonic(), 30, 0.02,
                              what="instance B to take over the mailbox lease") - killed_at
        wait_until(lambda: _leader_pid(db, "scheduler") == b.pid, 30, what="B to take over the scheduler")
        writer.join(60)
        assert appended == TOTAL
        first_by_b = wait_until(lambda: _recorded(db) > before_kill and time.monotonic(), 60, 0.02,
                                what="B to record a message") - killed_at
        wait_until(lambda: _recorded(db) == TOTAL, 90, what=f"all {TOTAL} messages recorded")
        wait_until(lambda: _unsent(db) == 0, 90, what="every notification sent")
        print(f"\ntakeover: B held the mailbox lease {takeover:.2f} s after A was killed "
              f"(lease {LEASE_SECONDS:.0f} s), recorded its first message after {first_by_b:.2f} s")
        assert takeover < LEASE_SECONDS + LEASE_SECONDS / 3 + 5.0  # lease + one renewal interval + slack
        time.sleep(1.5)  # room for a late duplicate to appear

        with db.session() as s:
            rows = s.execute(select(Message.id, Message.message_id, Message.sha256, Message.uid)).all()
            outbox = s.execute(select(OutboxItem.payload, OutboxItem.status, OutboxItem.attempts)
                               .where(OutboxItem.kind == "new_message")).all()
        assert sorted(r.message_id for r in rows) == sorted(f"<test-twee-{n}@heemskerk.nl>" for n in range(1, TOTAL + 1))
        assert len({r.sha256 for r in rows}) == TOTAL
        assert sorted(r.uid for r in rows) == list(range(1, TOTAL + 1))
        assert sorted(o.payload["message_id"] for o in outbox) == sorted(r.id for r in rows)
        assert all(o.status == "sent" for o in outbox)
        texts = [str(c.params.get("text", "")) for c in botapi.calls("sendMessage")
                 if str(c.params.get("chat_id")) == str(TEAM_CHAT)]
        for n in range(1, TOTAL + 1):
            count = sum(1 for t in texts if re.search(rf"^Onderwerp: Reactie op brief spreidingswet {n}$", t, re.M))
            assert count == 1, f"message {n} notified {count} times"
        assert len(texts) == TOTAL
        b_log = b.log()

        # the team can still talk to the bot, and gets one answer (the surviving instance polls for updates)
        botapi.inject_message(STAFF_USER, TEAM_CHAT, "/termijnen", chat_type="supergroup", title="IBT team")
        wait_until(lambda: len(botapi.calls("sendMessage")) > len(texts), 30, what="an answer to /termijnen")
        time.sleep(2)
        assert len(botapi.calls("sendMessage")) == len(texts) + 1
        conflicts = sum(1 for r in botapi.requests_log if r.status == 409)
        print(f"getUpdates conflicts (409) while both instances polled: {conflicts}")
        assert b.alive(), b_log[-3000:]
        assert "mailbox watcher started" in b_log
    finally:
        killed.set()
        for p in procs:
            p.stop()
        db.dispose()
