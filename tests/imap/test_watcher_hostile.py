"""Issue 11 through the IMAP watcher and a real Dovecot: hostile mails are recorded or quarantined, every
later mail is recorded, the checkpoint covers them all, and nothing logs a traceback."""
from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

import storage.ingest as ingest_mod
from bot.mailbox.watcher import ImapWatcher
from storage.archive import RawArchive
from storage.db import Database
from storage.ingest import get_checkpoint
from storage.models import Message
from tests.hostile.mails import HOSTILE, plain

from .dovecot import Dovecot
from .test_watcher import count, settings_for, wait_for

pytestmark = pytest.mark.timeout(300)


def _no_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    assert [r.getMessage() for r in caplog.records if r.exc_info] == []
    assert "Traceback" not in caplog.text


def test_hostile_mails_through_the_watcher(dovecot: Dovecot, db: Database, archive: RawArchive, running,
                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="spreidingsbot")
    raws: list[bytes] = []
    for name, make in HOSTILE.items():
        raws += [make(), plain(f"na-{name}")]
    dovecot.append_many(raws)
    w = ImapWatcher(db, archive, settings_for(dovecot))
    running(w)
    wait_for(lambda: count(db) == len(raws), timeout=240, what="every hostile mail and the mail after it")
    uidvalidity = dovecot.folder_status()["UIDVALIDITY"]
    assert get_checkpoint(db, "INBOX") == (uidvalidity, len(raws))
    with db.session() as s:
        states = {m.uid: m.state for m in s.scalars(select(Message))}
    assert set(states.values()) <= {"parsed", "quarantined"}
    assert all(states[uid] == "parsed" for uid in range(2, len(raws) + 1, 2))  # every mail after a hostile one
    _no_tracebacks(caplog)


def test_unstorable_mail_is_quarantined_and_the_watcher_goes_on(dovecot: Dovecot, db: Database, archive: RawArchive,
                                                                running, monkeypatch: pytest.MonkeyPatch,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    real = ingest_mod.apply_parsed

    def refuse_one(s, m, parsed) -> None:  # noqa: ANN001 - a database that refuses this one message
        if parsed.message_id == "<weigeraar@heemskerk.nl>":
            raise ValueError("waarde geweigerd")
        real(s, m, parsed)

    monkeypatch.setattr(ingest_mod, "apply_parsed", refuse_one)
    dovecot.append_many([plain("weigeraar"), plain("daarna-1"), plain("daarna-2")])
    w = ImapWatcher(db, archive, settings_for(dovecot))
    running(w)
    wait_for(lambda: count(db) == 3, timeout=60, what="all three mails")
    with db.session() as s:
        bad = s.scalar(select(Message).where(Message.uid == 1))
        assert bad.state == "quarantined" and "Kon niet worden opgeslagen" in bad.quarantine_reason
        assert archive.has(bad.sha256)
        assert [m.state for m in s.scalars(select(Message).where(Message.uid > 1))] == ["parsed", "parsed"]
    _no_tracebacks(caplog)
