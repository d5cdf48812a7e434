"""`spreidingsbot run`: the mailbox watcher, the chat, the scheduler and the notifier, side by side.

Whatever is configured runs: an IMAP mailbox or else the local Maildir folder; Telegram or else the
console (when asked) or no chat at all (said once in the log); the scheduler when the database allows.
"""
from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import os
import signal
import socket
import sys
import threading
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.app import App
from bot.notifier import Notifier
from storage.leases import release, try_acquire
from storage.models import MailboxCheckpoint, utcnow
from storage.outbox import enqueue

log = logging.getLogger("spreidingsbot.service")
# how long the chat's warm-up and the scheduler wait for the first mail after the parser is warm (they start
# as soon as a mail is recorded; with nothing new in the mailbox, after this)
FIRST_MAIL_GRACE = 5.0


@dataclass
class ServiceOptions:
    console: bool = False  # print notifications (and read chat lines from stdin when it is a terminal)
    once: bool = False  # one pass over the mailbox and the outbox, then stop (demo, cron)
    local_folder: Path | None = None  # override the local Maildir folder
    scheduler: bool = True
    liveness_interval: float = 60.0
    lease_seconds: float | None = None  # leadership; None: settings.lease_seconds
    extras: dict[str, Any] = field(default_factory=dict)


