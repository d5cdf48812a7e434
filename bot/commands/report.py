"""`spreidingsbot report --html FILE [--on DATE]`: the self-contained HTML overview report."""
from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from bot.commands import open_app
from storage.domain import local_date
from templates import say


def iso_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ongeldige datum {value!r}; gebruik JJJJ-MM-DD") from None


def report_day(value: date | None) -> date:
    """The --on date, or today in the Netherlands."""
    return value if value is not None else local_date(datetime.now(UTC))


def add_on_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--on", metavar="DATE", type=iso_day, help="report as on this day (YYYY-MM-DD; default: today)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write the overview report (self-contained HTML)")
    p.add_argument("--html", metavar="FILE", required=True, type=Path, help="HTML file to write")
    add_on_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.reports.html import write_report

    day = report_day(args.on)
    app = open_app(args)
    try:
        with app.db.session() as s:
            ov = write_report(s, day, args.html)
    except OSError as exc:
        print(say("cannot_write", path=args.html, why=exc.strerror or exc), file=sys.stderr)
        return 1
    finally:
        app.close()
    print(f"Rapport geschreven: {args.html} ({ov.cases} zaken, {len(ov.overdue)} te laat, "
          f"{len(ov.incomplete)} met ontbrekende elementen)")
    return 0
