"""Staff decisions: verlenging, opschorting, trede 3; each audited, and the reminders follow."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from bot.scheduling.actions import (
    Callback,
    CaseActionError,
    callback_data,
    decide_trede3,
    grant_extension,
    parse_callback,
    resume,
    suspend,
)
from bot.scheduling.plan import due_report
from storage.db import Database
from storage.models import AuditEvent, Case, TredeChange
from tests.scheduling.factories import case_with_letter, staff

pytestmark = pytest.mark.timeout(60)


def new_case(db: Database) -> int:
    with db.session() as s:
        return case_with_letter(s, "Heemskerk", "1234567", date(2026, 4, 9), owner=staff(s)).id


def kinds(db: Database, day: date) -> list[str]:
    with db.session() as s:
        return [a.kind for a in due_report(s, day)]


def audit(db: Database, case_id: int) -> list[AuditEvent]:
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)))


def test_extension_moves_the_termijn_and_rearms_the_reminders(db: Database) -> None:
    cid = new_case(db)
    assert kinds(db, date(2026, 5, 4)) == ["termijn_overdue"]
    with db.session() as s:
        assert grant_extension(s, cid, date(2026, 5, 21), "gemeenteraad vergadert op 19 mei", "anna") is True
    with db.session() as s:
        assert grant_extension(s, cid, date(2026, 5, 21), "dubbel getikt", "anna") is False  # once
        with pytest.raises(CaseActionError, match="na de huidige termijn"):
            grant_extension(s, cid, date(2026, 5, 1), "te vroeg", "anna")
        with pytest.raises(CaseActionError, match="reden"):
            grant_extension(s, cid, date(2026, 6, 1), "  ", "anna")
    assert kinds(db, date(2026, 5, 4)) == []
    assert kinds(db, date(2026, 5, 18)) == ["termijn_soon"]
    assert kinds(db, date(2026, 5, 21)) == ["termijn_today"]
    assert kinds(db, date(2026, 5, 22)) == ["termijn_overdue"]
    events = audit(db, cid)
    assert [e.action for e in events] == ["extension_granted"]
    assert events[0].detail == {"old_termijn": "2026-04-30", "new_termijn": "2026-05-21",
                                "reason": "gemeenteraad vergadert op 19 mei"}
    assert events[0].actor == "anna"


def test_suspension_silences_until_resumed(db: Database) -> None:
    cid = new_case(db)
    with db.session() as s:
        assert suspend(s, cid, "bezwaarprocedure loopt", "piet") is True
        assert suspend(s, cid, "nog eens", "piet") is False
    assert kinds(db, date(2026, 4, 30)) == []
    with db.session() as s:
        assert resume(s, cid, "piet") is True
        assert resume(s, cid, "piet") is False
    assert kinds(db, date(2026, 4, 30)) == ["termijn_today"]
    assert [e.action for e in audit(db, cid)] == ["case_suspended", "case_resumed"]


def test_trede3_is_only_set_when_a_person_accepts(db: Database) -> None:
    cid = new_case(db)
    with db.session() as s:
        assert decide_trede3(s, cid, False, "anna", "eerst gesprek") is False
    with db.session() as s:
        assert s.get(Case, cid).trede == 2
        assert decide_trede3(s, cid, True, "anna") is True
    with db.session() as s:
        assert s.get(Case, cid).trede == 3
        change = s.scalar(select(TredeChange).where(TredeChange.case_id == cid))
        assert (change.trede_from, change.trede_to, change.actor) == (2, 3, "anna")
        assert decide_trede3(s, cid, True, "piet") is False  # already there
    assert [e.action for e in audit(db, cid)] == ["trede3_declined", "trede3_accepted", "trede3_accepted"]
    with db.session() as s, pytest.raises(CaseActionError, match="bestaat niet"):
        suspend(s, 999999, "x", "anna")


def test_callback_data_round_trip() -> None:
    assert callback_data("tr3", 12, "y") == "tr3:12:y"
    assert parse_callback("tr3:12:n") == Callback("tr3", 12, "n")
    assert parse_callback("ext:7") == Callback("ext", 7, None)
    assert parse_callback("mail:3:ok") == Callback("mail", 3, "ok")
    assert parse_callback("draft:3:a") == Callback("draft", 3, "a")
    for bad in ("tr3:12", "tr3:12:x", "ext:7:y", "zap:1", "ext:abc", "ext:1:" + "y" * 70, ""):
        assert parse_callback(bad) is None
    assert len(callback_data("mail", 10**17, "ok").encode()) <= 64
    with pytest.raises(ValueError):
        callback_data("tr3", 1, "maybe")
