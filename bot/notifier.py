"""Sends outbox rows to a chat channel: each once, retried on failure, never lost while the chat is down.

After a timeout the request may have reached the chat anyway (a hanging, not a refusing, Bot API). Then:
- nothing more is sent until the API answers again (`channel.probe()`, e.g. getMe);
- the row is retried once after that, from the first part not confirmed (earlier parts are not resent);
- a row whose requests went unanswered twice is not sent a third time (`outbox.mark_uncertain`): at most
  one extra copy per message, whatever the API does. It is kept as failed with the reason, visible in
  `doctor`, and `doctor --retry` sends it again on purpose.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Callable
from typing import Any, Protocol

from storage.db import Database
from storage.outbox import PARTS_KEY, claim, mark_failed, mark_sent, mark_uncertain, release

log = logging.getLogger("spreidingsbot.notifier")


class ChannelError(Exception):
    """Sending failed; `retry_after` (seconds) when the chat asked to wait, `permanent` when retrying is useless."""

    def __init__(self, message: str, *, retry_after: float | None = None, permanent: bool = False,
                 uncertain: bool = False, parts_sent: int = 0) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent
        self.uncertain = uncertain  # the request may have reached the chat (sent, but no answer)
        self.parts_sent = parts_sent  # parts of the reply the chat confirmed


class Channel(Protocol):
    async def send(self, target: str, reply: Any) -> None: ...


Renderer = Callable[[dict[str, Any], str], Any]


class Notifier:
    """Claims due outbox rows with a lease and hands them to the channel."""

    def __init__(self, db: Database, channel: Channel, render: Renderer, *, interval: float = 1.0,
                 owner: str | None = None) -> None:
        self.db = db
        self.channel = channel
        self.render = render
        self.interval = interval
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}"
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self.waiting_for_api = False  # a send went unanswered: no sends until the API answers again

    def wake(self) -> None:
        """Look at the outbox now (called after a new message was recorded)."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    async def run_once(self) -> int:
        """Send what is due now; returns how many rows were sent."""
        if self.waiting_for_api:
            probe = getattr(self.channel, "probe", None)
            if probe is not None and not await probe():
                return 0
            self.waiting_for_api = False
        items = await asyncio.to_thread(claim, self.db, self.owner)
        sent = 0
        for n, item in enumerate(items):
            try:
                reply = await asyncio.to_thread(self.render, item.payload, item.kind)
                if reply is None:
                    await asyncio.to_thread(mark_sent, self.db, item.id, self.owner)
                    continue
                skip = int(item.payload.get(PARTS_KEY) or 0)
                if skip:
                    await self.channel.send(item.target, reply, skip=skip)
                else:
                    await self.channel.send(item.target, reply)
            except ChannelError as exc:
                log.warning("outbox item %s not sent: %s", item.id, exc)
                if exc.uncertain or exc.parts_sent:
                    await asyncio.to_thread(mark_uncertain, self.db, item.id, self.owner, str(exc),
                                            parts_sent=exc.parts_sent, uncertain=exc.uncertain)
                    if exc.uncertain:
                        # it may have arrived: resend nothing until the API answers again
                        self.waiting_for_api = True
                        await asyncio.to_thread(release, self.db, [i.id for i in items[n + 1:]], self.owner)
                        break
                    continue
                await asyncio.to_thread(mark_failed, self.db, item.id, self.owner, str(exc),
                                        retry_after=exc.retry_after, permanent=exc.permanent)
                if exc.retry_after is None and not exc.permanent:
                    # the chat is down: give the rest back untouched, to be tried in order later
                    await asyncio.to_thread(release, self.db, [i.id for i in items[n + 1:]], self.owner)
                    break
                continue
            except Exception as exc:  # noqa: BLE001 - one broken row must not stop the others
                log.exception("outbox item %s failed", item.id)
                await asyncio.to_thread(mark_failed, self.db, item.id, self.owner, f"{type(exc).__name__}: {exc}")
                continue
            await asyncio.to_thread(mark_sent, self.db, item.id, self.owner)
            sent += 1
        return sent

    async def run(self) -> None:
        while not self._stop.is_set():
            try:
                await self.run_once()
            except Exception:  # noqa: BLE001 - database hiccup: try again next round
                log.exception("outbox round failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.interval)
