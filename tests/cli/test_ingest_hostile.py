"""Issue 11 through `spreidingsbot ingest` (a real subprocess): hostile mails are recorded or quarantined,
every later file is recorded, no traceback; the torture mails go through the recording path too."""
from __future__ import annotations

import hashlib
import subprocess
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

import pytest
from sqlalchemy import select

from storage.db import Database
from storage.models import Message
from tests.conftest import SHARED
from tests.hostile.mails import HOSTILE, plain

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(600)


def _messages(db_url: str) -> dict[str, Message]:
    db = Database(db_url)
    try:
        with db.session() as s:
            return {Path(m.source_path).name: m for m in s.scalars(select(Message))}
    finally:
        db.dispose()


def test_hostile_mails_through_ingest(cli_env: dict, db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    names = []
    for i, (name, make) in enumerate(HOSTILE.items()):
        for suffix, raw in (("a", make()), ("b", plain(f"na-{name}"))):
            names.append(f"{i:02d}{suffix}-{name}.eml")
            (folder / names[-1]).write_bytes(raw)
    res = subprocess.run([str(ROOT / ".venv/bin/spreidingsbot"), "ingest", "--quiet", str(folder)], env=cli_env,
                         cwd=tmp_path, capture_output=True, text=True, timeout=500)
    out = res.stdout + res.stderr
    assert res.returncode == 0, out[-3000:]
    assert "Traceback" not in out
    assert f"{len(names)} nieuw" in out
    recorded = _messages(db_url)
    assert sorted(recorded) == sorted(names)
    assert {m.state for m in recorded.values()} <= {"parsed", "quarantined"}
    assert all(recorded[n].state == "parsed" for n in names if n[2] == "b")


TORTURE = sorted(p for p in (SHARED / "torture").rglob("*") if p.is_file() and p.suffix not in (".md",)
                 and p.name != "LICENSE")


def test_torture_mails_through_the_recording_path(cli_env: dict, db_url: str, tmp_path: Path) -> None:
    """../shared/torture, recorded into the test database (PostgreSQL too, not only parsed)."""
    from bot.cli import main

    folder = tmp_path / "torture"
    folder.mkdir()
    for i, p in enumerate(TORTURE):
        (folder / f"{i:03d}.eml").write_bytes(p.read_bytes())
    assert main(["ingest", "--quiet", "--no-notify", str(folder)]) == 0
    db = Database(db_url)
    try:
        with db.session() as s:
            rows = [(m.sha256, m.message_id, m.state, m.quarantine_reason) for m in s.scalars(select(Message))]
    finally:
        db.dispose()
    assert all(state == "parsed" or (state == "quarantined" and reason) for _, _, state, reason in rows)
    shas = {sha for sha, *_ in rows}
    ids = {_angle(mid) for _, mid, *_ in rows if mid}
    for p in TORTURE:
        raw = p.read_bytes()
        if raw.startswith(b"From "):
            continue  # an mbox: its messages are recorded one by one (their own sha256)
        if hashlib.sha256(raw).hexdigest() in shas:
            continue
        # not recorded under its own bytes: only a mail with the same Message-ID and body may stand in for it
        header = BytesHeaderParser(policy=compat32).parsebytes(raw).get("Message-ID")
        assert header and _angle(str(header)) in ids, p


def _angle(value: str) -> str:
    value = value.strip()
    return value[value.find("<"):value.find(">") + 1].lower() if "<" in value and ">" in value else value.lower()
