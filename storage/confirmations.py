"""One-time confirmation tokens for confirm buttons.

A token is issued when a confirm message is shown to a staff member; it names the action and the
proposed change (payload) and expires after 24 hours. Pressing the button consumes it: the callback
data carries only the token, so a forged, reused, expired or someone else's token changes nothing.
"""
from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from storage.models import ConfirmationToken, utcnow

LIFETIME = timedelta(hours=24)
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,32}")


class Refused(Exception):
    """The token cannot be used; `reason` is unknown, used, expired, other_staff or wrong_action."""

    def __init__(self, reason: str, row: ConfirmationToken | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.row = row


def issue(s: Session, staff_id: int, action: str, *, case_id: int | None = None,
          payload: dict[str, Any] | None = None, now: datetime | None = None) -> str:
    """A new token for `staff_id` to confirm `action` with `payload`; also drops long-expired tokens."""
    now = now or utcnow()
    s.execute(delete(ConfirmationToken).where(ConfirmationToken.expires_at < now - LIFETIME))
    token = secrets.token_urlsafe(16)  # 22 characters, 128 bits
    s.add(ConfirmationToken(token=token, staff_id=staff_id, action=action[:20], case_id=case_id,
                            payload=payload or {}, created_at=now, expires_at=now + LIFETIME))
    s.flush()
    return token


def get(s: Session, token: str) -> ConfirmationToken | None:
    """The token row, or None for anything that is not a well-formed known token."""
    if not TOKEN_RE.fullmatch(token or ""):
        return None
    return s.get(ConfirmationToken, token)


def consume(s: Session, token: str, staff_id: int, action: str, *, now: datetime | None = None) -> ConfirmationToken:
    """Mark the token used and return it; raises Refused when it is not this staff member's live token."""
    now = now or utcnow()
    row = get(s, token)
    if row is None:
        raise Refused("unknown")
    if row.staff_id != staff_id:
        raise Refused("other_staff", row)
    if row.action != action:
        raise Refused("wrong_action", row)
    if row.used_at is not None:
        raise Refused("used", row)
    if row.expires_at <= now:
        raise Refused("expired", row)
    # one press wins, also when two arrive at once (a conditional update, on every backend)
    won = s.execute(update(ConfirmationToken).where(ConfirmationToken.token == row.token,
                                                    ConfirmationToken.used_at.is_(None)).values(used_at=now))
    if won.rowcount != 1:
        raise Refused("used", row)
    s.refresh(row)
    return row


def proposal_shown(s: Session, case_id: int, action: str, staff_id: int, *, now: datetime | None = None) -> bool:
    """Was a reminder proposing `action` (e.g. "trede3_proposal") for this case sent within LIFETIME, to the team
    chat or to this staff member? Reminder buttons go to a chat, not to one person, so this is their check."""
    from storage.models import OutboxItem

    now = now or utcnow()
    rows = s.scalars(select(OutboxItem).where(OutboxItem.status == "sent", OutboxItem.sent_at >= now - LIFETIME))
    return any((row.payload or {}).get("action") == action and (row.payload or {}).get("case_id") == case_id
               and row.target in ("team", f"staff:{staff_id}") for row in rows)
