import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from parsers.supervision_letter import LetterParseError, parse_supervision_letter
from storage.db import Database
from storage.letters import LetterImportError, import_letters, read_letters_file
from storage.models import Case, Letter, TredeChange

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def test_import_shared_register_opens_cases(db: Database) -> None:
    raw = json.loads((SHARED / "corpus" / "expected_letters.json").read_text(encoding="utf-8"))
    letters = read_letters_file(SHARED / "corpus" / "expected_letters.json")
    assert len(letters) == len(raw) >= 73
    with db.session() as s:
        summary = import_letters(s, letters)
    assert summary.added == len(letters)
    with db.session() as s:
        # one case per municipality and cycle (Lansingerland and Schiedam have two letters in one case)
        assert s.scalar(select(func.count(Case.id))) == len({(li.municipality, li.cycle) for li in letters})
        heemskerk = s.scalar(select(Letter).where(Letter.reference == "7468089"))
        assert heemskerk.deadline == date(2026, 4, 30)
        assert heemskerk.case.trede == 2 and heemskerk.case.compliance == "voldoet_niet"
        assert heemskerk.cycle == "2024-12-20"
    with db.session() as s:
        again = import_letters(s, letters)
    assert (again.added, again.unchanged) == (0, len(letters))


def test_bad_row_names_file_line_and_field_and_imports_nothing(tmp_path: Path, db: Database) -> None:
    f = tmp_path / "brieven.csv"
    f.write_text("municipality,reference,date,trede\nHeemskerk,7400001,2026-04-09,2\n"
                 "Atlantis,7400002,2026-04-09,2\n", encoding="utf-8")
    with pytest.raises(LetterImportError) as err:
        read_letters_file(f)
    assert f"{f}:3" in str(err.value) and "municipality" in str(err.value) and "Atlantis" in str(err.value)
    with db.session() as s:
        assert s.scalar(select(func.count(Letter.id))) == 0


@pytest.mark.parametrize(("row", "field"), [
    ({"municipality": "Goes", "reference": "74680", "date": "2026-04-09", "trede": 2}, "reference"),
    ({"municipality": "Goes", "reference": "7468083", "date": "9-4-2026", "trede": 2}, "date"),
    ({"municipality": "Goes", "reference": "7468083", "date": "2026-04-09", "trede": 9}, "trede"),
    ({"municipality": "Goes", "reference": "7468083", "date": "2026-04-09", "trede": 2,
      "task": {"regulier": "veel"}}, "task.regulier"),
    ({"municipality": "Bergen", "reference": "7468083", "date": "2026-04-09", "trede": 2}, "municipality"),
])
def test_json_field_errors(tmp_path: Path, row: dict, field: str) -> None:
    f = tmp_path / "brieven.json"
    f.write_text(json.dumps([row], indent=1), encoding="utf-8")
    with pytest.raises(LetterImportError, match=f"veld '{field}'"):
        read_letters_file(f)


def test_duplicate_reference_in_file_is_an_error(tmp_path: Path) -> None:
    row = {"municipality": "Goes", "reference": "7468083", "date": "2026-04-09", "trede": 2}
    f = tmp_path / "brieven.json"
    f.write_text(json.dumps([row, row]), encoding="utf-8")
    with pytest.raises(LetterImportError, match="staat ook op"):
        read_letters_file(f)


LETTER = """Aan het college van burgemeester en wethouders van de gemeente Súdwest-Fryslân
Postbus 10000
8600 HA  SNEEK

Datum 26 mei 2026
Onze referentie
7399001

                Wettelijke taak    Realisatie per 1-7-2025
Regulier        1.290              310
AMV             25                 0

Uw gemeente is ingeschaald op trede 2 van de interventieladder.
Datum 26 mei 2026
Onze referentie 7399001
"""


def test_parse_supervision_letter_text() -> None:
    letter = parse_supervision_letter(LETTER)
    assert letter.reference == "7399001"
    assert letter.date == date(2026, 5, 26)
    assert letter.trede == 2
    assert letter.municipality == "Súdwest-Fryslân"
    assert (letter.task_regulier, letter.realised_regulier, letter.task_amv, letter.realised_amv) == (1290, 310, 25, 0)


def test_parse_supervision_letter_pdf() -> None:
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(8.27, 11.69))
    fig.text(0.05, 0.95, LETTER, va="top", family="monospace", fontsize=8)
    buf = io.BytesIO()
    fig.savefig(buf, format="pdf")
    plt.close(fig)
    letter = parse_supervision_letter(buf.getvalue())
    assert (letter.reference, letter.trede, letter.municipality) == ("7399001", 2, "Súdwest-Fryslân")
    assert letter.task_regulier == 1290


def test_parse_supervision_letter_names_what_is_missing() -> None:
    with pytest.raises(LetterParseError, match="Onze referentie"):
        parse_supervision_letter("Geachte heer, dit is geen brief.")


def test_newer_letter_moves_trede_with_history(db: Database, tmp_path: Path) -> None:
    from storage.letters import LetterInput

    with db.session() as s:
        import_letters(s, [LetterInput("Goes", "7468083", date(2026, 4, 9), 2, 100, 0, 0, 0)])
    with db.session() as s:
        import_letters(s, [LetterInput("Goes", "7500001", date(2026, 9, 1), 3, 100, 0, 20, 0)])
    with db.session() as s:
        case = s.scalar(select(Case))
        assert case.trede == 3 and case.compliance == "voldoet_gedeeltelijk"
        history = [(t.trede_from, t.trede_to) for t in s.scalars(select(TredeChange).order_by(TredeChange.id))]
        assert history == [(None, 2), (2, 3)]


def test_a_reply_citing_two_letters_answers_the_one_it_names_first(db: Database, tmp_path: Path) -> None:
    """A reply to the trede-3 letter whose quoted history also holds the first letter's reference is judged against
    the letter it names first: on time by that letter's termijn (the q40 writer saw Coevorden marked late)."""
    from datetime import UTC, datetime

    from storage.archive import RawArchive
    from storage.ingest import ingest_raw
    from storage.letters import LetterInput
    from storage.models import Message

    with db.session() as s:
        import_letters(s, [LetterInput("Goes", "7468083", date(2026, 4, 9), 2, 100, 0, 0, 0)])
    with db.session() as s:
        import_letters(s, [LetterInput("Goes", "7500001", date(2026, 9, 1), 3, 100, 0, 0, 0)])
    raw = (b"From: Bestuurssecretariaat <secretariaat@goes.nl>\r\nTo: ibtspreidingswet@minjenv.nl\r\n"
           b"Subject: RE: Vervolg interbestuurlijk toezicht (onze referentie 7500001)\r\n"
           b"Date: Mon, 14 Sep 2026 10:00:00 +0200\r\nMessage-ID: <goes-7500001@goes.nl>\r\n\r\n"
           b"Geachte heer, mevrouw,\r\n\r\nIn reactie op uw brief met referentie 7500001: wij hebben op dit moment "
           b"40 plekken in gebruik; de bouw van 60 plekken aan de Ringweg is gestart, oplevering in maart 2027.\r\n\r\n"
           b"> Eerder schreven wij u over onze brief met referentie 7468083.\r\n")
    res = ingest_raw(db, RawArchive(tmp_path / "data"), raw, source="eml",
                     received_at=datetime(2026, 9, 14, 8, 0, tzinfo=UTC))
    with db.session() as s:
        m = s.get(Message, res.id)
        letter = s.get(Letter, m.letter_id)
        assert letter.reference == "7500001" and m.on_time is True
