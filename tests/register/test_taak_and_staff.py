"""Issue 13: `taak import` (verdeelbesluit figures for every municipality), `letters import` naming every
error of a row in Dutch, and `staff pending` (who asked the bot for access)."""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.chat.core import ChatCore
from bot.cli import main
from bot.config import Settings
from storage.db import Database
from storage.models import Realisatie, Taak
from storage.stats import overview
from storage.taken import TaakImportError, read_taak_file

ROOT = Path(__file__).resolve().parents[2]
GEMEENTEN = list(csv.DictReader((ROOT / "parsers" / "data" / "gemeenten.csv").open(encoding="utf-8")))


def _write_all(path: Path) -> None:
    """Figures for all 342 municipalities: by code, by name, some with realised places on two dates."""
    lines = ["cbs_code;name;cycle;regulier;amv;realised_regulier;realised_amv;realised_on"]
    for i, g in enumerate(GEMEENTEN):
        code, name = (g["cbs_code"], "") if i % 2 else ("", g["name"])
        task = (i % 7) * 10
        lines.append(f"{code};{name};2024-12-20;{task};{i % 3};;;")
        if i % 5 == 0:
            lines.append(f"{code};{name};2024-12-20;{task};{i % 3};{task // 2};0;2025-07-01")
            lines.append(f"{code};{name};2024-12-20;{task};{i % 3};{task};{i % 3};2026-01-01")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_taak_import_covers_every_municipality(cli_env: dict, tmp_path: Path, db_url: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "taken.csv"
    _write_all(f)
    assert main(["taak", "import", str(f)]) == 0
    assert "wettelijke taak van 342 gemeenten: 342 nieuw" in capsys.readouterr().out
    db = Database(db_url)
    with db.session() as s:
        assert s.scalar(select(func.count(Taak.id))) == 342
        assert s.scalar(select(func.count(Realisatie.id))) == 2 * len(range(0, 342, 5))
        before = overview(s, date(2025, 12, 1)).compliance
        after = overview(s, date(2026, 6, 1)).compliance
    db.dispose()
    assert sum(after.values()) == 342
    # only municipalities with a task > 0 and no realisation stay onbekend; task 0 is met
    unknown = sum(1 for i in range(342) if (i % 7) * 10 + i % 3 > 0 and i % 5)
    assert after["onbekend"] == unknown
    assert after["voldoet"] > before["voldoet"]  # the 2026 count realised the full task
    assert main(["taak", "import", str(f)]) == 0  # idempotent
    assert "0 nieuw, 0 bijgewerkt, 342 ongewijzigd; 0 realisatiecijfers" in capsys.readouterr().out


def test_taak_import_errors_name_every_field_and_import_nothing(cli_env: dict, tmp_path: Path, db_url: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "taken.csv"
    f.write_text("cbs_code,name,cycle,regulier,amv,realised_regulier,realised_amv,realised_on\n"
                 "GM0396,,2024-12-20,195,0,,,\n"
                 ",Atlantis,20-12-2024,veel,-1,,,\n"
                 "GM0396,,2024-12-20,200,0,,,\n"
                 ",Goes,2024-12-20,40,2,10,,\n", encoding="utf-8")
    assert main(["taak", "import", str(f)]) == 2
    err = capsys.readouterr().err
    assert f"{f}:3: veld 'name': 'Atlantis' is geen bekende gemeente; veld 'cycle'" in err
    assert "veld 'regulier': 'veel' is geen geheel getal" in err and "veld 'amv': -1 is negatief" in err
    assert f"{f}:4: Heemskerk 2024-12-20: andere taak dan op {f}:2" in err
    assert f"{f}:5: veld 'realised_on' ontbreekt" in err
    assert "Er is niets geïmporteerd" in err
    db = Database(db_url)
    with db.session() as s:
        assert s.scalar(select(func.count(Taak.id))) == 0
    db.dispose()
    with pytest.raises(TaakImportError, match="kopregel"):
        g = tmp_path / "leeg.csv"
        g.write_text("gemeente;taak\nGoes;3\n", encoding="utf-8")
        read_taak_file(g)
    assert main(["taak", "import", str(tmp_path / "bestaat-niet.csv")]) == 2
    err = capsys.readouterr().err
    assert "het bestand bestaat niet" in err and "No such file" not in err


def test_letters_import_names_every_error_of_a_row_in_dutch(cli_env: dict, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "brieven.csv"
    f.write_text("municipality,reference,date,trede\nAtlantis,74,9-4-2026,9\n", encoding="utf-8")
    assert main(["letters", "import", str(f)]) == 2
    err = capsys.readouterr().err
    for field in ("municipality", "reference", "date", "trede"):
        assert f"veld '{field}'" in err
    assert main(["letters", "import", str(tmp_path)]) == 2  # a folder, not a file
    err = capsys.readouterr().err
    assert "dit is een map, geen bestand" in err and "Errno" not in err


def test_staff_pending_lists_who_was_refused(cli_env: dict, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(db_url)
    core = ChatCore(db, Settings.load(None))
    assert main(["staff", "add", "1001", "--name", "Anna", "--role", "beheerder"]) == 0
    core.handle_text(777001, 777001, "private", "hallo", user_name="Pieter")
    core.handle_text(777002, 777002, "private", "/status Goes", user_name="Fatima")
    core.handle_text(777001, 777001, "private", "nog eens", user_name="Pieter")
    capsys.readouterr()
    assert main(["staff", "pending"]) == 0
    out = capsys.readouterr().out
    assert "Telegram-id 777001 (Pieter)" in out and "Telegram-id 777002 (Fatima)" in out
    assert "staff add TELEGRAM-ID" in out
    assert main(["staff", "add", "777002", "--name", "Fatima", "--role", "behandelaar"]) == 0
    capsys.readouterr()
    assert main(["staff", "pending", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["telegram_id"] for r in rows] == [777001]
    db.dispose()
