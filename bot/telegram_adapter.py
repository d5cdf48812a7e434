"""Telegram adapter: a python-telegram-bot Application over the chat command layer.

The command layer (``ChatCore``: ``handle_text``, ``handle_callback``, ``commands``)
decides what to answer; this module only moves text between Telegram and it:

- setMyCommands from ``core.commands()`` when the Application starts;
- every text message and every button press goes to the core in a worker thread
  (``asyncio.to_thread``: the core touches the database synchronously);
- replies are sent with parse_mode HTML, split over 4,096 visible characters on line
  boundaries, with their inline buttons on the last part; photos with their caption;
- 429 Too Many Requests: sleep ``retry_after`` and send again;
- group chats other than the configured team chat are ignored (no answer, no core call).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import logging
import warnings
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeVar

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import NetworkError, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBDeprecationWarning

from bot.config import TelegramSettings
from bot.telegram_text import CAPTION_LIMIT, split_html, visible_length

log = logging.getLogger("spreidingsbot.telegram")
T = TypeVar("T")
CALLBACK_DATA_MAX_BYTES = 64
SEND_READ_TIMEOUT = 30.0  # seconds; below the outbox lease (60 s), far above Telegram's normal answer time
PROBE_TIMEOUT = 5.0
GROUP_TYPES = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})


class ButtonLike(Protocol):
    text: str
    data: str


class ReplyLike(Protocol):
    html: str
    buttons: Sequence[Sequence[ButtonLike]]
    photo: bytes | None


class ChatCoreLike(Protocol):
    """What the adapter needs from ``bot.chat.core.ChatCore``."""

    def handle_text(
        self, user_id: int, chat_id: int, chat_type: str, text: str, user_name: str = ""
    ) -> list[Any]: ...

    def handle_callback(self, user_id: int, chat_id: int, data: str) -> list[Any]: ...

    def commands(self) -> list[tuple[str, str]]: ...


def file_url_for(api_url: str) -> str:
    """The file download base URL that belongs to a Bot API base URL (``.../bot`` → ``.../file/bot``)."""
    base = api_url.rstrip("/")
    if base.endswith("/bot"):
        return base[: -len("/bot")] + "/file/bot"
    return base + "/file/bot"


def retry_after_seconds(exc: RetryAfter) -> float:
    """``exc.retry_after`` in seconds, whether PTB gives an int or (PTB_TIMEDELTA) a timedelta."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


