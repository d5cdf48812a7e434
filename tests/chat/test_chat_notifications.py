"""New-mail notifications from the outbox and their buttons."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.chat.core import ChatCore
from storage.db import Database
from storage.models import AuditEvent, Case, Message, OutgoingMail
from tests.chat.conftest import check_reply
from tests.chat.factory import TG_BEHEERDER, World
from tests.chat.test_chat_commands import press, text_of

pytestmark = pytest.mark.timeout(60)


def test_new_message_notification(core: ChatCore, world: World) -> None:
    mid = world.messages["Heemskerk"]
    reply = core.render_notification({"message_id": mid}, "new_message")
    check_reply(reply)
    out = text_of([reply])
    assert "Reactie op brief – Heemskerk" in out
    assert "Kenmerk in bericht: 7468089" in out and "Op tijd (termijn 30 april 2026)" in out
    assert "❌ tijdpad (onzeker: vaag)" in out and "zo snel mogelijk" in out
    assert "vervalst" not in out
    assert [[b.data for b in row] for row in reply.buttons] == [[f"as:{mid}", f"seen:{mid}"], [f"aanv:{mid}"]]
    assert [b.text for row in reply.buttons for b in row] == ["Ik pak hem op", "Gezien", "Vraag aanvulling"]


def test_late_suspect_and_quarantined(core: ChatCore, db: Database, world: World) -> None:
    with db.session() as s:
        s.get(Message, world.messages["Heemskerk"]).on_time = False
    assert "Te laat (termijn 30 april 2026)" in text_of(
        [core.render_notification({"message_id": world.messages["Heemskerk"]}, "new_message")])
    suspect = text_of([core.render_notification({"message_id": world.messages["Bergen (NH.)"]}, "new_message")])
    assert "Mogelijk vervalst" in suspect
    q = core.render_notification({"message_id": world.messages["quarantined"]}, "new_message")
    check_reply(q)
    assert "In quarantaine: kapotte MIME-structuur <boundary>" in text_of([q])
    assert [[b.data for b in row] for row in q.buttons] == [[f"seen:{world.messages['quarantined']}"]]


def test_complete_reply_has_no_aanvulling_button(core: ChatCore, db: Database, world: World) -> None:
    mid = world.messages["Heemskerk"]
    with db.session() as s:
        m = s.get(Message, mid)
        m.missing = []
        for f in m.findings:
            f.present = True
    reply = core.render_notification({"message_id": mid}, "new_message")
    assert "Alle elementen aanwezig" in text_of([reply])
    assert [b.data for row in reply.buttons for b in row] == [f"as:{mid}", f"seen:{mid}"]


def test_other_kinds_and_missing_rows(core: ChatCore) -> None:
    reply = core.render_notification({"html": "<b>Herinnering</b> &amp; meer", "buttons": [[["Open", "st:GM0396"]]]},
                                     "reminder")
    assert reply.html == "<b>Herinnering</b> &amp; meer" and reply.buttons[0][0].data == "st:GM0396"
    assert core.render_notification({"message_id": 424242}, "new_message") is None
    assert core.render_notification({"something": 1}, "digest") is None


def test_assign_button(core: ChatCore, db: Database, world: World) -> None:
    mid = world.messages["Bergen (NH.)"]
    assert "Bea pakt Bergen (NH.) op" in text_of(press(core, f"as:{mid}", user=TG_BEHEERDER))
    with db.session() as s:
        assert s.get(Case, world.cases["Bergen (NH.)"]).owner.name == "Bea"
        [ev] = s.scalars(select(AuditEvent).where(AuditEvent.action == "assign"))
        assert ev.actor == "Bea"
    assert "hoort (nog) niet bij een zaak" in text_of(press(core, f"as:{world.messages['quarantined']}"))


def test_seen_button(core: ChatCore, db: Database, world: World) -> None:
    mid = world.messages["Heemskerk"]
    assert "Sanne de Vries heeft bericht" in text_of(press(core, f"seen:{mid}"))
    with db.session() as s:
        assert s.get(Message, mid).seen_by == "Sanne de Vries"
        [ev] = s.scalars(select(AuditEvent).where(AuditEvent.action == "seen"))
        assert ev.message_id == mid
    assert "bestaat niet" in text_of(press(core, "seen:999999"))


def test_aanvulling_button(core: ChatCore, db: Database, world: World) -> None:
    mid = world.messages["Heemskerk"]
    out = text_of(press(core, f"aanv:{mid}"))
    try:
        import bot.scheduling.followup  # noqa: F401
    except ModuleNotFoundError:
        assert "kan nog niet" in out
        return
    assert "Concept voor een verzoek om aanvulling aan Heemskerk klaargezet" in out
    with db.session() as s:
        [draft] = s.scalars(select(OutgoingMail))
        assert draft.kind == "aanvulling" and draft.status == "draft" and draft.case_id == world.cases["Heemskerk"]
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "aanvulling_draft")).all()
    # nothing missing: no draft
    assert "mist geen elementen" in text_of(press(core, f"aanv:{world.messages['quarantined']}")) or \
        "niet bij een zaak" in text_of(press(core, f"aanv:{world.messages['quarantined']}"))


def test_aanvulling_refused_by_scheduler_keeps_chat_alive(core: ChatCore, db: Database, world: World) -> None:
    out = text_of(press(core, f"aanv:{world.messages['Bergen (NH.)']}"))  # suspect: no real reply to complete
    assert "concept kon niet worden gemaakt" in out.lower() or "kan nog niet" in out
    with db.session() as s:
        assert s.scalars(select(OutgoingMail)).all() == []
