"""The notifier's Telegram channel: outbox rows to the team chat or to a staff member's private chat."""
from __future__ import annotations

import logging
from typing import Any

import httpx
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

from bot.notifier import ChannelError
from bot.telegram_adapter import TelegramAdapter, retry_after_seconds
from storage import queries
from storage.db import Database

log = logging.getLogger("spreidingsbot.telegram")


class TelegramChannel:
    """Sends a rendered Reply to `team` (the team chat) or `staff:<id>` (that person's private chat)."""

    def __init__(self, adapter: TelegramAdapter, app: Any, db: Database, team_chat_id: int | None) -> None:
        self.adapter, self.app, self.db, self.team_chat_id = adapter, app, db, team_chat_id

    def _chat_for(self, target: str) -> int | None:
        if target == "team":
            return self.team_chat_id
        if target.startswith("staff:"):
            with self.db.session() as s:
                person = queries.staff_by_id(s, int(target.split(":", 1)[1]))
            if person is None or not getattr(person, "telegram_id", None):
                return self.team_chat_id  # no private chat known: the team sees it
            return int(person.telegram_id)
        return None

    async def probe(self) -> bool:
        """Does the Bot API answer again? (getMe, a few seconds at most)"""
        return bool(self.app.running) and await self.adapter.probe(self.app.bot)

    async def send(self, target: str, reply: Any, *, skip: int = 0) -> None:
        """Send `reply`, leaving out its first `skip` parts (delivered by an earlier attempt).

        A ChannelError says how many parts were confirmed (`parts_sent`) and whether the failing request may
        have reached Telegram anyway (`uncertain`: it was written but no answer came).
        """
        if not self.app.running:
            raise ChannelError("Telegram is not connected yet")
        chat_id = self._chat_for(target)
        if chat_id is None:
            raise ChannelError(f"no chat for target {target!r} (set SPREIDINGSBOT_TELEGRAM_TEAM_CHAT_ID)",
                               permanent=True)
        done = [skip]
        try:
            await self.adapter.send_reply(self.app.bot, chat_id, reply, skip=skip,
                                          on_part=lambda n: done.__setitem__(0, max(done[0], n)))
        except RetryAfter as exc:
            raise ChannelError("Telegram flood limit", retry_after=retry_after_seconds(exc),
                               parts_sent=done[0]) from exc
        except (Forbidden, InvalidToken) as exc:
            raise ChannelError(f"Telegram refuses: {exc.message}", permanent=True, parts_sent=done[0]) from exc
        except BadRequest as exc:
            raise ChannelError(f"Telegram rejects the message: {exc.message}", permanent=True,
                               parts_sent=done[0]) from exc
        except NetworkError as exc:
            raise ChannelError(f"Telegram unreachable: {type(exc).__name__}", uncertain=may_have_arrived(exc),
                               parts_sent=done[0]) from exc


def may_have_arrived(exc: NetworkError) -> bool:
    """Could the failed request have reached Telegram? Not when connecting failed or no connection was free;
    yes when it was sent and the answer timed out or the connection broke while waiting."""
    cause = exc.__cause__
    if isinstance(cause, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return False
    if isinstance(exc, TimedOut) and "pool timeout" in str(exc).lower():
        return False
    return isinstance(cause, (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError,
                              httpx.RemoteProtocolError)) or isinstance(exc, TimedOut)
