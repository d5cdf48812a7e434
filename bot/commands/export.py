"""`spreidingsbot export --xlsx FILE | --csv FILE [--on DATE]`: one row per case."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.commands import open_app
from bot.commands.report import add_on_argument, report_day
from templates import say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export the cases, one row per case (XLSX and/or CSV)")
    p.add_argument("--xlsx", metavar="FILE", type=Path, help="Excel workbook to write")
    p.add_argument("--csv", metavar="FILE", type=Path, help="CSV file to write (UTF-8 with BOM, ';' separated)")
    add_on_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.reports.export import write_csv, write_xlsx

    if not args.xlsx and not args.csv:
        print("Fout: geef --xlsx BESTAND en/of --csv BESTAND", file=sys.stderr)
        return 2
    day = report_day(args.on)
    app = open_app(args)
    try:
        with app.db.session() as s:
            for path, write in ((args.xlsx, write_xlsx), (args.csv, write_csv)):
                if path is None:
                    continue
                try:
                    n = write(s, day, path)
                except OSError as exc:
                    print(say("cannot_write", path=path, why=exc.strerror or exc), file=sys.stderr)
                    return 1
                print(f"Export geschreven: {path} ({n} zaken)")
    finally:
        app.close()
    return 0
