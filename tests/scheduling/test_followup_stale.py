"""Issue 11: a follow-up mail left in `sending` by a process that died is resolved, never sent twice on its own."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

import bot.scheduling.followup as followup
from bot.config import SmtpSettings
from bot.scheduling.followup import prepare_draft, resolve_stale_sending, send_approved
from storage.db import Database
from storage.models import AuditEvent, OutboxItem, OutgoingMail
from tests.scheduling import smtp_server
from tests.scheduling.test_followup import incomplete_case

pytestmark = pytest.mark.timeout(60)


class Died(BaseException):
    """The process ends between claiming the mail and recording the SMTP server's answer."""


def test_stale_sending_goes_back_to_draft_and_the_team_is_told(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = incomplete_case(db)
    with db.session() as s:
        mail_id = prepare_draft(s, cid, "aanvulling", "anna", today=date(2026, 4, 29)).id
    box = smtp_server.Inbox()
    controller = smtp_server.start(box)
    smtp = SmtpSettings(host="127.0.0.1", port=controller.port, security="none", sender="ibtspreidingswet@minjenv.nl")
    try:
        def die(*_a: object, **_k: object) -> None:
            raise Died()

        monkeypatch.setattr(followup, "smtp_send", die)
        with pytest.raises(Died):
            send_approved(db, mail_id, "piet", smtp)
        with db.session() as s:
            stuck = s.get(OutgoingMail, mail_id)
            first_id = stuck.message_id
            assert stuck.status == "sending" and stuck.sending_since is not None
        assert resolve_stale_sending(db) == []  # a fresh claim may still be waiting for the SMTP answer
        assert resolve_stale_sending(db, older_than=0) == [mail_id]
        assert resolve_stale_sending(db, older_than=0) == []  # resolved once
        with db.session() as s:
            mail = s.get(OutgoingMail, mail_id)
            assert mail.status == "draft" and "onbekend of de mail is aangekomen" in mail.last_error
            [alert] = s.scalars(select(OutboxItem).where(OutboxItem.kind == "alert"))
            assert alert.target == "team" and f"concept {mail_id}" in alert.payload["html"]
            assert "mail_sending_interrupted" in [e.action for e in s.scalars(select(AuditEvent))]
        assert box.items == []  # never sent on its own
        monkeypatch.undo()
        sent = send_approved(db, mail_id, "piet", smtp)  # a person decided to send it after checking
        assert sent.status == "sent" and sent.message_id == first_id  # same Message-ID: a double is recognisable
        assert len(box.items) == 1
    finally:
        controller.stop()