class Service:
    def __init__(self, app: App, options: ServiceOptions | None = None) -> None:
        self.app = app
        self.options = options or ServiceOptions()
        self._stop = asyncio.Event()
        self._watcher_thread: threading.Thread | None = None
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.watcher: Any = None
        self.notifier: Notifier | None = None
        self.chat_core: Any = None
        self.telegram: Any = None
        self._tg_adapter: Any = None
        self._polling = False
        self._lead_wake = asyncio.Event()
        self.scheduler: Any = None
        self._first_mail = threading.Event()  # a mail was recorded since start
        self._settled = threading.Event()  # the first mail had the CPU: chat warm-up and scheduler may start

    # -- components -------------------------------------------------------------------------------
    def _make_core(self) -> Any:
        from bot.chat.core import ChatCore

        return ChatCore(self.app.db, self.app.settings)

    def _warm_up(self) -> None:
        """Load what the first mail needs first (spaCy's sentence splitter without its tokenizer exceptions,
        the Dutch lemmas, the rules); then, once a mail is recorded (or FIRST_MAIL_GRACE later), add the
        tokenizer exceptions, let the scheduler start and load the chat's reading (its matcher, the
        municipality directory), so none of these takes the CPU from the first mail."""
        try:
            from parsers.nlp import defer_tokenizer_exceptions
            from parsers.pipeline import warm_up

            defer_tokenizer_exceptions()  # each mail gets those that occur in it until complete_tokenizer()
            warm_up()
        except Exception:  # noqa: BLE001 - the first real use will load (and report) it again
            log.exception("warm-up failed")
        self._first_mail.wait(FIRST_MAIL_GRACE)
        self._settled.set()
        try:
            from parsers.nlp import complete_tokenizer

            complete_tokenizer()
        except Exception:  # noqa: BLE001 - mails then keep getting the exceptions that occur in them
            log.exception("warm-up failed")
        loop = getattr(self, "_loop", None)
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: the service stopped
                loop.call_soon_threadsafe(self._lead_wake.set)
        try:
            self.chat_core.warm_up()
        except Exception:  # noqa: BLE001 - the first real use will load (and report) it again
            log.exception("warm-up failed")

    def _render(self, payload: dict[str, Any], kind: str) -> Any:
        """The chat reply for an outbox row; a digest's chart travels as base64 PNG in the payload."""
        reply = self.chat_core.render_notification(payload, kind)
        if reply is not None and payload.get("photo_png_b64"):
            reply.photo = base64.b64decode(payload["photo_png_b64"])
            reply.photo_name = "overzicht.png"
        return reply

    def _make_watcher(self) -> Any:
        settings = self.app.settings
        if settings.imap.configured:
            from bot.mailbox.watcher import ImapWatcher

            return ImapWatcher(self.app.db, self.app.archive, settings.imap,
                               on_recorded=lambda _res: self._recorded())
        from bot.localfolder import LocalFolderWatcher

        folder = self.options.local_folder or settings.data_dir / "inbox"
        log.info("no IMAP mailbox configured: watching the local folder %s", folder)
        return LocalFolderWatcher(self.app.db, self.app.archive, folder,
                                  on_recorded=lambda _res: self._recorded())

    def _recorded(self) -> None:
        self._first_mail.set()
        self._wake_notifier()

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
        from bot.doctor import sender_trust_notice

        if (notice := sender_trust_notice(settings)) is not None:
            log.warning(notice)  # said once, at start (and in `doctor`)
        # load spaCy, the lemmas and the municipality directory in the background, so the first mail and the
        # first chat question do not wait for them (start-up itself does not either)
        warm = threading.Thread(target=self._warm_up, name="warm-up", daemon=True)
        warm.start()
        channel: Any = None
        telegram_task = None
        if settings.telegram.configured:
            from bot.telegram_adapter import build_application
            from bot.telegram_channel import TelegramChannel

            adapter, tg_app = build_application(self.chat_core, settings.telegram)
            self.telegram = tg_app
            self._tg_adapter = adapter
            telegram_task = asyncio.create_task(self._telegram_connect())
            channel = TelegramChannel(adapter, tg_app, self.app.db, settings.telegram.team_chat_id)
            if settings.telegram.team_chat_id is None:
                log.warning("no team chat configured (SPREIDINGSBOT_TELEGRAM_TEAM_CHAT_ID): notifications wait")
        elif self.options.console:
            from bot.console import ConsoleChannel

            channel = ConsoleChannel()
        else:
            log.warning("no chat configured (SPREIDINGSBOT_TELEGRAM_TOKEN): notifications wait in the outbox")
        if channel is not None:
            self.notifier = Notifier(self.app.db, channel, self._render)
        if self.options.once:
            self.watcher = self._make_watcher()
            await asyncio.to_thread(self.watcher.scan_once)
            if self.telegram is not None:
                for _ in range(300):  # up to 30 s for the Bot API connection
                    if self.telegram.running:
                        break
                    await asyncio.sleep(0.1)
            if self.notifier is not None:
                while await self.notifier.run_once():
                    pass
            self._stop.set()
            if telegram_task is not None:
                telegram_task.cancel()
                await asyncio.gather(telegram_task, return_exceptions=True)
            await self._shutdown()
            return 0
        tasks = [asyncio.create_task(self._lead()), asyncio.create_task(self._liveness())]
        if telegram_task is not None:
            tasks.append(telegram_task)
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

    async def _lead(self) -> None:
        """Hold the mailbox and scheduler leases; run those parts only while this instance holds them.

        The notifier runs everywhere (rows are claimed with leases). When the leader dies, another
        instance takes over within `lease_seconds` (plus one renewal interval).
        """
        ttl = self.options.lease_seconds or self.app.settings.lease_seconds
        db = self.app.db
        while not self._stop.is_set():
            try:
                mailbox = await asyncio.to_thread(try_acquire, db, self._mailbox_lease, self.owner, ttl)
                if mailbox and not self._watcher_running():
                    self._start_watcher()
                elif not mailbox and self._watcher_running():
                    log.warning("lost the mailbox lease: stopping the watcher")
                    await asyncio.to_thread(self._stop_watcher)
                if self.telegram is not None and self.telegram.running:
                    poll = await asyncio.to_thread(try_acquire, db, "telegram-polling", self.owner, ttl)
                    if poll and not self._polling:
                        await self._tg_adapter.register_commands(self.telegram)
                        await self.telegram.updater.start_polling(timeout=30, drop_pending_updates=False)
                        self._polling = True
                        log.info("telegram polling started", extra={"owner": self.owner})
                    elif not poll and self._polling:
                        await self.telegram.updater.stop()
                        self._polling = False
                if self.options.scheduler:
                    sched = await asyncio.to_thread(try_acquire, db, "scheduler", self.owner, ttl)
                    if sched and self.scheduler is None and self._settled.is_set():
                        self.scheduler = await asyncio.to_thread(self._start_scheduler)
                    elif not sched and self.scheduler is not None:
                        await asyncio.to_thread(self.scheduler.shutdown)
                        self.scheduler = None
            except Exception:  # noqa: BLE001 - database away: keep what runs, retry the lease soon
                log.exception("lease round failed")
            self._lead_wake.clear()
            waiters = [asyncio.ensure_future(self._stop.wait()), asyncio.ensure_future(self._lead_wake.wait())]
            await asyncio.wait(waiters, timeout=max(ttl / 3, 0.2), return_when=asyncio.FIRST_COMPLETED)
            for w in waiters:
                w.cancel()

    async def _telegram_connect(self) -> None:
        """Initialise and start the Telegram Application for sending and handling; polling for updates is
        started by `_lead` on the one instance that holds the polling lease (Telegram allows one poller).
        While Telegram cannot be reached, keep trying (doubling the wait up to a minute)."""
        from telegram.error import NetworkError

        delay = 1.0
        while not self._stop.is_set():
            try:
                await self.telegram.initialize()
                await self.telegram.start()
                self._lead_wake.set()  # take the polling lease now, not at the next round
                return
            except NetworkError as exc:
                log.warning("Telegram unreachable at start (%s); retrying in %.0f s", type(exc).__name__, delay)
                with contextlib.suppress(Exception):
                    await self.telegram.shutdown()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), timeout=delay)
                delay = min(delay * 2, 60.0)

    async def _telegram_close(self) -> None:
        app = self.telegram
        with contextlib.suppress(Exception):
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            await app.shutdown()

    @property
    def _mailbox_lease(self) -> str:
        settings = self.app.settings
        if settings.imap.configured:
            return f"mailbox:{settings.imap.host}:{settings.imap.user}:{settings.imap.folder}"
        return f"mailbox:local:{(self.options.local_folder or settings.data_dir / 'inbox').resolve()}"

    def _watcher_running(self) -> bool:
        return self._watcher_thread is not None and self._watcher_thread.is_alive()

    def _start_watcher(self) -> None:
        self.watcher = self._make_watcher()
        self._watcher_thread = threading.Thread(target=self.watcher.run, name="mailbox", daemon=True)
        self._watcher_thread.start()
        log.info("mailbox watcher started", extra={"lease": self._mailbox_lease, "owner": self.owner})

    def _stop_watcher(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        if self._watcher_thread is not None:
            self._watcher_thread.join(60)
        self._watcher_thread = None

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
        await asyncio.to_thread(self._stop_watcher)
        if self.scheduler is not None:
            await asyncio.to_thread(self.scheduler.shutdown)
            self.scheduler = None
        if self.telegram is not None:
            await self._telegram_close()
        with contextlib.suppress(Exception):
            await asyncio.to_thread(release, self.app.db, self._mailbox_lease, self.owner)
            await asyncio.to_thread(release, self.app.db, "scheduler", self.owner)
            await asyncio.to_thread(release, self.app.db, "telegram-polling", self.owner)
