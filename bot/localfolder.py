"""The embedded default mailbox: a local Maildir folder; new mail is recorded, then moved to cur/."""
from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from storage.archive import ArchiveError, RawArchive
from storage.db import Database
from storage.ingest import IngestResult, ingest_raw, record_sync

log = logging.getLogger("spreidingsbot.localfolder")


def ensure_maildir(path: Path) -> None:
    for sub in ("new", "cur", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


class LocalFolderWatcher:
    """Polls `folder/new`; each file is recorded (archived first), then moved to `folder/cur`."""

    def __init__(self, db: Database, archive: RawArchive, folder: Path, *, interval: float = 2.0,
                 on_recorded: Callable[[IngestResult], None] | None = None) -> None:
        self.db, self.archive, self.folder, self.interval = db, archive, folder, interval
        self.on_recorded = on_recorded
        self._stop = threading.Event()
        ensure_maildir(folder)

    @property
    def name(self) -> str:
        return f"local:{self.folder}"

    def scan_once(self) -> list[IngestResult]:
        results = []
        failed = False
        for path in sorted((self.folder / "new").iterdir()):
            if self._stop.is_set():
                break
            if not path.is_file() or path.name.startswith("."):
                continue
            try:
                raw = path.read_bytes()
                mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
                res = ingest_raw(self.db, self.archive, raw, source="maildir", source_path=str(path),
                                 file_time=mtime)
            except (ArchiveError, OSError) as exc:
                log.error("cannot record %s: %s", path.name, exc)
                record_sync(self.db, self.name, False, str(exc))
                failed = True
                continue
            # only after the commit: move out of new/ (a crash before this means a harmless re-check)
            target = self.folder / "cur" / (path.name if ":2," in path.name else f"{path.name}:2,S")
            os.replace(path, target)
            log.info("mail recorded" if res.created else "mail already recorded", extra={
                "file": path.name, "message_id": res.message_id, "kind": res.kind,
                "municipality": ",".join(res.municipalities), "state": res.state})
            results.append(res)
            if self.on_recorded:
                self.on_recorded(res)
        if not failed:  # a failed file keeps the last error visible to liveness and doctor
            record_sync(self.db, self.name, True)
        return results

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                self.scan_once()
            except Exception as exc:  # noqa: BLE001 - keep watching; liveness shows the failure
                log.exception("local folder scan failed")
                with contextlib.suppress(Exception):
                    record_sync(self.db, self.name, False, str(exc))
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
