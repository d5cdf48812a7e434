"""The reminder rules, in one readable place, as pure functions over plain case snapshots.

For a day D (Dutch local date) `actions_for_day(D, cases)` returns what the bot should tell whom:

- termijn = the letter's date + 21 calendar days, or the extended date (verlenging) when one was granted;
  a reply is an `ibt_reply` (trusted, parsed) received on or after the latest letter's date.
- `termijn_soon`: 3 working days before the termijn (termijn 30 April 2026 -> Friday 24 April 2026,
  because Monday 27 April is Koningsdag).
- `termijn_today`: on the termijn day; when that day is not a working day, on the last working day before.
- `termijn_overdue`: every working day after the termijn while no reply is recorded, until the case
  moves on (closed, or its trede raised above the letter's trede).
- reply-based nudges fire on the first working day AFTER the day the message arrived (the morning run
  and digest of the next working day), so a message that arrives after the morning run is not missed:
  - `plan_gesprek`: after the first reply to the latest letter, plan the ambtelijk gesprek (once);
  - `aanvulling_needed`: the latest reply misses elements and no aanvulling was requested since; repeated
    every 5 working days while that stays so;
  - `extension_requested`: an extension_request arrived; offers the verlenging button;
  - `trede3_proposal` (late): the first reply arrived after the termijn.
- `trede3_proposal` (no reply): 5 working days after the termijn without a reply (once).
- `trede3_proposal` (aanvulling): the first working day after the aanvulling's own three-week termijn
  (requested day + 21 days) without a complete reply since the request (once).
  Proposals are only made while the case is below trede 3; a person accepts or declines them.
- `checkin`: the expected date of the latest reply or meldplicht ("per 1 maart 2027"): a day means that day;
  a month its first day; a quarter/half year its first day (Q2 -> 1 April, H2 -> 1 July); moved to the
  next working day when needed. Only dates after the message's arrival count.
- suspended (opgeschort) and closed cases produce nothing; cases without an owner go to the team chat.
- every action fires on working days only; each has the dedupe key `{kind}:{case_id}:{day}`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.scheduling.calendar import (
    add_working_days,
    is_working_day,
    next_working_day,
    previous_working_day,
    working_days_between,
)
from storage.domain import TERMIJN_DAYS, TZ, local_date

SOON_WORKING_DAYS = 3
TREDE3_AFTER_OVERDUE_WORKING_DAYS = 5
AANVULLING_REPEAT_WORKING_DAYS = 5
AANVULLING_TERMIJN_DAYS = TERMIJN_DAYS
DIGEST_TIME = time(8, 30)
ACTIVE_TOEZICHT = 3

KINDS = ("termijn_soon", "termijn_today", "termijn_overdue", "aanvulling_needed", "checkin", "plan_gesprek",
         "trede3_proposal", "extension_requested", "letter_undelivered", "digest")


@dataclass(frozen=True)
class MessageSnap:
    """A received message on a case, as far as the rules need it."""

    id: int
    kind: str
    received_at: datetime  # timezone-aware
    missing: tuple[str, ...] = ()
    expected_date: str | None = None
    on_time: bool | None = None
    subject: str | None = None
    suspect: bool = False

    @property
    def received_on(self) -> date:
        return local_date(self.received_at)


@dataclass(frozen=True)
class CaseSnap:
    """One case with its latest letter and its messages (oldest first)."""

    case_id: int
    gemeente: str
    cbs_code: str
    owner_id: int | None = None
    owner_name: str | None = None
    trede: int = 1
    state: str = "awaiting_reply"
    suspended: bool = False
    letter_reference: str | None = None
    letter_date: date | None = None
    letter_deadline: date | None = None
    letter_trede: int | None = None
    deadline_override: date | None = None
    aanvulling_requested_at: datetime | None = None
    expected_date: str | None = None
    messages: tuple[MessageSnap, ...] = ()
    extension_requested: bool = False  # an extension request waits for a staff decision: no termijn nudges
    extension_requested_until: date | None = None  # the day the municipality asked for, when it named one
    letter_undelivered: bool = False  # the latest letter bounced: it never arrived, no termijn runs

    @property
    def termijn_paused(self) -> bool:
        """No termijn nudges and no 'te laat': staff must decide on an extension or resend the letter."""
        return self.extension_requested or self.letter_undelivered

    @property
    def termijn(self) -> date | None:
        """The effective reply deadline: the extended date when granted, else the letter's termijn."""
        if self.deadline_override is not None:
            return self.deadline_override
        if self.letter_deadline is not None:
            return self.letter_deadline
        if self.letter_date is not None:
            return self.letter_date + timedelta(days=TERMIJN_DAYS)
        return None

    @property
    def target(self) -> str:
        return f"staff:{self.owner_id}" if self.owner_id is not None else "team"

    def replies(self, day: date) -> list[MessageSnap]:
        """Trusted replies to the latest letter received on or before `day`, oldest first."""
        return [m for m in self.messages
                if m.kind == "ibt_reply" and not m.suspect and m.received_on <= day
                and (self.letter_date is None or m.received_on >= self.letter_date)]

    def has_reply(self, day: date) -> bool:
        if self.replies(day):
            return True
        # answered without a reply message on record (e.g. marked by hand)
        return self.state in {"answered_complete", "answered_incomplete"} and not any(
            m.kind == "ibt_reply" for m in self.messages)


