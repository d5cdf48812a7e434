"""`spreidingsbot parse [--json] [--letters FILE] FILE...`: run the parser pipeline over mail files.

With --json: one JSON object per message per line, `{"file": path, **parsed.to_json()}`
(the contract read by ../shared/tools/score_corpus.py). Without: a short summary per file.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from parsers.model import ParsedMessage


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("parse", help="parse mail files (.eml) and print what the bot reads in them")
    _add_arguments(p)
    p.set_defaults(func=run)


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", help=".eml files")
    p.add_argument("--json", action="store_true", help="one JSON object per message per line")
    p.add_argument("--letters", help="letters register: JSON list (like expected_letters.json) or CSV "
                                     "with columns municipality,reference[,date]")
    p.add_argument("--no-ocr", action="store_true", help="do not OCR scanned attachments")


def load_letters(path: str) -> tuple[dict[str, str], dict[str, str]]:
    """(reference -> municipality, reference -> ISO date) from a JSON list or CSV file."""
    text = Path(path).read_text(encoding="utf-8-sig")
    rows: list[dict[str, Any]]
    if path.lower().endswith(".json") or text.lstrip().startswith("["):
        data = json.loads(text)
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a JSON list of letters")
        rows = [r for r in data if isinstance(r, dict)]
    else:
        rows = list(csv.DictReader(text.splitlines()))
    letters: dict[str, str] = {}
    dates: dict[str, str] = {}
    for i, row in enumerate(rows, start=1):
        ref = str(row.get("reference") or "").strip()
        name = str(row.get("municipality") or "").strip()
        if not ref or not name:
            raise ValueError(f"{path}: row {i}: 'municipality' and 'reference' are required")
        letters[ref] = name
        if row.get("date"):
            dates[ref] = str(row["date"])
    return letters, dates


_DUTCH = {"facts": "feiten", "steps": "stappen", "timeline": "termijn"}


def _summary(path: str, pm: ParsedMessage) -> str:
    parts = [f"{path}: {pm.kind}"]
    if pm.quarantine_reason:
        parts.append(f"QUARANTAINE ({pm.quarantine_reason})")
    parts.append(", ".join(pm.municipalities) or "-")
    parts.append(f"ref {pm.reference or '-'}")
    if pm.elements is not None:
        parts.append("ontbreekt: " + (", ".join(_DUTCH[e] for e in pm.missing) or "niets"))
        if pm.expected_date:
            parts.append(f"verwacht {pm.expected_date}")
    if pm.content_in_attachment:
        parts.append("inhoud in bijlage")
    if pm.auth.get("suspect"):
        parts.append("MOGELIJK VERVALST")
    return " | ".join(parts)


def run(args: argparse.Namespace, out: Any = None) -> int:
    """Parse the files; exit 0 (a file that cannot be read still yields a record)."""
    from parsers.nlp import defer_tokenizer_exceptions
    from parsers.pipeline import ParseContext, parse_message

    # a run reads a few files: add only the Dutch tokenizer exceptions that occur in them (the same sentences,
    # ~0.3 s of CPU less at start-up); a no-op once this process has built the splitter
    defer_tokenizer_exceptions()
    out = out or sys.stdout
    letters: dict[str, str] = {}
    dates: dict[str, str] = {}
    if getattr(args, "letters", None):
        try:
            letters, dates = load_letters(args.letters)
        except (OSError, ValueError) as exc:
            print(f"error: cannot read letters file: {exc}", file=sys.stderr)
            return 2
    ctx = ParseContext(letters=letters, letter_dates=dates, ocr=not getattr(args, "no_ocr", False))
    for path in args.files:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            pm = ParsedMessage(quarantine_reason=f"cannot read file: {exc.strerror or exc}")
        else:
            pm = parse_message(raw, ctx)
        if args.json:
            out.write(json.dumps({"file": path, **pm.to_json()}, ensure_ascii=False, default=str) + "\n")
        else:
            out.write(_summary(path, pm) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="spreidingsbot parse")
    _add_arguments(p)
    return run(p.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
