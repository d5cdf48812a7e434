"""Write-once, content-addressed archive of raw mail bytes (SHA-256) under the data directory."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path


class ArchiveError(OSError):
    """The raw archive could not store a message (disk full, permissions)."""


class RawArchive:
    """Stores each raw message once as data_dir/raw/ab/cd/<sha256>.eml, before anything is parsed."""

    def __init__(self, data_dir: str | Path) -> None:
        self.root = Path(data_dir) / "raw"

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}.eml"

    def put(self, raw: bytes) -> str:
        """Store `raw` (idempotent, atomic, fsynced); returns its SHA-256."""
        digest = hashlib.sha256(raw).hexdigest()
        path = self.path_for(digest)
        if path.exists() and path.stat().st_size == len(raw):
            return digest
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            os.chmod(path, 0o444)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ArchiveError(exc.errno, f"cannot archive raw message {digest[:12]}: {exc.strerror}") from exc
        return digest

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
