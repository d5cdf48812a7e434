"""Read raw messages from a Maildir, a directory of .eml files, a single .eml file or an mbox."""
from __future__ import annotations

import contextlib
import mailbox
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass
class RawItem:
    source: str  # maildir, eml, mbox
    path: str  # file path, or "mbox-path#n"
    raw: bytes | None
    error: str | None = None  # when the file could not be read at all
    skipped: str | None = None  # a file in a folder that is not a mail file (by its extension); raw is None
    mtime: datetime | None = None  # the file's modification time (arrival time when no Received header)


def _mtime(path: str | Path) -> datetime | None:
    with contextlib.suppress(OSError, ValueError, OverflowError):
        return datetime.fromtimestamp(os.path.getmtime(path), UTC)
    return None


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def _is_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def describe(path: Path) -> str:
    if _is_maildir(path):
        return "maildir"
    if path.is_dir():
        return "directory"
    return "mbox" if _is_mbox(path) else "eml"


def iter_source(path: Path) -> Iterator[RawItem]:
    """Every message under `path`, in a stable order; unreadable files come back with an error."""
    if _is_maildir(path):
        md = mailbox.Maildir(str(path), factory=None, create=False)
        for key in sorted(md.iterkeys()):
            try:
                raw = md.get_bytes(key)
                yield RawItem("maildir", str(path / key), raw, mtime=_mtime(path / md._lookup(key)))
            except OSError as exc:
                yield RawItem("maildir", str(path / key), None, f"onleesbaar: {exc.strerror}")
        return
    if path.is_dir():
        for p in sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith(".")):
            if p.suffix.lower() in {".eml", ".msg", ".box", ".mbox", ""} or p.suffix.lower() == ".txt":
                yield from iter_source(p)
            else:
                yield RawItem("eml", str(p), None, skipped=p.suffix.lower())
        return
    if _is_mbox(path):
        box = mailbox.mbox(str(path), factory=None, create=False)
        for i, key in enumerate(box.iterkeys()):
            yield RawItem("mbox", f"{path}#{i + 1}", box.get_bytes(key))
        return
    try:
        yield RawItem("eml", str(path), path.read_bytes(), mtime=_mtime(path))
    except OSError as exc:
        yield RawItem("eml", str(path), None, f"onleesbaar: {exc.strerror}")


def count_items(path: Path) -> int | None:
    """How many messages iter_source will yield (None when counting would mean reading everything)."""
    if _is_maildir(path):
        return sum(1 for d in ("cur", "new") for p in (path / d).iterdir() if p.is_file())
    if path.is_dir():
        return sum(1 for q in path.rglob("*") if q.is_file() and not q.name.startswith("."))
    return None if _is_mbox(path) else 1
