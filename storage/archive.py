"""Write-once, content-addressed archive of raw mail bytes (SHA-256) under the data directory.

Durability: a message's file is on disk, under its final name, before `put` / `put_many` return it, so the
database transaction that references it can only commit after it. A batch is written in three steps: every
file to a temporary name, one sync of their data, every rename into place, one sync of the names (and of any
directory made). The syncs are `syncfs(2)` on Linux when a batch wrote several files (one journal commit for
the batch instead of one per file; it also writes back whatever else is dirty on that file system), and
otherwise `fsync` of each file and of each directory touched. A name only appears once its data is synced,
so a file found under its final name with the right size is complete.
"""
from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path


class ArchiveError(OSError):
    """The raw archive could not store a message (disk full, permissions)."""


def _find_syncfs() -> Callable[[int], int] | None:
    """libc's syncfs(2), where there is one (Linux); None elsewhere."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int]
    fn.restype = ctypes.c_int
    return fn


_SYNCFS = _find_syncfs()


def _unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _fsync_path(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class RawArchive:
    """Stores each raw message once as data_dir/raw/ab/cd/<sha256>.eml, before anything is parsed."""

    def __init__(self, data_dir: str | Path) -> None:
        self.root = Path(data_dir) / "raw"
        self._root = str(self.root)

    def path_for(self, sha256: str) -> Path:
        return Path(self._path(sha256))

    def _dir(self, sha256: str) -> str:  # plain strings below: pathlib costs more than the system calls
        return os.path.join(self._root, sha256[:2], sha256[2:4])

    def _path(self, sha256: str) -> str:
        return os.path.join(self._root, sha256[:2], sha256[2:4], f"{sha256}.eml")

    def _tmp_for(self, digest: str) -> str:
        return os.path.join(self._dir(digest), f"{digest}.tmp{os.getpid()}")

    def put(self, raw: bytes) -> str:
        """Store `raw` (idempotent, atomic, durable); returns its SHA-256."""
        result = self.put_many([raw])[0]
        if isinstance(result, ArchiveError):
            raise result
        return result

    def put_many(self, raws: Sequence[bytes]) -> list[str | ArchiveError]:
        """Store several messages like `put`, with one data sync and one name sync for all of them. Per
        message its SHA-256, or the ArchiveError that kept it out (the others are stored)."""
        out: list[str | ArchiveError] = []
        pending: dict[str, bytes] = {}
        for raw in raws:
            digest = hashlib.sha256(raw).hexdigest()
            out.append(digest)
            if digest not in pending and not self._complete(digest, len(raw)):
                pending[digest] = raw
        if not pending:
            return out
        failed: dict[str, ArchiveError] = {}
        written = []
        for digest, raw in pending.items():
            error = self._store(digest, raw)
            if error is None:
                written.append(digest)
            else:
                failed[digest] = error
        if written:
            error = self._publish(written)
            if error is not None:
                failed.update(dict.fromkeys(written, error))
        return [failed.get(d) or d for d in out]

    def _complete(self, digest: str, size: int) -> bool:
        try:
            return os.stat(self._path(digest)).st_size == size
        except OSError:
            return False

    def _store(self, digest: str, raw: bytes) -> ArchiveError | None:
        """Write one message to its temporary name (not yet synced; `_publish` does that for the batch)."""
        tmp = self._tmp_for(digest)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        try:
            try:
                fd = os.open(tmp, flags, 0o600)
            except FileNotFoundError:  # its directory is new
                os.makedirs(self._dir(digest), exist_ok=True)
                fd = os.open(tmp, flags, 0o600)
            try:
                view = memoryview(raw)
                while view:
                    view = view[os.write(fd, view):]
                os.fchmod(fd, 0o444)
            finally:
                os.close(fd)
        except OSError as exc:
            _unlink(tmp)
            return self._error(digest, exc)
        return None

    def _publish(self, digests: list[str]) -> ArchiveError | None:
        """Sync the written temporary files, rename them into place, sync the names. On an error nothing of
        these files is left under a final name (they were not there before) and the error is returned."""
        whole_fs = _SYNCFS is not None and len(digests) > 1
        renamed: list[str] = []
        try:
            if whole_fs:
                self._syncfs()
            else:
                for digest in digests:
                    _fsync_path(self._tmp_for(digest))
            for digest in digests:
                os.replace(self._tmp_for(digest), self._path(digest))
                renamed.append(digest)
            if whole_fs:
                self._syncfs()
            else:
                dirs = {self._dir(d) for d in digests}  # and the two levels above: they may be new
                for directory in sorted(dirs | {os.path.dirname(d) for d in dirs} | {self._root}, key=len,
                                        reverse=True):
                    _fsync_path(directory)
        except OSError as exc:
            for digest in digests:
                _unlink(self._tmp_for(digest))
            for digest in renamed:
                _unlink(self._path(digest))
            return self._error(digests[0], exc)
        return None

    def _syncfs(self) -> None:
        assert _SYNCFS is not None
        fd = os.open(self._root, os.O_RDONLY)
        try:
            if _SYNCFS(fd) != 0:
                err = ctypes.get_errno()
                raise OSError(err, os.strerror(err))
        finally:
            os.close(fd)

    @staticmethod
    def _error(digest: str, exc: OSError) -> ArchiveError:
        return ArchiveError(exc.errno, f"cannot archive raw message {digest[:12]}: {exc.strerror}")

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
