"""`spreidingsbot staff add|list|remove`: the chat allow-list (Telegram user ids with roles)."""
from __future__ import annotations

import argparse
import json
import sys

from bot.chat.plain import html_to_text
from bot.commands import open_app
from storage import actions, queries
from templates import render


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("staff", help="manage the team allow-list (Telegram ids and roles)")
    sub = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add or update a team member")
    add.add_argument("telegram_id", type=int, help="Telegram user id")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=actions.ROLES)
    add.set_defaults(func=run)
    ls = sub.add_parser("list", help="list the team")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--all", action="store_true", help="include removed members")
    ls.set_defaults(func=run)
    pend = sub.add_parser("pending", help="who wrote to the bot and was refused (not on the list): their Telegram ids")
    pend.add_argument("--json", action="store_true")
    pend.set_defaults(func=run)
    rm = sub.add_parser("remove", help="take a member off the list (kept for the audit trail)")
    rm.add_argument("telegram_id", type=int)
    rm.set_defaults(func=run)


def _say(key: str, **ctx: object) -> str:
    return html_to_text(render("chat/short.html.j2", key=key, **ctx))


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        with app.db.session() as s:
            if args.staff_command == "add":
                person = actions.add_staff(s, args.telegram_id, args.name, args.role, "cli")
                print(_say("staff_added", person=person.name, role=person.role, telegram_id=person.telegram_id))
            elif args.staff_command == "pending":
                people = queries.pending_requests(s)
                if args.json:
                    for p in people:
                        print(json.dumps({"telegram_id": p.telegram_id, "user_name": p.user_name,
                                          "chat_id": p.chat_id, "at": p.at.isoformat()}, ensure_ascii=False))
                else:
                    print(render("cli/staff_pending.txt.j2", people=people))
            elif args.staff_command == "remove":
                person = actions.remove_staff(s, args.telegram_id, "cli")
                print(_say("staff_removed", person=person.name))
            else:
                people = queries.list_staff(s, include_inactive=args.all)
                if args.json:
                    for p in people:
                        print(json.dumps({"id": p.id, "telegram_id": p.telegram_id, "name": p.name,
                                          "role": p.role, "active": p.active}, ensure_ascii=False))
                else:
                    print(html_to_text(render("chat/staff.html.j2", people=people, chat=False)))
        return 0
    except actions.ActionError as exc:
        print(_say("action_error", code=exc.code, params=exc.params), file=sys.stderr)
        return 1
    finally:
        app.close()
