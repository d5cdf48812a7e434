"""The `spreidingsbot` command line: one subcommand per module in bot/commands/."""
from __future__ import annotations

import argparse
import importlib
import sys

from bot import recache
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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand, or with only `command`'s (its module alone is imported, so
    `spreidingsbot run` does not pay at start-up for the imports of the other commands)."""
    parser = argparse.ArgumentParser(
        prog="spreidingsbot",
        description="Triage of the ibtspreidingswet mailbox: cases, termijnen and the team chat.",
    )
    parser.add_argument("--config", help="TOML configuration file (default: SPREIDINGSBOT_CONFIG or ./spreidingsbot.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [command] if command in COMMAND_MODULES else COMMAND_MODULES:
        try:
            module = importlib.import_module(f"bot.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"bot.commands.{name}":
                continue  # a command not built yet
            raise
        module.register(sub)
    return parser


def _command_of(argv: list[str] | None) -> str | None:
    """The subcommand named in `argv` (after the global options), or None (help, none, unknown)."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--config")
    pre.add_argument("-v", "--verbose", action="store_true")
    try:
        _, rest = pre.parse_known_args(argv)
    except SystemExit:  # malformed global options: the full parser says what is wrong
        return None
    return rest[0] if rest and rest[0] in COMMAND_MODULES else None


def main(argv: list[str] | None = None) -> int:
    recache.enable()  # before the commands import the parser: its patterns come compiled from the last run
    parser = build_parser(_command_of(argv))
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
