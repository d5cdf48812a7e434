"""CLI subcommands; each module defines register(subparsers) and a run(args) -> int."""
from __future__ import annotations

import argparse

from bot.app import App
from bot.config import Settings


def open_app(args: argparse.Namespace, *, migrate: bool = True) -> App:
    """Open the app from the --config given on the command line."""
    return App.open(Settings.load(getattr(args, "config", None)), migrate=migrate)
