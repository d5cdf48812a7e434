"""`spreidingsbot run`: the service (mailbox watcher, chat, scheduler, notifier)."""
from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path

from bot.commands import open_app
from bot.service import Service, ServiceOptions


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="run the service: watch the mailbox, talk in chat, keep the termijnen")
    p.add_argument("--console", action="store_true",
                   help="show notifications in this terminal (and chat here when it is interactive)")
    p.add_argument("--once", action="store_true", help="one pass over mailbox and outbox, then stop")
    p.add_argument("--folder", type=Path, help="local Maildir folder to watch when no IMAP is configured")
    p.add_argument("--no-scheduler", action="store_true", help="do not run the reminder scheduler")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.verbose:
        logging.getLogger("spreidingsbot").setLevel(logging.INFO)
    app = open_app(args)
    options = ServiceOptions(console=args.console, once=args.once, local_folder=args.folder,
                             scheduler=not args.no_scheduler)
    try:
        return asyncio.run(Service(app, options).run())
    finally:
        app.close()
