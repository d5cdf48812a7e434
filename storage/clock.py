"""The database's clock: one time for every instance that shares the database (leases, outbox claims).

Two instances whose own clocks disagree would otherwise judge a lease expired at different moments (one
running ahead steals a live lease). PostgreSQL: ``clock_timestamp()``; SQLite (one machine): its ``now``.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session


def db_now(s: Session) -> datetime:
    """The current time according to the database, timezone-aware UTC."""
    if s.get_bind().dialect.name == "postgresql":
        value = s.scalar(text("SELECT clock_timestamp()"))
    else:
        # SQLite's 'now' has whole milliseconds; a row stamped in Python in the same millisecond (123456 µs) would
        # be later than it (123000 µs): the end of SQLite's millisecond is the time (a claim right after an
        # enqueue found nothing due, 1 in 300)
        value = datetime.fromisoformat(s.scalar(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')"))) \
            + timedelta(microseconds=999)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
