import time

from storage.db import Database
from storage.leases import holder, release, try_acquire


def test_one_holder_at_a_time_and_takeover_after_expiry(db: Database) -> None:
    assert try_acquire(db, "mailbox", "a", 0.5)
    assert not try_acquire(db, "mailbox", "b", 0.5)
    assert try_acquire(db, "mailbox", "a", 0.5)  # renew
    assert holder(db, "mailbox")[0] == "a"
    time.sleep(0.7)
    assert try_acquire(db, "mailbox", "b", 5)
    assert not try_acquire(db, "mailbox", "a", 5)
    release(db, "mailbox", "b")
    assert try_acquire(db, "mailbox", "a", 5)


def test_leases_are_independent(db: Database) -> None:
    assert try_acquire(db, "mailbox", "a", 5)
    assert try_acquire(db, "scheduler", "b", 5)
    assert not try_acquire(db, "scheduler", "a", 5)
