"""`spreidingsbot due --on DATE [--json]`: exactly what the reminder rules produce for a day, plus the overdue list.

JSON output: one list; each object has the fields below (null when not applicable):
  section       "action" (a rule fires that day) or "overdue" (waiting on the municipality)
  kind          action kind (termijn_soon, termijn_today, termijn_overdue, aanvulling_needed, checkin,
                plan_gesprek, trede3_proposal, extension_requested, letter_undelivered) or overdue kind
                (no_reply, incomplete_reply; waiting on staff: extension_requested, letter_undelivered)
  case_id, gemeente, cbs_code, reference (latest letter), letter_date, termijn (effective, ISO dates)
  extended      whether the termijn was extended (verlenging)
  days_overdue  calendar days past the termijn on that day
  target        "staff:<id>" or "team";  owner: the owner's name
  due_date      the day asked for
  reason        a short English explanation of why the rule fires
  missing       missing elements (facts, steps, timeline)
  expected_date the municipality's expected date (checkin)
  trigger       why trede 3 is proposed (no_reply, late_reply, aanvulling)
  dedupe_key    the outbox key that makes the action exactly-once
  requested_until  the day an extension request asks for (when the mail names one)
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from bot.commands import open_app
from bot.scheduling.calendar import holiday_name, is_working_day
from bot.scheduling.plan import load_cases
from bot.scheduling.rules import Action, OverdueItem, actions_for_day, overdue
from storage.domain import local_date
from storage.models import utcnow
from templates import render

FIELDS = ("section", "kind", "case_id", "gemeente", "cbs_code", "reference", "letter_date", "termijn", "extended",
          "days_overdue", "target", "owner", "due_date", "reason", "missing", "expected_date", "trigger",
          "dedupe_key", "requested_until")


OVERDUE_REASONS = {
    "no_reply": "no reply after the termijn",
    "incomplete_reply": "latest reply misses elements",
    "extension_requested": "the municipality asked for an extension; staff decide (no termijn nudges until then)",
    "letter_undelivered": "the letter bounced; no termijn runs until it is sent again",
}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ongeldige datum {text!r}: gebruik JJJJ-MM-DD, bijvoorbeeld 2026-04-30") from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("due", help="what the reminder rules produce for a day, plus the overdue list")
    p.add_argument("--on", type=_day, default=None, metavar="DATE", help="day (YYYY-MM-DD; default today)")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=run)


def action_row(a: Action) -> dict[str, Any]:
    d = a.data
    row = {k: None for k in FIELDS}
    row.update(section="action", kind=a.kind, case_id=a.case_id, gemeente=d.get("gemeente"),
               cbs_code=d.get("cbs_code"), reference=d.get("reference"), letter_date=d.get("letter_date"),
               termijn=d.get("termijn"), extended=d.get("extended"), days_overdue=d.get("days_overdue"),
               target=a.target, owner=d.get("owner"), due_date=a.due_date.isoformat(), reason=a.reason,
               missing=d.get("missing", []), expected_date=d.get("expected_date"), trigger=d.get("trigger"),
               dedupe_key=a.dedupe_key, requested_until=d.get("requested_until"))
    return row


def overdue_row(o: OverdueItem, day: date) -> dict[str, Any]:
    row = {k: None for k in FIELDS}
    row.update(section="overdue", kind=o.kind, case_id=o.case_id, gemeente=o.gemeente, cbs_code=o.cbs_code,
               reference=o.reference, termijn=o.termijn.isoformat() if o.termijn else None,
               days_overdue=o.days_overdue, target=o.target, owner=o.owner, due_date=day.isoformat(),
               reason=OVERDUE_REASONS.get(o.kind, o.kind), missing=o.missing,
               requested_until=o.requested_until.isoformat() if o.requested_until else None)
    return row


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        day = args.on or local_date(utcnow())
        with app.db.session() as s:
            cases = load_cases(s)
        actions = actions_for_day(day, cases)
        late = overdue(day, cases)
    finally:
        app.close()
    if args.json:
        rows = [action_row(a) for a in actions] + [overdue_row(o, day) for o in late]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(render("reminders/due.txt.j2", day=day, working_day=is_working_day(day), holiday=holiday_name(day),
                     actions=actions, overdue=late))
    return 0
