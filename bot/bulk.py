"""Parsing in a process pool for bulk work (`ingest --jobs N`, `reparse --jobs N`).

Workers only parse (pure: bytes and a context in, a ParsedMessage out). Where the system can fork, the main
process loads the parser (spaCy, the lemma dictionary, the rules) once and the workers are forked from it
after that, sharing the loaded tables copy-on-write (nothing is built again per worker); elsewhere each
spawned worker builds them at start. The parse context shared by every message (the letters, the OCR cache)
goes to each worker once, at start; a task then carries only the raw bytes and the arrival time. Results
come back in submission order, so the caller's single writer records them in the same order as one process
would. A worker that dies or a result that cannot come back falls back to parsing in the main process:
nothing is lost and nothing is recorded twice (recording stays in the caller).
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.model import ParsedMessage
from parsers.pipeline import ParseContext
from storage.archive import RawArchive
from storage.ingest import BATCH, ingest_context, letters_map, parse_safely
from storage.messages import Parse
from storage.models import Message

if TYPE_CHECKING:
    from storage.db import Database

log = logging.getLogger("spreidingsbot.bulk")
T = TypeVar("T")
SMALL_BATCH = 50
AHEAD = 16  # messages in flight per worker: enough to keep workers busy while the writer commits a batch
WINDOW = 2 * BATCH  # but at least this many: the writer takes a batch's parses first, then records them
_SHARED: ParseContext | None = None  # in a worker: the context every task shares (its `received` aside)


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


def _warm_up() -> None:
    from parsers.pipeline import warm_up

    warm_up()  # spaCy, the lemmas and the rules, before the first message


def _start_worker(shared: ParseContext | None, forked_from: Database | None, warm: bool) -> None:
    global _SHARED
    _SHARED = shared
    if forked_from is not None:  # the parent's pooled connections are not ours: drop them without closing
        forked_from.engine.dispose(close=False)
    if warm:
        _warm_up()


def _parse(raw: bytes, context: ParseContext) -> ParsedMessage:
    return parse_safely(raw, context)


def _parse_shared(raw: bytes, received: datetime | None) -> ParsedMessage:
    assert _SHARED is not None
    return parse_safely(raw, replace(_SHARED, received=received))


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class ParsePool:
    """`jobs` > 1: a pool of parse workers; `jobs` == 1: nothing, the caller parses in process.

    `shared`: the context of every message (`job` then gives `(raw, received)` instead of `(raw, context)`).
    `db`: the database the main process has open. Workers are forked, after the parser is loaded here, when
    the system can fork: at once, before the caller starts threads of its own (a forked child keeps only the
    thread that forked, so none may hold a lock then); a worker drops the inherited connection pool without
    touching its connections. Otherwise they are spawned and each loads the parser itself."""

    def __init__(self, jobs: int, *, shared: ParseContext | None = None, db: Database | None = None) -> None:
        self.jobs = max(1, jobs)
        self.shared = shared if self.jobs > 1 else None
        self._pool: ProcessPoolExecutor | None = None
        if self.jobs > 1:
            fork = _can_fork()
            if fork:
                _warm_up()
                gc.collect()
                gc.freeze()  # the loaded tables stay out of every later collection: their pages stay shared
            ctx = multiprocessing.get_context("fork" if fork else "spawn")
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_start_worker,
                                             initargs=(self.shared, db if fork else None, not fork))
            if fork:
                self._pool.submit(os.getpid).result()  # fork every worker now (a fork pool starts them all)

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def parsed(self, items: Iterable[T],
               job: Callable[[T], tuple[bytes, ParseContext] | tuple[bytes, datetime | None] | None]
               ) -> Iterator[tuple[T, ParsedMessage | None]]:
        """(item, parse) in the order of `items`; parse is None when `job(item)` gave nothing to parse, when
        there is no pool, or when the pool failed on it (the caller then parses in process). `job` gives
        `(raw, context)`, or `(raw, received)` with the pool's shared context."""
        window: deque[tuple[T, Future | None]] = deque()
        ahead = max(self.jobs * AHEAD, WINDOW)
        for item in items:
            window.append((item, self._submit(job(item))))
            if len(window) >= ahead:
                yield self._take(*window.popleft())
        while window:
            yield self._take(*window.popleft())

    def _submit(self, work: tuple | None) -> Future | None:
        if work is None or self._pool is None:
            return None
        try:
            if isinstance(work[1], ParseContext):
                return self._pool.submit(_parse, *work)
            if self.shared is None:
                raise ValueError("(raw, received) needs a pool with a shared context")
            return self._pool.submit(_parse_shared, *work)
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
    """A `parse` for `storage.messages.reparse` that takes each message's parse from `pool`, read ahead.
    A pool with a shared context (`reparse_context`) gets each message as its raw bytes and arrival time."""
    letters = letters_map(session) if pool.shared is None else {}
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
        if pool.shared is not None:
            return raw, received
        return raw, ingest_context(archive, letters, received, ocr_again=ocr_again)

    stream = pool.parsed(ids, job)

    def parse(mid: int, raw: bytes, context: ParseContext) -> ParsedMessage:
        for item, parsed in stream:  # reparse asks in the order of ids; ids it skipped are passed over
            if item == mid:
                return parsed if parsed is not None else parse_safely(raw, context)
        return parse_safely(raw, context)

    return parse


def shared_context(session: Session, archive: RawArchive, *, ocr_again: bool = False) -> ParseContext:
    """The parse context `ingest` and `reparse` give every message, but its arrival time: for a pool's workers."""
    return ingest_context(archive, letters_map(session), ocr_again=ocr_again)
