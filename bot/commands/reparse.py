"""`spreidingsbot reparse`: run the current parsers again over archived raw messages."""
from __future__ import annotations

import argparse

from bot import parse_server
from bot.bulk import ParsePool, reparse_parser, shared_context
from bot.commands import open_app
from storage.ingest import BATCH
from storage.messages import reparse, select_ids
from templates import say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reparse", help="parse archived messages again after a parser improvement")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--all", action="store_true", help="every recorded message")
    g.add_argument("--quarantined", action="store_true", help="only quarantined messages")
    g.add_argument("ids", type=int, nargs="*", default=[], metavar="ID")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="parse in N processes, record in one, in order (default: the number of cores; "
                        "one process for fewer than 50 messages)")
    p.add_argument("--ocr-again", action="store_true", help="OCR scanned attachments again instead of using "
                   "the text read before")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    results = []
    try:
        with app.db.session() as s:
            ids = args.ids or select_ids(s, all_=args.all, quarantined=args.quarantined)
        jobs = parse_server.resolve_jobs(args.jobs, len(ids))
        shared = None
        if jobs > 1:
            parse_server.start()  # loads the parser while this process reads the letters and the rows
            # what every message's parse shares goes to each worker once
            with app.db.session() as s:
                shared = shared_context(s, app.archive, ocr_again=args.ocr_again)
        with ParsePool(jobs, shared=shared) as pool:
            parse = None
            if pool.jobs > 1:
                with app.db.session() as s:
                    parse = reparse_parser(s, app.archive, ids, pool, ocr_again=args.ocr_again)
            for start in range(0, len(ids), BATCH):  # one transaction per batch
                with app.db.session() as s:
                    results += reparse(s, app.archive, ids[start:start + BATCH], ocr_again=args.ocr_again,
                                       parse=parse)
    finally:
        app.close()
    errors = 0
    for r in results:
        if r.error:
            errors += 1
            print(say("reparse_error", id=r.id, error=r.error))
        elif r.changed:
            parts = "; ".join(f"{k}: {a!r} -> {b!r}" for k, (a, b) in r.changed.items())
            print(say("reparse_changed", id=r.id, changes=parts))
    changed = sum(1 for r in results if r.changed)
    print(say("reparse_summary", total=len(results), changed=changed, errors=errors))
    return 1 if errors else 0
