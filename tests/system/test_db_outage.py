"""The database goes away for a while under a running service: the watcher pauses, loses nothing, resumes.

A TCP proxy between the service and PostgreSQL is cut (every connection reset, new ones refused) and
restored; the shared PostgreSQL server itself is never touched.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.db import Database
from storage.models import MailboxCheckpoint, Message, OutboxItem
from tests.imap.dovecot import Dovecot
from tests.imap.mails import make_mail
from tests.system.helpers import ServiceProcess, TcpProxy, pg_url, service_env, wait_until

pytestmark = pytest.mark.timeout(120)


def _count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Message.id))) or 0


def test_database_outage_pauses_and_resumes_without_loss(tmp_path: Path, dovecot: Dovecot, pg_name: str) -> None:
    proxy = TcpProxy(("127.0.0.1", 5432))
    direct = Database(pg_url(pg_name))
    env = service_env(pg_url(pg_name, port=proxy.port), tmp_path / "data", SPREIDINGSBOT_LEASE_SECONDS="3",
                      **dovecot.settings_env(mode="none"))
    svc = ServiceProcess(env, tmp_path / "service.log")
    try:
        first = [make_mail(n, tag="voor") for n in range(1, 6)]
        dovecot.append_many(first)
        wait_until(lambda: _count(direct) == 5, 45, what="the first 5 messages recorded")

        proxy.cut()
        cut_at = time.monotonic()
        during = [make_mail(n, tag="tijdens") for n in range(6, 11)]
        dovecot.append_many(during)
        time.sleep(5)
        assert svc.alive(), svc.log()[-3000:]
        assert _count(direct) == 5, "nothing can be recorded while the database is unreachable"
        assert proxy.refused > 0, "the service should have tried to reach the database during the outage"

        proxy.restore()
        restored_at = time.monotonic()
        wait_until(lambda: _count(direct) == 10, 60, what="the messages from the outage recorded")
        recovery = time.monotonic() - restored_at
        print(f"outage {restored_at - cut_at:.1f} s; recorded again {recovery:.1f} s after the database returned")

        time.sleep(1.0)  # let a late duplicate show up if there were one
        with direct.session() as s:
            rows = s.execute(select(Message.message_id, Message.sha256, Message.uid)).all()
            cp = s.get(MailboxCheckpoint, "INBOX")
            outbox = s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.kind == "new_message"))
        ids = sorted(r.message_id for r in rows)
        expected = sorted(f"<test-{tag}-{n}@heemskerk.nl>" for tag, ns in (("voor", range(1, 6)),
                                                                           ("tijdens", range(6, 11))) for n in ns)
        assert ids == expected
        assert len({r.sha256 for r in rows}) == 10
        assert sorted(r.uid for r in rows) == list(range(1, 11))
        assert cp is not None and cp.last_uid == 10 and cp.last_error is None
        assert outbox == 10, "one notification per message, none lost"
        assert svc.alive()
        assert "mailbox sync failed" in svc.log(), "the outage is logged (and was survived)"
    finally:
        svc.stop()
        proxy.close()
        direct.dispose()
