"""Issue 11: leases on the database clock; outbox rows for removed staff go to the team chat."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

import storage.leases as leases
import storage.models as models
import storage.outbox as outbox
from storage.actions import remove_staff
from storage.db import Database
from storage.leases import try_acquire
from storage.models import OutboxItem, Staff
from storage.outbox import claim, enqueue


def _skewed(monkeypatch: pytest.MonkeyPatch, offset: timedelta) -> None:
    """This instance's own clock runs `offset` off (the database's clock does not)."""
    real = models.utcnow
    for module in (models, leases, outbox):
        monkeypatch.setattr(module, "utcnow", lambda: real() + offset, raising=False)


def test_a_clock_running_ahead_cannot_steal_a_live_lease(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    assert try_acquire(db, "mailbox", "a", 30)
    _skewed(monkeypatch, timedelta(hours=1))
    assert not try_acquire(db, "mailbox", "b", 30)
    monkeypatch.undo()
    _skewed(monkeypatch, timedelta(hours=-1))  # and one running behind still takes an expired lease
    assert try_acquire(db, "scheduler", "a", 0.001)
    import time

    time.sleep(0.05)
    assert try_acquire(db, "scheduler", "b", 30)


def test_outbox_claims_use_the_database_clock(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    assert enqueue(db, "alert", "klok", {"html": "x"})
    assert [c.kind for c in claim(db, "a", lease_seconds=60)] == ["alert"]
    _skewed(monkeypatch, timedelta(hours=1))  # instance b's clock runs an hour ahead
    assert claim(db, "b", lease_seconds=60) == []  # a's lease runs on the database clock, b cannot take it


def test_rows_for_removed_staff_go_to_the_team_chat(db: Database) -> None:
    with db.session() as s:
        anna = Staff(telegram_id=501, name="Anna", role="behandelaar")
        bert = Staff(telegram_id=502, name="Bert", role="behandelaar")
        s.add_all([anna, bert])
        s.flush()
        anna_id, bert_id = anna.id, bert.id
    enqueue(db, "reminder", "r-anna", {"html": "a"}, target=f"staff:{anna_id}")
    enqueue(db, "reminder", "r-bert", {"html": "b"}, target=f"staff:{bert_id}")
    enqueue(db, "reminder", "r-ghost", {"html": "c"}, target="staff:99999")
    with db.session() as s:
        remove_staff(s, 501, "beheerder")
    got = {c.payload["html"]: c.target for c in claim(db, "n")}
    assert got == {"a": "team", "b": f"staff:{bert_id}", "c": "team"}
    with db.session() as s:
        assert s.scalar(select(OutboxItem.target).where(OutboxItem.dedupe_key == "r-anna")) == "team"
