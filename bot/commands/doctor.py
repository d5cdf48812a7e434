"""`spreidingsbot doctor`: check database, mailbox, chat and liveness, and say in plain words what is wrong."""
from __future__ import annotations

import argparse
import json

from bot.commands import open_app
from bot.doctor import FAIL, run_checks


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check the configuration and the running service's health")
    p.add_argument("--json", action="store_true")
    p.add_argument("--offline", action="store_true", help="skip the network checks (mailbox, chat, SMTP)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = open_app(args, migrate=False)
    try:
        checks = run_checks(app.settings, app.db, network=not args.offline)
    finally:
        app.close()
    if args.json:
        print(json.dumps([c.as_json() for c in checks], ensure_ascii=False))
    else:
        for c in checks:
            print(f"[{c.status:6}] {c.area:9} {c.message}")
    return 1 if any(c.status == FAIL for c in checks) else 0
