"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, optionally with STARTTLS and AUTH."""
from __future__ import annotations

import socket
import ssl
import subprocess
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class Inbox:
    items: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: ANN001, N802
        msg = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.items.append(Received(envelope.mail_from, list(envelope.rcpt_tos), msg))  # type: ignore[arg-type]
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for localhost/127.0.0.1 made with the openssl command line."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    return cert, key


def start(inbox: Inbox, *, tls: tuple[Path, Path] | None = None,
          credentials: tuple[str, str] | None = None) -> Controller:
    kwargs: dict = {}
    if tls is not None:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(str(tls[0]), str(tls[1]))
        kwargs.update(tls_context=ctx, require_starttls=True)
    if credentials is not None:
        def check(server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN202
            ok = isinstance(auth_data, LoginPassword) and (auth_data.login.decode(),
                                                           auth_data.password.decode()) == credentials
            return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd sends 235/535
        kwargs.update(authenticator=check, auth_required=True)
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller
