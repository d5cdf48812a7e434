"""Mutations from chat and CLI: each changes the register and writes an AuditEvent."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from storage import actions
from storage.db import Database
from storage.models import AuditEvent, Case, CaseNote, Message, Staff, TredeChange
from tests.chat.factory import build_world

pytestmark = pytest.mark.timeout(60)


def _events(s) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(e.actor, e.action) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_assign_trede_note_seen(db: Database) -> None:
    w = build_world(db)
    cid = w.cases["Almere"]
    with db.session() as s:
        assert actions.assign_case(s, cid, w.staff["Bea"], "Bea") is None
        assert actions.assign_case(s, cid, w.staff["Sanne de Vries"], "Bea") == "Bea"
        assert actions.assign_case(s, cid, None, "Bea") == "Sanne de Vries"
        assert actions.set_trede(s, cid, 4, "Bea", reason="test") == 3
        actions.add_note(s, cid, "Bea", "  gebeld  ")
        assert actions.mark_seen(s, w.messages["Heemskerk"], "Bea") is None
        assert actions.mark_seen(s, w.messages["Heemskerk"], "Mia") == "Bea"
    with db.session() as s:
        case = s.get(Case, cid)
        assert case.owner_id is None and case.trede == 4
        [tc] = s.scalars(select(TredeChange))
        assert (tc.trede_from, tc.trede_to, tc.actor, tc.reason) == (3, 4, "Bea", "test")
        assert s.scalar(select(CaseNote.text)) == "gebeld"
        assert s.get(Message, w.messages["Heemskerk"]).seen_by == "Mia"
        assert _events(s) == [("Bea", "assign")] * 3 + [("Bea", "trede"), ("Bea", "note"), ("Bea", "seen"),
                                                         ("Mia", "seen")]


@pytest.mark.parametrize("call", [
    lambda s, w: actions.set_trede(s, w.cases["Almere"], 7, "x"),
    lambda s, w: actions.set_trede(s, 99999, 2, "x"),
    lambda s, w: actions.assign_case(s, w.cases["Almere"], 99999, "x"),
    lambda s, w: actions.add_note(s, w.cases["Almere"], "x", "   "),
    lambda s, w: actions.mark_seen(s, 99999, "x"),
    lambda s, w: actions.add_staff(s, 1, "Y", "baas", "x"),
    lambda s, w: actions.add_staff(s, 1, " ", "meelezer", "x"),
    lambda s, w: actions.add_staff(s, 1001, "Mia", "meelezer", "x"),  # Bea's id, Mia's name
    lambda s, w: actions.remove_staff(s, 5555, "x"),
])
def test_bad_actions_change_nothing(db: Database, call) -> None:  # noqa: ANN001
    w = build_world(db)
    with pytest.raises(actions.ActionError), db.session() as s:
        call(s, w)
    with db.session() as s:
        assert _events(s) == []


def test_staff_add_update_remove(db: Database) -> None:
    with db.session() as s:
        p = actions.add_staff(s, 10, "Piet", "meelezer", "cli")
        actions.add_staff(s, 10, "Piet Jansen", "behandelaar", "cli")  # same id: update
        actions.remove_staff(s, 10, "cli")
        again = actions.add_staff(s, 10, "Piet Jansen", "beheerder", "cli")  # re-activate
        assert again.id == p.id
    with db.session() as s:
        [person] = s.scalars(select(Staff))
        assert (person.name, person.role, person.active) == ("Piet Jansen", "beheerder", True)
        assert [a for _, a in _events(s)] == ["staff_add", "staff_update", "staff_remove", "staff_update"]
        actions.record_refusal(s, "tg:5", chat_id=5, user_name="onbekend")
    with db.session() as s:
        ev = s.scalar(select(AuditEvent).where(AuditEvent.action == "refused"))
        assert ev.actor == "tg:5" and ev.detail["chat_id"] == 5
