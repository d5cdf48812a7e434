"""`spreidingsbot messages`: the recorded messages, newest first."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from rich.console import Console
from rich.table import Table

from bot.commands import open_app
from parsers.gemeenten import load_directory
from parsers.model import KINDS
from storage.domain import TZ
from storage.messages import gemeente_ids_by_name, list_messages
from templates import columns, say
from templates.report_labels import ELEMENTS, KIND


def _local(iso: str) -> datetime:
    """A stored UTC moment in the team's local time (Europe/Amsterdam), as every other output shows it."""
    value = datetime.fromisoformat(iso)
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(TZ)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("messages", help="list recorded messages, newest first")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--gemeente", help="only messages about this municipality (fuzzy name)")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--state", choices=("parsed", "quarantined"))
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    names = None
    if args.gemeente:
        hits = load_directory().search(args.gemeente, limit=3)
        if not hits:
            print(say("gemeente_unknown", query=args.gemeente), file=sys.stderr)
            return 2
        if len(hits) > 1 and hits[0][1] == hits[1][1]:
            print(say("gemeente_ambiguous", query=args.gemeente, names=[g.name for g, _ in hits]), file=sys.stderr)
            return 2
        names = [hits[0][0].name]
    app = open_app(args)
    try:
        with app.db.session() as s:
            ids = gemeente_ids_by_name(s, names) if names else None
            rows = list_messages(s, gemeente_ids=ids, kind=args.kind, state=args.state, limit=args.limit)
    finally:
        app.close()
    if args.json:
        for r in rows:
            row = r.as_json()
            row["received"] = _local(r.received).isoformat(timespec="seconds")
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if not rows:
        print(say("no_messages"))
        return 0
    table = Table(title=say("messages_title"))
    for col in ("id", "received", "sender", "gemeente", "reference", "kind", "state", "missing"):
        table.add_column(columns()[col])
    for r in rows:
        table.add_row(str(r.id), f"{_local(r.received):%Y-%m-%d %H:%M}", r.sender or "-",
                      ", ".join(r.municipalities) or "-", r.reference or "-", KIND.get(r.kind, r.kind),
                      say("quarantined", reason=r.quarantine_reason or "") if r.state == "quarantined"
                      else say("processed"),
                      ", ".join(ELEMENTS.get(m, m) for m in r.missing) or "-")
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    console.print(table)
    return 0