@dataclass
class Action:
    """Something the bot should tell `target` ("staff:<id>" or "team") on `due_date`."""

    kind: str
    case_id: int | None
    target: str
    due_date: date
    reason: str
    dedupe_key: str
    data: dict[str, Any] = field(default_factory=dict)


def checkin_date(expected: str | None) -> date | None:
    """The check-in day for an expected date (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-H1/H2), a working day."""
    if not expected:
        return None
    parts = expected.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 3:
            start = date.fromisoformat(expected)
        elif len(parts) == 2 and parts[1].upper().startswith("Q"):
            start = date(year, 3 * (int(parts[1][1:]) - 1) + 1, 1)
        elif len(parts) == 2 and parts[1].upper() in {"H1", "H2"}:
            start = date(year, 1 if parts[1].upper() == "H1" else 7, 1)
        elif len(parts) == 2:
            start = date(year, int(parts[1]), 1)
        else:
            return None
    except ValueError:
        return None
    return next_working_day(start)


def _base(case: CaseSnap) -> dict[str, Any]:
    termijn = case.termijn
    return {
        "gemeente": case.gemeente, "cbs_code": case.cbs_code, "reference": case.letter_reference,
        "letter_date": case.letter_date.isoformat() if case.letter_date else None,
        "termijn": termijn.isoformat() if termijn else None, "extended": case.deadline_override is not None,
        "owner": case.owner_name, "trede": case.trede,
    }


def _action(kind: str, case: CaseSnap, day: date, reason: str, **data: Any) -> Action:
    return Action(kind=kind, case_id=case.case_id, target=case.target, due_date=day, reason=reason,
                  dedupe_key=f"{kind}:{case.case_id}:{day.isoformat()}", data={**_base(case), **data})


def _next_morning(received: date) -> date:
    return add_working_days(received, 1)


def _termijn_rules(day: date, case: CaseSnap) -> list[Action]:
    termijn = case.termijn
    if termijn is None or case.has_reply(day) or case.termijn_paused:
        return []
    if case.letter_trede is not None and case.trede > case.letter_trede:
        return []  # the case moved on to a higher step
    out: list[Action] = []
    if day == add_working_days(termijn, -SOON_WORKING_DAYS):
        out.append(_action("termijn_soon", case, day, f"termijn {termijn} in {SOON_WORKING_DAYS} working days",
                           working_days_left=working_days_between(day, termijn)))
    if day == previous_working_day(termijn) and day <= termijn:
        out.append(_action("termijn_today", case, day, f"termijn {termijn} ends today"
                           if day == termijn else f"termijn {termijn} ends before the next working day"))
    if day > termijn:
        overdue = working_days_between(termijn, day)
        out.append(_action("termijn_overdue", case, day, f"no reply; termijn {termijn} passed",
                           days_overdue=(day - termijn).days, working_days_overdue=overdue))
        if overdue == TREDE3_AFTER_OVERDUE_WORKING_DAYS and case.trede < ACTIVE_TOEZICHT:
            out.append(_action("trede3_proposal", case, day,
                               f"no reply {TREDE3_AFTER_OVERDUE_WORKING_DAYS} working days after termijn {termijn}",
                               trigger="no_reply", days_overdue=(day - termijn).days))
    return out


