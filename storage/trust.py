"""The spoof gate: whether a recorded message may change its case on its own, and the staff override.

The parser judges the sender (`parsers.auth`: trusted Authentication-Results, DMARC alignment, look-alike
domains, display-name claims); this module decides what that means for the register. A possibly spoofed
message is recorded and tied to its municipality but never marks a case answered; a staff member can
confirm it ("Klopt, verwerk als reactie"), which is audited and then counts like any other reply.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.model import ParsedMessage
from storage.models import AuditEvent, Case, Message

OVERRIDE_ACTION = "spoof_override"
_trusted_authserv_id: str | None = None


def configure(trusted_authserv_id: str | None) -> None:
    """Set the receiving server's authserv-id for this process (from SPREIDINGSBOT_TRUSTED_AUTHSERV_ID)."""
    global _trusted_authserv_id
    _trusted_authserv_id = (trusted_authserv_id or "").strip() or None


def trusted_authserv_id() -> str | None:
    return _trusted_authserv_id


def spoof_gate(s: Session, m: Message, parsed: ParsedMessage) -> bool:
    """True when `m` must not change its case on its own (a staff override, kept across reparses, wins)."""
    if not parsed.auth.get("suspect"):
        return False
    if m.id is None:
        return True
    override = select(AuditEvent.id).where(AuditEvent.message_id == m.id, AuditEvent.action == OVERRIDE_ACTION)
    return s.scalar(override.limit(1)) is None


class NotSuspect(ValueError):
    """The message does not exist or is not flagged; nothing to confirm."""


def accept_as_genuine(s: Session, message_id: int, actor: str) -> Message:
    """Staff say the flagged sender is genuine: the message counts as a reply from now on (audited)."""
    from storage.ingest import _update_case  # the same case update ingest does for a trusted reply
    from storage.letters import recompute_case_state

    m = s.get(Message, message_id)
    if m is None or not m.suspect:
        raise NotSuspect(str(message_id))
    m.suspect = False
    reasons = list(((m.parsed or {}).get("auth") or {}).get("reasons") or [])
    s.add(AuditEvent(actor=actor[:100], action=OVERRIDE_ACTION, message_id=m.id, case_id=m.case_id,
                     detail={"reasons": reasons, "from_addr": m.from_addr}))
    s.flush()
    for link in m.links:
        case = s.get(Case, link.case_id) if link.case_id else None
        if case is not None and m.state == "parsed":
            _update_case(s, case, m)
            recompute_case_state(s, case)
    s.flush()
    return m


def auth_of(s: Session, message_id: int) -> dict | None:
    """The sender-trust record the parser stored for a message (None when there is none)."""
    parsed = s.scalar(select(Message.parsed).where(Message.id == message_id))
    auth = (parsed or {}).get("auth") if isinstance(parsed, dict) else None
    return auth if isinstance(auth, dict) else None
