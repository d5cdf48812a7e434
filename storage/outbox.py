"""The outbox: notifications claimed with a lease, sent once, retried with backoff, never lost."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from storage.clock import db_now
from storage.db import Database
from storage.models import OutboxItem, Staff, utcnow

MAX_ATTEMPTS = 50  # about a day and a half of retries with the capped backoff below


@dataclass
class Claimed:
    id: int
    kind: str
    target: str
    payload: dict[str, Any]
    attempts: int


def enqueue(db: Database, kind: str, dedupe_key: str, payload: dict[str, Any], target: str = "team") -> bool:
    """Add a notification unless one with the same dedupe key exists; True when added."""
    from sqlalchemy.exc import IntegrityError

    try:
        with db.session() as s:
            if s.scalar(select(OutboxItem.id).where(OutboxItem.dedupe_key == dedupe_key)) is not None:
                return False
            s.add(OutboxItem(kind=kind, dedupe_key=dedupe_key, payload=payload, target=target))
        return True
    except IntegrityError:
        return False


def _deliverable(s: Session, target: str) -> str:
    """`staff:<id>` of someone no longer (or never) on the allow-list goes to the team chat instead."""
    if not target.startswith("staff:"):
        return target
    try:
        person = s.get(Staff, int(target.split(":", 1)[1]))
    except ValueError:
        return "team"
    return target if person is not None and person.active else "team"


def claim(db: Database, owner: str, *, limit: int = 20, lease_seconds: int = 60,
          now: datetime | None = None) -> list[Claimed]:
    """Lease up to `limit` due rows for `owner` (FOR UPDATE SKIP LOCKED on PostgreSQL).

    Times are the database's clock unless `now` is given. A row for a staff member who was removed after it
    was queued is re-targeted to the team chat (and stays so).
    """
    with db.session() as s:
        now = now or db_now(s)
        q = (select(OutboxItem)
             .where(OutboxItem.status == "pending", OutboxItem.next_attempt_at <= now,
                    or_(OutboxItem.lease_until.is_(None), OutboxItem.lease_until < now))
             .order_by(OutboxItem.id).limit(limit))
        if db.dialect == "postgresql":
            q = q.with_for_update(skip_locked=True)
        rows = list(s.scalars(q))
        out = []
        for r in rows:
            if db.dialect == "sqlite":
                # SQLite has no row locks: a conditional update decides who owns the row
                res = s.execute(update(OutboxItem).where(
                    OutboxItem.id == r.id, OutboxItem.status == "pending",
                    or_(OutboxItem.lease_until.is_(None), OutboxItem.lease_until < now))
                    .values(lease_owner=owner, lease_until=now + timedelta(seconds=lease_seconds)))
                if res.rowcount != 1:
                    continue
            else:
                r.lease_owner, r.lease_until = owner, now + timedelta(seconds=lease_seconds)
            target = _deliverable(s, r.target)
            if target != r.target:
                s.execute(update(OutboxItem).where(OutboxItem.id == r.id).values(target=target))
            out.append(Claimed(r.id, r.kind, target, dict(r.payload or {}), r.attempts))
        return out


def mark_sent(db: Database, item_id: int, owner: str) -> None:
    with db.session() as s:
        s.execute(update(OutboxItem).where(OutboxItem.id == item_id, OutboxItem.lease_owner == owner)
                  .values(status="sent", sent_at=utcnow(), lease_until=None, attempts=OutboxItem.attempts + 1))


def mark_failed(db: Database, item_id: int, owner: str, error: str, *, retry_after: float | None = None,
                permanent: bool = False) -> None:
    """Record a failed attempt; retry later with exponential backoff (or Telegram's retry_after)."""
    with db.session() as s:
        item = s.get(OutboxItem, item_id)
        if item is None or item.lease_owner != owner:
            return
        item.attempts += 1
        item.last_error = error[:2000]
        item.lease_until = None
        if permanent or item.attempts >= MAX_ATTEMPTS:
            item.status = "failed"
            return
        delay = retry_after if retry_after is not None else min(2 ** min(item.attempts, 10), 1800)
        item.next_attempt_at = db_now(s) + timedelta(seconds=delay)


PARTS_KEY = "_parts_sent"  # payload key: parts of a multi-part message the chat already confirmed
UNCERTAIN_KEY = "_unanswered"  # payload key: sends that went unanswered (may have arrived)
MAX_UNANSWERED = 2  # a third send could make a third copy


def mark_uncertain(db: Database, item_id: int, owner: str, error: str, *, parts_sent: int = 0,
                   uncertain: bool = True, retry_after: float = 1.0) -> bool:
    """A send failed after (part of) it may have reached the chat. Remember the confirmed parts and the
    unanswered sends; after MAX_UNANSWERED the row is not sent again (failed, reason kept). True when it
    will be retried."""
    with db.session() as s:
        item = s.get(OutboxItem, item_id)
        if item is None or item.lease_owner != owner:
            return False
        payload = dict(item.payload or {})
        payload[PARTS_KEY] = max(int(payload.get(PARTS_KEY) or 0), parts_sent)
        if uncertain:
            payload[UNCERTAIN_KEY] = int(payload.get(UNCERTAIN_KEY) or 0) + 1
        item.payload = payload
        item.attempts += 1
        item.last_error = f"onbeantwoord ({payload.get(UNCERTAIN_KEY, 0)}x): {error}"[:2000]
        item.lease_until = None
        if payload.get(UNCERTAIN_KEY, 0) >= MAX_UNANSWERED or item.attempts >= MAX_ATTEMPTS:
            item.status = "failed"
            return False
        item.next_attempt_at = utcnow() + timedelta(seconds=retry_after)
        return True


def pending_count(db: Database) -> int:
    from sqlalchemy import func

    with db.session() as s:
        return s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.status == "pending")) or 0


def release(db: Database, item_ids: list[int], owner: str) -> None:
    """Give back leased rows that were not attempted (the chat went down mid-batch)."""
    if not item_ids:
        return
    with db.session() as s:
        s.execute(update(OutboxItem).where(OutboxItem.id.in_(item_ids), OutboxItem.lease_owner == owner)
                  .values(lease_until=None))
