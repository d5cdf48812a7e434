"""The `spreidingsbot` command line: one subcommand per module in bot/commands/."""
from __future__ import annotations

import argparse
import importlib
import sys

from bot.logs import setup_logging

COMMAND_MODULES = [
    "db",
    "ingest",
    "parse",
    "letters",
    "messages",
    "reparse",
    "status",
    "due",
    "ask",
    "chat",
    "staff",
    "taak",
    "run",
    "doctor",
    "demo",
    "report",
    "export",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spreidingsbot",
        description="Triage of the ibtspreidingswet mailbox: cases, termijnen and the team chat.",
    )
    parser.add_argument("--config", help="TOML configuration file (default: SPREIDINGSBOT_CONFIG or ./spreidingsbot.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"bot.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"bot.commands.{name}":
                continue  # a command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.verbose)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
