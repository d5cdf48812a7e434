"""`spreidingsbot messages`: the recorded messages, newest first."""
from __future__ import annotations

import argparse
import json
import sys

from rich.console import Console
from rich.table import Table

from bot.commands import open_app
from bot.commands.ingest import KIND_LABELS
from parsers.gemeenten import load_directory
from parsers.model import KINDS
from storage.messages import gemeente_ids_by_name, list_messages


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
            print(f"Geen gemeente gevonden voor '{args.gemeente}'.", file=sys.stderr)
            return 2
        if len(hits) > 1 and hits[0][1] == hits[1][1]:
            print(f"'{args.gemeente}' is dubbelzinnig: " + ", ".join(g.name for g, _ in hits), file=sys.stderr)
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
            print(json.dumps(r.as_json(), ensure_ascii=False))
        return 0
    if not rows:
        print("Geen berichten gevonden.")
        return 0
    table = Table(title="Berichten")
    for col in ("id", "ontvangen", "afzender", "gemeente", "referentie", "soort", "status", "ontbreekt"):
        table.add_column(col)
    for r in rows:
        table.add_row(str(r.id), r.received[:16].replace("T", " "), r.sender or "-", ", ".join(r.municipalities) or "-",
                      r.reference or "-", KIND_LABELS.get(r.kind, r.kind),
                      "quarantaine" if r.state == "quarantined" else "verwerkt", ", ".join(r.missing) or "-")
    Console().print(table)
    return 0
