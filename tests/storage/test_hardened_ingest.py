"""Issue 11: every mail is storable on every backend, a mail that cannot be stored is quarantined (and parked
after three failed attempts), duplicates are judged by content, "op tijd" by arrival time."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

import storage.ingest as ingest_mod
from storage.archive import RawArchive
from storage.db import Database
from storage.ingest import get_checkpoint, ingest_raw
from storage.models import Finding, IngestAttempt, Message, OutboxItem
from tests.chat.factory import add_case
from tests.hostile.mails import (
    BODY,
    HOSTILE,
    long_filename,
    nul_in_body,
    nul_in_filename,
    nul_in_subject,
    plain,
)

GOOD = plain("goed-daarna")


def _message(db: Database, mid: int) -> Message:
    with db.session() as s:
        m = s.get(Message, mid)
        s.expunge(m)
        return m


def _count(db: Database, model: type = Message) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_mail_is_recorded_and_the_next_one_too(db: Database, archive: RawArchive, name: str) -> None:
    res = ingest_raw(db, archive, HOSTILE[name](), source="eml", folder="INBOX", uidvalidity=7, uid=1)
    assert res.created and res.state in ("parsed", "quarantined")
    assert archive.has(_message(db, res.id).sha256)
    after = ingest_raw(db, archive, GOOD, source="eml", folder="INBOX", uidvalidity=7, uid=2)
    assert after.created and after.state == "parsed"
    assert get_checkpoint(db, "INBOX") == (7, 2)


def test_nul_in_subject_is_replaced_and_noted(db: Database, archive: RawArchive) -> None:
    m = _message(db, ingest_raw(db, archive, nul_in_subject(), source="eml").id)
    assert m.state == "parsed" and "\x00" not in m.subject and "\ufffd" in m.subject
    assert "\x00" not in m.search_text
    assert any("onderwerp" in w and "NUL" in w for w in m.parsed["warnings"]), m.parsed["warnings"]


def test_nul_in_attachment_name_and_decoded_body(db: Database, archive: RawArchive) -> None:
    name = _message(db, ingest_raw(db, archive, nul_in_filename(), source="eml").id)
    assert name.state == "parsed"
    assert [a["filename"] for a in name.parsed["attachments"]] == ["plan\ufffd.txt"]
    assert any("gelezen gegevens" in w for w in name.parsed["warnings"])
    body = _message(db, ingest_raw(db, archive, nul_in_body(), source="eml").id)
    assert body.state == "parsed" and "\x00" not in body.search_text and "30\ufffd opvangplekken" in body.search_text


def test_long_attachment_name_is_cut_to_its_column(db: Database, archive: RawArchive) -> None:
    res = ingest_raw(db, archive, long_filename(300), source="eml")
    with db.session() as s:
        sources = [f.source for f in s.scalars(select(Finding).where(Finding.message_id == res.id)) if f.source]
        m = s.get(Message, res.id)
        assert any(src.startswith("attachment:") for src in sources), sources
        assert all(len(src) <= 300 for src in sources)
        assert any("ingekort tot 300 tekens" in w for w in m.parsed["warnings"])


def test_integers_beyond_their_column_are_dropped_and_noted(db: Database, archive: RawArchive) -> None:
    res = ingest_raw(db, archive, GOOD, source="eml")
    with db.session() as s:
        m = s.get(Message, res.id)
        m.places_realised, m.places_planned = 2 ** 31, 99999999999999999999
    m = _message(db, res.id)
    assert m.places_realised is None and m.places_planned is None
    assert any("getal te groot" in w for w in m.parsed["warnings"])


def test_date_beyond_utc_is_dropped_and_noted(db: Database, archive: RawArchive) -> None:
    m = _message(db, ingest_raw(db, archive, HOSTILE["date_overflow"](), source="eml").id)
    assert m.state == "parsed" and m.sent_at is None
    assert any("verzenddatum" in w and "buiten het bereik" in w for w in m.parsed["warnings"])


def test_a_message_that_cannot_be_stored_is_quarantined(db: Database, archive: RawArchive,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_a: object, **_k: object) -> None:
        raise ValueError("kolom weigert waarde")

    monkeypatch.setattr(ingest_mod, "apply_parsed", broken)
    res = ingest_raw(db, archive, plain("stuk"), source="imap", folder="INBOX", uidvalidity=3, uid=5)
    assert res.created and res.state == "quarantined"
    assert "Kon niet worden opgeslagen" in res.quarantine_reason and "ValueError" in res.quarantine_reason
    m = _message(db, res.id)
    assert archive.has(m.sha256) and m.message_id == "<stuk@heemskerk.nl>" and m.uid == 5
    assert get_checkpoint(db, "INBOX") == (3, 5)  # in the same transaction as the quarantined row
    with db.session() as s:
        assert [o.payload for o in s.scalars(select(OutboxItem))] == [{"message_id": res.id}]
    assert _count(db, IngestAttempt) == 0
    # told once: the same mail again adds nothing
    assert not ingest_raw(db, archive, plain("stuk"), source="imap", folder="INBOX", uidvalidity=3, uid=5).created
    assert _count(db, OutboxItem) == 1
    monkeypatch.undo()
    assert ingest_raw(db, archive, GOOD, source="imap", folder="INBOX", uidvalidity=3, uid=6).state == "parsed"


class Crash(BaseException):
    """Stands in for a process that dies (OOM kill, segfault) while reading one message."""


def test_a_message_that_failed_three_times_is_parked(db: Database, archive: RawArchive,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*_a: object, **_k: object) -> None:
        raise Crash()

    raw = plain("giftig")
    monkeypatch.setattr(ingest_mod, "parse_safely", crash)
    for _ in range(3):
        with pytest.raises(Crash):
            ingest_raw(db, archive, raw, source="imap", folder="INBOX", uidvalidity=1, uid=1)
    assert _count(db) == 0
    res = ingest_raw(db, archive, raw, source="imap", folder="INBOX", uidvalidity=1, uid=1)
    assert res.created and res.state == "quarantined" and "Geparkeerd na 3" in res.quarantine_reason
    assert get_checkpoint(db, "INBOX") == (1, 1)
    assert not ingest_raw(db, archive, raw, source="imap", folder="INBOX", uidvalidity=1, uid=1).created
    assert _count(db) == 1 and _count(db, IngestAttempt) == 0


def test_same_message_id_and_body_is_one_message(db: Database, archive: RawArchive) -> None:
    first = ingest_raw(db, archive, plain("dubbel"), source="imap", folder="INBOX", uidvalidity=1, uid=1)
    relayed = (b"Received: from mx2.minjenv.nl by mail.minjenv.nl; Mon, 02 Nov 2026 10:05:00 +0100\r\n"
               + plain("dubbel").replace(b"\r\n", b"\n"))
    again = ingest_raw(db, archive, relayed, source="eml")
    assert first.created and not again.created and again.id == first.id
    assert _count(db) == 1


def test_different_body_under_a_known_message_id_is_recorded_and_flagged(db: Database, archive: RawArchive) -> None:
    first = ingest_raw(db, archive, plain("hergebruikt"), source="eml")
    other = ingest_raw(db, archive, plain("hergebruikt", body=BODY.replace(b"30", b"45")), source="eml")
    assert first.created and other.created and other.id != first.id
    m = _message(db, other.id)
    assert m.parsed["message_id_reused"] == [first.id]
    assert any("Message-ID hergebruikt" in w for w in m.parsed["warnings"])
    assert m.places_realised == 45 and m.state == "parsed"
    assert "message_id_reused" not in _message(db, first.id).parsed
    from bot.chat.core import ChatCore
    from bot.config import Settings

    core = ChatCore(db, Settings())
    assert f"Message-ID hergebruikt</b>: bericht {first.id} " in core.render_notification(
        {"message_id": other.id}, "new_message").html
    assert "hergebruikt" not in core.render_notification({"message_id": first.id}, "new_message").html


def _reply(received: bytes = b"", date_header: bytes = b"Mon, 20 Apr 2026 10:00:00 +0200") -> bytes:
    raw = plain("tijd", body=BODY.replace(b"4312345", b"7468089"))
    raw = raw.replace(b"Mon, 02 Nov 2026 10:00:00 +0100", date_header)
    return received + raw


def test_on_time_is_judged_by_the_top_received_header(db: Database, archive: RawArchive) -> None:
    with db.session() as s:
        add_case(s, "Heemskerk", date(2026, 4, 9), ref="7468089")  # termijn 30 April 2026
    late = _reply(b"Received: from mx.minjenv.nl by ex.minjenv.nl; Tue, 5 May 2026 09:00:00 +0200\r\n"
                  b"Received: from heemskerk.nl by mx.minjenv.nl; Mon, 20 Apr 2026 10:01:00 +0200\r\n")
    res = ingest_raw(db, archive, late, source="eml")
    m = _message(db, res.id)
    assert m.kind == "ibt_reply" and m.received_at == datetime(2026, 5, 5, 7, 0, tzinfo=UTC)
    assert m.on_time is False  # the Date header (20 April) is the sender's claim, not the arrival


def test_without_received_header_the_file_time_counts(db: Database, archive: RawArchive) -> None:
    with db.session() as s:
        add_case(s, "Heemskerk", date(2026, 4, 9), ref="7468089")
    res = ingest_raw(db, archive, _reply(), source="eml", file_time=datetime(2026, 5, 6, 12, 0, tzinfo=UTC))
    m = _message(db, res.id)
    assert m.received_at == datetime(2026, 5, 6, 12, 0, tzinfo=UTC) and m.on_time is False
