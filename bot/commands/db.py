"""`spreidingsbot db upgrade`: migrate the database to the newest schema."""
from __future__ import annotations

import argparse

from bot.commands import open_app
from templates import say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="database maintenance")
    dsub = p.add_subparsers(dest="db_command", required=True)
    up = dsub.add_parser("upgrade", help="migrate to the newest schema and load the municipality list")
    up.set_defaults(func=run_upgrade)


def run_upgrade(args: argparse.Namespace) -> int:
    app = open_app(args, migrate=False)
    app.db.upgrade()
    print(say("db_upgraded", url=app.db.engine.url.render_as_string(hide_password=True)))
    app.close()
    return 0
