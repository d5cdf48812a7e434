"""The Telegram adapter over the real ChatCore and case register, against the strict test Bot API.

Every reply the core produces must pass Telegram's checks (HTML entities, lengths, callback data):
the strict server answers 400 otherwise, and the tests assert that no request was rejected.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from bot.chat.core import ChatCore
from bot.config import Settings
from bot.telegram_adapter import TelegramAdapter
from storage.db import Database
from tests.botapi.server import BotApiServer
from tests.chat.factory import TEAM_CHAT, TG_BEHANDELAAR, TG_BEHEERDER, TG_STRANGER, TODAY, World, build_world

pytestmark = pytest.mark.timeout(90)
OTHER_GROUP = -100_999


@pytest.fixture
def core(db: Database) -> tuple[ChatCore, World]:
    world = build_world(db)
    settings = Settings()
    settings.telegram.team_chat_id = TEAM_CHAT
    return ChatCore(db, settings, today=lambda: TODAY), world


def serve(api: BotApiServer, core: ChatCore, scenario: Callable[[], Awaitable[None]]) -> None:
    """Run the adapter (real PTB Application, long polling) while ``scenario()`` runs."""
    settings = Settings()
    settings.telegram.token = api.token
    settings.telegram.api_url = api.base_url
    settings.telegram.team_chat_id = TEAM_CHAT

    async def main() -> None:
        adapter = TelegramAdapter(core, team_chat_id=TEAM_CHAT)
        app = adapter.build_application(settings.telegram)
        stop = asyncio.Event()
        task = asyncio.create_task(adapter.serve(app, stop, poll_timeout=5))
        await asyncio.to_thread(api.wait_for, lambda: api.polls_waiting or task.done())
        try:
            await scenario()
            await asyncio.to_thread(api.wait_for, lambda: not api.pending_updates, 20)
        finally:
            stop.set()
            await task

    asyncio.run(main())


async def bot_messages(api: BotApiServer, chat_id: int, count: int) -> list[dict]:
    """Wait until the bot has at least ``count`` messages in ``chat_id``; return them."""
    return await asyncio.to_thread(
        api.wait_for, lambda: len(found := api.bot_messages(chat_id)) >= count and found, 20
    )


def rejected(api: BotApiServer) -> list[tuple[str, int, str | None]]:
    return [(r.method, r.status, r.error) for r in api.requests_log if r.status != 200]


def test_commands_questions_and_hostile_mail_pass_telegram_checks(
    botapi: BotApiServer, core: tuple[ChatCore, World]
) -> None:
    chat_core, world = core
    bea = TG_BEHEERDER
    texts = [
        "/help", "/status Heemskerk", "/status sudwest fryslan", "/zaken", "/termijnen", "/ontbreekt",
        f"/bericht {world.messages['Bergen (NH.)']}", "/zoek locatie", "/mijn", "/overzicht",
    ]  # plain-Dutch questions load spaCy (seconds): tests/chat covers them, the routing is the same

    async def scenario() -> None:
        total = 0
        for text in texts:
            botapi.inject_message(bea, bea, text, first_name="Bea")
            await asyncio.to_thread(
                botapi.wait_for, lambda n=total: len(botapi.bot_messages(bea)) > n, 20
            )
            total = len(botapi.bot_messages(bea))

    serve(botapi, chat_core, scenario)
    assert rejected(botapi) == []
    assert [c["command"] for c in botapi.commands()] == [name for name, _ in chat_core.commands()]
    replies = botapi.bot_texts(bea)
    assert len(replies) >= len(texts)
    assert any("<script>" in text for text in replies), "the hostile subject is shown literally, escaped"
    assert all(c.params.get("parse_mode") == "HTML" for c in botapi.calls("sendMessage"))
    assert len(botapi.calls("sendPhoto")) == 1  # /overzicht: the chart, with its caption


def test_buttons_team_chat_and_strangers(botapi: BotApiServer, core: tuple[ChatCore, World]) -> None:
    chat_core, _ = core

    async def scenario() -> None:
        botapi.inject_message(TG_STRANGER, TG_STRANGER, "/zaken", first_name="Onbekend")
        botapi.inject_message(TG_STRANGER, TG_STRANGER, "/status Almere", first_name="Onbekend")
        botapi.inject_message(TG_BEHANDELAAR, OTHER_GROUP, "/zaken", chat_type="supergroup")
        botapi.inject_message(TG_BEHANDELAAR, TEAM_CHAT, "/zaken", chat_type="supergroup")
        messages = await bot_messages(botapi, TEAM_CHAT, 1)
        with_buttons = [m for m in messages if "reply_markup" in m]
        if with_buttons:
            button = with_buttons[0]["reply_markup"]["inline_keyboard"][0][0]
            botapi.inject_callback(TG_BEHANDELAAR, TEAM_CHAT, with_buttons[0]["message_id"], button["callback_data"])
            await asyncio.to_thread(botapi.wait_for_calls, "answerCallbackQuery", 1, 20)

    serve(botapi, chat_core, scenario)
    assert rejected(botapi) == []
    assert len(botapi.bot_messages(TG_STRANGER)) == 1, "one short refusal, then silence"
    assert "Almere" not in botapi.bot_texts(TG_STRANGER)[0]
    assert botapi.bot_messages(OTHER_GROUP) == []
    assert botapi.bot_messages(TEAM_CHAT)


def test_mutating_commands_plain_dutch_and_confirm_buttons_over_http(
    botapi: BotApiServer, core: tuple[ChatCore, World], db: Database
) -> None:
    """The remaining commands and the plain-Dutch questions, through real PTB and the strict server."""
    from sqlalchemy import select

    from storage.models import Case, CaseNote

    chat_core, world = core
    bea = TG_BEHEERDER
    texts = [
        "hoe staat Heemskerk ervoor?", "welke gemeenten zijn te laat?", "wat ontbreekt er bij Súdwest-Fryslân?",
        "wie heeft Almere?", "/toewijzen Almere mij", "/notitie Almere gebeld met de wethouder <b>&</b>",
        "/verleng Almere 2026-06-15 raad vergadert pas in juni", "/opschorten Heemskerk wacht op rechter",
        "/hervatten Heemskerk", "/staf", "/stauts heemskerk", "/trede Almere 4",
    ]

    async def scenario() -> None:
        total = 0
        for text in texts:
            botapi.inject_message(bea, bea, text, first_name="Bea")
            await asyncio.to_thread(botapi.wait_for, lambda n=total: len(botapi.bot_messages(bea)) > n, 30)
            total = len(botapi.bot_messages(bea))
        # /trede asks for confirmation with a button: press it
        last = botapi.bot_messages(bea)[-1]
        confirm = last["reply_markup"]["inline_keyboard"][0][0]
        assert confirm["callback_data"].startswith("cf:")  # a one-time confirmation token
        botapi.inject_callback(bea, bea, last["message_id"], confirm["callback_data"])
        await asyncio.to_thread(botapi.wait_for, lambda n=total: len(botapi.bot_messages(bea)) > n, 30)

    serve(botapi, chat_core, scenario)
    assert rejected(botapi) == []
    replies = botapi.bot_texts(bea)
    assert "Heemskerk" in replies[0] and "Súdwest-Fryslân" in replies[2]
    assert "Bedoel je /status" in replies[10]
    with db.session() as s:
        almere = s.get(Case, world.cases["Almere"])
        assert almere.trede == 4 and almere.owner.name == "Bea"
        assert almere.deadline_override.isoformat() == "2026-06-15"
        assert not s.get(Case, world.cases["Heemskerk"]).suspended
        note = s.scalar(select(CaseNote))
        assert note.text == "gebeld met de wethouder <b>&</b>"  # stored as typed, shown escaped


def test_plain_question_asks_back_and_a_button_answers(
    botapi: BotApiServer, core: tuple[ChatCore, World]
) -> None:
    """The question reader over real PTB: "te laat" asks back with two buttons; pressing one answers, and
    the answer says how it understood the question; a follow-up keeps the subject."""
    chat_core, _ = core
    bea = TG_BEHEERDER

    async def scenario() -> None:
        botapi.inject_message(bea, bea, "welke gemeenten zijn te laat?", first_name="Bea")
        await asyncio.to_thread(botapi.wait_for, lambda: len(botapi.bot_messages(bea)) >= 1, 30)
        asked = botapi.bot_messages(bea)[-1]
        buttons = [b for row in asked["reply_markup"]["inline_keyboard"] for b in row]
        assert [b["callback_data"] for b in buttons] == ["qa:0", "qa:1"]
        botapi.inject_callback(bea, bea, asked["message_id"], "qa:0")
        await asyncio.to_thread(botapi.wait_for, lambda: len(botapi.bot_messages(bea)) >= 2, 30)
        botapi.inject_message(bea, bea, "wie is behandelaar van heemskerk", first_name="Bea")
        await asyncio.to_thread(botapi.wait_for, lambda: len(botapi.bot_messages(bea)) >= 3, 30)
        botapi.inject_message(bea, bea, "en Almere?", first_name="Bea")
        await asyncio.to_thread(botapi.wait_for, lambda: len(botapi.bot_messages(bea)) >= 4, 30)

    serve(botapi, chat_core, scenario)
    assert rejected(botapi) == []
    replies = botapi.bot_texts(bea)
    assert replies[0].startswith("Bedoel je gemeenten die nog niet gereageerd hebben")
    assert replies[1].startswith("Gemeenten zonder reactie (termijn verstreken): 1")
    assert replies[2] == "Heemskerk – behandelaar: Sanne de Vries."
    assert replies[3] == "Almere – behandelaar: nog niemand toegewezen."
