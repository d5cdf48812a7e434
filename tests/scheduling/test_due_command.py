"""`spreidingsbot due --on DATE [--json]`: the day's actions plus the overdue list."""
from __future__ import annotations

import json
from datetime import date

import pytest

from bot.cli import main
from bot.commands.due import FIELDS
from storage.db import Database
from tests.scheduling.factories import at, case_with_letter, message, staff

pytestmark = pytest.mark.timeout(60)


def seed(db: Database) -> dict[str, int]:
    with db.session() as s:
        anna = staff(s)
        h = case_with_letter(s, "Heemskerk", "1234567", date(2026, 4, 9), owner=anna)
        u = case_with_letter(s, "Uitgeest", "2345678", date(2026, 4, 1))
        message(s, u, "ibt_reply", at(date(2026, 4, 21)), missing=["timeline"], on_time=True)
        return {"anna": anna.id, "h": h.id, "u": u.id}


def test_due_json(db: Database, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    ids = seed(db)
    assert main(["due", "--on", "2026-05-07", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(tuple(r) == FIELDS for r in rows)
    got = [(r["section"], r["kind"], r["case_id"]) for r in rows]
    assert got == [
        ("action", "termijn_overdue", ids["h"]),
        ("action", "trede3_proposal", ids["h"]),
        ("action", "aanvulling_needed", ids["u"]),  # 22 April, 30 April, 7 May: every 5 working days
        ("overdue", "no_reply", ids["h"]),
        ("overdue", "incomplete_reply", ids["u"]),
    ]
    overdue = rows[0]
    assert overdue["gemeente"] == "Heemskerk" and overdue["cbs_code"] == "GM0396"
    assert overdue["reference"] == "1234567" and overdue["termijn"] == "2026-04-30"
    assert overdue["days_overdue"] == 7 and overdue["target"] == f"staff:{ids['anna']}"
    assert overdue["owner"] == "Anna de Vries" and overdue["due_date"] == "2026-05-07"
    assert overdue["dedupe_key"] == f"termijn_overdue:{ids['h']}:2026-05-07"
    assert rows[1]["trigger"] == "no_reply"
    assert rows[4]["missing"] == ["timeline"] and rows[4]["target"] == "team"


def test_due_text_and_holidays(db: Database, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    seed(db)
    assert main(["due", "--on", "2026-04-30"]) == 0
    out = capsys.readouterr().out
    assert "Herinneringen voor donderdag 30 april 2026:" in out
    assert "termijn verloopt vandaag" in out and "Heemskerk (1234567)" in out
    assert "aanvulling vragen" in out and "ontbreekt: tijdpad" in out
    assert main(["due", "--on", "2026-05-14"]) == 0
    out = capsys.readouterr().out
    assert "(geen werkdag: Hemelvaartsdag)" in out
    assert "Heemskerk (1234567): geen reactie, termijn 30 april 2026, 14 dagen te laat" in out
    with pytest.raises(SystemExit) as exit_info:
        main(["due", "--on", "30-04-2026"])
    assert exit_info.value.code == 2
    assert "gebruik JJJJ-MM-DD" in capsys.readouterr().err
