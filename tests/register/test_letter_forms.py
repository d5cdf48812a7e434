"""Issue 13: `letters parse` reads the addressee in every common form and the PDF export of the ministry's
document system (header fields in a side column, "Onze referentie" with its value on the next line,
footnotes). The PDFs are written here with a small PDF writer (real text layer, read by pypdfium2)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from parsers.supervision_letter import parse_supervision_letter
from storage import queries
from storage.db import Database
from tests.register.pdfletter import Page, build_pdf

BODY = """Geacht college,

Met deze brief informeer ik u over het interbestuurlijk toezicht op de Spreidingswet.

                Wettelijke taak    Realisatie per 1-7-2025
Regulier        183                0
AMV             12                 0

Uw gemeente is daarom ingeschaald op trede 2 van de interventieladder.
"""


def _text_letter(addressee: str) -> str:
    return ("Ministerie van Justitie en Veiligheid\nDirectoraat-Generaal Migratie\nPostbus 20301\n2500 EH  DEN HAAG\n\n"
            f"{addressee}\n\nDatum 9 april 2026\n\nOnze referentie\n7400101\n\n{BODY}")


@pytest.mark.parametrize(("addressee", "expected"), [
    ("Aan het college van B&W van de gemeente Delft\nPostbus 78\n2600 ME  DELFT", "Delft"),
    ("Aan het college van B en W van Zaanstad", "Zaanstad"),
    ("Aan het college van burgemeester en wethouders van Súdwest-Fryslân\nPostbus 10000\n8600 HA  SNEEK",
     "Súdwest-Fryslân"),
    ("Aan het college van burgemeester en wethouders van de gemeente Heemskerk\nPostbus 1\n1960 AA  HEEMSKERK",
     "Heemskerk"),
    ("Aan de gemeenteraad van Almere\nPostbus 200\n1300 EA  ALMERE", "Almere"),
    ("De burgemeester van Gouda\nPostbus 1086\n2800 BB  GOUDA", "Gouda"),
    ("Aan de gemeente Leiden\nPostbus 9100\n2300 PC  LEIDEN", "Leiden"),
    # only the postal address block names the place; the ministry's own Den Haag address is skipped
    ("Het college\nPostbus 1\n1960 AA  HEEMSKERK", "Heemskerk"),
    ("Gemeentebestuur\nStationsplein 1\n3811 SL AMERSFOORT", "Amersfoort"),
])
def test_addressee_forms(addressee: str, expected: str) -> None:
    letter = parse_supervision_letter(_text_letter(addressee))
    assert letter.municipality == expected
    assert letter.reference == "7400101" and letter.date == date(2026, 4, 9) and letter.trede == 2
    assert (letter.task_regulier, letter.task_amv) == (183, 12)


def test_unknown_addressee_is_not_guessed() -> None:
    letter = parse_supervision_letter(_text_letter("Aan het college van B&W van Nergenshuizen"))
    assert letter.municipality is None and "gemeente niet gevonden in de aanhef" in letter.warnings


def side_column_pdf(addressee: list[str], place_line: str) -> bytes:
    """One A4 page as the document system exports it: side column with the header fields, footnotes."""
    p = Page()
    p.text(60, 800, "Ministerie van Justitie en Veiligheid", 12)
    for i, line in enumerate(["Directoraat-Generaal Migratie", "Turfmarkt 147", "2511 DP  Den Haag",
                              "Postbus 20301", "2500 EH  Den Haag", "www.rijksoverheid.nl/jenv"]):
        p.text(420, 770 - 11 * i, line, 7)
    y = 700
    for line in addressee + [place_line]:
        p.text(60, y, line)
        y -= 12
    # the side column, level with the address block: its lines interleave with it in the text layer
    p.text(420, 700, "Datum", 7).text(420, 689, "9 april 2026", 7)
    p.text(420, 670, "Onze referentie", 7).text(420, 659, "7400107", 7)
    p.text(420, 640, "Uw referentie", 7).text(420, 629, "-", 7)
    p.text(60, 600, "Onderwerp Brief interbestuurlijk toezicht Spreidingswet")
    p.text(60, 570, "Geacht college,")
    p.text(60, 550, "Met deze brief informeer ik u over het toezicht op de Spreidingswet.1")
    p.text(60, 530, "Wettelijke taak    Realisatie per 1-7-2025")
    p.text(60, 518, "Regulier        300      40")
    p.text(60, 506, "AMV        60      0")
    p.text(60, 486, "Uw gemeente is daarom ingeschaald op trede 2 van de interventieladder.2")
    p.text(60, 80, "1 Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen, Stb. 2024, 23.", 7)
    p.text(60, 70, "2 De interventieladder kent zes treden, van trede 1 tot en met trede 6.", 7)
    page2 = Page().text(60, 800, "Hoogachtend,").text(60, 780, "de Minister van Asiel en Migratie")
    return build_pdf([p, page2])


@pytest.mark.parametrize(("addressee", "place", "expected"), [
    (["Aan het college van B&W van de gemeente Delft", "Postbus 78"], "2600 ME  DELFT", "Delft"),
    (["Aan het college van burgemeester en wethouders", "van Zaanstad", "Postbus 2000"], "1500 GA  ZAANDAM",
     "Zaanstad"),
    (["College van burgemeester en wethouders", "Postbus 15"], "2400 AA  ALPHEN AAN DEN RIJN", "Alphen aan den Rijn"),
])
def test_document_system_pdf(addressee: list[str], place: str, expected: str) -> None:
    letter = parse_supervision_letter(side_column_pdf(addressee, place))
    assert letter.municipality == expected
    assert letter.reference == "7400107" and letter.date == date(2026, 4, 9) and letter.trede == 2
    assert (letter.task_regulier, letter.realised_regulier, letter.task_amv, letter.realised_amv) == (300, 40, 60, 0)


def test_letters_parse_cli_opens_the_case_from_a_pdf(cli_env: dict, tmp_path: Path, db_url: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "brief-delft.pdf"
    pdf.write_bytes(side_column_pdf(["Aan het college van B&W van de gemeente Delft", "Postbus 78"],
                                    "2600 ME  DELFT"))
    assert main(["letters", "parse", str(pdf)]) == 0
    assert "Brief 7400107 van 9 april 2026 aan Delft" in capsys.readouterr().out
    db = Database(db_url)
    with db.session() as s:
        case = queries.current_case(s, queries.gemeente_by_name(s, "Delft").id)
        assert case is not None and [le.reference for le in case.letters] == ["7400107"]
        assert case.letters[0].task_regulier == 300
    db.dispose()
