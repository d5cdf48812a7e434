"""Fixtures for the system tests: real Dovecot, real PostgreSQL (always; these tests are about it)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.botapi.fixtures import botapi, botapi_server  # noqa: F401 - fixtures
from tests.imap.conftest import dovecot  # noqa: F401 - the same real-Dovecot fixture
from tests.system.helpers import pg_database


@pytest.fixture
def pg_name() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database on 127.0.0.1:5432 (whatever SPREIDINGSBOT_TEST_DB says)."""
    with pg_database() as name:
        yield name
