from datetime import timedelta

from storage.db import Database
from storage.models import OutboxItem, utcnow
from storage.outbox import claim, enqueue, mark_failed, mark_sent, pending_count


def test_enqueue_is_deduplicated(db: Database) -> None:
    assert enqueue(db, "alert", "k1", {"html": "x"})
    assert not enqueue(db, "alert", "k1", {"html": "y"})
    assert pending_count(db) == 1


def test_a_claimed_row_is_not_claimed_twice(db: Database) -> None:
    for i in range(5):
        enqueue(db, "alert", f"k{i}", {"i": i})
    a = claim(db, "a", limit=3)
    b = claim(db, "b", limit=10)
    assert len(a) == 3 and len(b) == 2
    assert not {x.id for x in a} & {x.id for x in b}
    for x in a:
        mark_sent(db, x.id, "a")
    mark_sent(db, b[0].id, "a")  # not the owner: ignored
    assert pending_count(db) == 2


def test_failure_backs_off_and_retry_after_is_honoured(db: Database) -> None:
    enqueue(db, "alert", "k", {})
    (item,) = claim(db, "a")
    mark_failed(db, item.id, "a", "Telegram weg")
    assert claim(db, "a") == []  # not due yet
    later = utcnow() + timedelta(seconds=5)
    (again,) = claim(db, "a", now=later)
    assert again.attempts == 1
    mark_failed(db, again.id, "a", "429", retry_after=120)
    assert claim(db, "a", now=later + timedelta(seconds=60)) == []
    assert len(claim(db, "a", now=later + timedelta(seconds=130))) == 1


def test_permanent_failure_is_kept_not_lost(db: Database) -> None:
    enqueue(db, "alert", "k", {})
    (item,) = claim(db, "a")
    mark_failed(db, item.id, "a", "chat not found", permanent=True)
    with db.session() as s:
        row = s.get(OutboxItem, item.id)
        assert row.status == "failed" and row.last_error == "chat not found"


def test_the_database_clock_is_never_behind_a_time_stamped_just_before(db: Database) -> None:
    """SQLite's 'now' has whole milliseconds: a row stamped in Python in the same millisecond must still be due."""
    from storage.clock import db_now

    with db.session() as s:
        for _ in range(200):
            before = utcnow()
            assert db_now(s) >= before
    for i in range(50):  # what CI once saw: a claim right after an enqueue found nothing due
        enqueue(db, "alert", f"race{i}", {})
        assert len(claim(db, "a", limit=1)) == 1