def _reply_rules(day: date, case: CaseSnap) -> list[Action]:
    replies = case.replies(day)
    if not replies:
        return []
    out: list[Action] = []
    first, latest = replies[0], replies[-1]
    if day == _next_morning(first.received_on):
        out.append(_action("plan_gesprek", case, day, f"reply received on {first.received_on}",
                           message_id=first.id, received_on=first.received_on.isoformat()))
        termijn = case.termijn
        late = first.on_time is False or (first.on_time is None and termijn is not None
                                          and first.received_on > termijn)
        if late and case.trede < ACTIVE_TOEZICHT:
            out.append(_action("trede3_proposal", case, day, f"reply received after termijn {termijn}",
                               trigger="late_reply", message_id=first.id,
                               received_on=first.received_on.isoformat()))
    requested = case.aanvulling_requested_at
    if latest.missing and case.state != "answered_complete" and (
            requested is None or requested < latest.received_at):
        start = _next_morning(latest.received_on)
        if day >= start and working_days_between(start, day) % AANVULLING_REPEAT_WORKING_DAYS == 0:
            out.append(_action("aanvulling_needed", case, day, f"reply of {latest.received_on} misses "
                               + ", ".join(latest.missing), message_id=latest.id, missing=list(latest.missing),
                               received_on=latest.received_on.isoformat()))
    return out


def _aanvulling_expiry_rule(day: date, case: CaseSnap) -> list[Action]:
    requested = case.aanvulling_requested_at
    if requested is None or case.trede >= ACTIVE_TOEZICHT:
        return []
    requested_on = local_date(requested)
    expiry = requested_on + timedelta(days=AANVULLING_TERMIJN_DAYS)
    if day != _next_morning(expiry):
        return []
    complete = [m for m in case.messages if m.kind == "ibt_reply" and not m.suspect and not m.missing
                and requested <= m.received_at and m.received_on <= day]
    if complete:
        return []
    after = [m for m in case.messages if m.kind == "ibt_reply" and requested <= m.received_at]
    missing = list(after[-1].missing) if after else []
    return [_action("trede3_proposal", case, day, f"still incomplete after the aanvulling requested on {requested_on}",
                    trigger="aanvulling", aanvulling_requested_on=requested_on.isoformat(),
                    aanvulling_termijn=expiry.isoformat(), missing=missing)]


def _message_rules(day: date, case: CaseSnap) -> list[Action]:
    out: list[Action] = []
    for m in case.messages:
        if m.suspect or m.received_on > day:
            continue
        if m.kind == "extension_request" and day == _next_morning(m.received_on):
            until = case.extension_requested_until if case.extension_requested else None
            out.append(_action("extension_requested", case, day, f"extension requested on {m.received_on}",
                               message_id=m.id, received_on=m.received_on.isoformat(),
                               requested_until=until.isoformat() if until else None))
        if m.kind == "bounce" and case.letter_undelivered and day == _next_morning(m.received_on):
            out.append(_action("letter_undelivered", case, day, f"letter bounced on {m.received_on}",
                               message_id=m.id, received_on=m.received_on.isoformat()))
    return out


def _checkin_rule(day: date, case: CaseSnap) -> list[Action]:
    source: MessageSnap | None = None
    for m in case.messages:
        if m.kind in {"ibt_reply", "meldplicht"} and m.expected_date and not m.suspect and m.received_on <= day:
            source = m
    expected = source.expected_date if source else case.expected_date
    when = checkin_date(expected)
    if when is None or when != day:
        return []
    if source is not None and when <= source.received_on:
        return []
    return [_action("checkin", case, day, f"expected date {expected} reached", expected_date=expected,
                    message_id=source.id if source else None,
                    message_kind=source.kind if source else None)]


def actions_for_day(day: date, cases: list[CaseSnap]) -> list[Action]:
    """Everything the rules produce for `day`, in a stable order (case, then kind order)."""
    if not is_working_day(day):
        return []
    out: list[Action] = []
    for case in sorted(cases, key=lambda c: c.case_id):
        if case.suspended or case.state == "closed":
            continue
        found = (_termijn_rules(day, case) + _reply_rules(day, case) + _aanvulling_expiry_rule(day, case)
                 + _message_rules(day, case) + _checkin_rule(day, case))
        found.sort(key=lambda a: KINDS.index(a.kind))
        seen: set[str] = set()
        for a in found:  # one action per kind and day (the dedupe key)
            if a.dedupe_key not in seen:
                seen.add(a.dedupe_key)
                out.append(a)
    return out


