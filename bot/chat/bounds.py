"""Bounds on numbers, ids and dates typed or pressed in chat, checked before any query.

Ids are plain ASCII digits within PostgreSQL's `integer` (the id columns); Telegram ids fit `bigint`;
dates lie in a sane window (no year 1 or 9999 that would overflow termijn arithmetic later).
Also `guarded`: a catch-all so that no handler failure ends the console chat or leaves Telegram
without an answer.
"""
from __future__ import annotations

import functools
import logging
import re
import traceback
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

INT_MAX = 2**31 - 1  # PostgreSQL integer, the type of every id column
BIGINT_MAX = 2**63 - 1
DAY_MIN, DAY_MAX = date(2000, 1, 1), date(2099, 12, 31)
_DIGITS = re.compile(r"-?[0-9]{1,19}")
F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("spreidingsbot.chat")


def parse_int(text: str, lo: int, hi: int) -> int | None:
    """`text` as an int in [lo, hi] when it is plain ASCII digits (optional '-'), else None."""
    text = (text or "").strip()
    if not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if lo <= value <= hi else None


def parse_id(text: str) -> int | None:
    """A row id ('42' or '#42'): 1..2**31-1, else None."""
    return parse_int((text or "").strip().removeprefix("#"), 1, INT_MAX)


def parse_telegram_id(text: str) -> int | None:
    """A Telegram user id (negative for bots/chats is refused elsewhere): fits a bigint, not zero."""
    value = parse_int(text, -BIGINT_MAX, BIGINT_MAX)
    return value if value else None


def parse_day(text: str) -> date | None:
    """2026-07-10 or 10-07-2026, between 2000 and 2099; None otherwise."""
    text = (text or "").strip()
    if not re.fullmatch(r"[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,4}", text):
        return None
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            day = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return day if DAY_MIN <= day <= DAY_MAX else None
    return None


def callback_ints_ok(parts: list[str]) -> bool:
    """Every number-looking part of callback data is a storable id/page (no overflow reaches a query)."""
    for part in parts:
        if re.fullmatch(r"[+-]?\d+", part) and parse_int(part, -INT_MAX, INT_MAX) is None:
            return False
    return True


def describe(exc: BaseException) -> str:
    """Where an exception came from, without its message (which may hold mail text or SQL parameters)."""
    frames = traceback.extract_tb(exc.__traceback__)[-6:]
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{type(exc).__module__}.{type(exc).__name__} at {where}"


def guarded(fallback: Callable[[], Any]) -> Callable[[F], F]:
    """Decorator: on any exception log its type and place (not its text) and return `fallback()`."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - the chat must answer whatever went wrong
                log.error("chat handler %s failed: %s", fn.__name__, describe(exc))
                return fallback()

        return inner  # type: ignore[return-value]

    return wrap
