"""Sends outbox rows to a chat channel: each once, retried on failure, never lost while the chat is down."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Callable
from typing import Any, Protocol

from storage.db import Database
from storage.outbox import claim, mark_failed, mark_sent, release

log = logging.getLogger("spreidingsbot.notifier")


class ChannelError(Exception):
    """Sending failed; `retry_after` (seconds) when the chat asked to wait, `permanent` when retrying is useless."""

    def __init__(self, message: str, *, retry_after: float | None = None, permanent: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent


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

    def wake(self) -> None:
        """Look at the outbox now (called after a new message was recorded)."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    async def run_once(self) -> int:
        """Send what is due now; returns how many rows were sent."""
        items = await asyncio.to_thread(claim, self.db, self.owner)
        sent = 0
        for n, item in enumerate(items):
            try:
                reply = await asyncio.to_thread(self.render, item.payload, item.kind)
                if reply is None:
                    await asyncio.to_thread(mark_sent, self.db, item.id, self.owner)
                    continue
                await self.channel.send(item.target, reply)
            except ChannelError as exc:
                log.warning("outbox item %s not sent: %s", item.id, exc)
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
