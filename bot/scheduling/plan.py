"""From the database to the outbox: load case snapshots, apply the rules for a day, enqueue exactly once."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from bot.scheduling.actions import callback_data
from bot.scheduling.calendar import QuietHours, add_working_days
from bot.scheduling.rules import Action, CaseSnap, MessageSnap, OverdueItem, actions_for_day, digests, overdue
from storage.db import Database
from storage.domain import TZ
from storage.models import Case, Message, MessageLink, OutboxItem
from templates import render


def load_cases(session: Session, case_ids: list[int] | None = None) -> list[CaseSnap]:
    """Snapshots of all cases (or the given ones) with their latest letter and their parsed messages."""
    q = select(Case).options(selectinload(Case.gemeente), selectinload(Case.owner), selectinload(Case.letters))
    if case_ids is not None:
        q = q.where(Case.id.in_(case_ids))
    cases = list(session.scalars(q))
    ids = [c.id for c in cases]
    by_case: dict[int, dict[int, Message]] = defaultdict(dict)
    if ids:
        for m in session.scalars(select(Message).where(Message.case_id.in_(ids), Message.state == "parsed")):
            by_case[m.case_id][m.id] = m  # type: ignore[index]
        linked = session.execute(
            select(MessageLink.case_id, Message).join(Message, MessageLink.message_id == Message.id)
            .where(MessageLink.case_id.in_(ids), Message.state == "parsed"))
        for case_id, m in linked:
            by_case[case_id][m.id] = m
    out = []
    for c in cases:
        letter = max(c.letters, key=lambda x: x.date, default=None)
        msgs = sorted(by_case[c.id].values(), key=lambda m: (m.received_at, m.id))
        owner = c.owner if c.owner is not None and c.owner.active else None  # an inactive owner: the team
        out.append(CaseSnap(
            case_id=c.id, gemeente=c.gemeente.name, cbs_code=c.gemeente.cbs_code,
            owner_id=owner.id if owner else None, owner_name=owner.name if owner else None, trede=c.trede, state=c.state,
            suspended=c.suspended, letter_reference=letter.reference if letter else None,
            letter_date=letter.date if letter else None, letter_deadline=letter.deadline if letter else None,
            letter_trede=letter.trede if letter else None, deadline_override=c.deadline_override,
            aanvulling_requested_at=c.aanvulling_requested_at, expected_date=c.expected_date,
            extension_requested=c.extension_request_message_id is not None,
            extension_requested_until=c.extension_requested_until,
            letter_undelivered=letter is not None and letter.undelivered_at is not None,
            messages=tuple(MessageSnap(id=m.id, kind=m.kind, received_at=m.received_at,
                                       missing=tuple(m.missing or ()), expected_date=m.expected_date,
                                       on_time=m.on_time, subject=m.subject, suspect=m.suspect) for m in msgs)))
    return out


def due_report(session: Session, day: date) -> list[Action]:
    """Exactly what the rules produce for `day` (nudges and proposals; the digest is separate)."""
    return actions_for_day(day, load_cases(session))


def digest_report(session: Session, day: date) -> list[Action]:
    """The morning digests for `day`, one per owner (and one for the team)."""
    return digests(day, load_cases(session))


def overdue_report(session: Session, day: date) -> list[OverdueItem]:
    return overdue(day, load_cases(session))


def buttons(action: Action) -> list[list[list[str]]]:
    """Inline keyboard rows for an action: [[[label, callback_data], ...], ...]."""
    cid = action.case_id
    if cid is None:
        return []

    def b(name: str, verb: str, arg: str | None = None) -> list[str]:
        return [render("reminders/button.txt.j2", key=name), callback_data(verb, cid, arg)]

    rows: dict[str, list[list[list[str]]]] = {
        "termijn_overdue": [[b("rappel", "draft", "r"), b("verlenging", "ext")]],
        "aanvulling_needed": [[b("aanvulling", "draft", "a")]],
        "extension_requested": [[b("verlenging", "ext"), b("no_extension", "exn")]],
        "trede3_proposal": [[b("trede3_yes", "tr3", "y"), b("trede3_no", "tr3", "n")]],
    }
    return rows.get(action.kind, [])


DATE_KEYS = frozenset({"termijn", "letter_date", "received_on", "aanvulling_requested_on", "aanvulling_termijn",
                       "requested_until"})


def _typed(value: Any, key: str = "") -> Any:
    """Action data holds ISO strings (JSON-safe); templates get dates and datetimes back."""
    if isinstance(value, dict):
        return {k: _typed(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    if isinstance(value, str) and key in DATE_KEYS:
        return date.fromisoformat(value)
    if isinstance(value, str) and key == "received_at":
        return datetime.fromisoformat(value)
    return value


def render_action(action: Action) -> dict[str, Any]:
    """The outbox payload: Telegram HTML text and inline buttons."""
    html = render(f"reminders/{action.kind}.html.j2", a=action, d=_typed(action.data))
    return {"html": html, "buttons": buttons(action), "action": action.kind, "case_id": action.case_id,
            "due_date": action.due_date.isoformat()}


def _insert(dialect: str):  # noqa: ANN202
    if dialect == "postgresql":
        return postgresql.insert(OutboxItem)
    if dialect == "sqlite":
        return sqlite.insert(OutboxItem)
    raise RuntimeError(f"unsupported database for the outbox: {dialect}")


def enqueue(db: Database, actions: list[Action], now: datetime, quiet: QuietHours | None = None) -> int:
    """Write each action as an outbox row once (unique dedupe key; safe with two processes).

    The row becomes sendable at the first moment outside quiet hours on or after both `now` and the
    start of the action's day. Returns the number of new rows.
    """
    if now.tzinfo is None:
        raise ValueError("naive datetime given; use a timezone-aware moment")
    quiet = quiet or QuietHours()
    created = 0
    with db.session() as s:
        for a in actions:
            start = max(now, datetime.combine(a.due_date, quiet.end, tzinfo=TZ))
            row = {"kind": "digest" if a.kind == "digest" else "reminder", "dedupe_key": a.dedupe_key[:200],
                   "target": a.target, "payload": render_action(a), "status": "pending", "attempts": 0,
                   "next_attempt_at": quiet.next_allowed(start), "created_at": now}
            stmt = (_insert(db.dialect).values(**row).on_conflict_do_nothing(index_elements=["dedupe_key"])
                    .returning(OutboxItem.id))
            created += s.execute(stmt).first() is not None
    return created


# one-off actions still worth sending a few days late (after downtime); dated nudges are not
CATCH_UP_KINDS = frozenset({"plan_gesprek", "trede3_proposal", "extension_requested", "letter_undelivered",
                            "checkin"})


def catch_up(db: Database, today: date, now: datetime, quiet: QuietHours | None = None,
             working_days: int = 3) -> int:
    """After downtime: enqueue the one-off actions of the last `working_days` working days before today.

    Their dedupe keys carry their own day, so whatever was already enqueued is not repeated.
    """
    with db.session() as s:
        cases = load_cases(s)
    actions: list[Action] = []
    day = today
    for _ in range(working_days):
        day = add_working_days(day, -1)
        actions += [a for a in actions_for_day(day, cases) if a.kind in CATCH_UP_KINDS]
    return enqueue(db, actions, now, quiet)


def run_day(db: Database, day: date, now: datetime, quiet: QuietHours | None = None, *,
            digest: bool = False) -> int:
    """Apply the rules for `day` (and the digest when asked) and enqueue the results. Returns new rows."""
    with db.session() as s:
        cases = load_cases(s)
    actions = actions_for_day(day, cases)
    if digest:
        actions += digests(day, cases)
    return enqueue(db, actions, now, quiet)
