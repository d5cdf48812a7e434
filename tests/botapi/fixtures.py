"""Pytest fixtures for the test Bot API server.

Use from any test module (or a conftest) with::

    from tests.botapi.fixtures import botapi, botapi_server, ptb_builder  # noqa: F401

``botapi`` is the per-test handle (state reset before each test) on one server per session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from telegram.ext import ApplicationBuilder

from tests.botapi.server import BotApiServer


@pytest.fixture(scope="session")
def botapi_server() -> Iterator[BotApiServer]:
    """One server for the whole session, listening on 127.0.0.1 at a free port."""
    with BotApiServer() as server:
        yield server


@pytest.fixture
def botapi(botapi_server: BotApiServer) -> Iterator[BotApiServer]:
    """The session server with all state reset (chats, updates, calls, floods, outages)."""
    botapi_server.reset()
    yield botapi_server
    botapi_server.reset()


def application_builder(server: BotApiServer, token: str | None = None) -> ApplicationBuilder:
    """An ApplicationBuilder pointed at ``server`` (token defaults to the server's)."""
    return (
        ApplicationBuilder()
        .token(token or server.token)
        .base_url(server.base_url)
        .base_file_url(server.base_file_url)
    )


@pytest.fixture
def ptb_builder(botapi: BotApiServer) -> Callable[..., ApplicationBuilder]:
    """Factory: ``ptb_builder()`` or ``ptb_builder(token="...")`` gives a pointed ApplicationBuilder."""
    return lambda token=None: application_builder(botapi, token)
