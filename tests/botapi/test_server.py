"""The test Bot API server, driven by real python-telegram-bot over real HTTP."""

from __future__ import annotations

import asyncio
import datetime as dtm
import io
import threading
import warnings
from collections.abc import Callable

import httpx
import pytest
from PIL import Image
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes
from telegram.warnings import PTBDeprecationWarning

from tests.botapi.server import BotApiServer

pytestmark = pytest.mark.timeout(30)

USER = 111_222
GROUP = -100_555


def make_bot(api: BotApiServer, token: str | None = None) -> Bot:
    return Bot(token or api.token, base_url=api.base_url, base_file_url=api.base_file_url)


def run(coro_factory: Callable[[Bot], object], api: BotApiServer, token: str | None = None) -> object:
    """Run ``coro_factory(bot)`` inside an initialized PTB Bot."""

    async def main() -> object:
        async with make_bot(api, token) as bot:
            return await coro_factory(bot)

    return asyncio.run(main())


def seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def png_bytes(size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_get_me_and_valid_html(botapi: BotApiServer) -> None:
    botapi.register_chat(USER, first_name="Anna")

    async def scenario(bot: Bot):
        return await bot.send_message(
            USER, "<b>Heemskerk</b> &amp; <i>Súdwest-Fryslân</i> &lt;3 <a href=\"https://x.nl\">x</a>",
            parse_mode=ParseMode.HTML,
        )

    message = run(scenario, botapi)
    assert message.text == "Heemskerk & Súdwest-Fryslân <3 x"
    assert [e.type for e in message.entities] == ["bold", "italic", "text_link"]
    assert [c.method for c in botapi.sent] == ["getMe", "sendMessage"]
    assert botapi.sent[-1].params["chat_id"] == USER
    assert botapi.bot_messages(USER)[0]["text"] == message.text


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("<div>x</div>", "can't parse entities: unsupported start tag \"div\""),
        ("<b>open", "can't parse entities: can't find end tag"),
        ("1 < 2", "can't parse entities"),
        ("Tom & Jerry", "can't parse entities"),
        ("x" * 4097, "message is too long"),
        ("<b> </b>", "message text is empty"),
    ],
)
def test_bad_texts_raise_bad_request(botapi: BotApiServer, text: str, fragment: str) -> None:
    botapi.register_chat(USER)
    with pytest.raises(BadRequest) as info:
        run(lambda bot: bot.send_message(USER, text, parse_mode=ParseMode.HTML), botapi)
    assert fragment in info.value.message.lower()
    assert botapi.requests_log[-1].status == 400
    assert [c.method for c in botapi.sent] == ["getMe"]


def test_length_counts_visible_utf16_text(botapi: BotApiServer) -> None:
    botapi.register_chat(USER)
    fits = "<b>" + "a" * 4000 + "</b>" + "&amp;" * 96  # 4096 visible, more in markup
    run(lambda bot: bot.send_message(USER, fits, parse_mode=ParseMode.HTML), botapi)
    with pytest.raises(BadRequest, match="too long"):  # 2049 emoji = 4098 UTF-16 units
        run(lambda bot: bot.send_message(USER, "😀" * 2049), botapi)


def test_callback_data_is_limited_to_64_bytes(botapi: BotApiServer) -> None:
    botapi.register_chat(USER)

    def send(data: str):
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Kies", callback_data=data)]])
        return lambda bot: bot.send_message(USER, "kies", reply_markup=markup)

    message = run(send("é" * 32), botapi)  # 64 bytes
    assert message.reply_markup.inline_keyboard[0][0].callback_data == "é" * 32
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        run(send("é" * 32 + "x"), botapi)  # 65 bytes, 33 characters


