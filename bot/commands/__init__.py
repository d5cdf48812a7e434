"""CLI subcommands; each module defines register(subparsers) and a run(args) -> int."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.app import App


def open_app(args: argparse.Namespace, *, migrate: bool = True) -> App:
    """Open the app from the --config given on the command line (imported here, not at module load:
    `spreidingsbot parse` never opens the app and should not pay for SQLAlchemy, Alembic and the bot)."""
    from bot.app import App
    from bot.config import Settings

    return App.open(Settings.load(getattr(args, "config", None)), migrate=migrate)
