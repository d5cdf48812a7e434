"""Fixtures for the Bot API server's own tests."""

from tests.botapi.fixtures import botapi, botapi_server, ptb_builder  # noqa: F401
