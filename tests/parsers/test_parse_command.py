"""`spreidingsbot parse`: one JSON line per message, a record even for unreadable files."""
from __future__ import annotations

import argparse
import io
import json

import pytest

from bot.commands import parse as cmd
from tests.parsers.conftest import FIXTURES

pytestmark = pytest.mark.timeout(120)


def _run(argv: list[str]) -> tuple[int, list[str]]:
    p = argparse.ArgumentParser()
    sub = p.add_subparsers()
    cmd.register(sub)
    args = p.parse_args(["parse", *argv])
    out = io.StringIO()
    code = args.func(args, out=out) if "out" in args.func.__code__.co_varnames else args.func(args)
    return code, out.getvalue().splitlines()


def test_json_lines_carry_the_contract(tmp_path) -> None:
    missing = tmp_path / "weg.eml"
    code, lines = _run(["--json", str(FIXTURES / "f01-outlook-en-quote.eml"), str(missing)])
    assert code == 0 and len(lines) == 2
    first, second = (json.loads(x) for x in lines)
    for key in ("file", "kind", "municipalities", "reference", "elements", "expected_date", "places", "reasons",
                "content_in_attachment", "findings", "warnings"):
        assert key in first
    assert first["kind"] == "ibt_reply" and first["reference"] == "7469011"
    assert second["kind"] == "other" and "cannot read file" in second["quarantine_reason"]


def test_letters_file_fills_the_municipality(tmp_path) -> None:
    mail = tmp_path / "prive.eml"
    mail.write_bytes(b"From: iemand@gmail.com\r\nSubject: Reactie op brief 7469999\r\n"
                     b"Date: Mon, 20 Apr 2026 10:00:00 +0200\r\n\r\nHierbij onze reactie op uw brief 7469999.\r\n")
    letters = tmp_path / "letters.json"
    letters.write_text(json.dumps([{"municipality": "Heemskerk", "reference": "7469999", "date": "2026-04-09"}]))
    _, lines = _run(["--json", "--letters", str(letters), str(mail)])
    assert json.loads(lines[0])["municipalities"] == ["Heemskerk"]
    csv_file = tmp_path / "letters.csv"
    csv_file.write_text("municipality,reference,date\nHeemskerk,7469999,2026-04-09\n")
    _, lines = _run(["--json", "--letters", str(csv_file), str(mail)])
    assert json.loads(lines[0])["municipalities"] == ["Heemskerk"]


def test_bad_letters_file_is_a_clear_error(tmp_path, capsys) -> None:
    bad = tmp_path / "letters.csv"
    bad.write_text("municipality,reference\nHeemskerk,\n")
    code, _ = _run(["--letters", str(bad), str(FIXTURES / "f01-outlook-en-quote.eml")])
    assert code == 2
    assert "row 1" in capsys.readouterr().err


def test_human_summary() -> None:
    code, lines = _run([str(FIXTURES / "f02-html-cp1252-notice.eml"), str(FIXTURES / "f14-spoofed.eml")])
    assert code == 0
    assert lines[0].startswith(str(FIXTURES / "f02-html-cp1252-notice.eml") + ": meldplicht | Delft")
    assert "ontbreekt: stappen, termijn" in lines[0]
    assert "MOGELIJK VERVALST" in lines[1]
