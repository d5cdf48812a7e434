"""`spreidingsbot ask "VRAAG" [--json] [--as STAFF_ID] [--on DATE]`: the chat's question reader from the command line.

`--json` prints one object: `intent`, `filters` (the slots as understood; see bot/chat/query.py),
`gemeenten` (official CBS names of every case in the answer, all pages, sorted), `count`, `text` (the
chat answer as plain text).
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any

from bot.chat.core import TZ, Actor, ChatCore
from bot.chat.plain import html_to_text
from bot.chat.query import Query
from bot.commands import open_app
from storage import queries
from templates import render


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ongeldige datum {text!r}: gebruik JJJJ-MM-DD, bijvoorbeeld 2026-04-30") from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer a plain-Dutch question as the chat does")
    p.add_argument("question", nargs="+", help='the question, e.g. "welke gemeenten in Gelderland zijn te laat?"')
    p.add_argument("--json", action="store_true", help="print intent, filters, gemeenten, count and text as JSON")
    p.add_argument("--as", dest="as_staff", type=int, metavar="STAFF_ID",
                   help='ask as this staff member (staff id or Telegram id; for "mijn zaken")')
    p.add_argument("--on", type=_day, metavar="DATE", help="judge termijnen as on this day (YYYY-MM-DD; default today)")
    p.set_defaults(func=run)


def _actor(s, ident: int | None) -> Actor | None:  # noqa: ANN001 - a Session
    if ident is None:
        return None
    st = queries.staff_by_id(s, ident)
    if st is None or not st.active:
        st = queries.staff_by_telegram(s, ident)
    return Actor(st.id, st.name, st.role) if st else None


def answer_json(core: ChatCore, s, actor: Actor | None, text: str, today: date,  # noqa: ANN001 - a Session
                *, context: Query | None = None) -> dict[str, Any]:
    """The `ask --json` object for one question: intent, filters, gemeenten, count, text."""
    q = core.read_question(s, actor, text, context=context, today=today)
    found: list[str] = []
    if q.intent == "search":
        replies, found = core.search(s, q.filters.get("search", ""))  # with the cases the found messages belong to
    elif q.intent == "help":
        replies = core.run_query(s, actor or Actor(0, "console", "meelezer"), q)
    elif q.intent == "overview":
        replies = []
    else:
        answer, replies = core.answer(s, q, today)
        found = answer.gemeenten
    out = "\n\n".join(html_to_text(r.html).strip() for r in replies if r.html)
    if not out:
        out = html_to_text(render("chat/short.html.j2", key="not_understood")).strip()
    return {"intent": q.intent, "filters": q.filters, "gemeenten": found, "count": len(found), "text": out}


def run(args: argparse.Namespace) -> int:
    text = " ".join(args.question).strip()
    today = args.on or datetime.now(TZ).date()
    app = open_app(args)
    try:
        core = ChatCore(app.db, app.settings, today=lambda: today)
        with app.db.session() as s:
            actor = _actor(s, args.as_staff)
            if args.as_staff is not None and actor is None:
                print(html_to_text(render("chat/short.html.j2", key="staff_unknown", person=str(args.as_staff))),
                      file=sys.stderr)
                return 1
            result = answer_json(core, s, actor, text, today)
    finally:
        app.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(result["text"])
    return 0
