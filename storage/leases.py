"""Leadership leases: one mailbox watcher and one scheduler at a time across instances.

A lease is a row (name, owner, until). Taking it is one conditional UPDATE (or an INSERT when the row
does not exist yet), so it works the same on SQLite and PostgreSQL; the holder renews it well before
`until`, and when the holder dies another instance takes over once `until` has passed. "Now" is the
database's clock (storage.clock), never an instance's own, so a skewed clock cannot steal a live lease.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError

from storage.clock import db_now
from storage.db import Database
from storage.models import Lease


def try_acquire(db: Database, name: str, owner: str, ttl_seconds: float) -> bool:
    """Take or renew the lease `name` for `owner`; False when another live owner holds it."""
    with db.session() as s:
        now = db_now(s)
        until = now + timedelta(seconds=ttl_seconds)
        res = s.execute(update(Lease).where(Lease.name == name, or_(Lease.owner == owner, Lease.until < now))
                        .values(owner=owner, until=until))
        if res.rowcount == 1:
            return True
        if s.get(Lease, name) is not None:
            return False
    try:
        with db.session() as s:
            s.add(Lease(name=name, owner=owner, until=db_now(s) + timedelta(seconds=ttl_seconds)))
        return True
    except IntegrityError:
        return False


def release(db: Database, name: str, owner: str) -> None:
    with db.session() as s:
        s.execute(delete(Lease).where(Lease.name == name, Lease.owner == owner))


def holder(db: Database, name: str) -> tuple[str, object] | None:
    with db.session() as s:
        lease = s.get(Lease, name)
        return (lease.owner, lease.until) if lease is not None else None