def test_unknown_chat_bad_token_and_unknown_method(botapi: BotApiServer) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        run(lambda bot: bot.send_message(424242, "hallo"), botapi)
    with pytest.raises(InvalidToken):
        run(lambda bot: bot.get_me(), botapi, token="123:wrong")
    response = httpx.post(f"{botapi.base_url}{botapi.token}/sendTelepathy", json={})
    assert response.status_code == 404
    assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    response = httpx.get(f"{botapi.base_url}999:nope/getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


def test_missing_parameters_use_telegram_wording(botapi: BotApiServer) -> None:
    botapi.register_chat(USER)
    url = f"{botapi.base_url}{botapi.token}/sendMessage"
    assert httpx.post(url, json={"text": "x"}).json()["description"] == "Bad Request: chat_id is empty"
    assert httpx.post(url, data={"chat_id": str(USER)}).json()["description"] == (
        "Bad Request: message text is empty"
    )
    ok = httpx.get(url, params={"chat_id": USER, "text": "via GET"}).json()
    assert ok["ok"] and ok["result"]["text"] == "via GET"


def test_flood_raises_retry_after_then_recovers(botapi: BotApiServer) -> None:
    botapi.register_chat(USER)
    botapi.flood(count=2, retry_after=7, methods=["sendMessage"])

    async def scenario(bot: Bot):
        errors = []
        for _ in range(2):
            try:
                await bot.send_message(USER, "x")
            except RetryAfter as exc:
                errors.append(seconds(exc))
        await bot.send_message(USER, "door")
        return errors

    assert run(scenario, botapi) == [7, 7]
    assert [r.status for r in botapi.requests_log if r.method == "sendMessage"] == [429, 429, 200]
    assert botapi.requests_log[1].error == "Too Many Requests: retry after 7"


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_flood_for_a_duration(botapi: BotApiServer) -> None:
    botapi.register_chat(USER)

    async def scenario(bot: Bot):
        botapi.flood_for(0.5, retry_after=1)
        with pytest.raises(RetryAfter):
            await bot.get_chat(USER)
        await asyncio.sleep(0.55)
        return await bot.get_chat(USER)

    assert run(scenario, botapi).id == USER


@pytest.mark.parametrize("mode", ["503", "close"])
def test_outage_fails_every_call_until_it_ends(botapi: BotApiServer, mode: str) -> None:
    botapi.register_chat(USER)

    async def scenario(bot: Bot):
        botapi.outage(mode)
        with pytest.raises(NetworkError):
            await bot.send_message(USER, "tijdens storing")
        botapi.end_outage()
        return await bot.send_message(USER, "na storing")

    assert run(scenario, botapi).text == "na storing"
    assert [c.params["text"] for c in botapi.calls("sendMessage")] == ["na storing"]


def test_send_photo_multipart_and_caption_limit(botapi: BotApiServer) -> None:
    botapi.register_chat(USER)
    image = png_bytes()
    message = run(lambda bot: bot.send_photo(USER, image, caption="<b>grafiek</b>", parse_mode="HTML"), botapi)
    assert message.caption == "grafiek"
    assert (message.photo[-1].width, message.photo[-1].height) == (40, 30)
    call = botapi.calls("sendPhoto")[0]
    assert call.files["photo"].content == image
    assert botapi.file_content(message.photo[-1].file_id) == image

    async def download(bot: Bot) -> bytes:
        file = await bot.get_file(message.photo[-1].file_id)
        return bytes(await file.download_as_bytearray())

    assert run(download, botapi) == image
    with pytest.raises(BadRequest, match="caption is too long"):
        run(lambda bot: bot.send_photo(USER, image, caption="x" * 1025), botapi)
    with pytest.raises(BadRequest, match="Image_process_failed"):
        run(lambda bot: bot.send_photo(USER, b"not an image"), botapi)
    document = run(lambda bot: bot.send_document(USER, b"a;b\n1;2\n", filename="zaken.csv"), botapi)
    assert document.document.file_name == "zaken.csv"


def test_set_my_commands_is_validated(botapi: BotApiServer) -> None:
    good = [BotCommand("status", "Stand van een gemeente"), BotCommand("zaken", "Open zaken")]
    bad_lists = [
        ([BotCommand("Status", "x")], "Bot_command_invalid"),
        ([BotCommand("a" * 33, "x")], "Bot_command_invalid"),
        ([BotCommand("ok", "")], "Bot_command_description_invalid"),
        ([BotCommand("ok", "x" * 257)], "Bot_command_description_invalid"),
        ([BotCommand(f"c{i}", "x") for i in range(101)], "Bot_commands_too_much"),
    ]

    async def scenario(bot: Bot) -> list[str]:
        await bot.set_my_commands(good)
        for bad, error in bad_lists:
            with pytest.raises(BadRequest, match=error):
                await bot.set_my_commands(bad)
        return [c.command for c in await bot.get_my_commands()]

    assert run(scenario, botapi) == ["status", "zaken"]
    assert botapi.commands() == [
        {"command": "status", "description": "Stand van een gemeente"},
        {"command": "zaken", "description": "Open zaken"},
    ]
    run(lambda bot: bot.delete_my_commands(), botapi)
    assert botapi.commands() == []


def test_edit_and_delete_follow_telegram_rules(botapi: BotApiServer) -> None:
    botapi.register_chat(USER)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Gezien", callback_data="seen:1")]])

    async def scenario(bot: Bot) -> None:
        sent = await bot.send_message(USER, "eerst", reply_markup=markup)
        with pytest.raises(BadRequest, match="not modified"):
            await bot.edit_message_text("eerst", USER, sent.message_id, reply_markup=markup)
        edited = await bot.edit_message_text("<b>daarna</b>", USER, sent.message_id, parse_mode="HTML")
        assert edited.text == "daarna" and edited.reply_markup is None
        with pytest.raises(BadRequest, match="Message to edit not found"):
            await bot.edit_message_text("x", USER, 999)
        await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=markup)
        assert await bot.delete_message(USER, sent.message_id)
        with pytest.raises(BadRequest, match="Message to delete not found"):
            await bot.delete_message(USER, sent.message_id)

    run(scenario, botapi)
    assert botapi.messages(USER) == []


