"""The persistent scheduler: jobs survive a restart and fire once; run_once does what the jobs do."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from bot.config import Settings
from bot.scheduling.calendar import QuietHours
from bot.scheduling.scheduler import JOBSTORE_TABLE, ReminderScheduler
from storage.db import Database
from storage.domain import TZ
from storage.models import OutboxItem
from tests.scheduling.factories import at, case_with_letter, message, staff

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(120)


def proc(db_url: str, env: dict[str, str], *args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "tests.scheduling.sched_proc", db_url, *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=90)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def outbox_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxItem))


def test_job_survives_a_restart_and_fires_once(db: Database, db_url: str, cli_env: dict[str, str]) -> None:
    with db.session() as s:
        case_id = case_with_letter(s, "Heemskerk", "1234567", date(2026, 4, 9), owner=staff(s)).id
    first = proc(db_url, cli_env, "schedule", str(case_id), "2026-04-30", "1.5")
    assert first["jobs"] == [f"checkin:{case_id}", "digest-daily", "digest-weekly", "rules-daily", "stale-sending"]
    assert outbox_count(db) == 0  # the first process exited before the job was due
    assert inspect(db.engine).has_table(JOBSTORE_TABLE)  # persisted in the bot's own database
    second = proc(db_url, cli_env, "serve", "20")
    fired = [r for r in second["ran"] if r["job"] == f"checkin:{case_id}"]
    assert fired == [{"job": f"checkin:{case_id}", "result": 1, "error": None}]
    assert second["jobs"] == ["digest-daily", "digest-weekly", "rules-daily", "stale-sending"]  # a one-off job is gone once it ran
    with db.session() as s:
        keys = list(s.scalars(select(OutboxItem.dedupe_key)))
    assert keys == [f"termijn_today:{case_id}:2026-04-30"]
    third = proc(db_url, cli_env, "serve", "2")
    assert [r for r in third["ran"] if r["job"].startswith("checkin:")] == []
    assert third["jobs"] == ["digest-daily", "digest-weekly", "rules-daily", "stale-sending"]  # restarts never double the fixed jobs
    assert outbox_count(db) == 1


def test_run_once_does_the_rules_and_the_digest(db: Database) -> None:
    with db.session() as s:
        case_with_letter(s, "Heemskerk", "1234567", date(2026, 4, 9), owner=staff(s))
    rs = ReminderScheduler(db, Settings(quiet_start="18:00", quiet_end="07:00"))  # as bot/service.py does
    assert rs.quiet == QuietHours(time(18, 0), time(7, 0))
    assert rs.run_once(datetime(2026, 5, 4, 8, 0, tzinfo=TZ)) == 1  # before 08:30: the rules only
    assert rs.run_once(datetime(2026, 5, 4, 8, 30, tzinfo=TZ)) == 1  # now the digest too
    assert rs.run_once(datetime(2026, 5, 4, 9, 0, tzinfo=TZ)) == 0  # idempotent
    with db.session() as s:
        kinds = sorted(s.scalars(select(OutboxItem.kind)))
    assert kinds == ["digest", "reminder"]
    assert rs.run_once(datetime(2026, 5, 14, 9, 0, tzinfo=TZ)) == 0  # Hemelvaartsdag: nothing


def test_checkin_jobs_follow_the_expected_dates(db: Database) -> None:
    with db.session() as s:
        c = case_with_letter(s, "Heemskerk", "1234567", date(2026, 4, 9))
        message(s, c, "meldplicht", at(date(2026, 11, 2)), expected_date="2027-Q2")
        done = case_with_letter(s, "Uitgeest", "2345678", date(2026, 4, 9))
        message(s, done, "ibt_reply", at(date(2026, 4, 20)), expected_date="2026-06")  # already past
        case_id = c.id
    rs = ReminderScheduler(db)
    rs.start(run_now=False, paused=True)
    try:
        assert rs.sync_checkins(date(2026, 11, 30)) == 1
        job = rs.scheduler.get_job(f"checkin:{case_id}")
        assert job.next_run_time == datetime(2027, 4, 1, 8, 5, tzinfo=TZ)
        assert job.args == ("2027-04-01",)
        assert rs.sync_checkins(date(2026, 11, 30)) == 1  # replaced, not doubled
        assert rs.job_ids() == [f"checkin:{case_id}", "digest-daily", "digest-weekly", "rules-daily", "stale-sending"]
    finally:
        rs.shutdown(wait=False)


def test_start_runs_the_rules_once_without_errors(db: Database) -> None:
    import threading

    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED

    with db.session() as s:
        case_with_letter(s, "Heemskerk", "1234567", date(2026, 4, 9), owner=staff(s))
    rs = ReminderScheduler(db)
    events: list = []
    done = threading.Event()

    def listener(event) -> None:  # noqa: ANN001
        events.append(event)
        done.set()

    rs.scheduler.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    rs.start()
    try:
        assert done.wait(30)
    finally:
        rs.shutdown()
    assert [(e.job_id, e.exception) for e in events] == [("rules-on-start", None)]
    assert isinstance(events[0].retval, int)


def test_weekly_digest_job_is_registered_and_queues_one_photo_per_week(db: Database) -> None:
    import base64

    from bot.scheduling.scheduler import job_weekly

    with db.session() as s:
        case_with_letter(s, "Heemskerk", "1234567", date(2026, 4, 9), owner=staff(s))
    rs = ReminderScheduler(db)
    rs.start(run_now=False, paused=True)
    try:
        job = rs.scheduler.get_job("digest-weekly")
        assert job is not None and "mon" in str(job.trigger) and "hour='9'" in str(job.trigger)
        monday = datetime(2026, 5, 11, 9, 0, tzinfo=TZ).isoformat()
        assert job_weekly(monday) is True
        assert job_weekly(monday) is False  # once per ISO week
    finally:
        rs.shutdown()
    with db.session() as s:
        [item] = s.scalars(select(OutboxItem).where(OutboxItem.kind == "digest"))
        assert item.dedupe_key == "digest:2026-W20" and item.target == "team"
        assert base64.b64decode(item.payload["photo_png_b64"])[:8] == b"\x89PNG\r\n\x1a\n"
        assert item.payload["html"]