@dataclass
class OverdueItem:
    """A case that waits on the municipality: no reply after the termijn, or a reply missing elements."""

    # "no_reply", "incomplete_reply"; or, waiting on staff instead of the municipality:
    # "extension_requested" (decide on the request) and "letter_undelivered" (send the letter again)
    kind: str
    case_id: int
    gemeente: str
    cbs_code: str
    reference: str | None
    termijn: date | None
    days_overdue: int | None
    target: str
    owner: str | None
    missing: list[str] = field(default_factory=list)
    aanvulling_requested_on: date | None = None
    requested_until: date | None = None


def overdue(day: date, cases: list[CaseSnap]) -> list[OverdueItem]:
    """Cases past their termijn without a reply, and cases whose latest reply misses elements."""
    out: list[OverdueItem] = []
    for case in sorted(cases, key=lambda c: c.case_id):
        if case.suspended or case.state == "closed":
            continue
        termijn = case.termijn
        requested = local_date(case.aanvulling_requested_at) if case.aanvulling_requested_at else None
        common = dict(case_id=case.case_id, gemeente=case.gemeente, cbs_code=case.cbs_code,
                      reference=case.letter_reference, termijn=termijn, target=case.target, owner=case.owner_name,
                      aanvulling_requested_on=requested)
        replies = case.replies(day)
        if case.letter_undelivered and not case.has_reply(day):
            out.append(OverdueItem(kind="letter_undelivered", days_overdue=None, **common))
        elif case.extension_requested and not case.has_reply(day):
            out.append(OverdueItem(kind="extension_requested", days_overdue=None,
                                   requested_until=case.extension_requested_until, **common))
        elif termijn is not None and day > termijn and not case.has_reply(day):
            out.append(OverdueItem(kind="no_reply", days_overdue=(day - termijn).days, **common))
        elif replies and replies[-1].missing and case.state != "answered_complete":
            late = (day - termijn).days if termijn is not None and day > termijn else None
            out.append(OverdueItem(kind="incomplete_reply", days_overdue=late, missing=list(replies[-1].missing),
                                   **common))
    return out


def digest_window(day: date) -> tuple[datetime, datetime]:
    """New messages for the digest of `day`: since the previous working day's digest time until today's."""
    prev = add_working_days(day, -1)
    return (datetime.combine(prev, DIGEST_TIME, tzinfo=TZ), datetime.combine(day, DIGEST_TIME, tzinfo=TZ))


def digests(day: date, cases: list[CaseSnap]) -> list[Action]:
    """One morning digest per target with what is due today, what is overdue and what newly arrived."""
    if not is_working_day(day):
        return []
    since, until = digest_window(day)
    today = actions_for_day(day, cases)
    late = overdue(day, cases)
    targets: dict[str, dict[str, Any]] = {}

    def bucket(target: str, owner: str | None) -> dict[str, Any]:
        return targets.setdefault(target, {"owner": owner, "due": [], "overdue": [], "new": []})

    for a in today:
        bucket(a.target, a.data.get("owner"))["due"].append(
            {"kind": a.kind, "case_id": a.case_id, "gemeente": a.data["gemeente"], "reference": a.data["reference"],
             "termijn": a.data["termijn"], "missing": a.data.get("missing", [])})
    for o in late:
        bucket(o.target, o.owner)["overdue"].append(
            {"kind": o.kind, "case_id": o.case_id, "gemeente": o.gemeente, "reference": o.reference,
             "termijn": o.termijn.isoformat() if o.termijn else None, "days_overdue": o.days_overdue,
             "missing": o.missing})
    for case in sorted(cases, key=lambda c: c.case_id):
        if case.state == "closed":
            continue
        for m in case.messages:
            if since <= m.received_at < until:
                bucket(case.target, case.owner_name)["new"].append(
                    {"message_id": m.id, "case_id": case.case_id, "gemeente": case.gemeente, "kind": m.kind,
                     "subject": m.subject, "received_at": m.received_at.isoformat(), "missing": list(m.missing),
                     "on_time": m.on_time})
    out = []
    for target in sorted(targets):
        data = targets[target]
        if data["due"] or data["overdue"] or data["new"]:
            out.append(Action(kind="digest", case_id=None, target=target, due_date=day,
                              reason=f"{len(data['due'])} due, {len(data['overdue'])} overdue, "
                                     f"{len(data['new'])} new",
                              dedupe_key=f"digest:{target}:{day.isoformat()}", data=data))
    return out
