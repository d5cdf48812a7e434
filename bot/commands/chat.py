"""`spreidingsbot chat [--as NAME]`: the console chat over the same command layer as Telegram."""
from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.chat.core import Button, ChatCore, Reply
from bot.chat.plain import html_to_text
from bot.commands import open_app
from storage import actions, queries
from templates import render

EXIT_WORDS = frozenset({"stop", "exit", "quit", "/stop", "/exit"})


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("chat", help="console chat in Dutch (same commands as the Telegram bot)")
    p.add_argument("--as", dest="as_name", metavar="NAME",
                   help="act as this staff member (default: the first beheerder)")
    p.set_defaults(func=run)


def _say(key: str, **ctx: object) -> str:
    return html_to_text(render("chat/short.html.j2", key=key, **ctx))


def resolve_user(app, name: str | None) -> queries.StaffInfo | None:  # noqa: ANN001 - bot.app.App
    """The local staff member: --as NAME, else the first beheerder; an empty staff table gets 'console'."""
    with app.db.session() as s:
        if name:
            return queries.staff_by_name(s, name)
        person = queries.first_beheerder(s)
        if person is None and not queries.list_staff(s, include_inactive=True):
            created = actions.add_staff(s, None, "console", "beheerder", "console")
            person = queries.staff_by_id(s, created.id)
        return person


def print_replies(replies: list[Reply], out: TextIO, photo_dir: Path) -> list[Button]:
    """Print replies as plain text; buttons become numbered choices. Returns the choices."""
    choices: list[Button] = []
    for reply in replies:
        text = html_to_text(reply.html)
        if reply.photo is not None:
            photo_dir.mkdir(parents=True, exist_ok=True)
            path = photo_dir / f"{datetime.now():%Y%m%d-%H%M%S}-{reply.photo_name or 'afbeelding.png'}"
            path.write_bytes(reply.photo)
            text = f"{text}\n{_say('overview_file', path=str(path))}"
        out.write(text.rstrip() + "\n")
        flat = [b for row in reply.buttons for b in row]
        if flat:
            choices = flat
            out.write(_say("console_choices") + "\n")
            for i, b in enumerate(flat, 1):
                out.write(f"  [{i}] {b.text}\n")
        out.write("\n")
    out.flush()
    return choices


def chat_loop(core: ChatCore, staff_id: int, inp: TextIO, out: TextIO, photo_dir: Path, *, prompt: bool) -> None:
    choices: list[Button] = []
    while True:
        if prompt:
            out.write("> ")
            out.flush()
        line = inp.readline()
        if not line:
            break
        text = line.strip()
        if not text:
            continue
        if text.casefold() in EXIT_WORDS:
            break
        if text.isascii() and text.isdigit() and choices and 1 <= int(text) <= len(choices):
            replies = core.handle_console_callback(staff_id, choices[int(text) - 1].data)
        else:
            replies = core.handle_console_text(staff_id, text)
        choices = print_replies(replies, out, photo_dir)


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        person = resolve_user(app, args.as_name)
        if person is None:
            key = "console_bad_user" if args.as_name else "console_no_beheerder"
            sys.stderr.write(_say(key, person=args.as_name or "") + "\n")
            return 2
        core = ChatCore(app.db, app.settings)
        tty = sys.stdin.isatty()
        if tty:
            sys.stdout.write(_say("console_hello", person=person.name, role=person.role) + "\n")
        chat_loop(core, person.id, sys.stdin, sys.stdout, app.settings.data_dir / "overzicht", prompt=tty)
        return 0
    finally:
        app.close()
