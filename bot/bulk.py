"""Parsing in a process pool for bulk work (`ingest --jobs N`, `reparse --jobs N`).

Workers only parse (pure: bytes and a context in, a ParsedMessage out); each builds the spaCy pipeline once,
at start. Results come back in submission order, so the caller's single writer records them in the same
order as one process would. A worker that dies or a result that cannot come back falls back to parsing in
the main process: nothing is lost and nothing is recorded twice (recording stays in the caller).
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.model import ParsedMessage
from parsers.pipeline import ParseContext
from storage.archive import RawArchive
from storage.ingest import ingest_context, letters_map, parse_safely
from storage.messages import Parse
from storage.models import Message

log = logging.getLogger("spreidingsbot.bulk")
T = TypeVar("T")
SMALL_BATCH = 50
AHEAD = 16  # messages in flight per worker: enough to keep workers busy while the writer commits a batch


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_jobs(requested: int | None, total: int | None) -> int:
    """`--jobs` as given; by default the number of cores, but one process for a small batch (fewer than
    SMALL_BATCH messages), where starting workers (spaCy in each) costs more than it saves."""
    if requested is not None:
        return max(1, requested)
    return 1 if total is not None and total < SMALL_BATCH else default_jobs()


def _start_worker() -> None:
    from parsers.pipeline import warm_up

    warm_up()  # spaCy, the lemmas and the rules once per worker, before the first message


def _parse(raw: bytes, context: ParseContext) -> ParsedMessage:
    return parse_safely(raw, context)


class ParsePool:
    """`jobs` > 1: a pool of spawned parse workers; `jobs` == 1: nothing, the caller parses in process."""

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None
        if self.jobs > 1:
            # spawn, not fork: the main process holds database connections and threads a fork would copy
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start_worker)

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def parsed(self, items: Iterable[T], job: Callable[[T], tuple[bytes, ParseContext] | None]
               ) -> Iterator[tuple[T, ParsedMessage | None]]:
        """(item, parse) in the order of `items`; parse is None when `job(item)` gave nothing to parse, when
        there is no pool, or when the pool failed on it (the caller then parses in process)."""
        window: deque[tuple[T, Future | None]] = deque()
        for item in items:
            window.append((item, self._submit(job(item))))
            if len(window) >= self.jobs * AHEAD:
                yield self._take(*window.popleft())
        while window:
            yield self._take(*window.popleft())

    def _submit(self, work: tuple[bytes, ParseContext] | None) -> Future | None:
        if work is None or self._pool is None:
            return None
        try:
            return self._pool.submit(_parse, *work)
        except Exception:  # noqa: BLE001 - a broken pool: parse the rest in process
            log.exception("parse pool unusable; parsing in the main process")
            self._pool = None
            return None

    @staticmethod
    def _take(item: T, fut: Future | None) -> tuple[T, ParsedMessage | None]:
        if fut is None:
            return item, None
        try:
            return item, fut.result()
        except Exception:  # noqa: BLE001 - a dead worker must not lose the message
            log.exception("parse worker failed; parsing this message in the main process")
            return item, None


def reparse_parser(session: Session, archive: RawArchive, ids: list[int], pool: ParsePool, *,
                   ocr_again: bool = False) -> Parse:
    """A `parse` for `storage.messages.reparse` that takes each message's parse from `pool`, read ahead."""
    letters = letters_map(session)
    rows: dict[int, tuple[str, object]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for mid, sha, received in session.execute(select(Message.id, Message.sha256, Message.received_at)
                                                  .where(Message.id.in_(chunk))):
            rows[mid] = (sha, received)

    def job(mid: int) -> tuple[bytes, ParseContext] | None:
        if mid not in rows:
            return None
        sha, received = rows[mid]
        try:
            raw = archive.get(sha)
        except OSError:
            return None  # reparse reports it
        return raw, ingest_context(archive, letters, received, ocr_again=ocr_again)

    stream = pool.parsed(ids, job)

    def parse(mid: int, raw: bytes, context: ParseContext) -> ParsedMessage:
        for item, parsed in stream:  # reparse asks in the order of ids; ids it skipped are passed over
            if item == mid:
                return parsed if parsed is not None else parse_safely(raw, context)
        return parse_safely(raw, context)

    return parse