def test_long_poll_returns_early_on_injected_update(botapi: BotApiServer) -> None:
    url = f"{botapi.base_url}{botapi.token}/getUpdates"
    result: dict = {}

    def poll() -> None:
        result["body"] = httpx.post(url, data={"timeout": "20"}, timeout=25).json()

    thread = threading.Thread(target=poll)
    thread.start()
    botapi.wait_for(lambda: botapi.polls_waiting == 1)
    update = botapi.inject_message(USER, USER, "/status Heemskerk")
    thread.join(10)
    assert not thread.is_alive(), "the long poll did not return when the update arrived"
    delivered = result["body"]["result"]
    assert [u["update_id"] for u in delivered] == [update["update_id"]]
    assert delivered[0]["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 7}]
    confirm = httpx.post(url, json={"offset": update["update_id"] + 1, "timeout": 0}).json()
    assert confirm == {"ok": True, "result": []}
    assert botapi.pending_updates == []


def test_application_polls_and_replies_to_commands_and_buttons(botapi: BotApiServer) -> None:
    async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Gezien", callback_data="seen")]])
        await update.effective_message.reply_html(
            f"Stand van <b>{context.args[0]}</b>", reply_markup=markup
        )

    async def seen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer("Genoteerd")
        await update.callback_query.edit_message_reply_markup(None)

    async def scenario() -> None:
        app = (
            ApplicationBuilder().token(botapi.token).base_url(botapi.base_url)
            .base_file_url(botapi.base_file_url).build()
        )
        app.add_handler(CommandHandler("status", status))
        app.add_handler(CallbackQueryHandler(seen))
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0, timeout=5)
            botapi.inject_message(USER, USER, "/status Heemskerk", first_name="Anna")
            await asyncio.to_thread(botapi.wait_for_calls, "sendMessage")
            reply = botapi.bot_messages(USER)[0]
            assert reply["text"] == "Stand van Heemskerk"
            botapi.inject_callback(USER, USER, reply["message_id"], "seen")
            await asyncio.to_thread(botapi.wait_for_calls, "editMessageReplyMarkup")
            await app.updater.stop()
            await app.stop()

    asyncio.run(scenario())
    assert [c.params["text"] for c in botapi.calls("answerCallbackQuery")] == ["Genoteerd"]
    assert "reply_markup" not in botapi.bot_messages(USER)[0]
    assert botapi.pending_updates == []


