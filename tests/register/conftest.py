"""Fixtures for the issue-13 tests: the strict local Bot API server."""

from tests.botapi.fixtures import botapi, botapi_server, ptb_builder  # noqa: F401
