"""`ingest --jobs N` and `reparse --jobs N`: parsing in a process pool records exactly what one process records,
and so do many small batches (one transaction each) instead of one."""
from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.cli import main
from storage.db import Database
from storage.models import AuditEvent, Message
from tests.conftest import BACKEND, SHARED, _pg_admin, _pg_url

pytestmark = pytest.mark.timeout(600)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def other_db_url(tmp_path: Path, pg_template: str | None) -> Iterator[str]:
    """A second fresh, migrated database on the same backend."""
    if BACKEND != "postgresql":
        url = f"sqlite:///{tmp_path / 'other.db'}"
        db = Database(url)
        db.upgrade()
        db.dispose()
        yield url
        return
    name = f"sbt_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    yield _pg_url(name)
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _mails(tmp_path: Path) -> Path:
    """The example mails, 40 corpus mails and one exact duplicate (dedupe while workers run ahead)."""
    d = tmp_path / "mails"
    d.mkdir()
    for f in sorted((EXAMPLES / "mails").glob("*.eml")):
        shutil.copy(f, d / f.name)
    for f in sorted((SHARED / "corpus").glob("*.eml"))[:40]:
        shutil.copy(f, d / f"corpus-{f.name}")
    first = sorted(d.glob("*.eml"))[0]
    shutil.copy(first, d / "zz-duplicate.eml")
    return d


def _snapshot(url: str) -> list[tuple]:
    db = Database(url)
    with db.session() as s:
        rows = []
        for m in s.scalars(select(Message).order_by(Message.id)):
            rows.append((
                m.id, m.sha256, m.source_path, m.kind, m.state, m.quarantine_reason, m.reference, m.message_id,
                m.elements, m.missing, m.reasons, m.places_realised, m.places_planned, m.on_time, m.case_id,
                m.letter_id, m.suspect, m.needs_ocr, m.search_text, m.parsed,
                sorted((f.element, f.present, f.evidence, f.source, f.note) for f in m.findings),
                sorted((link.gemeente_id, link.case_id, link.direct) for link in m.links),
            ))
        audits = sorted((a.action, a.message_id, a.case_id, repr(a.detail))
                        for a in s.scalars(select(AuditEvent).where(AuditEvent.action == "reparse")))
    db.dispose()
    return rows + audits


def _run(url: str, data: Path, mails: Path, jobs: int, monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    monkeypatch.setenv("SPREIDINGSBOT_DATABASE_URL", url)
    monkeypatch.setenv("SPREIDINGSBOT_DATA_DIR", str(data))
    assert main(["letters", "import", str(EXAMPLES / "letters.json")]) == 0
    assert main(["ingest", "--quiet", "--jobs", str(jobs), str(mails)]) == 0
    after_ingest = _snapshot(url)
    assert main(["ingest", "--quiet", "--jobs", str(jobs), str(mails)]) == 0  # everything seen before
    assert _snapshot(url) == after_ingest
    assert main(["reparse", "--all", "--jobs", str(jobs)]) == 0
    return after_ingest + [("after reparse",)] + _snapshot(url)


def test_jobs_two_records_what_one_process_records(cli_env: dict, db_url: str, other_db_url: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    mails = _mails(tmp_path)
    one = _run(db_url, tmp_path / "data-one", mails, 1, monkeypatch)
    out_one = capsys.readouterr().out
    import bot.commands.ingest as ingest_cmd
    import bot.commands.reparse as reparse_cmd

    monkeypatch.setattr(ingest_cmd, "BATCH", 7)  # many small transactions instead of one: the same records
    monkeypatch.setattr(reparse_cmd, "BATCH", 7)
    two = _run(other_db_url, tmp_path / "data-two", mails, 2, monkeypatch)
    out_two = capsys.readouterr().out
    n = len(list(mails.glob("*.eml")))
    assert len([r for r in one if len(r) > 20]) == 2 * (n - 1)  # every distinct mail, after ingest and reparse
    assert one == two
    assert out_one == out_two
    assert "1 al eerder ingelezen" in out_two
