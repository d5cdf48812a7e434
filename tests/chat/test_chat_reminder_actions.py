"""Reminder actions from chat: verlenging, opschorting, trede 3 proposals and approving a follow-up mail."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bot.chat.core import ChatCore
from storage.db import Database
from storage.models import AuditEvent, Case, Message, OutboxItem, OutgoingMail, utcnow
from tests.chat.factory import TG_BEHANDELAAR, TG_MEELEZER, World
from tests.chat.test_chat_commands import datas, press, text_of
from tests.scheduling import smtp_server


def say(core: ChatCore, text: str, user: int = TG_BEHANDELAAR) -> str:
    return text_of(core.handle_text(user, user, "private", text))


def test_extension_command_moves_the_termijn_and_is_audited(core: ChatCore, db: Database, world: World) -> None:
    out = say(core, "/verleng Almere 2026-06-15 raad vergadert pas op 10 juni")
    assert "verlengd tot 15 juni 2026" in out
    with db.session() as s:
        case = s.get(Case, world.cases["Almere"])
        assert case.deadline_override == date(2026, 6, 15) and "raad" in case.extension_reason
        assert s.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id)).all()
    assert "al op 15 juni 2026" in say(core, "/verleng Almere 15-06-2026 nogmaals")
    assert "Gebruik: /verleng" in say(core, "/verleng Almere")
    assert "geen datum" in say(core, "/verleng Almere 2026-13-45 reden")
    assert "rol" in say(core, "/verleng Almere 2026-06-20 x", user=TG_MEELEZER)


def test_extension_request_notification_offers_the_button(core: ChatCore, db: Database, world: World) -> None:
    with db.session() as s:
        m = s.get(Message, world.messages["Heemskerk"])
        m.kind = "extension_request"
    reply = core.render_notification({"message_id": world.messages["Heemskerk"]}, "new_message")
    assert f"ext:{world.cases['Heemskerk']}" in datas(reply)
    out = text_of(press(core, f"ext:{world.cases['Heemskerk']}"))
    assert "/verleng Heemskerk" in out


def test_suspend_and_resume(core: ChatCore, db: Database, world: World) -> None:
    assert "opgeschort" in say(core, "/opschorten Almere wacht op uitspraak rechter")
    with db.session() as s:
        assert s.get(Case, world.cases["Almere"]).suspended
    assert "al opgeschort" in text_of(press(core, f"sus:{world.cases['Almere']}"))
    assert "hervat" in text_of(press(core, f"res:{world.cases['Almere']}"))
    with db.session() as s:
        assert not s.get(Case, world.cases["Almere"]).suspended
    assert "niet opgeschort" in say(core, "/hervatten Almere")


def test_trede3_proposal_buttons(core: ChatCore, db: Database, world: World) -> None:
    cid = world.cases["Heemskerk"]
    assert "voorlopig op trede 2" in text_of(press(core, f"tr3:{cid}:n"))
    with db.session() as s:
        assert s.get(Case, cid).trede == 2
    # "Naar trede 3" without a proposal having been sent is a forged confirmation: refused and audited
    assert "werkt niet meer" in text_of(press(core, f"tr3:{cid}:y"))
    with db.session() as s:
        assert s.get(Case, cid).trede == 2
        [ev] = s.scalars(select(AuditEvent).where(AuditEvent.action == "confirm_refused"))
        assert ev.detail["reason"] == "not_proposed" and ev.case_id == cid
        s.add(OutboxItem(kind="reminder", dedupe_key=f"tr3:{cid}", target="team", status="sent", sent_at=utcnow(),
                         payload={"action": "trede3_proposal", "case_id": cid, "html": "x", "buttons": []}))
    assert "naar trede 3" in text_of(press(core, f"tr3:{cid}:y"))
    with db.session() as s:
        assert s.get(Case, cid).trede == 3
    assert "rol" in text_of(press(core, f"tr3:{cid}:y", user=TG_MEELEZER))


def test_draft_approve_sends_a_real_mail(core: ChatCore, db: Database, world: World) -> None:
    inbox = smtp_server.Inbox()
    controller = smtp_server.start(inbox)
    try:
        core.settings.smtp.host, core.settings.smtp.port = "127.0.0.1", controller.port
        core.settings.smtp.security = "none"
        replies = press(core, f"aanv:{world.messages['Heemskerk']}")
        draft_reply = replies[-1]
        assert "Concept verzoek om aanvulling" in text_of([draft_reply])
        [ok, no] = datas(draft_reply)
        assert ok.endswith(":ok") and no.endswith(":no")
        assert "rol" in text_of(press(core, ok, user=TG_MEELEZER))
        assert inbox.items == []
        out = text_of(press(core, ok))
        assert "goedgekeurd" in out
        assert len(inbox.items) == 1
        msg = inbox.items[0].message
        assert msg["Auto-Submitted"] == "auto-generated"
        assert "7468089" in msg.get_body().get_content()
        assert "Dit concept is al verstuurd" in text_of(press(core, ok))  # never twice
        assert len(inbox.items) == 1
        with db.session() as s:
            assert s.scalar(select(OutgoingMail)).status == "sent"
    finally:
        controller.stop()


def test_cancel_draft(core: ChatCore, db: Database, world: World) -> None:
    # no mail from Almere yet: no address to write to, said plainly
    assert "geen e-mailadres" in text_of(press(core, f"draft:{world.cases['Almere']}:r"))
    draft_reply = press(core, f"draft:{world.cases['Heemskerk']}:r")[-1]
    assert "rappel" in text_of([draft_reply])
    no = datas(draft_reply)[1]
    assert "geannuleerd" in text_of(press(core, no))
    with db.session() as s:
        assert s.scalar(select(OutgoingMail)).status == "cancelled"
