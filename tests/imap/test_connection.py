"""Login paths: password, XOAUTH2 (token from the environment or a command), TLS modes, backoff."""
from __future__ import annotations

import base64
import random
import sys
from dataclasses import replace

import pytest
from imapclient.exceptions import LoginError

from bot.config import ImapSettings
from bot.mailbox.backoff import Backoff
from bot.mailbox.connection import MailboxConfigError, connect_and_login, oauth_token, xoauth2_string

pytestmark = pytest.mark.timeout(60)


def test_xoauth2_sasl_string_format() -> None:
    s = xoauth2_string("ibt@minjenv.nl", "ya29.token")
    assert s == "user=ibt@minjenv.nl\x01auth=Bearer ya29.token\x01\x01"
    # what goes on the wire (RFC-less but documented by Google/Microsoft): base64 of that string
    assert base64.b64decode(base64.b64encode(s.encode())).split(b"\x01") == [
        b"user=ibt@minjenv.nl", b"auth=Bearer ya29.token", b"", b""]
    with pytest.raises(MailboxConfigError):
        xoauth2_string("ibt@minjenv.nl", "")


def test_token_from_setting_env_and_command() -> None:
    s = ImapSettings(host="h", user="u")
    assert oauth_token(s, env={}) is None
    assert oauth_token(s, env={"SPREIDINGSBOT_IMAP_OAUTH_TOKEN": " abc \n"}) == "abc"
    assert oauth_token(replace(s, oauth_token="direct"), env={}) == "direct"
    cmd = f"{sys.executable} -c \"print('noise'); print('tok-from-cmd')\""
    assert oauth_token(s, env={"SPREIDINGSBOT_IMAP_OAUTH_TOKEN_CMD": cmd}) == "tok-from-cmd"
    assert oauth_token(replace(s, oauth_token_cmd=cmd), env={}) == "tok-from-cmd"


def test_failing_token_command_says_so_without_its_output() -> None:
    cmd = f"{sys.executable} -c \"import sys; sys.stderr.write('secret-refresh-token'); sys.exit(3)\""
    with pytest.raises(MailboxConfigError) as exc:
        oauth_token(ImapSettings(host="h", user="u", oauth_token_cmd=cmd), env={})
    assert "exit code 3" in str(exc.value) and "secret" not in str(exc.value)


def test_xoauth2_login_against_dovecot(dovecot_factory, monkeypatch: pytest.MonkeyPatch) -> None:
    server = dovecot_factory(oauth_token="tok-live-123")
    s = ImapSettings(host="127.0.0.1", port=server.port, user=server.user, ssl="none",
                     oauth_token_cmd=f"{sys.executable} -c \"print('tok-live-123')\"")
    monkeypatch.delenv("SPREIDINGSBOT_IMAP_OAUTH_TOKEN", raising=False)
    monkeypatch.delenv("SPREIDINGSBOT_IMAP_OAUTH_TOKEN_CMD", raising=False)
    c = connect_and_login(s, timeout=5)
    assert c.select_folder("INBOX")[b"EXISTS"] == 0
    c.logout()
    with pytest.raises(LoginError):
        connect_and_login(replace(s, oauth_token_cmd=None, oauth_token="expired"), timeout=5)


def test_password_login_and_its_failures(dovecot) -> None:
    s = ImapSettings(host="127.0.0.1", port=dovecot.port, user=dovecot.user, password=dovecot.password, ssl="none")
    connect_and_login(s, timeout=5).logout()
    with pytest.raises(LoginError):
        connect_and_login(replace(s, password="fout"), timeout=5)
    with pytest.raises(MailboxConfigError):
        connect_and_login(replace(s, ssl="tls1.0"), timeout=5)
    with pytest.raises(MailboxConfigError):
        connect_and_login(replace(s, password=None), timeout=5)


def test_backoff_grows_with_jitter_caps_and_resets() -> None:
    b = Backoff(base=1.0, cap=30.0, rng=random.Random(7))
    delays = [b.next_delay() for _ in range(10)]
    for i, d in enumerate(delays):
        ceiling = min(30.0, 2.0 ** i)
        assert ceiling / 2 <= d <= ceiling
    assert max(delays) <= 30.0 and delays[-1] >= 15.0
    assert len(set(delays)) == len(delays)  # jitter: no two the same
    b.reset()
    assert 0.5 <= b.next_delay() <= 1.0
