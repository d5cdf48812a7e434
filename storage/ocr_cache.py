"""OCR text kept beside the raw archive, by the attachment's SHA-256, so `reparse` never OCRs a scan twice.

data_dir/ocr/ab/<sha256>.json holds {"text": ..., "skipped": ...}; written atomically, readable by parse workers
in other processes (the object is a path and a flag, so it pickles).
"""
from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

from storage.archive import RawArchive

log = logging.getLogger("spreidingsbot.ocr_cache")
_SHA = re.compile(r"[0-9a-f]{64}")


class FileOcrCache:
    """`refresh=True` (reparse --ocr-again): ignore what is cached, OCR again and keep the new text."""

    def __init__(self, root: str | Path, *, refresh: bool = False) -> None:
        self.root = Path(root)
        self.refresh = refresh

    @classmethod
    def beside(cls, archive: RawArchive, *, refresh: bool = False) -> FileOcrCache:
        return cls(archive.root.parent / "ocr", refresh=refresh)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str) -> dict | None:
        if self.refresh or not _SHA.fullmatch(sha256 or ""):
            return None
        try:
            entry = json.loads(self.path_for(sha256).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and isinstance(entry.get("text"), str) else None

    def put(self, sha256: str, entry: dict) -> None:
        """Best effort: a cache that cannot be written only means OCR runs again next time."""
        if not _SHA.fullmatch(sha256 or ""):
            return
        path = self.path_for(sha256)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            log.warning("OCR cache not written", extra={"sha256": sha256[:12], "error": exc.strerror})
