"""`spreidingsbot demo`: the README demo — letters, example mails, triage, overdue list, console chat."""
from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from bot.app import App
from bot.config import Settings
from bot.service import Service, ServiceOptions
from storage.letters import import_letters, read_letters_file
from storage.models import Case, Letter
from templates import render, say

SCRIPT = [
    "/help",
    "hoe staat Heemskerk ervoor?",
    "welke gemeenten zijn te laat?",
    "wat ontbreekt er bij Sudwest Fryslan?",
    "/status den bosch",
    "/toewijzen zaanstad Demo",
    "wie heeft Zaanstad?",
]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="show what the bot does, on the example mails (README demo)")
    p.add_argument("--data-dir", type=Path, default=Path("demo-data"), help="fresh data folder for the demo")
    p.add_argument("--examples", type=Path, default=None, help="folder with letters.json, letters/ and mails/")
    p.add_argument("--on", type=date.fromisoformat, default=date(2026, 6, 17), metavar="DATE",
                   help="the day the demo looks at the termijnen (default 2026-06-17)")
    p.add_argument("--keep", action="store_true", help="keep an existing demo data folder")
    p.set_defaults(func=run)


def _examples(arg: Path | None) -> Path:
    for candidate in [arg, Path("examples"), Path(__file__).resolve().parents[2] / "examples"]:
        if candidate is not None and (candidate / "mails").is_dir():
            return candidate
    raise SystemExit(say("examples_missing"))


def run(args: argparse.Namespace) -> int:
    examples = _examples(args.examples)
    if args.data_dir.exists() and not args.keep:
        shutil.rmtree(args.data_dir)
    settings = Settings.load(getattr(args, "config", None), env={
        "SPREIDINGSBOT_DATA_DIR": str(args.data_dir),
        "SPREIDINGSBOT_DATABASE_URL": f"sqlite:///{args.data_dir / 'spreidingsbot.db'}",
    })
    app = App.open(settings)
    try:
        return _demo(app, examples, args.on)
    finally:
        app.close()


def _demo(app: App, examples: Path, day: date) -> int:
    from bot.chat.core import ChatCore
    from bot.commands.chat import print_replies
    from bot.commands.ingest import KIND_LABELS
    from bot.scheduling.plan import due_report, overdue_report
    from parsers.gemeenten import load_directory
    from parsers.supervision_letter import parse_supervision_letter
    from storage import actions
    from storage.letters import validate_row
    from storage.messages import list_messages

    out = sys.stdout
    with app.db.session() as s:
        import_letters(s, read_letters_file(examples / "letters.json"), source="demo")
        for f in sorted((examples / "letters").glob("*")):
            letter = parse_supervision_letter(f.read_bytes())
            row = {"municipality": letter.municipality, "reference": letter.reference,
                   "date": letter.date.isoformat(), "trede": letter.trede,
                   "task": {"regulier": letter.task_regulier, "amv": letter.task_amv},
                   "realised": {"regulier": letter.realised_regulier, "amv": letter.realised_amv}}
            import_letters(s, [validate_row(row, str(f), load_directory())], source=f"brief:{f.name}")
        if not any(p.name == "Demo" for p in _staff(s)):
            actions.add_staff(s, 1001, "Demo", "beheerder", "demo")
            actions.add_staff(s, 1002, "Joost", "behandelaar", "demo")
        letters = s.scalar(select(func.count(Letter.id)))
        cases = s.scalar(select(func.count(Case.id)))
    inbox = app.settings.data_dir / "inbox"
    mails = sorted((examples / "mails").glob("*.eml"))
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    for i, p in enumerate(mails):
        shutil.copyfile(p, inbox / "new" / f"{1700000000 + i}.demo{i:02d}.{p.stem}")
    out.write(render("demo/intro.txt.j2", db=app.settings.database_url, inbox=str(inbox), letters=letters,
                     cases=cases, mails=len(mails)) + "\n")
    out.flush()
    asyncio.run(Service(app, ServiceOptions(console=True, once=True, scheduler=False)).run())

    with app.db.session() as s:
        rows = list_messages(s, limit=1000)
        rows.sort(key=lambda r: r.id)
        table = [dict(id=r.id, kind=KIND_LABELS.get(r.kind, r.kind), gemeente=", ".join(r.municipalities) or "-",
                      reference=r.reference or "-",
                      tijdig="" if r.on_time is None else ("op tijd" if r.on_time else "te laat"),
                      ontbreekt=("quarantaine: " + (r.quarantine_reason or "")) if r.state == "quarantined"
                      else ("ontbreekt: " + ", ".join(_element(m) for m in r.missing) if r.missing else ""))
                 for r in rows]
        overdue = overdue_report(s, day)
        due = due_report(s, day)
    out.write("\n\n" + render("demo/summary.txt.j2", rows=table) + "\n")
    items = [dict(gemeente=o.gemeente, reference=o.reference, termijn=o.termijn, what=_overdue_text(o))
             for o in overdue]
    out.write("\n" + render("demo/overdue.txt.j2", day=day, items=items,
                     actions=[dict(gemeente=a.data.get("gemeente"), kind=a.kind, target=a.target,
                                   owner=a.data.get("owner")) for a in due]) + "\n")
    out.write("\n" + render("demo/chat.txt.j2") + "\n")
    core = ChatCore(app.db, app.settings, today=lambda: day)
    with app.db.session() as s:
        staff_id = next(p.id for p in _staff(s) if p.name == "Demo")
    for line in SCRIPT:
        out.write(f"\n> {line}\n")
        print_replies(core.handle_console_text(staff_id, line), out, app.settings.data_dir / "overzicht")
    out.write(render("demo/outro.txt.j2", data_dir=str(app.settings.data_dir), day=day) + "\n")
    return 0


def _staff(s):  # noqa: ANN001, ANN202
    from storage.models import Staff

    return list(s.scalars(select(Staff)))


def _element(name: str) -> str:
    from templates.report_labels import ELEMENTS

    return ELEMENTS.get(name, name)


def _overdue_text(o) -> str:  # noqa: ANN001
    from templates.report_labels import ELEMENTS

    if getattr(o, "kind", "") == "extension_requested":
        return say("overdue_extension", until=o.requested_until)
    if getattr(o, "kind", "") == "letter_undelivered":
        return say("overdue_undelivered")
    if getattr(o, "kind", "") == "incomplete_reply":
        return say("overdue_incomplete", missing=[ELEMENTS.get(m, m) for m in (o.missing or [])])
    return say("overdue_no_reply", days=getattr(o, "days_overdue", None))
