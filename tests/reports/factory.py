"""Building register rows for report tests directly with the models (gemeenten are seeded by `db`)."""
from __future__ import annotations

import hashlib
import itertools
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.domain import on_time as reply_on_time
from storage.domain import termijn
from storage.models import Case, Finding, Gemeente, Letter, Message, MessageLink, Staff

_refs = itertools.count(7100000)
_shas = itertools.count(1)


def gemeente(s: Session, name: str) -> Gemeente:
    g = s.scalar(select(Gemeente).where(Gemeente.name == name))
    assert g is not None, f"unknown gemeente {name}"
    return g


def staff(s: Session, name: str) -> Staff:
    row = Staff(name=name, role="behandelaar")
    s.add(row)
    s.flush()
    return row


def make_case(s: Session, name: str, *, letter_date: date | None = date(2026, 10, 1), trede: int = 2,
              state: str = "awaiting_reply", task: tuple[int | None, int | None] = (100, 10),
              realised: tuple[int | None, int | None] = (0, 0), compliance: str | None = None,
              owner: Staff | None = None, realised_total: int | None = None, planned_total: int | None = None,
              expected_date: str | None = None, suspended: bool = False, deadline_override: date | None = None,
              cycle: str = "2024-12-20", reference: str | None = None) -> Case:
    g = gemeente(s, name)
    case = Case(gemeente_id=g.id, cycle=cycle, trede=trede, state=state, compliance=compliance,
                owner_id=owner.id if owner else None, realised_total=realised_total, planned_total=planned_total,
                expected_date=expected_date, suspended=suspended, deadline_override=deadline_override)
    s.add(case)
    s.flush()
    if letter_date is not None:
        s.add(Letter(reference=reference or str(next(_refs)), gemeente_id=g.id, case_id=case.id, date=letter_date,
                     deadline=termijn(letter_date), trede=trede, task_regulier=task[0], task_amv=task[1],
                     realised_regulier=realised[0], realised_amv=realised[1], cycle=cycle))
        s.flush()
        s.refresh(case)
    return case


def make_reply(s: Session, case: Case, *, received_at: datetime, subject: str = "Reactie op brief",
               missing: list[str] | None = None, evidence: dict[str, str] | None = None,
               also: list[Case] | None = None, suspect: bool = False, kind: str = "ibt_reply") -> Message:
    """A recorded reply to `case` (and, for a shared service, linked to the cases in `also`)."""
    missing = missing or []
    elements = {e: e not in missing for e in ("facts", "steps", "timeline")}
    letter = case.letters[-1] if case.letters else None
    deadline = case.deadline_override or (letter.deadline if letter else None)
    m = Message(sha256=hashlib.sha256(f"msg-{next(_shas)}".encode()).hexdigest(), source="eml",
                subject=subject, from_addr="griffie@example.nl", received_at=received_at, kind=kind,
                state="parsed", case_id=case.id, letter_id=letter.id if letter else None, elements=elements,
                missing=missing, suspect=suspect,
                on_time=reply_on_time(received_at, deadline) if deadline else None)
    for element, present in elements.items():
        m.findings.append(Finding(element=element, present=present,
                                  evidence=(evidence or {}).get(element) if present else None))
    for c in [case, *(also or [])]:
        m.links.append(MessageLink(gemeente_id=c.gemeente_id, case_id=c.id))
    s.add(m)
    s.flush()
    return m


def days(n: int) -> timedelta:
    return timedelta(days=n)
