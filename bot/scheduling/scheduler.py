"""APScheduler 3 with a persistent SQLAlchemy job store in the bot's own database (Europe/Amsterdam).

Jobs (stable ids, `replace_existing=True`, so restarts never double them):
- `rules-daily`: Monday-Friday 08:00, the rules for today into the outbox (holidays produce nothing);
- `digest-daily`: Monday-Friday 08:30, the morning digest per owner;
- `digest-weekly`: Monday 09:00, the weekly overview for the team chat (chart and changes since last week);
- `rules-on-start`: once when the scheduler starts (catches up when the bot was down at 08:00, plus the
  one-off actions - plan_gesprek, trede3_proposal, extension_requested, checkin - of the 3 working days before);
- `checkin:<case_id>`: at 08:05 on a case's check-in day (expected date), re-synced after every rule run;
- `stale-sending`: every minute, follow-up mails left in `sending` by a process that died go back to draft.
Job functions are module-level and take only dates as arguments, so nothing secret is pickled; they use
the database of the running ReminderScheduler. Every run is idempotent (outbox dedupe keys), so a missed
or doubled firing (two processes sharing the job store) never sends a reminder twice.

PTB's own JobQueue cannot persist jobs (its wrapper does not pickle); this scheduler runs beside it.
"""
from __future__ import annotations

import logging
import threading
from datetime import date, datetime, time

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Settings
from bot.scheduling.calendar import QuietHours
from bot.scheduling.plan import catch_up, enqueue, load_cases, run_day
from bot.scheduling.rules import DIGEST_TIME, checkin_date, digest_window, digests
from storage.db import Database
from storage.domain import TZ, local_date
from storage.models import utcnow

log = logging.getLogger("spreidingsbot.scheduler")

JOBSTORE_TABLE = "apscheduler_jobs"
RULES_TIME = time(8, 0)
CHECKIN_TIME = time(8, 5)
MISFIRE_GRACE_SECONDS = 6 * 3600

_lock = threading.Lock()
_active: ReminderScheduler | None = None


def _current() -> ReminderScheduler:
    if _active is None:
        raise RuntimeError("no ReminderScheduler is running in this process")
    return _active


def job_rules(day: str | None = None, catch_up_days: int = 0) -> int:
    """Scheduled job: apply the rules for `day` (ISO date; default today) and re-sync check-in jobs.

    With `catch_up_days`, also the one-off actions of that many previous working days (after downtime).
    """
    rs = _current()
    now = utcnow()
    the_day = date.fromisoformat(day) if day else local_date(now)
    created = run_day(rs.db, the_day, now, rs.quiet)
    if catch_up_days:
        created += catch_up(rs.db, the_day, now, rs.quiet, catch_up_days)
    rs.sync_checkins(local_date(now))
    log.info("rule run", extra={"day": day, "queued": created})
    return created


def job_digest(day: str | None = None) -> int:
    """Scheduled job: the morning digests for `day` (default today)."""
    rs = _current()
    now = utcnow()
    the_day = date.fromisoformat(day) if day else local_date(now)
    with rs.db.session() as s:
        cases = load_cases(s)
    return enqueue(rs.db, digests(the_day, cases), now, rs.quiet)


def job_stale_sending() -> int:
    """Scheduled job: resolve follow-up mails stuck in `sending` (see followup.resolve_stale_sending)."""
    from bot.scheduling.followup import resolve_stale_sending

    return len(resolve_stale_sending(_current().db))


def job_weekly(now_iso: str | None = None) -> bool:
    """Scheduled job: the Monday overview for the team chat, once per ISO week (outbox dedupe key)."""
    from bot.reports.digest import weekly_digest
    from storage.outbox import enqueue as enqueue_item

    rs = _current()
    now = datetime.fromisoformat(now_iso) if now_iso else utcnow()
    with rs.db.session() as s:
        payload = weekly_digest(s, now)
    year, week, _ = local_date(now).isocalendar()
    added = enqueue_item(rs.db, "digest", f"digest:{year}-W{week:02d}", payload, target="team")
    log.info("weekly digest", extra={"week": f"{year}-W{week:02d}", "queued": int(added)})
    return added


