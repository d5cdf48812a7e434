"""Fixtures for tests of bot/: the strict local Bot API server (see tests/botapi/fixtures.py)."""

from tests.botapi.fixtures import botapi, botapi_server, ptb_builder  # noqa: F401
