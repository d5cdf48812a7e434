"""`spreidingsbot status GEMEENTE [--json]`: one municipality's case (fuzzy name: "den bosch")."""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date, datetime
from typing import Any

from bot.chat import names
from bot.chat.core import TZ
from bot.chat.plain import html_to_text
from bot.chat.rendering import name_note, name_text
from bot.commands import open_app
from storage import queries
from templates import render


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("status", help="status of one municipality's case (fuzzy name)")
    p.add_argument("gemeente", nargs="+", help='municipality name, e.g. "den bosch" or "sudwest fryslan"')
    p.add_argument("--json", action="store_true", help="print the status as one JSON object")
    p.add_argument("--on", type=date.fromisoformat, help="judge termijnen as on this day (YYYY-MM-DD; default today)")
    p.set_defaults(func=run)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def status_json(st: queries.CaseStatus) -> dict[str, Any]:
    return _jsonable(dataclasses.asdict(st))


def _say(key: str, **ctx: object) -> str:
    return html_to_text(render("chat/short.html.j2", key=key, **ctx))


def run(args: argparse.Namespace) -> int:
    query = " ".join(args.gemeente)
    match = names.resolve(query)
    if not match.gemeenten:
        print(html_to_text(name_text("none", match)), file=sys.stderr)
        return 1
    if match.how == "suggest":  # only near names: ask, never answer about another municipality
        print(html_to_text(name_text("suggest", match)), file=sys.stderr)
        return 1
    if len(match.gemeenten) > 1 and match.how == "former":
        print(html_to_text(name_text("choose", match)), file=sys.stderr)
        return 2
    if len(match.gemeenten) > 1:
        print(_say("ambiguous_gemeente", query=query, names=[g.name for g in match.gemeenten]), file=sys.stderr)
        return 2
    candidates = match.gemeenten
    note = html_to_text(name_note(match))
    today = args.on or datetime.now(TZ).date()
    app = open_app(args)
    try:
        with app.db.session() as s:
            row = queries.gemeente_by_code(s, candidates[0].cbs_code)
            if row is None:
                print(_say("gemeente_not_found", query=query), file=sys.stderr)
                return 1
            st = queries.case_status(s, row.id, today)
    finally:
        app.close()
    if args.json:
        if note:
            print(note, file=sys.stderr)
        print(json.dumps(status_json(st), ensure_ascii=False))
    else:
        if note:
            print(note)
        print(html_to_text(render("chat/status.html.j2", st=st)))
    return 0