class ReminderScheduler:
    """The reminder scheduler of one bot process."""

    def __init__(self, db: Database, quiet: QuietHours | Settings | None = None, *,
                 scheduler: BaseScheduler | None = None) -> None:
        """`quiet`: the quiet hours, or the Settings to read them from (quiet_start/quiet_end)."""
        self.db = db
        if isinstance(quiet, Settings):
            quiet = QuietHours.from_settings(quiet.quiet_start, quiet.quiet_end)
        self.quiet = quiet or QuietHours()
        self.scheduler = scheduler or BackgroundScheduler(timezone=TZ)
        self.scheduler.configure(
            jobstores={"default": SQLAlchemyJobStore(engine=db.engine, tablename=JOBSTORE_TABLE)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_SECONDS},
            timezone=TZ,
        )

    @classmethod
    def from_settings(cls, db: Database, settings: Settings) -> ReminderScheduler:
        """The scheduler with the quiet hours of the settings (quiet_start/quiet_end)."""
        return cls(db, settings)

    def start(self, *, run_now: bool = True, paused: bool = False) -> None:
        """Start the scheduler, (re)register the fixed jobs and, unless told otherwise, run the rules now."""
        global _active
        with _lock:
            _active = self
        self.scheduler.start(paused=paused)
        add = self.scheduler.add_job
        add(job_rules, CronTrigger(day_of_week="mon-fri", hour=RULES_TIME.hour, minute=RULES_TIME.minute,
                                   timezone=TZ), id="rules-daily", name="rules-daily", replace_existing=True)
        add(job_digest, CronTrigger(day_of_week="mon-fri", hour=DIGEST_TIME.hour, minute=DIGEST_TIME.minute,
                                    timezone=TZ), id="digest-daily", name="digest-daily", replace_existing=True)
        add(job_weekly, CronTrigger(day_of_week="mon", hour=9, minute=0, timezone=TZ), id="digest-weekly",
            name="digest-weekly", replace_existing=True)
        add(job_stale_sending, IntervalTrigger(minutes=1, timezone=TZ), id="stale-sending", name="stale-sending",
            replace_existing=True)
        if run_now:
            add(job_rules, DateTrigger(run_date=datetime.now(TZ), timezone=TZ), kwargs={"catch_up_days": 3},
                id="rules-on-start", name="rules-on-start", replace_existing=True)

    def shutdown(self, wait: bool = True) -> None:
        global _active
        if self.scheduler.running:
            self.scheduler.shutdown(wait=wait)
        with _lock:
            if _active is self:
                _active = None

    def schedule_checkin(self, case_id: int, day: date, at: datetime | None = None) -> None:
        """A persistent one-off job that runs the rules for `day` (default at 08:05 that day)."""
        run_at = at or datetime.combine(day, CHECKIN_TIME, tzinfo=TZ)
        self.scheduler.add_job(job_rules, DateTrigger(run_date=run_at, timezone=TZ), args=[day.isoformat()],
                               id=f"checkin:{case_id}", name=f"checkin:{case_id}", replace_existing=True)

    def sync_checkins(self, today: date) -> int:
        """Register a check-in job for every open case whose check-in day lies after today."""
        if not self.scheduler.running:
            return 0
        with self.db.session() as s:
            cases = load_cases(s)
        count = 0
        for c in cases:
            if c.suspended or c.state == "closed":
                continue
            latest = next((m.expected_date for m in reversed(c.messages)
                           if m.kind in {"ibt_reply", "meldplicht"} and m.expected_date and not m.suspect), None)
            when = checkin_date(latest or c.expected_date)
            if when is not None and when > today:
                self.schedule_checkin(c.case_id, when)
                count += 1
        return count

    def job_ids(self) -> list[str]:
        return sorted(j.id for j in self.scheduler.get_jobs())

    def run_once(self, now: datetime) -> int:
        """What the jobs do at `now`, without waiting for them: the rules, plus the digest after 08:30."""
        day = local_date(now)
        created = run_day(self.db, day, now, self.quiet)
        if now >= digest_window(day)[1]:
            with self.db.session() as s:
                cases = load_cases(s)
            created += enqueue(self.db, digests(day, cases), now, self.quiet)
        return created
