"""Follow-up mails: a draft in formal Dutch, sent over real SMTP (aiosmtpd on loopback) only after approval."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.config import SmtpSettings
from bot.scheduling.actions import CaseActionError
from bot.scheduling.followup import MailSendError, cancel_draft, prepare_draft, send_approved
from bot.scheduling.plan import due_report
from storage.db import Database
from storage.domain import TZ
from storage.models import AuditEvent, Case, OutgoingMail
from tests.scheduling import smtp_server
from tests.scheduling.factories import at, case_with_letter, message, staff

pytestmark = pytest.mark.timeout(60)
THEIR_ID = "<antwoord-42@heemskerk.nl>"


@pytest.fixture
def inbox() -> Iterator[tuple[smtp_server.Inbox, int]]:
    box = smtp_server.Inbox()
    controller = smtp_server.start(box)
    yield box, controller.port
    controller.stop()


def incomplete_case(db: Database) -> int:
    with db.session() as s:
        case = case_with_letter(s, "Heemskerk", "1234567", date(2026, 4, 9), owner=staff(s))
        message(s, case, "ibt_reply", at(date(2026, 4, 27)), missing=["steps", "timeline"], on_time=True,
                from_addr="griffie@heemskerk.nl", message_id=THEIR_ID, subject="RE: brief 1234567",
                references=["<brief-1234567@minjenv.nl>"])
        return case.id


def test_aanvulling_draft_approved_and_sent(db: Database, inbox: tuple[smtp_server.Inbox, int]) -> None:
    box, port = inbox
    cid = incomplete_case(db)
    with db.session() as s:
        draft = prepare_draft(s, cid, "aanvulling", "anna", today=date(2026, 4, 29))
        again = prepare_draft(s, cid, "aanvulling", "anna", today=date(2026, 4, 29))
        assert again.id == draft.id  # a double tap reuses the open draft
        mail_id = draft.id
    assert draft.status == "draft" and draft.to_addr == "griffie@heemskerk.nl"
    assert "brief van 9 april 2026 (kenmerk 1234567)" in draft.subject
    assert box.items == []  # nothing leaves before approval
    smtp = SmtpSettings(host="127.0.0.1", port=port, security="none", sender="ibtspreidingswet@minjenv.nl")
    now = datetime(2026, 4, 29, 10, 0, tzinfo=TZ)
    sent = send_approved(db, mail_id, "piet", smtp, now=now)
    assert sent.status == "sent" and sent.approved_by == "piet"
    assert len(box.items) == 1
    got = box.items[0]
    assert got.mail_from == "ibtspreidingswet@minjenv.nl" and got.rcpt_tos == ["griffie@heemskerk.nl"]
    msg = got.message
    assert msg["In-Reply-To"] == THEIR_ID
    assert msg["References"].split() == ["<brief-1234567@minjenv.nl>", THEIR_ID]
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Message-ID"] == sent.message_id and sent.message_id.endswith("@minjenv.nl>")
    assert msg["Subject"].startswith("Verzoek om aanvulling")
    body = msg.get_content()
    assert "Geacht college van burgemeester en wethouders van de gemeente Heemskerk" in body
    assert "brief van 9 april 2026 met kenmerk 1234567" in body
    assert "Op 27 april 2026 ontvingen wij uw reactie" in body
    assert "stappen die uw gemeente heeft gezet" in body and "concrete tijdsindicatie" in body
    assert "feiten en omstandigheden" not in body  # present in the reply: not asked again
    assert "uiterlijk 20 mei 2026" in body
    with db.session() as s:
        assert s.get(Case, cid).aanvulling_requested_at == now
        actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.case_id == cid))]
    assert actions == ["mail_drafted", "mail_sent"]
    with pytest.raises(CaseActionError, match="al verstuurd"):
        send_approved(db, mail_id, "piet", smtp)
    assert len(box.items) == 1
    # the aanvulling is requested: no more nudges to request it
    with db.session() as s:
        assert "aanvulling_needed" not in [a.kind for a in due_report(s, date(2026, 5, 6))]


def test_rappel_over_starttls_with_login(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cert, key = smtp_server.self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the client trusts the test certificate
    box = smtp_server.Inbox()
    controller = smtp_server.start(box, tls=(cert, key), credentials=("bot", "geheim-wachtwoord"))
    try:
        with db.session() as s:
            case = case_with_letter(s, "Uitgeest", "2345678", date(2026, 4, 9))
            message(s, case, "auto_reply", at(date(2026, 4, 10)), from_addr="noreply@uitgeest.nl")
            message(s, case, "question", at(date(2026, 4, 14)), from_addr="vth@uitgeest.nl",
                    message_id="<vraag-1@uitgeest.nl>", subject="Vraag")
            draft = prepare_draft(s, case.id, "rappel", "anna", today=date(2026, 5, 4))
            mail_id = draft.id
        assert draft.to_addr == "vth@uitgeest.nl" and draft.in_reply_to == "<vraag-1@uitgeest.nl>"
        bad = SmtpSettings(host="localhost", port=controller.port, security="starttls", user="bot",
                           password="fout", sender="ibtspreidingswet@minjenv.nl")
        with pytest.raises(MailSendError) as err:
            send_approved(db, mail_id, "piet", bad)
        assert "fout" not in str(err.value)  # the password never shows up in errors
        with db.session() as s:
            failed = s.get(OutgoingMail, mail_id)
            assert failed.status == "approved" and failed.last_error
        good = SmtpSettings(host="localhost", port=controller.port, security="starttls", user="bot",
                            password="geheim-wachtwoord", sender="ibtspreidingswet@minjenv.nl")
        sent = send_approved(db, mail_id, "piet", good)
        assert sent.status == "sent" and len(box.items) == 1
        msg = box.items[0].message
        assert msg["Subject"] == "Rappel: reactie op onze brief van 9 april 2026 (kenmerk 2345678)"
        assert msg["In-Reply-To"] == "<vraag-1@uitgeest.nl>" and msg["Auto-Submitted"] == "auto-generated"
        body = msg.get_content()
        assert "uiterlijk 30 april 2026" in body and "uiterlijk 11 mei 2026" in body
        with db.session() as s:
            assert s.get(Case, draft.case_id).aanvulling_requested_at is None  # a rappel is no aanvulling
            audit = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.case_id == draft.case_id))]
        assert audit == ["mail_drafted", "mail_failed", "mail_sent"]
    finally:
        controller.stop()


def test_drafts_refuse_what_makes_no_sense(db: Database) -> None:
    with db.session() as s:
        case = case_with_letter(s, "Castricum", "3456789", date(2026, 4, 9))
        with pytest.raises(CaseActionError, match="geen reactie met ontbrekende"):
            prepare_draft(s, case.id, "aanvulling", "anna")
        with pytest.raises(CaseActionError, match="geen e-mailadres"):
            prepare_draft(s, case.id, "rappel", "anna")
        draft = prepare_draft(s, case.id, "rappel", "anna", to_addr="info@castricum.nl")
        assert cancel_draft(s, draft.id, "anna") is True
        assert cancel_draft(s, draft.id, "anna") is False
        with pytest.raises(ValueError):
            prepare_draft(s, case.id, "boze brief", "anna")
    smtp = SmtpSettings(host="127.0.0.1", port=smtp_server.free_port(), security="none")
    with pytest.raises(CaseActionError, match="geannuleerd"):
        send_approved(db, draft.id, "piet", smtp)
