"""`spreidingsbot run`: the service (mailbox watcher, chat, scheduler, notifier)."""
from __future__ import annotations

import argparse
import asyncio
import logging
import signal
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
    # a stop asked for while the service is still opening the database (systemd stopping it right after a
    # start) ends it cleanly with 0 rather than by the signal's default action
    early: list[int] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda signum, _frame: early.append(signum))
    if not args.verbose:
        logging.getLogger("spreidingsbot").setLevel(logging.INFO)
    app = open_app(args)
    if early:
        logging.getLogger("spreidingsbot").info("stop requested during start-up")
        app.close()
        return 0
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the service installs its own handlers when it runs
    signal.signal(signal.SIGINT, signal.default_int_handler)
    options = ServiceOptions(console=args.console, once=args.once, local_folder=args.folder,
                             scheduler=not args.no_scheduler)
    try:
        return asyncio.run(Service(app, options).run())
    finally:
        app.close()
