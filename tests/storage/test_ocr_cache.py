"""Scanned attachments are OCR'd once: `reparse` takes the text cached by the attachment's SHA-256."""
from __future__ import annotations

from email.message import EmailMessage

import pytest

import parsers.attachments as att_mod
from storage.archive import RawArchive
from storage.db import Database
from storage.ingest import ingest_raw
from storage.messages import reparse
from storage.models import Message
from storage.ocr_cache import FileOcrCache
from tests.parsers.test_attachments import _scan

pytestmark = pytest.mark.timeout(300)


def _mail() -> bytes:
    m = EmailMessage()
    m["From"] = "gemeente@goes.nl"
    m["To"] = "spreiding@minbzk.nl"
    m["Subject"] = "Reactie Goes"
    m["Message-ID"] = "<scan-1@goes.nl>"
    m["Date"] = "Mon, 30 Nov 2026 10:00:00 +0100"
    m.set_content("Zie de bijlage.")
    m.add_attachment(_scan("Gemeente Goes\nUw kenmerk: 7468083\nbegin 2027 in gebruik"), maintype="application",
                     subtype="pdf", filename="scan.pdf")
    return m.as_bytes()


def test_reparse_uses_cached_ocr_unless_asked(db: Database, archive: RawArchive,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = att_mod.run_tesseract

    def counting(png: bytes, timeout: float, att):  # noqa: ANN001, ANN202 - the real tesseract, counted
        calls.append(1)
        return real(png, timeout, att)

    monkeypatch.setattr(att_mod, "run_tesseract", counting)
    res = ingest_raw(db, archive, _mail(), source="file")
    assert calls, "the scanned page must be OCR'd on ingest"
    with db.session() as s:
        first = s.get(Message, res.id).parsed
    assert first["attachments"][0]["text_source"] == "ocr"
    cache = FileOcrCache.beside(archive)
    assert "7468083" in cache.get(first["attachments"][0]["sha256"])["text"]

    calls.clear()
    with db.session() as s:
        assert not reparse(s, archive, [res.id])[0].error
        again = s.get(Message, res.id).parsed
    assert calls == []  # not OCR'd again
    assert again == first

    with db.session() as s:
        reparse(s, archive, [res.id], ocr_again=True)
        forced = s.get(Message, res.id).parsed
    assert calls  # --ocr-again runs tesseract
    assert forced == first


def test_cache_ignores_bad_keys_and_broken_entries(tmp_path) -> None:  # noqa: ANN001
    cache = FileOcrCache(tmp_path / "ocr")
    sha = "a" * 64
    assert cache.get(sha) is None
    cache.put("../../etc/passwd", {"text": "x"})
    assert not (tmp_path / "ocr").exists()
    cache.put(sha, {"text": "tekst", "skipped": None})
    assert cache.get(sha) == {"text": "tekst", "skipped": None}
    cache.path_for(sha).write_text("{kapot")
    assert cache.get(sha) is None
    assert FileOcrCache(tmp_path / "ocr", refresh=True).get(sha) is None


def test_reparse_command_starts_no_tesseract(db_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """`spreidingsbot reparse` (one process and parse workers) runs no tesseract process for a scan read before;
    `--ocr-again` does. Counted at the executable: a wrapper that logs each call, then runs the real one."""
    from bot.cli import main

    real = att_mod.tesseract_path()
    if real is None:
        pytest.skip("tesseract is not installed")
    calls = tmp_path / "tesseract-calls.log"
    wrapper = tmp_path / "tesseract"
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> "{calls}"\nexec "{real}" "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setenv("SPREIDINGSBOT_TESSERACT", str(wrapper))
    monkeypatch.setenv("SPREIDINGSBOT_DATABASE_URL", db_url)
    monkeypatch.setenv("SPREIDINGSBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(att_mod, "_LANGS", {})  # the language probe goes through the wrapper too
    mails = tmp_path / "mails"
    mails.mkdir()
    (mails / "scan.eml").write_bytes(_mail())

    def ocr_runs() -> int:
        lines = calls.read_text().splitlines() if calls.exists() else []
        return sum(1 for line in lines if "stdin" in line.split())

    assert main(["ingest", "--quiet", str(mails)]) == 0
    assert ocr_runs() == 1
    calls.unlink()
    assert main(["reparse", "--all"]) == 0
    assert main(["reparse", "--all", "--jobs", "2"]) == 0
    assert not calls.exists()  # neither OCR nor the language probe
    assert main(["reparse", "--all", "--ocr-again"]) == 0
    assert ocr_runs() == 1
