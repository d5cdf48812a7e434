"""Issue 13: the case follows what the mail says (extension request, bounce, auto-reply), notifications keep
the mail's own reference apart from the register's, and every output speaks one vocabulary and one clock."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.chat.core import ChatCore
from bot.cli import main
from bot.config import Settings
from bot.reports.export import row_values
from bot.scheduling.actions import decline_extension, grant_extension
from bot.scheduling.plan import load_cases
from bot.scheduling.rules import actions_for_day, overdue
from parsers.case_signals import absent_until, requested_until
from storage import queries
from storage.db import Database
from storage.models import Message
from storage.stats import overview
from templates import dagen, periode

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DAY = date(2026, 6, 17)

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def demo_register(cli_env: dict, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["letters", "import", str(EXAMPLES / "letters.json")]) == 0
    assert main(["ingest", "--no-notify", str(EXAMPLES / "mails")]) == 0
    capsys.readouterr()
    return cli_env


def _case_id(db: Database, name: str) -> int:
    with db.session() as s:
        g = queries.gemeente_by_name(s, name)
        return queries.current_case(s, g.id).id


def test_signals_read_from_the_mail_text() -> None:
    ref = date(2026, 6, 11)
    assert requested_until("Verzoek om uitstel.\nHet college bespreekt dit pas op 30 juni. Wij verzoeken om "
                           "uitstel van de reactietermijn tot 10 juli 2026.", ref) == date(2026, 7, 10)
    assert requested_until("Graag verlenging van de termijn tot 1-8-2026.", ref) == date(2026, 8, 1)
    assert requested_until("Wij vragen om uitstel.", ref) is None
    assert absent_until("Ik ben afwezig tot en met 20 april.", date(2026, 4, 9)) == date(2026, 4, 20)
    assert absent_until("Bedankt voor uw bericht.", date(2026, 4, 9)) is None


def test_extension_request_pauses_the_termijn_until_staff_decide(demo_register: dict, db_url: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(db_url)
    cid = _case_id(db, "Amersfoort")
    with db.session() as s:
        row = queries.case_row(s, cid, DAY)
        assert row.extension_requested and row.extension_requested_until == date(2026, 7, 10)
        assert not row.overdue and row.days_left == -1
        cases = load_cases(s)
    kinds = {(a.kind, a.data["gemeente"]) for a in actions_for_day(DAY, cases)}
    assert ("termijn_overdue", "Amersfoort") not in kinds and ("termijn_overdue", "Utrecht") in kinds
    late = {o.gemeente: o for o in overdue(DAY, cases)}
    assert late["Amersfoort"].kind == "extension_requested" and late["Amersfoort"].requested_until == date(2026, 7, 10)
    # the request itself is announced the next working morning, with both buttons
    asked = [a for a in actions_for_day(date(2026, 6, 12), cases) if a.kind == "extension_requested"]
    assert asked and asked[0].data["requested_until"] == "2026-07-10"

    assert main(["status", "Amersfoort", "--on", DAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "Uitstel gevraagd tot 10 juli 2026, wacht op besluit" in out and "te laat" not in out
    assert main(["due", "--on", DAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "Amersfoort (7400104): uitstel gevraagd tot 10 juli 2026, wacht op besluit" in out
    assert "termijn verstreken         Amersfoort" not in out
    assert main(["status", "Amersfoort", "--json", "--on", DAY.isoformat()]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["case"]["extension_requested"] is True and st["case"]["extension_requested_until"] == "2026-07-10"

    # declining: the old termijn and its nudges apply again
    with db.session() as s:
        assert decline_extension(s, cid, "Joost") is True
    with db.session() as s:
        assert queries.case_row(s, cid, DAY).overdue
        assert ("termijn_overdue", "Amersfoort") in {(a.kind, a.data["gemeente"])
                                                     for a in actions_for_day(DAY, load_cases(s))}
        assert decline_extension(s, cid, "Joost") is False
    # reading the mail again (reparse) does not reopen a request staff already decided
    assert main(["reparse", "--all"]) == 0
    with db.session() as s:
        assert not queries.case_row(s, cid, DAY).extension_requested
    db.dispose()


def test_granting_the_extension_ends_the_request(demo_register: dict, db_url: str) -> None:
    db = Database(db_url)
    cid = _case_id(db, "Amersfoort")
    with db.session() as s:
        grant_extension(s, cid, date(2026, 7, 10), "college vergadert 30 juni", "Joost")
    with db.session() as s:
        row = queries.case_row(s, cid, DAY)
        assert not row.extension_requested and row.termijn == date(2026, 7, 10) and not row.overdue
    db.dispose()


def test_bounce_marks_the_letter_undelivered(demo_register: dict, db_url: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(db_url)
    cid = _case_id(db, "Delft")
    with db.session() as s:
        row = queries.case_row(s, cid, DAY)
        assert row.letter_undelivered and not row.overdue
        cases = load_cases(s)
        ov = overview(s, DAY)
    assert "Delft" not in {r.gemeente for r in ov.overdue}
    delft = next(r for r in ov.rows if r.gemeente == "Delft")
    assert delft.mail_state == "letter_undelivered" and "brief niet bezorgd" in row_values(delft)[4]
    assert {o.gemeente: o.kind for o in overdue(DAY, cases)}["Delft"] == "letter_undelivered"
    resend = [a for a in actions_for_day(date(2026, 4, 10), cases) if a.kind == "letter_undelivered"]
    assert [a.data["gemeente"] for a in resend] == ["Delft"]
    assert main(["status", "Delft", "--on", DAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "niet bezorgd" in out and "verstuur de brief opnieuw" in out and "te laat" not in out


def test_auto_reply_notes_absence_and_keeps_the_termijn(demo_register: dict, db_url: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(db_url)
    with db.session() as s:
        row = queries.case_row(s, _case_id(db, "Leiden"), DAY)
    assert row.overdue and row.days_left == -48
    db.dispose()
    assert main(["status", "Leiden", "--on", DAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "afwezig tot en met 20 april 2026" in out and "48 dagen te laat" in out


def test_notification_keeps_the_mails_reference_apart(demo_register: dict, db_url: str) -> None:
    db = Database(db_url)
    core = ChatCore(db, Settings.load(None), today=lambda: DAY)
    with db.session() as s:
        by_subject = {subject: mid for mid, subject in s.execute(select(Message.id, Message.subject)) if subject}
    utrecht = next(v for k, v in by_subject.items() if "Melding artikel 8" in k)
    leiden = next(v for k, v in by_subject.items() if k.startswith("Automatisch antwoord"))
    heemskerk = next(v for k, v in by_subject.items() if "Heemskerk" in k)
    text = {n: core.render_notification({"message_id": i}, "new_message").html
            for n, i in (("utrecht", utrecht), ("leiden", leiden), ("heemskerk", heemskerk))}
    assert "Kenmerk in bericht: —; brief in register: 7400103" in text["utrecht"]
    assert "Kenmerk in bericht: —; brief in register: 7400106" in text["leiden"]
    # Heemskerk's letter is not in letters.json: the mail's reference stands alone
    assert "Kenmerk in bericht: 7400101\n" in text["heemskerk"] and "register" not in text["heemskerk"]
    assert "Kenmerk: " not in "".join(text.values())
    db.dispose()


def test_one_vocabulary() -> None:
    assert dagen(1) == "1 dag" and dagen(-1) == "1 dag" and dagen(48) == "48 dagen"
    assert periode("2027-Q2") == "tweede kwartaal 2027" and periode("2027-H1") == "eerste helft 2027"


def test_messages_in_local_time_with_the_full_quarantine_reason(demo_register: dict,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["messages", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    heemskerk = next(r for r in rows if "Heemskerk" in r["municipalities"])
    assert heemskerk["received"].endswith("+02:00")  # April: CEST, not UTC
    assert main(["messages"]) == 0
    out = capsys.readouterr().out
    assert "geen mailheaders" in out.replace("\n", " ").replace("│", " ")


def test_ingest_strict_and_skipped_files(cli_env: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notulen.pdf").write_bytes(b"%PDF-1.4 not a mail")
    assert main(["ingest", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Overgeslagen" in out and "notulen.pdf" in out
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "kapot.eml").write_bytes((EXAMPLES / "mails" / "10-kapot-bestand.eml").read_bytes())
    assert main(["ingest", "--strict", str(bad)]) == 1  # newly quarantined
    assert main(["ingest", "--strict", str(bad)]) == 0  # nothing new: nothing newly quarantined


def test_doctor_offline_says_what_it_skipped(cli_env: dict, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from storage.models import OutboxItem

    db = Database(db_url)
    with db.session() as s:
        s.add(OutboxItem(kind="new_message", dedupe_key="x:1", target="team", payload={}))
    db.dispose()
    assert main(["doctor", "--offline"]) == 0
    out = capsys.readouterr().out
    assert "niet gecontroleerd" in out and "chat staat uit" in out
    assert not any(line.startswith("OK") and "meldingen wachten" in line for line in out.splitlines())


def test_an_old_bounce_without_reference_stays_with_the_letter_it_returned(cli_env: dict, tmp_path: Path,
                                                                            db_url: str,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A bounce of April that names no reference, recorded after the letter of September was registered, marks
    the April letter: the newer letter was delivered, and the case's termijn runs on it."""
    letters = [{"municipality": "Delft", "reference": "7400107", "date": "2026-04-09", "trede": 2,
                "task": {"regulier": 330, "amv": 30}, "realised": {"regulier": 0, "amv": 0}},
               {"municipality": "Delft", "reference": "7400198", "date": "2026-09-14", "trede": 2,
                "task": {"regulier": 330, "amv": 30}, "realised": {"regulier": 0, "amv": 0}}]
    (tmp_path / "letters.json").write_text(json.dumps(letters), encoding="utf-8")
    raw = (EXAMPLES / "mails" / "07-delft-onbestelbaar.eml").read_text(encoding="utf-8")
    mails = tmp_path / "mails"
    mails.mkdir()
    (mails / "bounce.eml").write_text(raw.replace("onze referentie 7400107", "onze brief").replace("7400107", ""),
                                      encoding="utf-8")
    assert main(["letters", "import", str(tmp_path / "letters.json")]) == 0
    assert main(["ingest", "--no-notify", str(mails)]) == 0
    capsys.readouterr()
    db = Database(db_url)
    with db.session() as s:
        bounce = s.scalars(select(Message).where(Message.kind == "bounce")).one()
        assert bounce.reference is None and bounce.letter.reference == "7400107"
        row = queries.case_row(s, _case_id(db, "Delft"), date(2026, 10, 1))
        assert not row.letter_undelivered and row.termijn == date(2026, 10, 5)
    db.dispose()
