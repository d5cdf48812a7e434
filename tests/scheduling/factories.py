"""Build cases, letters and messages directly with the models (no parser, no letter import)."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.domain import TZ, termijn
from storage.models import Case, Gemeente, Letter, Message, Staff


def at(day: date, hh: int = 10, mm: int = 0) -> datetime:
    """A Dutch local moment on `day`, timezone-aware."""
    return datetime.combine(day, time(hh, mm), tzinfo=TZ)


def staff(s: Session, name: str = "Anna de Vries", telegram_id: int | None = 1001) -> Staff:
    st = Staff(name=name, role="behandelaar", telegram_id=telegram_id, email=None)
    s.add(st)
    s.flush()
    return st


def case_with_letter(s: Session, gemeente: str, reference: str, letter_date: date, *, owner: Staff | None = None,
                     trede: int = 2) -> Case:
    g = s.scalar(select(Gemeente).where(Gemeente.name == gemeente))
    assert g is not None, gemeente
    case = Case(gemeente_id=g.id, cycle="2024-12-20", trede=trede, owner_id=owner.id if owner else None,
                state="awaiting_reply")
    s.add(case)
    s.flush()
    s.add(Letter(reference=reference, gemeente_id=g.id, case_id=case.id, date=letter_date,
                 deadline=termijn(letter_date), trede=trede, cycle="2024-12-20"))
    s.flush()
    s.refresh(case)
    return case


def message(s: Session, case: Case, kind: str, received: datetime, *, missing: list[str] | None = None,
            expected_date: str | None = None, on_time: bool | None = None, from_addr: str = "info@heemskerk.nl",
            message_id: str | None = None, subject: str = "Reactie op uw brief", references: list[str] | None = None
            ) -> Message:
    sha = hashlib.sha256(f"{case.id}{kind}{received.isoformat()}{subject}".encode()).hexdigest()
    m = Message(sha256=sha, source="eml", kind=kind, received_at=received, case_id=case.id, state="parsed",
                missing=missing or [], expected_date=expected_date, on_time=on_time, from_addr=from_addr,
                message_id=message_id or f"<{sha[:16]}@heemskerk.nl>", subject=subject,
                parsed={"references_header": references or []})
    s.add(m)
    if kind == "ibt_reply":
        case.state = "answered_incomplete" if missing else "answered_complete"
    s.flush()
    return m
