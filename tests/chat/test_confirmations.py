"""Confirm buttons are one-time tokens bound to the staff member and the proposed change."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.chat.core import ChatCore
from storage import confirmations
from storage.db import Database
from storage.models import AuditEvent, Case, Staff, TredeChange, utcnow
from tests.chat.factory import TG_BEHANDELAAR, TG_BEHEERDER, World
from tests.chat.test_chat_commands import ask, audits, datas, press, text_of

pytestmark = pytest.mark.timeout(60)


def _confirm_data(core: ChatCore, text: str, user: int = TG_BEHANDELAAR) -> str:
    [reply] = ask(core, text, user=user)
    [data] = [d for d in datas(reply) if d.startswith("cf:")]
    return data


def _trede(db: Database, cid: int) -> int:
    with db.session() as s:
        return s.get(Case, cid).trede


def test_forged_trede_callback_is_refused_and_audited(core: ChatCore, db: Database, world: World) -> None:
    cid = world.cases["Heemskerk"]
    out = text_of(press(core, f"tr:{cid}:6"))
    assert "niet (meer) geldig" in out
    assert _trede(db, cid) == 2
    [ev] = audits(db, "confirm_refused")
    assert ev.case_id is None or ev.case_id == cid
    assert ev.detail["reason"] == "legacy"
    for forged in ("cf:AAAAAAAAAAAAAAAAAAAAAA", "cf:", "cf:" + "x" * 61):
        assert "niet (meer) geldig" in text_of(press(core, forged))
    assert _trede(db, cid) == 2
    assert [e.detail["reason"] for e in audits(db, "confirm_refused")] == ["legacy", "unknown", "unknown", "unknown"]


def test_confirm_token_is_one_time(core: ChatCore, db: Database, world: World) -> None:
    cid = world.cases["Heemskerk"]
    data = _confirm_data(core, "/trede heemskerk 4")
    assert _trede(db, cid) == 2
    assert "van trede 2 naar trede 4" in text_of(press(core, data))
    assert _trede(db, cid) == 4
    assert "niet (meer) geldig" in text_of(press(core, data))  # reused
    assert [e.detail["reason"] for e in audits(db, "confirm_refused")] == ["used"]
    with db.session() as s:
        assert len(list(s.scalars(select(TredeChange).where(TredeChange.case_id == cid)))) == 1


def test_someone_elses_token_is_refused(core: ChatCore, db: Database, world: World) -> None:
    cid = world.cases["Heemskerk"]
    data = _confirm_data(core, "/trede heemskerk 5", user=TG_BEHEERDER)
    assert "niet (meer) geldig" in text_of(press(core, data, user=TG_BEHANDELAAR))
    assert _trede(db, cid) == 2
    [ev] = audits(db, "confirm_refused")
    assert ev.detail["reason"] == "other_staff" and ev.actor == "Sanne de Vries"
    assert "naar trede 5" in text_of(press(core, data, user=TG_BEHEERDER))  # the owner can still use it
    assert _trede(db, cid) == 5


def test_expired_token_is_refused(core: ChatCore, db: Database, world: World) -> None:
    cid = world.cases["Heemskerk"]
    data = _confirm_data(core, "/trede heemskerk 3")
    with db.session() as s:
        row = confirmations.get(s, data.split(":", 1)[1])
        row.expires_at = utcnow() - timedelta(seconds=1)
    assert "niet (meer) geldig" in text_of(press(core, data))
    assert _trede(db, cid) == 2
    assert [e.detail["reason"] for e in audits(db, "confirm_refused")] == ["expired"]


def test_token_binds_the_change_and_expires_in_24h(db: Database, world: World) -> None:
    with db.session() as s:
        staff = s.scalar(select(Staff).where(Staff.telegram_id == TG_BEHANDELAAR))
        token = confirmations.issue(s, staff.id, "trede", case_id=world.cases["Heemskerk"], payload={"new": 4})
        row = confirmations.get(s, token)
        assert timedelta(hours=23, minutes=59) < row.expires_at - row.created_at <= timedelta(hours=24)
        assert len(token.encode()) + 3 <= 64
        other = confirmations.issue(s, staff.id, "trede", case_id=world.cases["Heemskerk"], payload={"new": 4})
        assert other != token
    with db.session() as s:
        with pytest.raises(confirmations.Refused) as exc:
            confirmations.consume(s, token, staff.id + 1000, "trede")
        assert exc.value.reason == "other_staff"
        with pytest.raises(confirmations.Refused) as exc:
            confirmations.consume(s, token, staff.id, "mail")
        assert exc.value.reason == "wrong_action"
        got = confirmations.consume(s, token, staff.id, "trede")
        assert got.payload == {"new": 4}
        with pytest.raises(confirmations.Refused) as exc:
            confirmations.consume(s, token, staff.id, "trede")
        assert exc.value.reason == "used"
    with db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "confirm_refused")) is None  # audit is the core's
