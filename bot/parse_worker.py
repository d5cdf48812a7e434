"""What runs in a parse worker (`bot/bulk.py`'s pool): its start and its tasks. Imports the parser but no
database code (SQLAlchemy, the models): the parse server (`bot/parse_server.py`) preloads this module, so a
worker forked from it has nothing left to import."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime

from parsers.model import ParsedMessage
from parsers.pipeline import ParseContext
from storage.parsing import parse_safely

_SHARED: ParseContext | None = None  # in a worker: the context every task shares (its `received` aside)


def warm_up() -> None:
    from parsers.pipeline import warm_up

    warm_up()  # spaCy, the lemmas and the rules, before the first message


def start(shared: ParseContext | None, environ: dict[str, str], warm: bool) -> None:
    """A worker's initializer: the shared context; the caller's environment as it is now (not the parse
    server's from its own start); the parser loaded unless the worker came warm from the parse server."""
    global _SHARED
    _SHARED = shared
    if os.environ != environ:
        os.environ.clear()
        os.environ.update(environ)
    if not warm:
        warm_up()


def parse(raw: bytes, context: ParseContext) -> ParsedMessage:
    return parse_safely(raw, context)


def parse_shared(raw: bytes, received: datetime | None) -> ParsedMessage:
    assert _SHARED is not None
    return parse_safely(raw, replace(_SHARED, received=received))


def parse_many(works: list[tuple[bytes, ParseContext] | tuple[bytes, datetime | None]]) -> list[ParsedMessage]:
    """One task of several messages, each `(raw, context)` or `(raw, received)` (the shared context)."""
    return [parse(raw, ctx) if isinstance(ctx, ParseContext) else parse_shared(raw, ctx) for raw, ctx in works]
