"""Issue 15: `ingest_many` records a batch in one transaction and keeps every guarantee of `ingest_raw`:
exactly once, the checkpoint in the same transaction, a message that cannot be stored quarantined without
rolling back its neighbours, and a message that kills the process parked alone."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

import storage.ingest as ingest_mod
from storage.archive import ArchiveError, RawArchive
from storage.db import Database
from storage.ingest import RawMail, get_checkpoint, ingest_many, ingest_raw
from storage.models import Finding, IngestAttempt, Message, MessageLink, OutboxItem
from tests.hostile.mails import plain


def _mails(*tags: str, start_uid: int = 1) -> list[RawMail]:
    return [RawMail(plain(tag), "imap", folder="INBOX", uidvalidity=9, uid=start_uid + n) for n, tag in enumerate(tags)]


def _count(db: Database, model: type = Message) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _states(db: Database) -> dict[int, str]:
    with db.session() as s:
        return {m.uid: m.state for m in s.scalars(select(Message))}


def test_a_batch_is_recorded_once_with_its_checkpoint(db: Database, archive: RawArchive) -> None:
    mails = _mails("een", "twee", "drie")
    mails.append(RawMail(mails[0].raw, "imap", folder="INBOX", uidvalidity=9, uid=4))  # the same bytes again
    results = ingest_many(db, archive, mails)
    assert [r.created for r in results] == [True, True, True, False]
    assert results[3].id == results[0].id
    assert get_checkpoint(db, "INBOX") == (9, 4)
    assert _count(db) == 3 and _count(db, OutboxItem) == 3 and _count(db, IngestAttempt) == 0
    assert _count(db, Finding) > 0 and _count(db, MessageLink) == 3
    again = ingest_many(db, archive, _mails("een", "twee", "drie"))
    assert not any(r.created for r in again) and _count(db) == 3 and _count(db, OutboxItem) == 3


def test_batch_records_what_one_by_one_records(db: Database, archive: RawArchive, tmp_path) -> None:  # noqa: ANN001
    other = Database(f"sqlite:///{tmp_path / 'one.db'}")  # one by one on SQLite; the batch on the backend under test
    other.upgrade()
    tags = [f"gelijk-{n}" for n in range(6)]
    ingest_many(db, archive, _mails(*tags))
    for mail in _mails(*tags):
        ingest_raw(other, RawArchive(tmp_path / "one"), mail.raw, source="imap", folder="INBOX", uidvalidity=9,
                   uid=mail.uid)

    def snap(d: Database) -> list[tuple]:
        with d.session() as s:
            return [(m.id, m.sha256, m.kind, m.state, m.case_id, m.letter_id, m.missing, m.parsed, m.on_time,
                     sorted((f.element, f.present, f.evidence) for f in m.findings),
                     sorted((li.gemeente_id, li.case_id, li.direct) for li in m.links))
                    for m in s.scalars(select(Message).order_by(Message.id))]

    assert snap(db) == snap(other)
    other.dispose()


def test_unstorable_message_is_quarantined_and_its_neighbours_stay(db: Database, archive: RawArchive,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest_mod.apply_parsed

    def refuse_one(s, m, parsed) -> None:  # noqa: ANN001 - the database refuses this one message half-way
        real(s, m, parsed)
        if parsed.message_id == "<weigeraar@heemskerk.nl>":
            s.flush()  # its rows reached the database inside the savepoint: they must go again
            raise ValueError("waarde geweigerd")

    monkeypatch.setattr(ingest_mod, "apply_parsed", refuse_one)
    results = ingest_many(db, archive, _mails("ervoor", "weigeraar", "erna"))
    assert [r.state for r in results] == ["parsed", "quarantined", "parsed"]
    assert "ValueError" in results[1].quarantine_reason
    assert _states(db) == {1: "parsed", 2: "quarantined", 3: "parsed"}
    assert get_checkpoint(db, "INBOX") == (9, 3)
    with db.session() as s:
        bad = s.get(Message, results[1].id)
        assert archive.has(bad.sha256) and bad.findings == [] and bad.links == []
        assert s.scalar(select(func.count()).select_from(Finding).where(Finding.message_id == bad.id)) == 0
    assert _count(db, OutboxItem) == 3 and _count(db, IngestAttempt) == 0


def test_a_failing_batch_commits_nothing_and_not_its_checkpoint(db: Database, archive: RawArchive,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    def gone(*_a: object, **_k: object) -> None:
        raise OperationalError("INSERT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(ingest_mod, "_advance_checkpoint", gone)
    with pytest.raises(OperationalError):
        ingest_many(db, archive, _mails("a", "b", "c"))
    assert _count(db) == 0 and get_checkpoint(db, "INBOX") is None
    assert _count(db, IngestAttempt) == 3  # counted before parsing: the retry knows
    monkeypatch.undo()
    assert all(r.created for r in ingest_many(db, archive, _mails("a", "b", "c")))
    assert get_checkpoint(db, "INBOX") == (9, 3) and _count(db, IngestAttempt) == 0


class Crash(BaseException):
    """Stands in for a process that dies while reading one message."""


def test_a_message_that_kills_the_process_is_parked_alone(db: Database, archive: RawArchive,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest_mod.parse_safely

    def crash_on_poison(raw: bytes, context):  # noqa: ANN001, ANN202
        if b"<gif@" in raw:
            raise Crash()
        return real(raw, context)

    monkeypatch.setattr(ingest_mod, "parse_safely", crash_on_poison)
    mails = _mails("ervoor", "gif", "erna", "laatste")
    for _ in range(3):
        with pytest.raises(Crash):
            ingest_many(db, archive, mails)
    results = ingest_many(db, archive, mails)
    assert [r.state for r in results] == ["parsed", "quarantined", "parsed", "parsed"]
    assert "Geparkeerd na 3" in results[1].quarantine_reason
    assert get_checkpoint(db, "INBOX") == (9, 4) and _count(db, IngestAttempt) == 0


def test_archive_failure_stops_the_checkpoint_before_it(db: Database, archive: RawArchive,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    real = RawArchive._store

    def full(self: RawArchive, digest: str, raw: bytes) -> ArchiveError | None:
        if b"<vol@" in raw:
            return ArchiveError(28, "No space left on device")
        return real(self, digest, raw)

    monkeypatch.setattr(RawArchive, "_store", full)
    results = ingest_many(db, archive, _mails("eerst", "vol", "daarna"))
    assert isinstance(results[1], ArchiveError)
    assert results[0].created and results[2].created
    assert get_checkpoint(db, "INBOX") == (9, 1)  # the IMAP fetch starts again at the one not stored
    monkeypatch.undo()
    again = ingest_many(db, archive, _mails("eerst", "vol", "daarna"))
    assert [r.created for r in again] == [False, True, False]
    assert get_checkpoint(db, "INBOX") == (9, 3)
