"""A 50 MB attachment and PDF bombs: bounded time and memory, the message recorded with a note.

Each mail goes through `spreidingsbot ingest` in a subprocess whose peak RSS and wall time are measured
(and which is killed at the time bound, so a runaway parser fails the test instead of hanging it).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from storage.db import Database
from storage.models import Message
from tests.system.helpers import VENV_BIN, run_measured, service_env
from tests.system.hostile import (
    decompression_bomb_pdf,
    huge_attachment_mail,
    mail_with_attachment,
    many_pages_pdf,
)

pytestmark = pytest.mark.timeout(180)
MAX_SECONDS = 60.0  # generous: a shared 2-core machine; a healthy run takes a few seconds
MAX_RSS_MB = 1024


def _ingest(tmp_path: Path, raw: bytes, name: str, timeout: float = MAX_SECONDS) -> tuple[int | None, float, int, str]:
    eml = tmp_path / name
    eml.write_bytes(raw)
    env = service_env(f"sqlite:///{tmp_path / 'bot.db'}", tmp_path / "data")
    res = run_measured([str(VENV_BIN / "spreidingsbot"), "ingest", "--quiet", "--no-notify", str(eml)], env,
                       timeout, cwd=tmp_path)
    code, seconds, rss, _ = res
    print(f"{name}: {len(raw) / 1e6:.1f} MB mail, exit {code}, {seconds:.1f} s, peak RSS {rss} MB")
    return res


def _recorded(tmp_path: Path) -> list[Message]:
    db = Database(f"sqlite:///{tmp_path / 'bot.db'}")
    try:
        with db.session() as s:
            return list(s.scalars(select(Message)))
    finally:
        db.dispose()


def test_50_mb_attachment_is_skipped_with_a_note(tmp_path: Path) -> None:
    raw = huge_attachment_mail(50)
    code, seconds, rss, out = _ingest(tmp_path, raw, "groot.eml")
    assert code == 0, out[-2000:]
    assert seconds < MAX_SECONDS
    assert rss < MAX_RSS_MB, f"peak RSS {rss} MB for a {len(raw) // 2**20} MB mail"
    [msg] = _recorded(tmp_path)
    [att] = msg.parsed["attachments"]
    assert "52428800" in att["skipped"] and not att["text_source"]  # not opened; the note gives the size
    assert any("jaarverslag.pdf" in w and att["skipped"] in w for w in msg.parsed.get("warnings") or [])
    assert msg.kind == "ibt_reply" and msg.state == "parsed"  # the body is still read; only the file is skipped
    assert os.path.getsize(next((tmp_path / "data" / "raw").rglob("*.eml"))) == len(raw)  # raw kept whole


def test_pdf_with_twenty_thousand_pages_is_trimmed(tmp_path: Path) -> None:
    raw = mail_with_attachment(many_pages_pdf(20_000), "bijlage.pdf", tag="paginas")
    code, seconds, rss, out = _ingest(tmp_path, raw, "paginas.eml")
    assert code == 0, out[-2000:]
    assert seconds < MAX_SECONDS and rss < MAX_RSS_MB
    [msg] = _recorded(tmp_path)
    [att] = msg.parsed["attachments"]
    assert "30" in att["skipped"] and "20000" in att["skipped"]  # read 30 of 20000 pages, and says so
    assert any("bijlage.pdf" in w for w in msg.parsed.get("warnings") or [])
    assert msg.state == "parsed"


def test_pdf_decompression_bomb_is_bounded(tmp_path: Path) -> None:
    bomb = decompression_bomb_pdf(100)  # ~250 KB on disk, 100 MB of drawing operators once inflated
    raw = mail_with_attachment(bomb, "bom.pdf", tag="bom")
    code, seconds, rss, out = _ingest(tmp_path, raw, "bom.eml", timeout=30)
    assert code == 0, f"killed or failed after {seconds:.0f} s (peak RSS {rss} MB)"
    assert seconds < 30 and rss < MAX_RSS_MB
    [msg] = _recorded(tmp_path)
    assert "bom.pdf" in " ".join(msg.parsed.get("warnings") or [])
    [att] = msg.parsed["attachments"]
    assert "PDF-bom" in att["skipped"] and not att["text_source"]
    assert msg.state == "parsed"
