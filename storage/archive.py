"""Write-once, content-addressed archive of raw mail bytes (SHA-256) under the data directory."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SYNC_THREADS = 8  # fsyncs of one batch run side by side: the file system commits them in few journal writes


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
        error = self._store(digest, raw)
        if error is not None:
            raise error
        return digest

    def put_many(self, raws: Sequence[bytes]) -> list[str | ArchiveError]:
        """Store several messages like `put`: each is fsynced before it is renamed into place, but the fsyncs
        run side by side. Per message its SHA-256, or the ArchiveError that kept it out (the others are stored)."""
        out: list[str | ArchiveError] = []
        pending: dict[str, bytes] = {}
        for raw in raws:
            digest = hashlib.sha256(raw).hexdigest()
            out.append(digest)
            path = self.path_for(digest)
            if digest not in pending and not (path.exists() and path.stat().st_size == len(raw)):
                pending[digest] = raw
        if not pending:
            return out
        if len(pending) == 1:
            failed = {d: self._store(d, r) for d, r in pending.items()}
        else:
            with ThreadPoolExecutor(min(SYNC_THREADS, len(pending))) as pool:
                failed = dict(zip(pending, pool.map(self._store, pending, pending.values()), strict=True))
        return [failed.get(d) or d for d in out]

    def _store(self, digest: str, raw: bytes) -> ArchiveError | None:
        path = self.path_for(digest)
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
            return ArchiveError(exc.errno, f"cannot archive raw message {digest[:12]}: {exc.strerror}")
        return None

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
