"""The raw-archive disk is full: a clear ArchiveError, no half-written records, recorded once space is back.

The archive lives on a real 256 KiB tmpfs mounted by the test (root is needed to mount it).
"""
from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.localfolder import LocalFolderWatcher
from storage.archive import ArchiveError, RawArchive
from storage.db import Database
from storage.ingest import ingest_raw
from storage.models import MailboxCheckpoint, Message, OutboxItem
from tests.imap.mails import make_mail

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs, unmounted afterwards."""
    mnt = tmp_path / "smalldisk"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)], capture_output=True, text=True)
    if res.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs for the disk-full test (needs root): {res.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(disk: Path, leave: int = 0) -> Path:
    """Fill the disk until fewer than `leave` bytes are free; returns the filler file."""
    filler = disk / "filler"
    with open(filler, "wb") as fh:
        try:
            while True:
                st = os.statvfs(disk)
                free = st.f_bavail * st.f_frsize
                if free <= leave:
                    break
                fh.write(b"\0" * min(4096, max(free - leave, 1)))
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def _big_mail(n: int) -> bytes:
    base = make_mail(n, tag="groot")
    head, _, body = base.partition(b"\r\n\r\n")
    filler = ("Wij lichten de cijfers per locatie toe. " * 1500).encode()  # ~60 KB
    return head + b"\r\n\r\n" + body + filler + b"\r\n"


def _counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (s.scalar(select(func.count(Message.id))) or 0, s.scalar(select(func.count(OutboxItem.id))) or 0)


def _archive_files(archive: RawArchive) -> list[Path]:
    return [p for p in archive.root.rglob("*") if p.is_file()] if archive.root.exists() else []


def test_disk_full_gives_archive_error_and_records_nothing(db: Database, small_disk: Path) -> None:
    archive = RawArchive(small_disk / "data")
    ok = make_mail(1, tag="past")
    ingest_raw(db, archive, ok, source="eml")
    assert _counts(db) == (1, 1)

    filler = _fill(small_disk, leave=8 * 1024)  # some room, but less than the message needs: a partial write
    big = _big_mail(2)
    with pytest.raises(ArchiveError) as info:
        ingest_raw(db, archive, big, source="eml")
    assert info.value.errno == errno.ENOSPC
    assert "cannot archive raw message" in str(info.value)
    assert _counts(db) == (1, 1), "nothing recorded when the raw bytes could not be stored"
    assert len(_archive_files(archive)) == 1, "no half-written archive file left behind"

    filler.unlink()
    res = ingest_raw(db, archive, big, source="eml")
    assert res.created
    assert archive.get(_sha(db, res.id)) == big
    assert _counts(db) == (2, 2)
    again = ingest_raw(db, archive, big, source="eml")
    assert not again.created and again.id == res.id
    assert len(_archive_files(archive)) == 2


def _sha(db: Database, message_id: int) -> str:
    with db.session() as s:
        return s.get(Message, message_id).sha256


def test_watcher_keeps_mail_while_disk_full_and_records_it_later(db: Database, small_disk: Path,
                                                                  tmp_path: Path) -> None:
    archive = RawArchive(small_disk / "data")
    inbox = tmp_path / "inbox"
    watcher = LocalFolderWatcher(db, archive, inbox)
    mails = [_big_mail(n) for n in range(1, 4)]
    for n, raw in enumerate(mails, 1):
        (inbox / "new" / f"17000000{n}.M1P1.test").write_bytes(raw)

    filler = _fill(small_disk, leave=0)
    assert watcher.scan_once() == []
    assert _counts(db) == (0, 0)
    assert len(list((inbox / "new").iterdir())) == 3, "the mail stays in new/ until it is recorded"
    with db.session() as s:
        cp = s.get(MailboxCheckpoint, watcher.name)
        # the failure stays visible to liveness and doctor: no successful sync is recorded
        assert cp is not None and cp.last_sync_ok is None and "archive" in (cp.last_error or "")
    assert not _archive_files(archive)

    filler.unlink()
    results = watcher.scan_once()
    assert [r.created for r in results] == [True, True, True]
    with db.session() as s:
        cp = s.get(MailboxCheckpoint, watcher.name)
        assert cp.last_sync_ok is not None and cp.last_error is None
    assert _counts(db) == (3, 3)
    assert not list((inbox / "new").iterdir())
    assert watcher.scan_once() == []
    assert _counts(db) == (3, 3)
