"""The Telegram adapter over real python-telegram-bot and real HTTP, against the strict test Bot API.

``bot/chat/core.py`` did not exist when this was written: a tiny stub core with the agreed
interface (handle_text, handle_callback, commands; Reply(html, buttons, photo)) stands in.
"""

from __future__ import annotations

import asyncio
import html
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PIL import Image
from telegram.ext import Application

from bot.config import Settings, TelegramSettings
from bot.telegram_adapter import TelegramAdapter, build_application, file_url_for
from tests.botapi.server import BotApiServer
from tests.botapi.tg_html import parse_html, utf16_len

pytestmark = pytest.mark.timeout(60)

ANNA = 1001
TEAM = -100_777
OTHER_GROUP = -100_888
HOSTILE = '<script>alert("x")</script> & Co "B&W"'


@dataclass
class Button:
    text: str
    data: str


@dataclass
class Reply:
    html: str
    buttons: list[list[Button]] = field(default_factory=list)
    photo: bytes | None = None


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (10, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


class StubCore:
    """Stands in for bot.chat.core.ChatCore: records calls and answers from a small script."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.threads: set[str] = set()

    def commands(self) -> list[tuple[str, str]]:
        return [("help", "Wat ik kan"), ("status", "Stand van een gemeente")]

    def handle_text(self, user_id: int, chat_id: int, chat_type: str, text: str, user_name: str = "") -> list[Reply]:
        self.calls.append(("text", user_id, chat_id, chat_type, text))
        self.threads.add(threading.current_thread().name)
        if text.startswith("/lang"):
            lines = [f"{n:04d} <i>{html.escape(HOSTILE)}</i>" for n in range(300)]
            return [Reply("<b>Alle zaken</b>\n" + "\n".join(lines), [[Button("Meer", "page:2")]])]
        if text.startswith("/grafiek"):
            return [Reply("<b>Overzicht</b>", photo=png())]
        if text.startswith("/boom"):
            raise RuntimeError("core failure")
        return [Reply(f"Je vroeg: <code>{html.escape(text)}</code>", [[Button("Gezien", "seen:1")]])]

    def handle_callback(self, user_id: int, chat_id: int, data: str) -> list[Reply]:
        self.calls.append(("callback", user_id, chat_id, data))
        return [Reply(f"Knop <b>{html.escape(data)}</b> ontvangen")]


def settings_for(api: BotApiServer, team_chat_id: int | None = TEAM) -> TelegramSettings:
    env = {
        "SPREIDINGSBOT_TELEGRAM_TOKEN": api.token,
        "SPREIDINGSBOT_TELEGRAM_API_URL": api.base_url,
        "SPREIDINGSBOT_TELEGRAM_TEAM_CHAT_ID": str(team_chat_id) if team_chat_id else "",
    }
    return Settings.load(env=env).telegram


def drive(api: BotApiServer, core: StubCore, scenario: Callable[[Application], object]) -> None:
    """Serve the adapter's Application against ``api`` while ``scenario(app)`` (a coroutine fn) runs."""

    async def main() -> None:
        adapter, app = build_application(core, settings_for(api))
        stop = asyncio.Event()
        server = asyncio.create_task(adapter.serve(app, stop, poll_timeout=5))
        await asyncio.to_thread(api.wait_for, lambda: api.polls_waiting or server.done())
        try:
            await scenario(app)
        finally:
            stop.set()
            await server

    asyncio.run(main())


async def wait_calls(api: BotApiServer, method: str, count: int = 1) -> list:
    return await asyncio.to_thread(api.wait_for_calls, method, count)


def test_commands_registered_and_text_routed_to_core_in_a_worker_thread(botapi: BotApiServer) -> None:
    core = StubCore()

    async def scenario(app: Application) -> None:
        botapi.inject_message(ANNA, ANNA, f"/status {HOSTILE}", first_name="Anna")
        await wait_calls(botapi, "sendMessage")

    drive(botapi, core, scenario)
    assert botapi.commands() == [
        {"command": "help", "description": "Wat ik kan"},
        {"command": "status", "description": "Stand van een gemeente"},
    ]
    assert core.calls == [("text", ANNA, ANNA, "private", f"/status {HOSTILE}")]
    assert threading.main_thread().name not in core.threads
    call = botapi.calls("sendMessage")[0]
    assert call.params["parse_mode"] == "HTML"
    assert call.result["text"] == f"Je vroeg: /status {HOSTILE}"
    assert call.params["reply_markup"] == {"inline_keyboard": [[{"text": "Gezien", "callback_data": "seen:1"}]]}


def test_button_press_is_answered_and_routed(botapi: BotApiServer) -> None:
    core = StubCore()

    async def scenario(app: Application) -> None:
        botapi.inject_message(ANNA, ANNA, "hoe staat Heemskerk ervoor?")
        first = (await wait_calls(botapi, "sendMessage"))[0].result
        botapi.inject_callback(ANNA, ANNA, first["message_id"], "seen:1")
        await wait_calls(botapi, "sendMessage", 2)

    drive(botapi, core, scenario)
    assert core.calls[-1] == ("callback", ANNA, ANNA, "seen:1")
    assert len(botapi.calls("answerCallbackQuery")) == 1
    assert botapi.calls("sendMessage")[-1].result["text"] == "Knop seen:1 ontvangen"


def test_only_the_team_group_is_served(botapi: BotApiServer) -> None:
    core = StubCore()

    async def scenario(app: Application) -> None:
        botapi.inject_message(ANNA, OTHER_GROUP, "/status Almere", chat_type="supergroup")
        botapi.inject_message(ANNA, TEAM, f"/status@{botapi.bot_username} Almere", chat_type="supergroup")
        botapi.inject_message(ANNA, TEAM, "/status@iemand_anders_bot Almere", chat_type="supergroup")
        botapi.inject_message(ANNA, TEAM, "wie heeft Almere?", chat_type="supergroup")
        await wait_calls(botapi, "sendMessage", 2)
        await asyncio.to_thread(botapi.wait_for, lambda: not botapi.pending_updates)

    drive(botapi, core, scenario)
    assert core.calls == [
        ("text", ANNA, TEAM, "supergroup", "/status Almere"),
        ("text", ANNA, TEAM, "supergroup", "wie heeft Almere?"),
    ]
    assert {c.params["chat_id"] for c in botapi.calls("sendMessage")} == {TEAM}
    assert botapi.bot_messages(OTHER_GROUP) == []


def test_long_reply_is_split_into_valid_parts_with_buttons_on_the_last(botapi: BotApiServer) -> None:
    core = StubCore()

    async def scenario(app: Application) -> None:
        botapi.inject_message(ANNA, ANNA, "/lang")
        await asyncio.to_thread(botapi.wait_for, lambda: len(botapi.bot_messages(ANNA)) >= 4)

    drive(botapi, core, scenario)
    sent = botapi.calls("sendMessage")
    assert len(sent) == 4
    texts = [c.result["text"] for c in sent]
    assert all(utf16_len(t) <= 4096 for t in texts)
    assert "\n".join(texts).splitlines()[1:] == [f"{n:04d} {HOSTILE}" for n in range(300)]
    assert [("reply_markup" in c.params) for c in sent] == [False, False, False, True]
    assert all(any(e["type"] == "italic" for e in c.result["entities"]) for c in sent)
    assert [r.status for r in botapi.requests_log if r.method == "sendMessage"] == [200] * 4


def test_flood_limit_is_waited_out_and_the_reply_still_arrives_once(botapi: BotApiServer) -> None:
    core = StubCore()

    async def scenario(app: Application) -> None:
        botapi.flood(count=1, retry_after=1, methods=["sendMessage"])
        botapi.inject_message(ANNA, ANNA, "/help")
        await wait_calls(botapi, "sendMessage")

    drive(botapi, core, scenario)
    attempts = [r for r in botapi.requests_log if r.method == "sendMessage"]
    assert [r.status for r in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0
    assert len(botapi.calls("sendMessage")) == 1


def test_photo_reply_and_core_failure(botapi: BotApiServer) -> None:
    core = StubCore()

    async def scenario(app: Application) -> None:
        botapi.inject_message(ANNA, ANNA, "/boom")
        botapi.inject_message(ANNA, ANNA, "/grafiek")
        await wait_calls(botapi, "sendPhoto")
        await wait_calls(botapi, "sendMessage")

    drive(botapi, core, scenario)
    photo = botapi.calls("sendPhoto")[0]
    assert photo.result["caption"] == "Overzicht"
    assert photo.files["photo"].content == png()
    # the failing command got one Dutch apology (not the exception's text), and the bot kept going
    [apology] = botapi.calls("sendMessage")
    assert "Er ging iets mis" in apology.result["text"] and "core failure" not in apology.result["text"]


def test_settings_and_urls(botapi: BotApiServer) -> None:
    settings = settings_for(botapi)
    assert settings.team_chat_id == TEAM
    _, app = build_application(StubCore(), settings)
    assert app.bot.base_url == f"{botapi.base_url}{botapi.token}"
    assert app.bot.base_file_url == f"{botapi.base_file_url}{botapi.token}"
    assert Settings.load(env={}).telegram.api_url == "https://api.telegram.org/bot"
    assert file_url_for("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    with pytest.raises(ValueError, match="SPREIDINGSBOT_TELEGRAM_TOKEN"):
        TelegramAdapter(StubCore()).build_application(TelegramSettings(token=None))
    with pytest.raises(ValueError, match="1-64 bytes"):
        asyncio.run(
            TelegramAdapter(StubCore()).send_reply(None, ANNA, Reply("x", [[Button("Te lang", "é" * 33)]]))
        )
    assert parse_html(f"<code>{html.escape(HOSTILE)}</code>")[0] == HOSTILE


def test_serve_waits_for_telegram_to_come_back(botapi: BotApiServer) -> None:
    core = StubCore()

    async def main() -> None:
        adapter, app = build_application(core, settings_for(botapi))
        botapi.outage("503")
        stop = asyncio.Event()
        server = asyncio.create_task(adapter.serve(app, stop, poll_timeout=5, retry_delay=0.2))
        await asyncio.to_thread(botapi.wait_for, lambda: len(botapi.requests_log) >= 2)
        botapi.end_outage()
        await asyncio.to_thread(botapi.wait_for, lambda: botapi.polls_waiting)
        botapi.inject_message(ANNA, ANNA, "/help")
        await wait_calls(botapi, "sendMessage")
        stop.set()
        await server

    asyncio.run(main())
    assert {r.status for r in botapi.requests_log[:2]} == {503}
    assert botapi.commands()[0]["command"] == "help"
    assert core.calls == [("text", ANNA, ANNA, "private", "/help")]
