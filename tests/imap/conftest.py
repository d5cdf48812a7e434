"""Fixtures that start a real Dovecot on 127.0.0.1 (see tests/imap/dovecot.py)."""
from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator

import pytest

from bot.mailbox.watcher import ImapWatcher

from .dovecot import DOVECOT, Dovecot


def _require_dovecot() -> None:
    if not shutil.which("dovecot") and not shutil.which(DOVECOT):
        pytest.fail("dovecot is not installed: run scripts/install-test-deps.sh (apt-get install dovecot-imapd)")


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A running plain-text Dovecot (no TLS) with one user; stopped and removed afterwards."""
    _require_dovecot()
    server = Dovecot()
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def dovecot_tls() -> Iterator[Dovecot]:
    """Dovecot with a fresh self-signed certificate: STARTTLS on ``port``, IMAPS on ``tls_port``."""
    _require_dovecot()
    server = Dovecot(tls=True)
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def dovecot_factory() -> Iterator[object]:
    """Call with Dovecot keyword arguments (tls, oauth_token, idle, user, password) for a custom server."""
    _require_dovecot()
    servers: list[Dovecot] = []

    def make(**kwargs: object) -> Dovecot:
        server = Dovecot(**kwargs)  # type: ignore[arg-type]
        server.start()
        servers.append(server)
        return server

    try:
        yield make
    finally:
        for server in servers:
            server.cleanup()


@pytest.fixture(scope="session", autouse=True)
def warm_parser() -> None:
    """Load the parser's models once per session, so watcher timings are not the first parse's."""
    from parsers.pipeline import parse_message

    from .mails import make_mail

    parse_message(make_mail(0, tag="warmup"))


@pytest.fixture
def running() -> Iterator[Callable[[ImapWatcher], threading.Thread]]:
    """Start watchers in threads; stop and join them afterwards."""
    started: list[tuple[ImapWatcher, threading.Thread]] = []

    def start(w: ImapWatcher) -> threading.Thread:
        t = w.start_thread()
        started.append((w, t))
        return t

    yield start
    for w, t in started:
        w.stop()
        t.join(15)
        assert not t.is_alive(), "watcher did not stop"
