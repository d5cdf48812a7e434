"""`spreidingsbot run`: the mailbox watcher, the chat, the scheduler and the notifier, side by side.

Whatever is configured runs: an IMAP mailbox or else the local Maildir folder; Telegram or else the
console (when asked) or no chat at all (said once in the log); the scheduler when the database allows.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import threading
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.app import App
from bot.notifier import Notifier
from storage.models import MailboxCheckpoint, utcnow
from storage.outbox import enqueue

log = logging.getLogger("spreidingsbot.service")


@dataclass
class ServiceOptions:
    console: bool = False  # print notifications (and read chat lines from stdin when it is a terminal)
    once: bool = False  # one pass over the mailbox and the outbox, then stop (demo, cron)
    local_folder: Path | None = None  # override the local Maildir folder
    scheduler: bool = True
    liveness_interval: float = 60.0
    extras: dict[str, Any] = field(default_factory=dict)


class Service:
    def __init__(self, app: App, options: ServiceOptions | None = None) -> None:
        self.app = app
        self.options = options or ServiceOptions()
        self._stop = asyncio.Event()
        self._threads: list[threading.Thread] = []
        self.watcher: Any = None
        self.notifier: Notifier | None = None
        self.chat_core: Any = None
        self.telegram: Any = None
        self.scheduler: Any = None

    # -- components -------------------------------------------------------------------------------
    def _make_core(self) -> Any:
        from bot.chat.core import ChatCore

        return ChatCore(self.app.db, self.app.settings)

    def _make_watcher(self) -> Any:
        settings = self.app.settings
        if settings.imap.configured:
            from bot.mailbox.watcher import ImapWatcher

            return ImapWatcher(self.app.db, self.app.archive, settings.imap,
                               on_recorded=lambda _res: self._wake_notifier())
        from bot.localfolder import LocalFolderWatcher

        folder = self.options.local_folder or settings.data_dir / "inbox"
        log.info("no IMAP mailbox configured: watching the local folder %s", folder)
        return LocalFolderWatcher(self.app.db, self.app.archive, folder,
                                  on_recorded=lambda _res: self._wake_notifier())

    def _wake_notifier(self) -> None:
        loop = getattr(self, "_loop", None)
        if self.notifier is not None and loop is not None:
            loop.call_soon_threadsafe(self.notifier.wake)

    async def _liveness(self) -> None:
        """Alert the team through the outbox when the mailbox has not synced for too long."""
        limit = timedelta(minutes=self.app.settings.imap.stall_alert_minutes)
        while not self._stop.is_set():
            try:
                await asyncio.to_thread(self._check_liveness, limit)
            except Exception:  # noqa: BLE001
                log.exception("liveness check failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=self.options.liveness_interval)

    def _check_liveness(self, limit: timedelta) -> None:
        from sqlalchemy import select

        from templates import render

        now = utcnow()
        with self.app.db.session() as s:
            rows = list(s.scalars(select(MailboxCheckpoint)))
        for cp in rows:
            last = cp.last_sync_ok
            if last is not None and now - last > limit:
                minutes = int((now - last).total_seconds() // 60)
                html = render("service/stall_alert.html.j2", folder=cp.folder, minutes=minutes, error=cp.last_error)
                # one alert per folder per hour of stall
                key = f"stall:{cp.folder}:{now:%Y%m%d%H}"
                enqueue(self.app.db, "alert", key, {"html": html, "buttons": []}, target="team")

    # -- running ----------------------------------------------------------------------------------
    async def run(self) -> int:
        self._loop = asyncio.get_running_loop()
        settings = self.app.settings
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                self._loop.add_signal_handler(sig, self.stop)
        self.chat_core = self._make_core()
        channel: Any = None
        if settings.telegram.configured:
            from bot.telegram_adapter import TelegramAdapter

            self.telegram = TelegramAdapter(settings, self.chat_core)
            await self.telegram.start()
            channel = self.telegram
        elif self.options.console:
            from bot.console import ConsoleChannel

            channel = ConsoleChannel()
        else:
            log.warning("no chat configured (SPREIDINGSBOT_TELEGRAM_TOKEN): notifications wait in the outbox")
        if channel is not None:
            self.notifier = Notifier(self.app.db, channel, self.chat_core.render_notification)
        self.watcher = self._make_watcher()
        if self.options.scheduler and not self.options.once:
            self.scheduler = self._start_scheduler()
        if self.options.once:
            await asyncio.to_thread(self.watcher.scan_once)
            if self.notifier is not None:
                while await self.notifier.run_once():
                    pass
            await self._shutdown()
            return 0
        t = threading.Thread(target=self.watcher.run, name="mailbox", daemon=True)
        t.start()
        self._threads.append(t)
        tasks = [asyncio.create_task(self._liveness())]
        if self.notifier is not None:
            tasks.append(asyncio.create_task(self.notifier.run()))
        if self.options.console and channel is not None and sys.stdin.isatty():
            tasks.append(asyncio.create_task(self._console_chat()))
        await self._stop.wait()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._shutdown()
        return 0

    def _start_scheduler(self) -> Any:
        try:
            from bot.scheduling.scheduler import ReminderScheduler
        except ImportError:
            return None
        sched = ReminderScheduler(self.app.db, self.app.settings)
        sched.start()
        return sched

    async def _console_chat(self) -> None:
        """The console chat on this terminal, beside the running service; 'stop' ends both."""
        from bot.commands.chat import chat_loop, resolve_user

        person = await asyncio.to_thread(resolve_user, self.app, None)
        if person is None:
            return
        await asyncio.to_thread(chat_loop, self.chat_core, person.id, sys.stdin, sys.stdout,
                                self.app.settings.data_dir / "overzicht", prompt=True)
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        if self.notifier is not None:
            self.notifier.stop()
        if self.watcher is not None:
            self.watcher.stop()

    async def _shutdown(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        for t in self._threads:
            await asyncio.to_thread(t.join, 30)
        if self.scheduler is not None:
            self.scheduler.shutdown()
        if self.telegram is not None:
            await self.telegram.stop()
