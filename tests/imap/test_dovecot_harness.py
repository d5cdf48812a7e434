"""The Dovecot test harness itself: start/stop on the same port, TLS, logins, UIDVALIDITY reset."""
from __future__ import annotations

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from .dovecot import Dovecot
from .mails import make_mail

pytestmark = pytest.mark.timeout(60)


def test_append_list_and_restart_same_port(dovecot: Dovecot) -> None:
    uid = dovecot.append(make_mail(1, tag="h"))
    assert uid == 1
    listed = dovecot.list_folder("INBOX")
    assert list(listed) == [1]
    assert listed[1]["message_id"] == "<test-h-1@heemskerk.nl>"
    assert b"\\Seen" not in listed[1]["flags"]  # BODY.PEEK[] leaves it unread
    port = dovecot.port
    dovecot.stop()
    with pytest.raises(OSError):
        IMAPClient("127.0.0.1", port=port, ssl=False, timeout=2)
    dovecot.start()
    assert dovecot.port == port
    assert list(dovecot.list_folder("INBOX")) == [1]


def test_bad_password_is_refused(dovecot: Dovecot) -> None:
    c = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False, timeout=5)
    with pytest.raises(LoginError):
        c.login(dovecot.user, "fout")


@pytest.mark.parametrize("folder", ["INBOX", "Archief"])
def test_recreate_folder_changes_uidvalidity_and_restarts_uids(dovecot: Dovecot, folder: str) -> None:
    dovecot.append_many([make_mail(i, tag="r") for i in range(3)], folder)
    before = dovecot.folder_status(folder)
    assert before["UIDNEXT"] == 4
    old, new = dovecot.recreate_folder(folder)
    assert old == before["UIDVALIDITY"] and new != old
    after = dovecot.list_folder(folder)
    assert sorted(after) == [1, 2, 3]
    assert {m["message_id"] for m in after.values()} == {f"<test-r-{i}@heemskerk.nl>" for i in range(3)}


@pytest.mark.parametrize("mode", ["imaps", "starttls"])
def test_tls_variants(dovecot_tls: Dovecot, mode: str) -> None:
    dovecot_tls.append(make_mail(1))
    with dovecot_tls.client(mode=mode) as c:
        assert c.select_folder("INBOX")[b"EXISTS"] == 1
        assert b"IDLE" in c.capabilities()


def test_xoauth2_and_no_idle_variant(dovecot_factory) -> None:
    server = dovecot_factory(oauth_token="tok-123", idle=False)
    c = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=5)
    c.oauth2_login(server.user, "tok-123")
    assert b"IDLE" not in c.capabilities()
    c.logout()
    c = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=5)
    with pytest.raises(LoginError):
        c.oauth2_login(server.user, "wrong-token")
