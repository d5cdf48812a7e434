"""`spreidingsbot taak import FILE`: the verdeelbesluit figures (wettelijke taak, realised places) of every municipality."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.commands import open_app
from storage.taken import TaakImportError, import_taken, read_taak_file
from templates import say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("taak", help="the verdeelbesluit figures of all municipalities")
    tsub = p.add_subparsers(dest="taak_command", required=True)
    imp = tsub.add_parser("import", help="import tasks (and realised places per date) from a CSV: all rows or none")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    try:
        rows = read_taak_file(args.file)
    except TaakImportError as exc:
        print(say("import_error", error=exc), file=sys.stderr)
        return 2
    app = open_app(args)
    try:
        with app.db.session() as s:
            summary = import_taken(s, rows, source=f"import:{args.file.name}")
    except TaakImportError as exc:
        print(say("import_error", error=exc), file=sys.stderr)
        return 2
    finally:
        app.close()
    print(say("taak_report", source=str(args.file), s=summary, gemeenten=len({r.municipality for r in rows})))
    return 0
