"""Mutations staff make from chat or CLI; each writes an AuditEvent in the same transaction."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import AuditEvent, Case, CaseNote, Message, Staff, TredeChange, utcnow

ROLES = ("beheerder", "behandelaar", "meelezer")
MAX_NOTE = 4000


class ActionError(ValueError):
    """A mutation that cannot be done (unknown case, bad trede, bad role); nothing was changed.

    `code` names the problem (templates turn it into Dutch), `params` hold its details.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def audit(s: Session, actor: str, action: str, *, case_id: int | None = None, message_id: int | None = None,
          **detail: Any) -> AuditEvent:
    ev = AuditEvent(actor=actor[:100], action=action[:50], case_id=case_id, message_id=message_id, detail=detail)
    s.add(ev)
    return ev


def _case(s: Session, case_id: int) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise ActionError("unknown_case", f"unknown case {case_id}", id=case_id)
    return case


def assign_case(s: Session, case_id: int, staff_id: int | None, actor: str) -> str | None:
    """Make `staff_id` the case's behandelaar (None: unassign); returns the previous owner's name."""
    case = _case(s, case_id)
    new = None
    if staff_id is not None:
        new = s.get(Staff, staff_id)
        if new is None or not new.active:
            raise ActionError("unknown_staff", f"unknown or inactive staff member {staff_id}", id=staff_id)
    previous = case.owner.name if case.owner else None
    case.owner_id = new.id if new else None
    case.updated_at = utcnow()
    audit(s, actor, "assign", case_id=case.id, owner=new.name if new else None, previous=previous)
    s.flush()
    return previous


def set_trede(s: Session, case_id: int, trede: int, actor: str, reason: str | None = None) -> int:
    """Move the case to `trede` (1..6) with a TredeChange; returns the previous trede."""
    if not 1 <= int(trede) <= 6:
        raise ActionError("bad_trede", f"trede must be 1..6, not {trede}", trede=trede)
    case = _case(s, case_id)
    previous = case.trede
    case.trede = int(trede)
    case.updated_at = utcnow()
    s.add(TredeChange(case_id=case.id, trede_from=previous, trede_to=int(trede), actor=actor[:100], reason=reason))
    audit(s, actor, "trede", case_id=case.id, trede_from=previous, trede_to=int(trede), reason=reason)
    s.flush()
    return previous


def add_note(s: Session, case_id: int, author: str, text: str) -> CaseNote:
    text = text.strip()
    if not text:
        raise ActionError("empty_note", "empty note")
    case = _case(s, case_id)
    note = CaseNote(case_id=case.id, author=author[:100], text=text[:MAX_NOTE])
    s.add(note)
    audit(s, author, "note", case_id=case.id, length=len(text))
    s.flush()
    return note


def mark_seen(s: Session, message_id: int, actor: str) -> str | None:
    """Mark a message as seen by `actor`; returns who had seen it before (None if nobody)."""
    m = s.get(Message, message_id)
    if m is None:
        raise ActionError("unknown_message", f"unknown message {message_id}", id=message_id)
    previous = m.seen_by
    m.seen_by = actor[:100]
    audit(s, actor, "seen", case_id=m.case_id, message_id=m.id, previous=previous)
    s.flush()
    return previous


def add_staff(s: Session, telegram_id: int | None, name: str, role: str, actor: str) -> Staff:
    """Put someone on the allow-list (or update/re-activate them): matched on Telegram id, else name."""
    name = name.strip()
    if role not in ROLES:
        raise ActionError("bad_role", f"role must be one of {', '.join(ROLES)}, not {role!r}", role=role)
    if not name:
        raise ActionError("empty_name", "name is empty")
    person = s.scalar(select(Staff).where(Staff.telegram_id == telegram_id)) if telegram_id is not None else None
    by_name = s.scalar(select(Staff).where(Staff.name == name))
    if person is None:
        person = by_name
    elif by_name is not None and by_name.id != person.id:
        raise ActionError("name_taken", f"name {name!r} already belongs to another staff member", name=name)
    created = person is None
    if person is None:
        person = Staff(telegram_id=telegram_id, name=name, role=role, active=True)
        s.add(person)
    else:
        if telegram_id is not None and person.telegram_id not in (None, telegram_id):
            raise ActionError("telegram_taken", f"{name!r} already has another Telegram id", name=name)
        person.telegram_id = telegram_id if telegram_id is not None else person.telegram_id
        person.name, person.role, person.active = name, role, True
    s.flush()
    audit(s, actor, "staff_add" if created else "staff_update", staff_id=person.id, telegram_id=telegram_id,
          name=name, role=role)
    s.flush()
    return person


def remove_staff(s: Session, telegram_id: int | None, actor: str, *, name: str | None = None) -> Staff:
    """Take someone off the allow-list (deactivated, kept for the audit trail and case history)."""
    person = None
    if telegram_id is not None:
        person = s.scalar(select(Staff).where(Staff.telegram_id == telegram_id))
    elif name:
        person = s.scalar(select(Staff).where(Staff.name == name))
    who = telegram_id if telegram_id is not None else name
    if person is None or not person.active:
        raise ActionError("not_on_list", f"no active staff member {who}", who=who)
    person.active = False
    audit(s, actor, "staff_remove", staff_id=person.id, telegram_id=person.telegram_id, name=person.name)
    s.flush()
    return person


def record_refusal(s: Session, actor: str, *, chat_id: int | None = None, user_name: str = "",
                   what: str = "message") -> None:
    """A stranger wrote to the bot: audited (never with the text they sent)."""
    audit(s, actor, "refused", chat_id=chat_id, user_name=user_name[:100], what=what)
