"""A strict local Telegram Bot API server for tests (see ``server.BotApiServer``)."""

from tests.botapi.server import BotApiServer, Call, LoggedRequest

__all__ = ["BotApiServer", "Call", "LoggedRequest"]
