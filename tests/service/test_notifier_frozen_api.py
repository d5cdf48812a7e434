"""Notifications while the Bot API hangs (accepts, never answers: SIGSTOP-like ``freeze``), over real
python-telegram-bot and HTTP: at most one extra copy per message, none lost."""
from __future__ import annotations

import asyncio
import time
from collections import Counter

import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.notifier import Notifier
from bot.telegram_adapter import build_application
from bot.telegram_channel import TelegramChannel
from storage.db import Database
from storage.models import OutboxItem
from storage.outbox import enqueue
from tests.botapi.server import BotApiServer

pytestmark = pytest.mark.timeout(120)
TEAM = -100_4242


class NoCore:
    def commands(self) -> list[tuple[str, str]]:
        return [("help", "Wat ik kan")]


def _render(payload: dict, kind: str):  # noqa: ANN202
    from bot.chat.core import Reply

    return Reply(payload["html"])


def _statuses(db: Database) -> Counter:
    with db.session() as s:
        return Counter(s.scalars(select(OutboxItem.status)))


def _deliver(db: Database, api: BotApiServer, *, n: int, freeze_for: float, read_timeout: float,
             long_text: bool = False) -> tuple[Counter, Counter]:
    """Enqueue n notifications, freeze the API for `freeze_for` s while the notifier runs, then wait until the
    outbox is settled and every held request was processed. Returns (copies per text, outbox statuses)."""
    api.register_chat(TEAM, "supergroup")
    texts = [f"melding {i} " + ("x" * 5000 if long_text and i == 0 else "") for i in range(n)]
    for i, text in enumerate(texts):
        enqueue(db, "alert", f"frozen:{i}", {"html": text})
    settings = Settings.load(env={"SPREIDINGSBOT_TELEGRAM_TOKEN": api.token,
                                  "SPREIDINGSBOT_TELEGRAM_API_URL": api.base_url,
                                  "SPREIDINGSBOT_TELEGRAM_TEAM_CHAT_ID": str(TEAM)}).telegram

    async def main() -> None:
        adapter, app = build_application(NoCore(), settings)
        adapter.send_read_timeout = read_timeout
        await app.initialize()
        await app.start()
        notifier = Notifier(db, TelegramChannel(adapter, app, db, TEAM), _render, interval=0.2, owner="t")
        api.freeze()
        task = asyncio.create_task(notifier.run())
        try:
            await asyncio.sleep(freeze_for)
            api.thaw()
            while _statuses(db).get("pending", 0):
                await asyncio.sleep(0.2)
        finally:
            notifier.stop()
            await task
            await app.stop()
            await app.shutdown()

    asyncio.run(main())
    # every request the server still held has been answered once the outbox settled; give stragglers a beat
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and sum(1 for c in api.calls("sendMessage")) < n:
        time.sleep(0.1)
    copies = Counter()
    for call in api.calls("sendMessage"):
        for i, text in enumerate(texts):
            if call.params["text"] == text[:len(call.params["text"])] and call.params["text"].startswith(f"melding {i} "):
                copies[i] += 1
    return copies, _statuses(db)


def test_freeze_shorter_than_the_send_timeout_delivers_each_exactly_once(db: Database,
                                                                         botapi: BotApiServer) -> None:
    copies, statuses = _deliver(db, botapi, n=5, freeze_for=7.0, read_timeout=30.0)  # PTB alone: 5 s
    assert [copies[i] for i in range(5)] == [1, 1, 1, 1, 1]
    assert statuses == Counter({"sent": 5})


def test_freeze_longer_than_the_send_timeout_at_most_one_extra_copy(db: Database, botapi: BotApiServer) -> None:
    copies, statuses = _deliver(db, botapi, n=5, freeze_for=4.0, read_timeout=1.0)
    assert all(1 <= copies[i] <= 2 for i in range(5)), copies  # none lost, at most one extra copy
    assert sum(copies.values()) <= 6  # only the message that was in flight can be doubled
    assert statuses == Counter({"sent": 5})
    # nothing but getMe probes went out while the API did not answer
    methods = [r.method for r in botapi.requests_log]
    assert methods.count("sendMessage") == sum(copies.values())


def test_a_long_message_resumes_after_its_confirmed_parts(db: Database, botapi: BotApiServer) -> None:
    copies, statuses = _deliver(db, botapi, n=2, freeze_for=4.0, read_timeout=1.0, long_text=True)
    assert statuses == Counter({"sent": 2})
    from bot.telegram_text import split_html

    expected = split_html("melding 0 " + "x" * 5000)
    sent = [c.params["text"] for c in botapi.calls("sendMessage") if c.params["chat_id"] in (TEAM, str(TEAM))]
    first = Counter(p for p in sent if p in expected)
    # every part arrived; the one in flight when the API froze at most twice, the others once (no resend of
    # parts Telegram had confirmed)
    assert set(first) == set(expected) and len(expected) >= 2
    assert all(first[p] <= 2 for p in expected) and sum(first.values()) <= len(expected) + 1
