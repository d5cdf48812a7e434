"""Opening an authenticated IMAP connection: IMAPS, STARTTLS or plain; password or XOAUTH2."""
from __future__ import annotations

import contextlib
import os
import shlex
import ssl
import subprocess
from typing import Protocol

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

TOKEN_ENV = "SPREIDINGSBOT_IMAP_OAUTH_TOKEN"
TOKEN_CMD_ENV = "SPREIDINGSBOT_IMAP_OAUTH_TOKEN_CMD"


class ImapConfig(Protocol):
    host: str | None
    port: int | None
    user: str | None
    password: str | None
    ssl: str
    oauth_token: str | None
    oauth_token_cmd: str | None
    verify_tls: bool


class MailboxConfigError(ValueError):
    """The mailbox settings cannot work (unknown TLS mode, no credentials, failing token command)."""


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64): ``user=U^Aauth=Bearer T^A^A``."""
    if not user or not token:
        raise MailboxConfigError("XOAUTH2 needs both a user and a token")
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def oauth_token(settings: ImapConfig, env: dict[str, str] | None = None, timeout: float = 30.0) -> str | None:
    """The bearer token: the setting, else SPREIDINGSBOT_IMAP_OAUTH_TOKEN, else the stdout of the token command.

    The command runs fresh for every login, so a short-lived token is refreshed on each reconnect.
    """
    env = dict(os.environ if env is None else env)
    cmd = env.get(TOKEN_CMD_ENV) or settings.oauth_token_cmd
    token = settings.oauth_token or env.get(TOKEN_ENV)
    if token:
        return token.strip()
    if not cmd:
        return None
    try:
        proc = subprocess.run(shlex.split(cmd), capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MailboxConfigError(f"the OAuth token command could not run: {type(exc).__name__}") from exc
    if proc.returncode != 0 or not proc.stdout.strip():
        # stderr may carry secrets: say only that it failed
        raise MailboxConfigError(f"the OAuth token command failed (exit code {proc.returncode}, no token)")
    return proc.stdout.strip().splitlines()[-1].strip()


def ssl_context(settings: ImapConfig) -> ssl.SSLContext:
    """Default verification (system CAs, or SSL_CERT_FILE); verification off only when verify_tls is false."""
    ctx = ssl.create_default_context()
    if not getattr(settings, "verify_tls", True):
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def connect_and_login(settings: ImapConfig, *, timeout: float = 30.0,
                      context: ssl.SSLContext | None = None) -> IMAPClient:
    """A logged-in IMAPClient; raises LoginError when the server does not accept the login."""
    mode = (settings.ssl or "imaps").lower()
    if mode not in {"imaps", "starttls", "none"}:
        raise MailboxConfigError(f"unknown IMAP TLS mode {settings.ssl!r}: use imaps, starttls or none")
    if not settings.host or not settings.user:
        raise MailboxConfigError("IMAP host and user must be set")
    port = settings.port or (993 if mode == "imaps" else 143)
    ctx = context or (ssl_context(settings) if mode != "none" else None)
    client = IMAPClient(settings.host, port=port, ssl=mode == "imaps", ssl_context=ctx, timeout=timeout)
    try:
        if mode == "starttls":
            client.starttls(ctx)
        token = oauth_token(settings)
        if token:
            client.oauth2_login(settings.user, token)
        elif settings.password:
            client.login(settings.user, settings.password)
        else:
            raise MailboxConfigError("no IMAP password and no OAuth token configured")
        # a login can look fine and only the next command fail: make sure we are really in
        state = getattr(client._imap, "state", "AUTH")
        if state not in ("AUTH", "SELECTED"):
            raise LoginError(f"IMAP login not accepted (state {state})")
        client.noop()
    except BaseException:
        with contextlib.suppress(Exception):  # the socket may already be gone
            client.shutdown()
        raise
    return client
