"""Staff decisions on a case, each audited: verlenging, opschorting, the trede 3 proposal.

Callback data for chat buttons (all ASCII, at most 64 bytes; ids are decimal database ids):

| data                 | meaning                                                       | handler                     |
|----------------------|---------------------------------------------------------------|-----------------------------|
| `ext:<case_id>`      | start granting a verlenging (chat then asks date + reason)    | `grant_extension`           |
| `exn:<case_id>`      | decline the municipality's extension request ("Geen uitstel") | `decline_extension`         |
| `sus:<case_id>`      | start suspending the case (chat then asks the reason)         | `suspend`                   |
| `res:<case_id>`      | resume a suspended case                                       | `resume`                    |
| `tr3:<case_id>:y`    | accept the proposal "naar trede 3 (actief toezicht)"          | `decide_trede3(accept=True)`|
| `tr3:<case_id>:n`    | decline it for now ("Niet nu")                                | `decide_trede3(accept=False)`|
| `draft:<case_id>:a`  | prepare a verzoek om aanvulling                               | `followup.prepare_draft`    |
| `draft:<case_id>:r`  | prepare a rappel                                              | `followup.prepare_draft`    |
| `mail:<mail_id>:ok`  | approve and send the draft mail                               | `followup.send_approved`    |
| `mail:<mail_id>:no`  | cancel the draft mail                                         | `followup.cancel_draft`     |

Use `callback_data()` to build and `parse_callback()` to read them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from storage.case_events import decide_extension_request
from storage.models import AuditEvent, Case, TredeChange
from storage.queries import case_termijn

VERBS = {"ext", "exn", "sus", "res", "tr3", "draft", "mail"}
ARGS = {"tr3": {"y", "n"}, "draft": {"a", "r"}, "mail": {"ok", "no"}}
_CALLBACK = re.compile(r"^(?P<verb>[a-z0-9]+):(?P<id>\d{1,18})(?::(?P<arg>[a-z]+))?$")
DRAFT_KINDS = {"a": "aanvulling", "r": "rappel"}


class CaseActionError(ValueError):
    """A staff action cannot be carried out; the text says why (Dutch, shown to staff)."""


@dataclass(frozen=True)
class Callback:
    verb: str
    id: int
    arg: str | None = None


def callback_data(verb: str, ident: int, arg: str | None = None) -> str:
    """Build button callback data, e.g. callback_data("tr3", 12, "y") == "tr3:12:y"."""
    data = f"{verb}:{ident}" + (f":{arg}" if arg else "")
    if parse_callback(data) is None:
        raise ValueError(f"invalid callback data {data!r}")
    return data


def parse_callback(data: str) -> Callback | None:
    """Read callback data produced by `callback_data`; None when it is not one of ours or malformed."""
    if len(data.encode()) > 64:
        return None
    m = _CALLBACK.match(data)
    if not m or m["verb"] not in VERBS:
        return None
    verb, arg = m["verb"], m["arg"]
    if (verb in ARGS) != (arg is not None) or (arg is not None and arg not in ARGS[verb]):
        return None
    return Callback(verb, int(m["id"]), arg)


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseActionError(f"zaak {case_id} bestaat niet")
    return case


def grant_extension(session: Session, case_id: int, new_date: date, reason: str, actor: str) -> bool:
    """Move the termijn to `new_date` (verlenging); the reminders follow the new date.

    Returns False when the termijn already is `new_date` (nothing changes, no second audit entry).
    """
    case = _case(session, case_id)
    reason = (reason or "").strip()
    if not reason:
        raise CaseActionError("geef een reden voor de verlenging")
    old = case_termijn(case)
    if old == new_date:
        return False
    if old is not None and new_date <= old:
        raise CaseActionError(f"de nieuwe termijn ({new_date:%d-%m-%Y}) moet na de huidige termijn "
                              f"({old:%d-%m-%Y}) liggen")
    case.deadline_override = new_date
    case.extension_reason = reason
    decide_extension_request(session, case, actor, granted=True)
    session.add(AuditEvent(actor=actor, action="extension_granted", case_id=case.id,
                           detail={"old_termijn": old.isoformat() if old else None,
                                   "new_termijn": new_date.isoformat(), "reason": reason}))
    return True


def decline_extension(session: Session, case_id: int, actor: str) -> bool:
    """Staff decline the municipality's pending extension request: the old termijn and its nudges apply again.

    False when no request was pending.
    """
    return decide_extension_request(session, _case(session, case_id), actor, granted=False)


def suspend(session: Session, case_id: int, reason: str, actor: str) -> bool:
    """Suspend the case (opschorting): no nudges until resumed. False when it already was suspended."""
    case = _case(session, case_id)
    reason = (reason or "").strip()
    if not reason:
        raise CaseActionError("geef een reden voor de opschorting")
    if case.suspended:
        return False
    case.suspended, case.suspended_reason = True, reason
    session.add(AuditEvent(actor=actor, action="case_suspended", case_id=case.id, detail={"reason": reason}))
    return True


def resume(session: Session, case_id: int, actor: str) -> bool:
    """End the suspension; the rules apply again from the next run. False when it was not suspended."""
    case = _case(session, case_id)
    if not case.suspended:
        return False
    reason = case.suspended_reason
    case.suspended, case.suspended_reason = False, None
    session.add(AuditEvent(actor=actor, action="case_resumed", case_id=case.id,
                           detail={"suspended_reason": reason}))
    return True


def decide_trede3(session: Session, case_id: int, accept: bool, actor: str, reason: str | None = None) -> bool:
    """A staff member's answer to the trede 3 proposal. Returns True when the trede changed."""
    case = _case(session, case_id)
    if not accept:
        session.add(AuditEvent(actor=actor, action="trede3_declined", case_id=case.id,
                               detail={"trede": case.trede, "reason": reason}))
        return False
    if case.trede >= 3:
        session.add(AuditEvent(actor=actor, action="trede3_accepted", case_id=case.id,
                               detail={"trede": case.trede, "changed": False}))
        return False
    session.add(TredeChange(case_id=case.id, trede_from=case.trede, trede_to=3, actor=actor,
                            reason=reason or "voorstel herinneringen: actief toezicht"))
    session.add(AuditEvent(actor=actor, action="trede3_accepted", case_id=case.id,
                           detail={"trede_from": case.trede, "trede_to": 3, "changed": True, "reason": reason}))
    case.trede = 3
    return True
