"""The IMAP watcher against a real Dovecot: IDLE, polling, outages, UIDVALIDITY, processed folder, quarantine."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from bot.config import ImapSettings
from bot.mailbox.backoff import Backoff
from bot.mailbox.connection import connect_and_login
from bot.mailbox.watcher import ImapWatcher
from storage.archive import RawArchive
from storage.db import Database
from storage.ingest import get_checkpoint
from storage.models import MailboxCheckpoint, Message

from .dovecot import Dovecot
from .mails import NOT_A_MAIL, make_mail

pytestmark = pytest.mark.timeout(120)


def settings_for(server: Dovecot, **overrides: object) -> ImapSettings:
    s = ImapSettings(host="127.0.0.1", port=server.port, user=server.user, password=server.password,
                     folder="INBOX", ssl="none", idle_renew_seconds=540, poll_seconds=1)
    return replace(s, **overrides)


def wait_for(cond: Callable[[], bool], timeout: float = 20.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def wait_idling(w: ImapWatcher, after: int = 0, timeout: float = 20.0) -> None:
    """Wait until the server has accepted an IDLE numbered above `after` ("+ idling"), so that a test
    appends while the watcher idles (mail stored just before IDLE has its own test: the gap test below)."""
    wait_for(lambda: w.idles > after and w.in_idle, timeout=timeout, what="the watcher to be idling")


def count(db: Database, *where: object) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Message).where(*where)) or 0)


def message_ids(db: Database) -> list[str | None]:
    with db.session() as s:
        return list(s.scalars(select(Message.message_id).order_by(Message.id)))


def test_new_mail_while_idling_is_recorded(dovecot: Dovecot, db: Database, archive: RawArchive, running,
                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="spreidingsbot")
    dovecot.append(make_mail(1, tag="before"))
    w = ImapWatcher(db, archive, settings_for(dovecot))
    running(w)
    wait_for(lambda: w.syncs >= 1 and count(db) == 1, what="first sync")
    wait_idling(w)
    dovecot.append(make_mail(2, tag="idle"))
    wait_for(lambda: count(db) == 2, timeout=10, what="mail during IDLE")
    with db.session() as s:
        m = s.scalar(select(Message).where(Message.message_id == "<test-idle-2@heemskerk.nl>"))
        assert m is not None and m.source == "imap" and m.folder == "INBOX" and m.uid == 2
        assert m.received_at is not None and m.state == "parsed"
    assert get_checkpoint(db, "INBOX") == (dovecot.folder_status()["UIDVALIDITY"], 2)
    # BODY.PEEK: the mailbox still shows the mail as unread
    assert all(b"\\Seen" not in m["flags"] for m in dovecot.list_folder().values())
    # one structured line per message, without body or password
    lines = [r for r in caplog.records if r.getMessage() == "mail recorded"]
    assert [getattr(r, "uid", None) for r in lines] == [1, 2]
    assert getattr(lines[1], "message_id", None) == "<test-idle-2@heemskerk.nl>"
    assert all(hasattr(r, k) for r in lines for k in ("kind", "municipality", "state"))
    text = caplog.text + " ".join(str(r.__dict__) for r in caplog.records)
    assert "opvangplekken" not in text and dovecot.password not in text
    with db.session() as s:
        assert s.get(MailboxCheckpoint, "INBOX").last_sync_ok is not None


class _AppendsBeforeIdle(ImapWatcher):
    """A watcher whose last look before IDLE is followed, once, by a mail from another connection."""

    def __init__(self, server: Dovecot, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.server = server
        self.appended = False

    def _new_since_sync(self, client):  # noqa: ANN001, ANN202 - the watcher's own signature
        new = super()._new_since_sync(client)
        if not new and not self.appended:
            self.appended = True
            self.server.append(make_mail(2, tag="gap"))
        return new


def test_mail_in_the_gap_before_idle_is_recorded(dovecot: Dovecot, db: Database, archive: RawArchive, running) -> None:
    """Mail stored after the last look but before IDLE: Dovecot reports it right after "+ idling", often in the
    same TCP segment, where imaplib's read buffer (not the socket) holds it. It must be seen now, not at the next
    IDLE renewal (once a flaky first-run guide test: the mail waited the whole 540 s)."""
    dovecot.append(make_mail(1, tag="gap"))
    w = _AppendsBeforeIdle(dovecot, db, archive, settings_for(dovecot))
    running(w)
    wait_for(lambda: w.appended, what="the append in the gap")
    wait_for(lambda: count(db) == 2, timeout=10, what="the mail appended just before IDLE")
    assert message_ids(db) == ["<test-gap-1@heemskerk.nl>", "<test-gap-2@heemskerk.nl>"]


def test_polls_when_the_server_has_no_idle(dovecot_factory, db: Database, archive: RawArchive, running) -> None:
    server = dovecot_factory(idle=False)
    w = ImapWatcher(db, archive, settings_for(server, poll_seconds=0.2))
    running(w)
    wait_for(lambda: w.syncs >= 1, what="first sync")
    server.append(make_mail(1, tag="poll"))
    wait_for(lambda: count(db) == 1, timeout=10, what="mail by polling")
    # the counter moves after the sync that recorded the mail has finished: wait for it, do not race it
    wait_for(lambda: w.syncs >= 2, timeout=10, what="a second (polling) sync")


def test_recovers_when_dovecot_restarts(dovecot: Dovecot, db: Database, archive: RawArchive, running) -> None:
    w = ImapWatcher(db, archive, settings_for(dovecot), backoff=Backoff(base=0.1, cap=0.5))
    running(w)
    wait_idling(w)  # the mail comes while the watcher idles
    dovecot.append(make_mail(1, tag="out"))
    wait_for(lambda: count(db) == 1, what="first mail")
    dovecot.stop()
    wait_for(lambda: _last_error(db) is not None, timeout=10, what="failure recorded")
    idles = w.idles
    dovecot.start()
    wait_idling(w, after=idles)
    dovecot.append(make_mail(2, tag="out"))
    wait_for(lambda: count(db) == 2, timeout=15, what="mail after the restart")
    wait_for(lambda: _last_error(db) is None, timeout=5, what="liveness back to ok")
    # graceful stop too (BYE to the idling client)
    idles = w.idles
    dovecot.stop(graceful=True)
    dovecot.start()
    wait_idling(w, after=idles)
    dovecot.append(make_mail(3, tag="out"))
    wait_for(lambda: count(db) == 3, timeout=15, what="mail after a graceful restart")
    assert sorted(message_ids(db)) == sorted(f"<test-out-{i}@heemskerk.nl>" for i in (1, 2, 3))


def _last_error(db: Database) -> str | None:
    with db.session() as s:
        cp = s.get(MailboxCheckpoint, "INBOX")
        return cp.last_error if cp else None


def test_uidvalidity_reset_resyncs_without_duplicates(dovecot: Dovecot, db: Database, archive: RawArchive) -> None:
    dovecot.append_many([make_mail(i, tag="uv") for i in range(1, 6)])
    w = ImapWatcher(db, archive, settings_for(dovecot))
    assert len(w.scan_once()) == 5
    old, new = dovecot.recreate_folder("INBOX")
    assert old != new
    dovecot.append(make_mail(6, tag="uv"))  # UIDs 1-5 now name the old mails under the new UIDVALIDITY
    results = w.scan_once()
    assert [r.created for r in results] == [False] * 5 + [True]
    assert count(db) == 6
    assert len(set(message_ids(db))) == 6
    assert get_checkpoint(db, "INBOX") == (new, 6)
    assert w.scan_once() == []


def test_moves_recorded_mail_to_processed_folder(dovecot: Dovecot, db: Database, archive: RawArchive) -> None:
    dovecot.append_many([make_mail(i, tag="mv") for i in range(1, 4)])
    # 1-3 recorded earlier by a watcher that did not move them (as after a crash between commit and MOVE)
    plain = ImapWatcher(db, archive, settings_for(dovecot))
    plain.scan_once()
    dovecot.append(make_mail(4, tag="mv"))
    w = ImapWatcher(db, archive, settings_for(dovecot, processed_folder="Verwerkt"))
    results = w.scan_once()
    assert [r.created for r in results] == [True]
    assert dovecot.list_folder("INBOX") == {}
    moved = dovecot.list_folder("Verwerkt")
    assert sorted(m["message_id"] for m in moved.values()) == sorted(f"<test-mv-{i}@heemskerk.nl>" for i in range(1, 5))
    assert count(db) == 4


def test_moves_without_move_capability(dovecot_factory, db: Database, archive: RawArchive) -> None:
    server = dovecot_factory(capabilities="IMAP4rev1 SASL-IR LITERAL+ NAMESPACE UIDPLUS IDLE")
    server.append_many([make_mail(i, tag="cp") for i in range(1, 3)])
    with server.client() as c:
        assert b"MOVE" not in c.capabilities() and b"UIDPLUS" in c.capabilities()
    w = ImapWatcher(db, archive, settings_for(server, processed_folder="Verwerkt"))
    assert len(w.scan_once()) == 2
    assert server.list_folder("INBOX") == {}
    assert len(server.list_folder("Verwerkt")) == 2


def test_sets_processed_flag(dovecot: Dovecot, db: Database, archive: RawArchive) -> None:
    dovecot.append_many([make_mail(i, tag="fl") for i in range(1, 3)])
    w = ImapWatcher(db, archive, settings_for(dovecot, processed_flag="$Verwerkt"))
    assert len(w.scan_once()) == 2
    flags = [m["flags"] for m in dovecot.list_folder("INBOX").values()]
    assert all(b"$Verwerkt" in f for f in flags), flags
    assert w.scan_once() == []


def test_malformed_message_is_quarantined_and_watcher_goes_on(dovecot: Dovecot, db: Database,
                                                              archive: RawArchive, running) -> None:
    w = ImapWatcher(db, archive, settings_for(dovecot))
    running(w)
    wait_idling(w)
    dovecot.append(NOT_A_MAIL)
    dovecot.append(make_mail(2, tag="after"))
    wait_for(lambda: count(db) == 2, timeout=15, what="both mails")
    with db.session() as s:
        bad = s.scalar(select(Message).where(Message.uid == 1))
        good = s.scalar(select(Message).where(Message.uid == 2))
        assert bad.state == "quarantined" and bad.quarantine_reason
        assert archive.has(bad.sha256)  # the raw bytes are kept
        assert good.state == "parsed"


@pytest.mark.parametrize("mode", ["imaps", "starttls"])
def test_tls_logins(dovecot_tls: Dovecot, db: Database, archive: RawArchive, mode: str) -> None:
    dovecot_tls.append(make_mail(1, tag=mode))
    port = dovecot_tls.tls_port if mode == "imaps" else dovecot_tls.port
    s = settings_for(dovecot_tls, ssl=mode, port=port)
    w = ImapWatcher(db, archive, s, connect=lambda: connect_and_login(s, context=dovecot_tls.ssl_context()))
    assert [r.message_id for r in w.scan_once()] == [f"<test-{mode}-1@heemskerk.nl>"]


def test_untrusted_certificate_is_refused(dovecot_tls: Dovecot) -> None:
    import ssl

    s = settings_for(dovecot_tls, ssl="imaps", port=dovecot_tls.tls_port)
    with pytest.raises(ssl.SSLError):
        connect_and_login(s, timeout=5)


def test_stop_during_idle_is_prompt(dovecot: Dovecot, db: Database, archive: RawArchive) -> None:
    w = ImapWatcher(db, archive, settings_for(dovecot))
    t = w.start_thread()
    wait_idling(w)
    started = time.monotonic()
    w.stop()
    t.join(10)
    assert not t.is_alive()
    assert time.monotonic() - started < 3


def test_idle_is_renewed(dovecot: Dovecot, db: Database, archive: RawArchive, running) -> None:
    w = ImapWatcher(db, archive, settings_for(dovecot, idle_renew_seconds=1), idle_check_interval=0.2)
    running(w)
    wait_for(lambda: w.syncs >= 3, timeout=10, what="IDLE renewals (each one a sync)")


def test_runs_as_an_asyncio_task(dovecot: Dovecot, db: Database, archive: RawArchive) -> None:
    import asyncio

    async def scenario() -> None:
        w = ImapWatcher(db, archive, settings_for(dovecot))
        task = asyncio.create_task(w.run_async())
        while not (w.idles and w.in_idle):  # the mail comes while the watcher idles
            await asyncio.sleep(0.05)
        await asyncio.to_thread(dovecot.append, make_mail(1, tag="async"))
        while count(db) < 1:
            await asyncio.sleep(0.05)
        w.stop()
        await asyncio.wait_for(task, timeout=10)

    asyncio.run(asyncio.wait_for(scenario(), timeout=60))
    assert message_ids(db) == ["<test-async-1@heemskerk.nl>"]
