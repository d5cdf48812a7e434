"""Fixtures for the chat tests: a small case register and a ChatCore over it."""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bot.chat.core import ChatCore, Reply
from bot.config import Settings
from storage.db import Database
from tests.botapi.tg_html import parse_html
from tests.chat.factory import TEAM_CHAT, TODAY, World, build_world
from tests.chat.seed import CorpusSeed, build_seed

ALLOWED = {"b", "i", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler"}


def check_reply(reply: Reply) -> None:
    """Valid Telegram HTML with only the allowed tags; callback data within 64 bytes; caption/text limits."""
    parse_html(reply.html)  # raises on anything Telegram would refuse
    for tag in re.findall(r"</?([a-zA-Z][a-zA-Z0-9-]*)", reply.html):
        assert tag.lower() in ALLOWED, f"tag <{tag}> not allowed: {reply.html}"
    for row in reply.buttons:
        for b in row:
            assert b.text and len(b.data.encode("utf-8")) <= 64
    if reply.photo is not None:
        assert len(reply.html) <= 1024


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.fixture
def core(db: Database, world: World) -> ChatCore:
    settings = Settings()
    settings.telegram.team_chat_id = TEAM_CHAT
    return ChatCore(db, settings, today=lambda: TODAY)


@pytest.fixture(scope="session")
def corpus_seed(tmp_path_factory: pytest.TempPathFactory, pg_template: str | None) -> Iterator[CorpusSeed]:
    """The corpus put in once per session; the question-set registers are copies of it."""
    with build_seed(tmp_path_factory.mktemp("corpus_seed"), pg_template) as seed:
        yield seed
