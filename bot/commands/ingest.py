"""`spreidingsbot ingest PATH`: record every message of a Maildir, .eml folder, .eml file or mbox, once.

Only light modules are imported at load: `run` counts the messages and, when it will parse in workers, starts
the parse server (`bot.parse_server`) before it imports the database and recording code, so the parser loads
in the background meanwhile."""
from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from bot import parse_server
from bot.commands import open_app
from bot.sources import RawItem, count_items, iter_source
from storage.archive import ArchiveError
from templates import columns, say
from templates.report_labels import ELEMENTS, KIND

if TYPE_CHECKING:
    from bot.app import App
    from parsers.model import ParsedMessage
    from storage.ingest import IngestResult

KIND_LABELS = KIND
BATCH: int | None = None  # messages per transaction; None: storage.ingest.BATCH
log = logging.getLogger("spreidingsbot.ingest")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="record the messages of a Maildir, .eml folder, .eml file or mbox")
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    p.add_argument("--strict", action="store_true", help="exit non-zero when any message was quarantined")
    p.add_argument("--no-notify", action="store_true", help="do not queue chat notifications")
    p.add_argument("--quiet", action="store_true", help="no progress bar; a row only for each quarantined message, then the counts")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="parse in N processes, record in one, in order (default: the number of cores; "
                        "one process for fewer than 50 messages)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    totals = [count_items(p) if p.exists() else 0 for p in args.paths]
    jobs = parse_server.resolve_jobs(args.jobs, None if None in totals else sum(totals))
    if jobs > 1:
        parse_server.start()  # loads the parser while this process imports and opens the database
    from bot.bulk import ParsePool, shared_context
    from storage import ingest

    batch_size = BATCH or ingest.BATCH
    console = Console(stderr=False)
    if not console.is_terminal:
        console = Console(stderr=False, width=200)
    app = open_app(args)
    results: list[tuple[str, IngestResult]] = []
    failures: list[tuple[str, str]] = []
    context = None
    if jobs > 1:  # what every message's parse shares goes to each worker once
        with app.db.session() as s:
            context = shared_context(s, app.archive)
    pool = ParsePool(jobs, shared=context)
    skipped: list[tuple[str, str]] = []
    try:
        for path in args.paths:
            if not path.exists():
                failures.append((str(path), say("missing_path")))
                continue
            total = count_items(path)
            show = not args.quiet and (total is None or total > 20) and console.is_terminal
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeRemainingColumn(), console=console, disable=not show) as progress:
                task = progress.add_task(say("ingest_progress", name=path.name), total=total)
                batch: list[tuple[RawItem, ParsedMessage | None]] = []
                for item, parsed in pool.parsed(iter_source(path),
                                                lambda it: (it.raw, None) if it.raw is not None and context else None):
                    progress.advance(task)
                    if item.raw is not None and item.skipped is None:
                        batch.append((item, parsed))
                        if len(batch) >= batch_size:
                            _record(app, batch, not args.no_notify, results, failures)
                        continue
                    _record(app, batch, not args.no_notify, results, failures)  # keeps the order of the report
                    if item.skipped is not None:
                        skipped.append((item.path, item.skipped))
                    else:
                        failures.append((item.path, item.error or say("unreadable")))
                _record(app, batch, not args.no_notify, results, failures)
    finally:
        pool.close()
        app.close()
    _summary(console, results, failures, quiet=args.quiet)
    for path, suffix in skipped:
        console.print(say("ingest_skipped", path=path, suffix=suffix or "?"))
    # --strict: only what this run newly quarantined counts; a second run over the same files is clean
    quarantined = sum(1 for _, r in results if r.created and r.state == "quarantined")
    if failures:
        return 1
    return 1 if (args.strict and quarantined) else 0


def _record(app: App, batch: list[tuple[RawItem, ParsedMessage | None]], notify: bool,
            results: list[tuple[str, IngestResult]], failures: list[tuple[str, str]]) -> None:
    """Record a batch in one transaction (`storage.ingest.ingest_many`) and empty it; when the database fails on
    the batch, each message is tried on its own so the report names the ones that failed."""
    if not batch:
        return
    from storage.ingest import RawMail, ingest_many, ingest_raw

    mails = [RawMail(item.raw, item.source, source_path=item.path, file_time=item.mtime, parsed=parsed)
             for item, parsed in batch]
    try:
        outcome: list = ingest_many(app.db, app.archive, mails, notify=notify)
    except Exception as exc:  # noqa: BLE001 - the database failed on the batch: one by one
        log.warning("cannot record a batch of %d: %s: %s", len(batch), type(exc).__name__, str(exc)[:200])
        outcome = []
        for mail in mails:
            try:
                outcome.append(ingest_raw(app.db, app.archive, mail.raw, source=mail.source,
                                          source_path=mail.source_path, file_time=mail.file_time, notify=notify,
                                          parsed=mail.parsed))
            except Exception as exc_one:  # noqa: BLE001 - ArchiveError or the database failed on this one
                outcome.append(exc_one)
    for (item, _), res in zip(batch, outcome, strict=True):
        if isinstance(res, ArchiveError):
            failures.append((item.path, say("archive_error", why=res.strerror or res)))
        elif isinstance(res, Exception):
            log.warning("cannot record %s: %s: %s", item.path, type(res).__name__, str(res)[:200])
            failures.append((item.path, say("record_error", why=f"{type(res).__name__}: {res}"[:300])))
        else:
            results.append((item.path, res))
    batch.clear()


def _summary(console: Console, results: list[tuple[str, IngestResult]], failures: list[tuple[str, str]],
             quiet: bool = False) -> None:
    """A row per new message (with --quiet only the quarantined ones, which need a person), then the counts."""
    new = [(p, r) for p, r in results if r.created]
    dup = len(results) - len(new)
    table = Table(title=say("ingest_title"), show_lines=False)
    for col in ("file", "kind", "gemeente", "reference", "on_time", "missing", "state"):
        table.add_column(columns()[col])
    shown = [(p, r) for p, r in new if r.state == "quarantined"] if quiet else new
    for path, r in shown:
        tijdig = "" if r.on_time is None else say("on_time" if r.on_time else "late")
        status = say("quarantined", reason=r.quarantine_reason or "") if r.state == "quarantined" else say("processed")
        table.add_row(Path(path.split("#")[0]).name + (("#" + path.split("#")[1]) if "#" in path else ""),
                      KIND_LABELS.get(r.kind, r.kind), ", ".join(r.municipalities) or "-", r.reference or "-",
                      tijdig, ", ".join(ELEMENTS.get(m, m) for m in r.missing) or "-", status)
    if shown:
        console.print(table)
    kinds = Counter(r.kind for _, r in new)
    quarantined = sum(1 for _, r in new if r.state == "quarantined")
    console.print(say("ingest_summary", new=len(new), dup=dup, quarantined=quarantined, failed=len(failures)))
    if kinds:
        console.print(say("ingest_kinds", kinds=", ".join(f"{KIND.get(k, k)} {n}" for k, n in kinds.most_common())))
    for path, why in failures:
        print(say("ingest_failed", path=path, why=why), file=sys.stderr)
