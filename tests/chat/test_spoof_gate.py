"""A possibly spoofed reply is recorded and tied to its municipality but never answers the case on its own;
"Klopt, verwerk als reactie" does (audited). Real parser, real ingest, both backends."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from bot.chat.core import ChatCore
from bot.chat.plain import html_to_text
from bot.config import Settings
from storage import trust
from storage.archive import RawArchive
from storage.db import Database
from storage.ingest import ingest_raw
from storage.messages import reparse
from storage.models import AuditEvent, Case, Message, Staff
from tests.chat.conftest import check_reply
from tests.chat.factory import TG_BEHANDELAAR, TG_MEELEZER, add_case

pytestmark = pytest.mark.timeout(120)
TRUSTED = "AM0PR01MB1234.eurprd01.prod.outlook.com"
BODY = """\
Geachte heer, mevrouw,

In antwoord op uw brief met kenmerk 7468089: wij hebben nog geen opvanglocatie gerealiseerd, omdat de raad
de locatie heeft afgewezen. Wij starten in juni 2026 een nieuwe procedure en verwachten per 1 januari 2027
50 plekken te realiseren.

Met vriendelijke groet,
Gemeente Heemskerk
"""
SPOOF = ("From: =?utf-8?q?s=2Ehoogeveen=40heemskerk=2Enl_=3Cs=2Ehoogeveen=40heemskerk=2Enl=3E?= "
         "<attacker@evil.example>\n"
         f"Authentication-Results: {TRUSTED}; spf=pass smtp.mailfrom=evil.example; dmarc=pass header.from=evil.example\n"
         "Authentication-Results: mx.evil.example; dmarc=pass header.from=heemskerk.nl\n")
GENUINE = ("From: Gemeente Heemskerk <s.hoogeveen@heemskerk.nl>\n"
           f"Authentication-Results: {TRUSTED}; spf=pass smtp.mailfrom=heemskerk.nl; dkim=pass header.d=heemskerk.nl;"
           " dmarc=pass header.from=heemskerk.nl\n")


def mail(head: str, mid: str) -> bytes:
    return (head + "To: ibtspreidingswet@minjenv.nl\nSubject: Reactie op brief 7468089\n"
            f"Date: Tue, 28 Apr 2026 10:00:00 +0200\nMessage-ID: <{mid}@x>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + BODY).encode()


@pytest.fixture
def trusted():  # noqa: ANN201
    trust.configure(TRUSTED)
    yield TRUSTED
    trust.configure(None)


def _setup(db: Database) -> int:
    with db.session() as s:
        s.add(Staff(telegram_id=TG_BEHANDELAAR, name="Sanne", role="behandelaar"))
        s.add(Staff(telegram_id=TG_MEELEZER, name="Mees", role="meelezer"))
        return add_case(s, "Heemskerk", date(2026, 4, 9), ref="7468089").id


def _state(db: Database, cid: int) -> str:
    with db.session() as s:
        return s.get(Case, cid).state


def test_spoofed_reply_does_not_answer_the_case_until_staff_confirm(db: Database, archive: RawArchive,
                                                                    trusted: str) -> None:
    cid = _setup(db)
    res = ingest_raw(db, archive, mail(SPOOF, "spoof"), source="eml", received_at=datetime(2026, 4, 28, tzinfo=UTC))
    with db.session() as s:
        m = s.get(Message, res.id)
        assert m.from_addr == "attacker@evil.example" and m.suspect is True and m.case_id == cid
    assert _state(db, cid) == "awaiting_reply"
    core = ChatCore(db, Settings(), today=lambda: date(2026, 5, 10))
    reply = core.render_notification({"message_id": res.id}, "new_message")
    check_reply(reply)
    text = html_to_text(reply.html)
    assert "Mogelijk vervalst" in text and "claimt Heemskerk" in text
    assert [b.text for row in reply.buttons for b in row][-1] == "Klopt, verwerk als reactie"
    assert f"gen:{res.id}" in [b.data for row in reply.buttons for b in row]
    # a meelezer cannot, a behandelaar can; audited
    assert "Dat mag je niet" in html_to_text(core.handle_callback(TG_MEELEZER, TG_MEELEZER, f"gen:{res.id}")[0].html)
    assert _state(db, cid) == "awaiting_reply"
    out = html_to_text(core.handle_callback(TG_BEHANDELAAR, TG_BEHANDELAAR, f"gen:{res.id}")[0].html)
    assert "telt nu als reactie" in out
    assert _state(db, cid).startswith("answered")
    with db.session() as s:
        [ev] = s.scalars(select(AuditEvent).where(AuditEvent.action == "spoof_override"))
        assert ev.actor == "Sanne" and ev.message_id == res.id and "display_claim" in ev.detail["reasons"]
        # a reparse keeps the staff decision
        reparse(s, archive, [res.id])
    with db.session() as s:
        assert s.get(Message, res.id).suspect is False
    again = html_to_text(core.handle_callback(TG_BEHANDELAAR, TG_BEHANDELAAR, f"gen:{res.id}")[0].html)
    assert "niet als mogelijk vervalst" in again


def test_verified_reply_answers_the_case(db: Database, archive: RawArchive, trusted: str) -> None:
    cid = _setup(db)
    res = ingest_raw(db, archive, mail(GENUINE, "genuine"), source="eml",
                     received_at=datetime(2026, 4, 28, tzinfo=UTC))
    with db.session() as s:
        assert s.get(Message, res.id).suspect is False
    assert _state(db, cid).startswith("answered")
    core = ChatCore(db, Settings(), today=lambda: date(2026, 5, 10))
    reply = core.render_notification({"message_id": res.id}, "new_message")
    assert "Afzender geverifieerd" in html_to_text(reply.html)
    assert "gen:" not in str([b.data for row in reply.buttons for b in row])


def test_without_authserv_id_the_sender_reads_unverified(db: Database, archive: RawArchive) -> None:
    cid = _setup(db)
    res = ingest_raw(db, archive, mail(GENUINE, "unverified"), source="eml",
                     received_at=datetime(2026, 4, 28, tzinfo=UTC))
    assert _state(db, cid).startswith("answered")  # unverified is not suspect
    core = ChatCore(db, Settings(), today=lambda: date(2026, 5, 10))
    [reply] = core.handle_text(TG_BEHANDELAAR, TG_BEHANDELAAR, "private", f"/bericht {res.id}")
    assert "Afzender niet geverifieerd" in html_to_text(reply.html)


def test_lookalike_and_gmail_display_claim(db: Database, archive: RawArchive, trusted: str) -> None:
    cid = _setup(db)
    for i, sender in enumerate(("Gemeente Heemskerk <info@heernskerk.nl>",
                                "Gemeente Heemskerk <gemeente.heemskerk@gmail.com>")):
        res = ingest_raw(db, archive, mail(f"From: {sender}\n", f"claim{i}"), source="eml",
                         received_at=datetime(2026, 4, 28, tzinfo=UTC))
        with db.session() as s:
            m = s.get(Message, res.id)
            assert m.suspect is True and m.case_id == cid, sender
    assert _state(db, cid) == "awaiting_reply"
