"""`spreidingsbot report --html`: one self-contained page, checked in a real headless chromium."""
from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest

from bot.cli import main
from tests.reports import dom
from tests.reports.browser import console_errors, run_chromium
from tests.reports.scenario import HOSTILE_EVIDENCE, HOSTILE_SUBJECT, build

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def report(db, cli_env, tmp_path: Path, capsys) -> Path:
    build(db)
    out = tmp_path / "out" / "rapport.html"
    assert main(["report", "--html", str(out), "--on", "2026-11-30"]) == 0
    assert "Rapport geschreven" in capsys.readouterr().out
    return out


def test_report_in_headless_chromium(report: Path):
    raw = report.read_text(encoding="utf-8")
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:|//)", raw), "the report must not load anything external"
    proc = run_chromium(report.as_uri(), "--dump-dom")
    assert console_errors(proc.stderr) == []
    page = dom.parse(proc.stdout)

    # the page rendered, with the expected tables and rows
    assert "Overzicht toezicht Spreidingswet" in next(page.iter("title")).text()
    overdue = page.table_rows("overdue")
    assert [(r[0], r[3], r[5], r[6], r[7]) for r in overdue] == [
        ("Heemskerk", "7100123", "22 oktober 2026", "39", "Anna de Vries"),
        ("Zeist", overdue[1][3], "10 november 2026", "20", "–"),
    ]
    incomplete = page.table_rows("incomplete")
    assert [r[0] for r in incomplete] == ["Ede", "Maastricht"]
    assert incomplete[0][4] == "stappen, tijdpad" and incomplete[1][4] == "tijdpad"
    assert incomplete[0][3] == "ja"
    provinces = page.table_rows("provinces")
    assert len(provinces) == 12
    nh = next(r for r in provinces if r[0] == "Noord-Holland")
    assert nh[1:3] == ["44", "1"]  # one current case (Heemskerk; its older cycle does not count)
    gld = next(r for r in provinces if r[0] == "Gelderland")
    assert gld[-4:] == ["110", "25", "25", "60"]  # taak, realisatie, gemeld gerealiseerd, gemeld gepland
    compliance = {r[0]: r[1] for r in page.table_rows("compliance")}
    assert compliance == {"Voldoet": "1", "Voldoet gedeeltelijk": "1", "Voldoet niet": "4", "Onbekend": "336"}
    totals = page.table_rows("per-trede", "tfoot")[0]
    assert totals == ["Totaal", "1", "2", "2", "1", "6"]

    # hostile mail text is text: no script element, one image (the chart, inline)
    assert list(page.iter("script")) == []
    imgs = list(page.iter("img"))
    assert len(imgs) == 1 and (imgs[0].attrs["src"] or "").startswith("data:image/png;base64,")
    ede = page.by_id("incomplete").text()
    assert HOSTILE_SUBJECT in ede and HOSTILE_EVIDENCE in ede
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in proc.stdout
    for node in page.iter():
        assert not any(k.startswith("on") for k in node.attrs), f"event handler attribute on <{node.tag}>"


def test_report_prints(report: Path, tmp_path: Path):
    pdf = tmp_path / "rapport.pdf"
    run_chromium(report.as_uri(), f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        assert len(doc) >= 2
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    assert "Termijn verstreken" in text and "Heemskerk" in text and "Limburg" in text


def test_report_errors(db, cli_env, tmp_path: Path, capsys):
    target = tmp_path / "bestaat"
    target.mkdir()
    assert main(["report", "--html", str(target)]) == 1
    assert "kan" in capsys.readouterr().err
    assert list(tmp_path.glob(".bestaat.*")) == []  # no half-written temp file left behind
    with pytest.raises(SystemExit) as exc:
        main(["report", "--html", str(tmp_path / "r.html"), "--on", "30-11-2026"])
    assert exc.value.code == 2
