"""`spreidingsbot letters import FILE` and `spreidingsbot letters parse FILE`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.commands import open_app
from parsers.supervision_letter import LetterParseError, parse_supervision_letter
from storage.letters import LetterImportError, LetterInput, dutch_os_error, import_letters, read_letters_file
from templates import say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("letters", help="the register of outgoing supervision letters")
    lsub = p.add_subparsers(dest="letters_command", required=True)
    imp = lsub.add_parser("import", help="import letters from a JSON or CSV file (all rows or none)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=run_import)
    prs = lsub.add_parser("parse", help="read one supervision letter (text or PDF) and open or update its case")
    prs.add_argument("file", type=Path)
    prs.add_argument("--municipality", help="the addressee when the letter does not name it clearly")
    prs.add_argument("--dry-run", action="store_true", help="show what was read, change nothing")
    prs.set_defaults(func=run_parse)


def _report(summary, source: str) -> None:  # noqa: ANN001
    print(say("letters_report", source=source, s=summary))


def run_import(args: argparse.Namespace) -> int:
    try:
        letters = read_letters_file(args.file)
    except LetterImportError as exc:
        print(say("import_error", error=exc), file=sys.stderr)
        return 2
    app = open_app(args)
    try:
        with app.db.session() as s:
            summary = import_letters(s, letters, source=f"import:{args.file.name}")
    except LetterImportError as exc:
        print(say("import_error", error=exc), file=sys.stderr)
        return 2
    finally:
        app.close()
    _report(summary, str(args.file))
    return 0


def run_parse(args: argparse.Namespace) -> int:
    try:
        data = args.file.read_bytes()
        letter = parse_supervision_letter(data)
    except OSError as exc:
        print(say("cannot_read", path=args.file, why=dutch_os_error(exc)), file=sys.stderr)
        return 2
    except LetterParseError as exc:
        print(say("letter_error", path=args.file, error=exc), file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a broken PDF is bad input, not a crash
        print(say("letter_unreadable", path=args.file, why=type(exc).__name__), file=sys.stderr)
        return 2
    municipality = args.municipality or letter.municipality
    if not municipality:
        print(say("letter_no_gemeente", path=args.file), file=sys.stderr)
        return 2
    print(say("letter_read", l=letter, gemeente=municipality))
    for w in letter.warnings:
        print(say("letter_warning", warning=w))
    if args.dry_run:
        return 0
    from parsers.gemeenten import load_directory
    from storage.letters import validate_row

    try:
        li: LetterInput = validate_row({
            "municipality": municipality, "reference": letter.reference, "date": letter.date.isoformat(),
            "trede": letter.trede, "task": {"regulier": letter.task_regulier, "amv": letter.task_amv},
            "realised": {"regulier": letter.realised_regulier, "amv": letter.realised_amv}},
            str(args.file), load_directory())
    except LetterImportError as exc:
        print(say("import_error", error=exc), file=sys.stderr)
        return 2
    app = open_app(args)
    try:
        with app.db.session() as s:
            summary = import_letters(s, [li], source=f"brief:{args.file.name}")
    finally:
        app.close()
    _report(summary, str(args.file))
    return 0
