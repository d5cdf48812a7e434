"""The database's clock: one time for every instance that shares the database (leases, outbox claims).

Two instances whose own clocks disagree would otherwise judge a lease expired at different moments (one
running ahead steals a live lease). PostgreSQL: ``clock_timestamp()``; SQLite (one machine): its ``now``.
"""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session


def db_now(s: Session) -> datetime:
    """The current time according to the database, timezone-aware UTC."""
    if s.get_bind().dialect.name == "postgresql":
        value = s.scalar(text("SELECT clock_timestamp()"))
    else:
        value = datetime.fromisoformat(s.scalar(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
