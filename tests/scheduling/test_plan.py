"""From the database to the outbox: snapshots, the day's actions, exactly-once enqueueing, quiet hours."""
from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from bot.scheduling.calendar import QuietHours
from bot.scheduling.plan import digest_report, due_report, enqueue, load_cases, run_day
from storage.db import Database
from storage.domain import TZ
from storage.models import OutboxItem, Staff
from tests.botapi.tg_html import parse_html
from tests.scheduling.factories import at, case_with_letter, message, staff

pytestmark = pytest.mark.timeout(60)


def seed(db: Database) -> dict[str, int]:
    with db.session() as s:
        anna = staff(s)
        heemskerk = case_with_letter(s, "Heemskerk", "1234567", date(2026, 4, 9), owner=anna)
        uitgeest = case_with_letter(s, "Uitgeest", "2345678", date(2026, 4, 1))  # no owner: the team
        message(s, uitgeest, "ibt_reply", at(date(2026, 4, 21)), missing=["timeline"], on_time=True,
                from_addr="info@uitgeest.nl")
        return {"anna": anna.id, "heemskerk": heemskerk.id, "uitgeest": uitgeest.id}


def test_due_report_from_the_database(db: Database) -> None:
    ids = seed(db)
    with db.session() as s:
        snaps = {c.case_id: c for c in load_cases(s)}
        assert snaps[ids["heemskerk"]].termijn == date(2026, 4, 30)
        assert snaps[ids["uitgeest"]].messages[0].missing == ("timeline",)
        actions = due_report(s, date(2026, 4, 30))
    assert [(a.kind, a.case_id, a.target) for a in actions] == [
        ("termijn_today", ids["heemskerk"], f"staff:{ids['anna']}"),
        ("aanvulling_needed", ids["uitgeest"], "team")]  # repeated: 22 April + 5 working days
    with db.session() as s:
        actions = due_report(s, date(2026, 4, 22))
    assert [(a.kind, a.target) for a in actions] == [("aanvulling_needed", "team"), ("plan_gesprek", "team")]


def test_inactive_owner_falls_back_to_the_team(db: Database) -> None:
    ids = seed(db)
    with db.session() as s:
        s.get(Staff, ids["anna"]).active = False
    with db.session() as s:
        assert [a.target for a in due_report(s, date(2026, 4, 30))] == ["team", "team"]


def test_enqueue_twice_writes_one_row(db: Database) -> None:
    seed(db)
    now = datetime(2026, 4, 30, 6, 0, tzinfo=UTC)  # 08:00 in Amsterdam
    with db.session() as s:
        actions = due_report(s, date(2026, 4, 30))
    assert enqueue(db, actions, now) == 2
    assert enqueue(db, actions, now) == 0
    assert run_day(db, date(2026, 4, 30), now) == 0  # a restart runs the rules again: nothing new
    with db.session() as s:
        rows = list(s.scalars(select(OutboxItem).order_by(OutboxItem.id)))
    assert len(rows) == 2
    row = rows[0]
    assert row.dedupe_key.startswith("termijn_today:") and row.dedupe_key.endswith(":2026-04-30")
    assert row.kind == "reminder" and row.status == "pending"
    assert row.next_attempt_at == now
    text, _ = parse_html(row.payload["html"])  # valid Telegram HTML
    assert "Heemskerk" in text and "vandaag" in text
    assert row.payload["buttons"] == []


