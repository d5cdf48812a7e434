"""Fixtures for the service tests: the strict local Bot API server."""

from tests.botapi.fixtures import botapi, botapi_server, ptb_builder  # noqa: F401
