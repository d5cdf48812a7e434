"""Parsing in a process pool for bulk work (`ingest --jobs N`, `reparse --jobs N`).

Workers only parse (pure: bytes and a context in, a ParsedMessage out). They are forked from the parse server
(`bot/parse_server.py`), which has loaded the parser (spaCy, the lemma dictionary, the rules) once, in the
background, while the calling command did its own start-up; they share its loaded tables copy-on-write and
nothing is built again per worker, nor in the caller. Where there is no such server each spawned worker builds
them at start. Each worker takes the caller's environment as it is when the pool starts (the server has the
one of its own start). The parse context shared by every message (the letters, the OCR cache) goes to each
worker once, at start; a task then carries only the raw bytes and the arrival time. Results come back in
submission order, so the caller's single writer records them in the same order as one process would. A worker
that dies or a result that cannot come back falls back to parsing in the main process: nothing is lost and
nothing is recorded twice (recording stays in the caller).
"""
from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import parse_server, parse_worker
from parsers.model import ParsedMessage
from parsers.pipeline import ParseContext
from storage.archive import RawArchive
from storage.ingest import BATCH, ingest_context, letters_map, parse_safely
from storage.messages import Parse
from storage.models import Message

log = logging.getLogger("spreidingsbot.bulk")
T = TypeVar("T")
AHEAD = 16  # messages in flight per worker: enough to keep workers busy while the writer commits a batch
CHUNK = 8  # messages per task
WINDOW = 2 * BATCH  # but at least this many: the writer takes a batch's parses first, then records them


class ParsePool:
    """`jobs` > 1: a pool of parse workers; `jobs` == 1: nothing, the caller parses in process.

    `shared`: the context of every message (`job` then gives `(raw, received)` instead of `(raw, context)`).
    The workers come from the parse server (`bot.parse_server.start`, called early by the commands so the
    parser loads while they start; else started here), which has loaded the parser; without one, each
    spawned worker loads it. Nothing is forked from the caller, so its threads and connections are no
    concern of the workers; neither is module state the caller changed after the server started (a test's
    monkeypatch of the parser): workers run the code as imported, with the caller's environment."""

    def __init__(self, jobs: int, *, shared: ParseContext | None = None) -> None:
        self.jobs = max(1, jobs)
        self.shared = shared if self.jobs > 1 else None
        self._pool: ProcessPoolExecutor | None = None
        if self.jobs > 1:
            parse_server.start()  # a no-op when the command started it early
            ctx, warm = parse_server.context()
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=parse_worker.start,
                                             initargs=(self.shared, dict(os.environ), warm))

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
        `(raw, context)`, or `(raw, received)` with the pool's shared context. Items go to the workers CHUNK
        at a time (one task, one result message: the pool's own cost per task is paid by the caller, the
        writer, and is larger than recording a message's links)."""
        window: deque[tuple[list[tuple[T, bool]], Future | None]] = deque()
        ahead = max(self.jobs * AHEAD, WINDOW) // CHUNK
        chunk: list[tuple[T, bool]] = []
        works: list[tuple] = []
        for item in items:
            work = job(item) if self._pool is not None else None
            chunk.append((item, work is not None))
            if work is not None:
                works.append(work)
            if len(chunk) >= CHUNK:
                window.append((chunk, self._submit(works)))
                chunk, works = [], []
                if len(window) >= ahead:
                    yield from self._take(*window.popleft())
        if chunk:
            window.append((chunk, self._submit(works)))
        while window:
            yield from self._take(*window.popleft())

    def _submit(self, works: list[tuple]) -> Future | None:
        if not works or self._pool is None:
            return None
        try:
            if self.shared is None and any(not isinstance(w[1], ParseContext) for w in works):
                raise ValueError("(raw, received) needs a pool with a shared context")
            return self._pool.submit(parse_worker.parse_many, works)
        except Exception:  # noqa: BLE001 - a broken pool: parse the rest in process
            log.exception("parse pool unusable; parsing in the main process")
            self._pool = None
            return None

    @staticmethod
    def _take(chunk: list[tuple[T, bool]], fut: Future | None) -> Iterator[tuple[T, ParsedMessage | None]]:
        parses: list[ParsedMessage] | None = None
        if fut is not None:
            try:
                parses = fut.result()
            except Exception:  # noqa: BLE001 - a dead worker must not lose the messages
                log.exception("parse worker failed; parsing these %d messages in the main process", len(chunk))
        got = iter(parses or ())
        for item, sent in chunk:
            yield item, next(got) if sent and parses is not None else None


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
