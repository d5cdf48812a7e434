"""What a recorded mail changes in its case, beyond the reply itself.

- extension_request: the case waits for a staff decision ("uitstel gevraagd tot <datum>"); termijn nudges
  pause until staff grant (verlenging) or decline; a reply from the municipality also ends the wait.
- bounce of the ministry's letter: the letter is marked "niet bezorgd"; no termijn runs on it, and staff
  are asked to send it again (a newer letter for the case starts a new termijn).
- auto_reply: the absence is noted (until when, if the mail says) without changing the termijn.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.case_signals import absent_until, requested_until
from storage.domain import local_date
from storage.models import AuditEvent, Case, Letter, Message


def _text(m: Message) -> str:
    return "\n".join([m.subject or "", (m.parsed or {}).get("new_text") or ""])


def _ref_day(m: Message) -> date:
    return local_date(m.sent_at or m.received_at)


def apply_mail(s: Session, case: Case, m: Message) -> None:
    """Update `case` (and its letter) for a parsed, trusted message `m` that belongs to it."""
    if m.suspect or m.state != "parsed":
        return
    if m.kind == "extension_request":
        if _decided(s, m):  # a reparse must not reopen a request staff already granted or declined
            return
        case.extension_request_message_id = m.id
        case.extension_requested_until = requested_until(_text(m), _ref_day(m))
    elif m.kind == "ibt_reply" and case.extension_request_message_id is not None:
        case.extension_request_message_id, case.extension_requested_until = None, None
    elif m.kind == "auto_reply":
        case.absence_message_id = m.id
        case.absent_until = absent_until(_text(m), _ref_day(m))
    elif m.kind == "bounce":
        letter = bounced_letter(s, case, m)
        if letter is not None and letter.undelivered_at is None:
            letter.undelivered_at, letter.undelivered_message_id = m.received_at, m.id


def _decided(s: Session, m: Message) -> bool:
    return s.scalar(select(AuditEvent.id).where(
        AuditEvent.message_id == m.id,
        AuditEvent.action.in_(("extension_request_granted", "extension_request_declined"))).limit(1)) is not None


def bounced_letter(s: Session, case: Case, m: Message) -> Letter | None:
    """The letter a bounce returns: the one its reference names, else the case's newest letter sent before it."""
    if m.letter_id is not None:
        letter = s.get(Letter, m.letter_id)
        if letter is not None and letter.case_id == case.id:
            return letter
    received = local_date(m.received_at)
    sent = [le for le in case.letters if le.date <= received]
    return sent[-1] if sent else None


def letter_before(case: Case, received_at: datetime) -> Letter | None:
    """The letter a mail without a reference belongs to: the case's newest letter sent on or before the day it
    arrived (a bounce of April is not about the letter of September); the newest one when the mail is older than
    every letter."""
    day = local_date(received_at)
    sent = [le for le in case.letters if le.date <= day]
    return sent[-1] if sent else (case.letters[-1] if case.letters else None)


def decide_extension_request(s: Session, case: Case, actor: str, *, granted: bool) -> bool:
    """Staff decided on the pending request (granted by a verlenging, or declined). False when none was pending."""
    if case.extension_request_message_id is None:
        return False
    s.add(AuditEvent(actor=actor, action="extension_request_granted" if granted else "extension_request_declined",
                     case_id=case.id, message_id=case.extension_request_message_id,
                     detail={"requested_until": case.extension_requested_until.isoformat()
                             if case.extension_requested_until else None}))
    case.extension_request_message_id, case.extension_requested_until = None, None
    return True
