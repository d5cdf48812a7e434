"""`spreidingsbot ingest`, `messages`, `reparse` and `letters` through the real CLI entry point."""
from __future__ import annotations

import json
import mailbox
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main
from storage.archive import RawArchive
from storage.db import Database
from storage.models import AuditEvent, Case, Message

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
MAILS = sorted((EXAMPLES / "mails").glob("*.eml"))


def _count(db_url: str) -> int:
    db = Database(db_url)
    with db.session() as s:
        n = s.scalar(select(func.count(Message.id)))
    db.dispose()
    return n


def test_ingest_directory_is_idempotent(cli_env: dict, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letters", "import", str(EXAMPLES / "letters.json")]) == 0
    assert main(["ingest", str(EXAMPLES / "mails")]) == 0
    out = capsys.readouterr().out
    assert f"{len(MAILS)} nieuw" in out and "1 in quarantaine" in out
    assert _count(db_url) == len(MAILS)
    assert main(["ingest", str(EXAMPLES / "mails")]) == 0
    out = capsys.readouterr().out
    assert f"0 nieuw, {len(MAILS)} al eerder ingelezen" in out
    assert _count(db_url) == len(MAILS)


def test_raw_bytes_are_archived_write_once(cli_env: dict, data_dir: Path) -> None:
    assert main(["ingest", str(MAILS[0])]) == 0
    archive = RawArchive(data_dir)
    files = list((data_dir / "raw").rglob("*.eml"))
    assert len(files) == 1
    assert files[0].read_bytes() == MAILS[0].read_bytes()
    assert not files[0].stat().st_mode & 0o222  # read-only
    assert archive.put(MAILS[0].read_bytes()) == files[0].stem


def test_strict_exits_nonzero_on_quarantine(cli_env: dict, tmp_path: Path, db_url: str) -> None:
    bad = tmp_path / "leeg.eml"
    bad.write_bytes(b"")
    assert main(["ingest", str(bad)]) == 0
    assert main(["ingest", "--strict", str(bad)]) == 0  # recorded before: nothing NEW was quarantined
    other = tmp_path / "rommel.eml"
    other.write_bytes(b"\x00\x01\x02 dit is geen mail")
    assert main(["ingest", "--strict", str(other)]) == 1
    db = Database(db_url)
    with db.session() as s:
        states = {m.source_path: (m.state, m.quarantine_reason) for m in s.scalars(select(Message))}
    db.dispose()
    assert states[str(bad)][0] == "quarantined" and states[str(bad)][1]
    assert states[str(other)][0] == "quarantined"


def test_maildir_and_mbox_sources(cli_env: dict, tmp_path: Path, db_url: str) -> None:
    md = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for p in MAILS[:3]:
        md.add(p.read_bytes())
    box = mailbox.mbox(str(tmp_path / "archief.mbox"), create=True)
    for p in MAILS[3:6]:
        box.add(p.read_bytes())
    box.flush()
    assert main(["ingest", str(tmp_path / "Maildir"), str(tmp_path / "archief.mbox")]) == 0
    assert _count(db_url) == 6
    assert main(["ingest", str(tmp_path / "Maildir"), str(tmp_path / "archief.mbox")]) == 0
    assert _count(db_url) == 6


def test_missing_path_is_reported(cli_env: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(tmp_path / "bestaat-niet")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_messages_json_filters(cli_env: dict, capsys: pytest.CaptureFixture[str]) -> None:
    main(["letters", "import", str(EXAMPLES / "letters.json")])
    main(["ingest", "--quiet", str(EXAMPLES / "mails")])
    capsys.readouterr()
    assert main(["messages", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(MAILS)
    assert rows == sorted(rows, key=lambda r: r["received"], reverse=True)
    assert {"id", "received", "sender", "municipalities", "reference", "kind", "state", "missing"} <= set(rows[0])
    assert main(["messages", "--json", "--state", "quarantined"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1 and rows[0]["state"] == "quarantined"
    assert main(["messages", "--json", "--gemeente", "heemskrek"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(r["municipalities"] == ["Heemskerk"] for r in rows)


def test_reparse_updates_in_place_and_audits(cli_env: dict, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    # ingest before the letters exist, then import the letters and reparse: the links to cases appear
    main(["ingest", "--quiet", str(EXAMPLES / "mails")])
    main(["letters", "import", str(EXAMPLES / "letters.json")])
    db = Database(db_url)
    with db.session() as s:
        unlinked = s.scalar(select(func.count(Message.id)).where(Message.case_id.is_(None)))
    main(["reparse", "--all"])
    assert "berichten opnieuw gelezen" in capsys.readouterr().out
    with db.session() as s:
        assert s.scalar(select(func.count(Message.id))) == len(MAILS)
        assert s.scalar(select(func.count(Message.id)).where(Message.case_id.is_(None))) < unlinked
        assert s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "reparse")) >= 1
        zaanstad = s.scalar(select(Case).join(Case.gemeente).where(Case.gemeente.has(name="Zaanstad")))
        assert zaanstad.state in {"answered_incomplete", "answered_complete"}
    db.dispose()
    assert main(["reparse", "--quarantined"]) == 0


def test_reparse_unknown_id(cli_env: dict, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reparse", "999"]) == 1
    assert "bestaat niet" in capsys.readouterr().out


def test_letters_cli_error_is_clear(cli_env: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "b.json"
    f.write_text('[{"municipality": "Goes", "reference": "7468083", "date": "2026-04-09", "trede": 2},\n'
                 ' {"municipality": "Goes", "reference": "abc", "date": "2026-04-09", "trede": 2}]')
    assert main(["letters", "import", str(f)]) == 2
    err = capsys.readouterr().err
    assert str(f) in err and "reference" in err and "niets geïmporteerd" in err


def test_letters_parse_opens_case(cli_env: dict, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letters", "parse", str(EXAMPLES / "letters" / "brief-heemskerk.txt")]) == 0
    db = Database(db_url)
    with db.session() as s:
        case = s.scalar(select(Case))
        assert case.gemeente.name == "Heemskerk" and case.trede == 2
        assert case.letters[0].deadline.isoformat() == "2026-04-30"
    db.dispose()


def test_copied_folder_with_unreadable_file(cli_env: dict, tmp_path: Path) -> None:
    d = tmp_path / "map"
    shutil.copytree(EXAMPLES / "mails", d)
    locked = d / "11-geen-rechten.eml"
    locked.write_bytes(b"Subject: x\n\nx")
    locked.chmod(0)
    try:
        rc = main(["ingest", "--quiet", str(d)])
    finally:
        locked.chmod(0o644)
    import os

    assert rc == (0 if os.geteuid() == 0 else 1)  # root can read anything


def test_links_to_the_messages_own_case_are_marked_direct(cli_env: dict, db_url: str) -> None:
    from storage.models import MessageLink

    main(["letters", "import", str(EXAMPLES / "letters.json")])
    main(["ingest", "--quiet", str(EXAMPLES / "mails")])
    db = Database(db_url)
    with db.session() as s:
        links = [(link.direct, link.case_id, s.get(Message, link.message_id).case_id)
                 for link in s.scalars(select(MessageLink))]
    db.dispose()
    assert links and all(direct == (case is not None and case == own) for direct, case, own in links)
    assert any(direct for direct, _, _ in links)


def test_quiet_lists_only_the_quarantined(cli_env: dict, capsys: pytest.CaptureFixture[str]) -> None:
    """--quiet: no row per processed message (1,000 rows cost more than recording them), but a quarantined one
    still gets its row, because a person must look at it."""
    assert main(["ingest", "--quiet", "--no-notify", str(EXAMPLES / "mails")]) == 0
    out = capsys.readouterr().out
    assert "10-kapot-bestand.eml" in out
    assert "01-heemskerk-reactie.eml" not in out