class TelegramAdapter:
    """Routes Telegram updates to the chat core and sends its replies back."""

    def __init__(
        self,
        core: ChatCoreLike,
        *,
        team_chat_id: int | None = None,
        bot_username: str | None = None,
        max_retries: int = 5,
        send_read_timeout: float = SEND_READ_TIMEOUT,
    ) -> None:
        self.core = core
        self.team_chat_id = team_chat_id
        self.bot_username = bot_username
        self.max_retries = max_retries
        # a send that times out may still reach Telegram: wait long enough that a slow or briefly frozen
        # API answers instead (the notifier resends only after the API answers again, see bot.notifier)
        self.send_read_timeout = send_read_timeout

    # ------------------------------------------------------------------ wiring
    def build_application(self, settings: TelegramSettings) -> Application:
        """A PTB Application for ``settings`` with this adapter's handlers registered."""
        if not settings.token:
            raise ValueError("Telegram is not configured: set SPREIDINGSBOT_TELEGRAM_TOKEN")
        # httpx logs every request URL at INFO, and the URL contains the bot token.
        logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("httpcore").setLevel(logging.WARNING)
        app = (
            ApplicationBuilder()
            .token(settings.token)
            .base_url(settings.api_url)
            .base_file_url(settings.file_url or file_url_for(settings.api_url))
            .build()
        )
        self.attach(app)
        return app

    def attach(self, app: Application) -> None:
        """Register the message and button handlers on an existing Application."""
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, self.on_text))
        app.add_handler(CallbackQueryHandler(self.on_callback))
        app.add_error_handler(self.on_error)

    async def register_commands(self, app: Application) -> None:
        """setMyCommands from the core's command list."""
        commands = [BotCommand(name, description) for name, description in self.core.commands()]
        await self._with_retry(lambda: app.bot.set_my_commands(commands))

    async def start(self, app: Application, *, poll_timeout: int = 30) -> None:
        """Initialize ``app``, register the commands, start it and its long polling."""
        await app.initialize()
        await self.register_commands(app)
        await app.start()
        await app.updater.start_polling(timeout=poll_timeout, drop_pending_updates=False)

    async def stop(self, app: Application) -> None:
        """Stop polling and the Application, and release its HTTP clients."""
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()

    async def serve(
        self, app: Application, stop: asyncio.Event, *, poll_timeout: int = 30, retry_delay: float = 1.0
    ) -> None:
        """Run ``app`` until ``stop`` is set (for ``spreidingsbot run``, beside the other tasks).

        While Telegram cannot be reached at start-up, keep trying (doubling the wait up to a
        minute) instead of failing the service; once polling runs, PTB retries by itself.
        """
        delay = retry_delay
        while not stop.is_set():
            try:
                await self.start(app, poll_timeout=poll_timeout)
                break
            except NetworkError as exc:
                log.warning("Telegram unreachable at start (%s); retrying in %.0f s", type(exc).__name__, delay)
                await self.stop(app)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=delay)
                delay = min(delay * 2, 60.0)
        else:
            return
        try:
            await stop.wait()
        finally:
            await self.stop(app)

    # ------------------------------------------------------------------ incoming
    def _is_ignored_chat(self, chat_id: int, chat_type: str) -> bool:
        if chat_type == ChatType.PRIVATE:
            return False
        return chat_type not in GROUP_TYPES or chat_id != self.team_chat_id

    def _command_text(self, text: str, bot_username: str | None) -> str | None:
        """``/cmd@thisbot args`` → ``/cmd args``; None when the command is for another bot."""
        if not text.startswith("/"):
            return text
        head, sep, rest = text.partition(" ")
        command, at, target = head.partition("@")
        if not at:
            return text
        username = self.bot_username or bot_username
        if username and target.lower() != username.lower():
            return None
        return command + sep + rest

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A text message (commands included): ask the core, send its replies."""
        message = update.effective_message
        user = update.effective_user
        chat = update.effective_chat
        if message is None or user is None or chat is None or message.text is None:
            return
        if self._is_ignored_chat(chat.id, chat.type):
            log.info("ignored a message in chat %s (%s): not the team chat", chat.id, chat.type)
            return
        text = self._command_text(message.text, context.bot.username)
        if text is None:
            return
        replies = await self._ask_core(
            self.core.handle_text, user.id, chat.id, str(chat.type), text, user_name=user.full_name
        )
        await self.send_replies(context.bot, chat.id, replies)

    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A button press: acknowledge it, ask the core, send its replies."""
        query = update.callback_query
        if query is None:
            return
        chat = query.message.chat if query.message is not None else None
        await self._with_retry(query.answer)
        if chat is None or query.data is None or self._is_ignored_chat(chat.id, chat.type):
            return
        replies = await self._ask_core(self.core.handle_callback, query.from_user.id, chat.id, query.data)
        await self.send_replies(context.bot, chat.id, replies)

    async def _ask_core(self, fn: Callable[..., list[Any]], *args: Any, **kwargs: Any) -> list[Any]:
        """The core's replies; when it fails, one Dutch apology instead (logged without the update's text)."""
        try:
            return await asyncio.to_thread(fn, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - nobody is left without an answer
            from bot.chat.bounds import describe
            from templates import render

            log.error("the chat core failed: %s", describe(exc))
            return [_Apology(render("chat/short.html.j2", key="internal_error"))]

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log handler failures without the update's content (it may hold case data)."""
        kind = type(update).__name__
        log.error("handling a Telegram %s failed", kind, exc_info=context.error)

    # ------------------------------------------------------------------ outgoing
    async def send_replies(self, bot: Any, chat_id: int, replies: Sequence[ReplyLike]) -> None:
        """Send the core's replies to ``chat_id`` in order."""
        for reply in replies:
            await self.send_reply(bot, chat_id, reply)

    async def probe(self, bot: Any) -> bool:
        """True when the Bot API answers (getMe) within a few seconds."""
        try:
            await bot.get_me(read_timeout=PROBE_TIMEOUT, connect_timeout=PROBE_TIMEOUT, pool_timeout=PROBE_TIMEOUT)
        except Exception:  # noqa: BLE001 - any failure means: not answering yet
            return False
        return True

    async def send_reply(self, bot: Any, chat_id: int, reply: ReplyLike, *, skip: int = 0,
                         on_part: Callable[[int], None] | None = None) -> None:
        """One reply: photo (with caption if it fits) and/or HTML text parts, buttons on the last.

        ``skip`` leaves out the first parts (already delivered by an earlier attempt); ``on_part(n)`` is told
        after each part that Telegram confirmed (n = parts delivered so far, the photo counting as one).
        """
        markup = keyboard(reply.buttons)
        text_parts = split_html(reply.html) if reply.html.strip() else []
        timeout = self.send_read_timeout
        done = 0

        def delivered() -> None:
            nonlocal done
            done += 1
            if on_part is not None:
                on_part(done)

        if reply.photo is not None and skip > done:
            done += 1
            if visible_length(reply.html) <= CAPTION_LIMIT:
                return
            reply_photo = None
        else:
            reply_photo = reply.photo
        if reply_photo is not None:
            caption_fits = visible_length(reply.html) <= CAPTION_LIMIT
            caption = reply.html if caption_fits and reply.html.strip() else None
            photo = InputFile(reply.photo, filename=getattr(reply, "photo_name", None) or "overzicht.png")
            await self._with_retry(
                lambda: bot.send_photo(
                    chat_id, photo, caption=caption, parse_mode=ParseMode.HTML if caption else None,
                    reply_markup=markup if caption_fits or not text_parts else None,
                    read_timeout=timeout, write_timeout=timeout,
                )
            )
            delivered()
            if caption_fits:
                return
        first_text = done
        for index, part in enumerate(text_parts):
            if first_text + index < skip:
                done += 1
                continue
            last = index == len(text_parts) - 1
            await self._with_retry(
                lambda part=part, last=last: bot.send_message(
                    chat_id, part, parse_mode=ParseMode.HTML, reply_markup=markup if last else None,
                    read_timeout=timeout,
                )
            )
            delivered()

    async def _with_retry(self, call: Callable[[], Awaitable[T]]) -> T:
        """Run ``call``; on 429 sleep ``retry_after`` seconds and try again (``max_retries`` times)."""
        for attempt in range(self.max_retries + 1):
            try:
                return await call()
            except RetryAfter as exc:
                if attempt == self.max_retries:
                    raise
                delay = retry_after_seconds(exc)
                log.warning("Telegram flood limit: waiting %.0f s before retrying", delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")


class _Apology:
    """A reply without buttons (the adapter's own, when the core failed)."""

    def __init__(self, html: str) -> None:
        self.html, self.buttons, self.photo = html, [], None


def keyboard(buttons: Sequence[Sequence[ButtonLike]]) -> InlineKeyboardMarkup | None:
    """Inline keyboard for the core's buttons; callback data over 64 bytes is a bug in the caller."""
    rows = [list(row) for row in buttons if row]
    if not rows:
        return None
    for row in rows:
        for button in row:
            if not 1 <= len(button.data.encode("utf-8")) <= CALLBACK_DATA_MAX_BYTES:
                raise ValueError(f"callback data must be 1-64 bytes, got {len(button.data.encode('utf-8'))}")
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(button.text, callback_data=button.data) for button in row] for row in rows]
    )


def build_application(core: ChatCoreLike, settings: TelegramSettings) -> tuple[TelegramAdapter, Application]:
    """Adapter and Application for ``spreidingsbot run``: token, API URL and team chat from ``settings``.

    Run it with ``await adapter.serve(app, stop_event)``.
    """
    adapter = TelegramAdapter(core, team_chat_id=settings.team_chat_id)
    return adapter, adapter.build_application(settings)
