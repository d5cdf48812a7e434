"""`spreidingsbot export --xlsx/--csv`: one row per case, Dutch headers, opens in openpyxl."""
from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from bot.cli import main
from bot.reports.export import HEADERS
from tests.reports.scenario import build

pytestmark = pytest.mark.timeout(120)

EXPECTED_HEADERS = [
    "Gemeente", "CBS-code", "Provincie", "Trede", "Status", "Naleving", "Behandelaar", "Kenmerk brief",
    "Datum brief", "Termijn", "Datum reactie", "Tijdigheid", "Elementen aanwezig", "Elementen ontbrekend",
    "Verwachte datum", "Plaatsen gerealiseerd", "Plaatsen gepland", "Wettelijke taak (brief)", "Realisatie (brief)",
]


def _by_key(rows: list[list], col: str) -> dict:
    i, j = EXPECTED_HEADERS.index("Gemeente"), EXPECTED_HEADERS.index("Kenmerk brief")
    return {(r[i], r[j]): r[EXPECTED_HEADERS.index(col)] for r in rows}


def test_xlsx_and_csv_export(db, cli_env, tmp_path: Path, capsys):
    build(db)
    xlsx, csv_path = tmp_path / "zaken.xlsx", tmp_path / "zaken.csv"
    assert main(["export", "--xlsx", str(xlsx), "--csv", str(csv_path), "--on", "2026-11-30"]) == 0
    assert capsys.readouterr().out.count("(7 zaken)") == 2
    assert HEADERS == EXPECTED_HEADERS

    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Zaken"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == EXPECTED_HEADERS
    body = rows[1:]
    assert len(body) == 7  # one row per case, both Heemskerk cycles included
    assert sorted((r[0], r[7]) for r in body if r[0] == "Heemskerk") == [("Heemskerk", "7000001"),
                                                                         ("Heemskerk", "7100123")]
    heem = next(r for r in body if r[7] == "7100123")
    assert heem[:8] == ["Heemskerk", "GM0396", "Noord-Holland", 3, "Te laat", "Voldoet niet", "Anna de Vries",
                        "7100123"]
    assert heem[8] == datetime(2026, 10, 1) and heem[9] == datetime(2026, 10, 22)
    assert heem[10] is None and heem[11] == "geen reactie, termijn verstreken"
    assert _by_key(body, "Status")[("Heemskerk", "7000001")] == "Afgesloten"
    ede = next(r for r in body if r[0] == "Ede")
    assert ede[10] == datetime(2026, 10, 21) and ede[11] == "tijdig"
    assert ede[12:19] == ["feiten en omstandigheden", "stappen, tijdpad", "2027-Q2", 25, 60, 110, 25]
    zeist = next(r for r in body if r[0] == "Zeist")
    assert zeist[14] == "'=1+1"  # no formula from mail-derived text
    assert ws.cell(row=2, column=1).font.bold is False and ws.cell(row=1, column=1).font.bold is True

    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    crow = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert crow[0] == EXPECTED_HEADERS and len(crow) == 8
    ede_csv = next(r for r in crow if r[0] == "Ede")
    assert ede_csv[8:12] == ["2026-10-01", "2026-10-22", "2026-10-21", "tijdig"]
    assert ede_csv[13] == "stappen, tijdpad" and ede_csv[15:17] == ["25", "60"]
    assert [r[0] for r in crow[1:]] == [r[0] for r in body]


def test_export_needs_a_target(db, cli_env, capsys):
    assert main(["export"]) == 2
    assert "--xlsx" in capsys.readouterr().err