def test_two_processes_enqueue_concurrently_once(db: Database, db_url: str) -> None:
    seed(db)
    now = datetime(2026, 5, 7, 7, 0, tzinfo=UTC)
    with db.session() as s:
        actions = due_report(s, date(2026, 5, 7))
    assert {a.kind for a in actions} == {"termijn_overdue", "trede3_proposal", "aanvulling_needed"}
    results: list[int] = []
    barrier = threading.Barrier(4)

    def worker() -> None:
        other = Database(db_url)
        try:
            barrier.wait()
            results.append(enqueue(other, actions, now))
        finally:
            other.dispose()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(results) == len(actions) == 3
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxItem)) == 3
        proposal = s.scalar(select(OutboxItem).where(OutboxItem.dedupe_key.like("trede3_proposal:%")))
    labels = [b[0] for row in proposal.payload["buttons"] for b in row]
    data = [b[1] for row in proposal.payload["buttons"] for b in row]
    assert labels == ["Naar trede 3", "Niet nu"]
    assert all(len(d.encode()) <= 64 for d in data) and data[0].startswith("tr3:") and data[0].endswith(":y")
    text, _ = parse_html(proposal.payload["html"])
    assert "trede 3" in text and "actief toezicht" in text


def test_nothing_is_sent_in_quiet_hours(db: Database) -> None:
    seed(db)
    evening = datetime(2026, 4, 30, 19, 30, tzinfo=TZ)
    assert run_day(db, date(2026, 4, 30), evening, QuietHours.from_settings("18:00", "08:00")) == 2
    with db.session() as s:
        row = s.scalar(select(OutboxItem).limit(1))
    assert row.next_attempt_at == datetime(2026, 5, 1, 8, 0, tzinfo=TZ)
    # planned ahead: a day's actions never become sendable before that day's morning
    assert run_day(db, date(2026, 5, 4), datetime(2026, 4, 30, 12, 0, tzinfo=TZ)) == 1
    with db.session() as s:
        row = s.scalar(select(OutboxItem).where(OutboxItem.dedupe_key.like("%2026-05-04")))
    assert row.next_attempt_at == datetime(2026, 5, 4, 8, 0, tzinfo=TZ)


def test_digest_contents(db: Database) -> None:
    ids = seed(db)
    with db.session() as s:
        from storage.models import Case
        heemskerk = s.get(Case, ids["heemskerk"])
        message(s, heemskerk, "question", at(date(2026, 5, 1), 15), subject="Vraag over <kenmerk> & termijn")
    now = datetime(2026, 5, 4, 8, 30, tzinfo=TZ)
    with db.session() as s:
        by_target = {d.target: d for d in digest_report(s, date(2026, 5, 4))}
    assert set(by_target) == {f"staff:{ids['anna']}", "team"}
    assert enqueue(db, list(by_target.values()), now) == 2
    assert enqueue(db, list(by_target.values()), now) == 0
    with db.session() as s:
        rows = {r.target: r for r in s.scalars(select(OutboxItem).where(OutboxItem.kind == "digest"))}
    anna, _ = parse_html(rows[f"staff:{ids['anna']}"].payload["html"])
    assert "Overzicht maandag 4 mei 2026 voor Anna de Vries" in anna
    assert "Vandaag (1)" in anna and "termijn verstreken" in anna
    assert "Achterstallig (1)" in anna and "geen reactie, termijn 30 april 2026, 4 dagen te laat" in anna
    assert "Nieuw binnengekomen (1)" in anna and "Vraag over <kenmerk> & termijn" in anna
    team, _ = parse_html(rows["team"].payload["html"])
    assert "Uitgeest" in team and "reactie onvolledig, ontbreekt: tijdpad" in team
    assert "Vandaag" not in team and "Nieuw" not in team


def test_catch_up_after_downtime_sends_one_off_actions_once(db: Database) -> None:
    from bot.scheduling.plan import catch_up

    ids = seed(db)  # Heemskerk: trede 3 proposal due on 7 May; the bot was down 7 and 8 May
    now = datetime(2026, 5, 11, 9, 0, tzinfo=TZ)
    assert catch_up(db, date(2026, 5, 11), now) == 1
    assert catch_up(db, date(2026, 5, 11), now) == 0
    with db.session() as s:
        keys = list(s.scalars(select(OutboxItem.dedupe_key)))
    assert keys == [f"trede3_proposal:{ids['heemskerk']}:2026-05-07"]  # no stale overdue nudges
