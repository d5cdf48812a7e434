"""Fixtures for the system tests: real Dovecot, real PostgreSQL (always; these tests are about it)."""
from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.botapi.fixtures import botapi, botapi_server  # noqa: F401 - fixtures
from tests.imap.dovecot import DOVECOT, Dovecot
from tests.system.helpers import pg_database


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    if not shutil.which("dovecot") and not shutil.which(DOVECOT):
        pytest.fail("dovecot is not installed: run scripts/install-test-deps.sh")
    server = Dovecot()
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def pg_name() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database on 127.0.0.1:5432 (whatever SPREIDINGSBOT_TEST_DB says)."""
    with pg_database() as name:
        yield name