def test_group_chats_and_second_answer_of_a_query(botapi: BotApiServer) -> None:
    update = botapi.inject_message(USER, GROUP, "hallo", chat_type="group", title="Team")
    assert update["message"]["chat"] == {"id": GROUP, "type": "group", "title": "Team"}
    message = run(lambda bot: bot.send_message(GROUP, "welkom"), botapi)
    query = botapi.inject_callback(USER, GROUP, message.message_id, "x")["callback_query"]
    run(lambda bot: bot.answer_callback_query(query["id"]), botapi)
    with pytest.raises(BadRequest, match="Query is too old"):
        run(lambda bot: bot.answer_callback_query(query["id"]), botapi)
    with pytest.raises(ValueError):
        botapi.inject_message(USER, USER + 1, "private chat of someone else")


def test_json_bodies_and_keep_alive(botapi: BotApiServer) -> None:
    botapi.register_chat(USER)
    url = f"{botapi.base_url}{botapi.token}/sendMessage"
    before = botapi.connections_accepted
    markup = {"inline_keyboard": [[{"text": "Open", "url": "https://example.org"}]]}
    with httpx.Client() as client:
        for n in range(5):
            body = client.post(url, json={"chat_id": USER, "text": f"n={n}", "reply_markup": markup}).json()
            assert body["ok"], body
        bad = {"inline_keyboard": [[{"text": "Twee", "url": "https://x.nl", "callback_data": "x"}]]}
        body = client.post(url, json={"chat_id": USER, "text": "x", "reply_markup": bad}).json()
        assert "exactly one" in body["description"]
        body = client.post(url, json={"chat_id": USER, "text": "x", "reply_markup": {"inline_keyboard": [[
            {"text": "Alleen tekst"}]]}}).json()
        assert "Text buttons are unallowed" in body["description"]
    assert botapi.connections_accepted - before == 1
    assert botapi.calls("sendMessage")[0].params["reply_markup"] == markup


def test_second_poller_conflicts_and_allowed_updates_filter(botapi: BotApiServer) -> None:
    url = f"{botapi.base_url}{botapi.token}/getUpdates"
    first: dict = {}
    thread = threading.Thread(target=lambda: first.update(httpx.post(url, data={"timeout": "5"}, timeout=10).json()))
    thread.start()
    botapi.wait_for(lambda: botapi.polls_waiting == 1)
    second = httpx.post(url, json={"timeout": 0, "allowed_updates": ["callback_query"]}).json()
    thread.join(5)
    assert first["error_code"] == 409 and first["description"].startswith("Conflict: terminated by other")
    assert second == {"ok": True, "result": []}
    botapi.inject_message(USER, USER, "wordt niet afgeleverd")
    assert httpx.post(url, json={"timeout": 0}).json()["result"] == []
    assert botapi.pending_updates == []


def test_blocked_chat_is_forbidden(botapi: BotApiServer) -> None:
    botapi.register_chat(USER)
    run(lambda bot: bot.send_message(USER, "eerste"), botapi)
    botapi.block(USER)
    with pytest.raises(Forbidden, match="blocked by the user"):
        run(lambda bot: bot.send_message(USER, "tweede"), botapi)
    assert botapi.bot_texts(USER) == ["eerste"]


def test_group_privacy_mode_hides_plain_group_text(botapi: BotApiServer) -> None:
    botapi.group_privacy = True  # reset() restores the default (off)
    assert botapi.inject_message(USER, GROUP, "gewoon praten", chat_type="group") is None
    assert botapi.inject_message(USER, GROUP, "/zaken", chat_type="group") is not None
    assert botapi.inject_message(USER, USER, "privé mag alles") is not None
    assert len(botapi.pending_updates) == 2
