"""Small synthetic mails for the IMAP tests (written here, not copied from the corpus)."""
from __future__ import annotations

import uuid


def make_mail(n: int, *, gemeente: str = "Heemskerk", tag: str = "", message_id: str | None = None) -> bytes:
    """A plain, well-formed reply from a municipality; unique Message-ID and body per `n`/`tag`."""
    mid = message_id or f"<test-{tag or uuid.uuid4().hex[:8]}-{n}@{gemeente.lower()}.nl>"
    body = (
        f"Geachte heer, mevrouw,\r\n\r\nIn antwoord op uw brief laten wij u weten dat de gemeente {gemeente} "
        f"op dit moment {10 + n} opvangplekken heeft gerealiseerd. Bericht nummer {n} {tag}.\r\n\r\n"
        f"Met vriendelijke groet,\r\nGemeente {gemeente}\r\n"
    )
    return (
        f"From: Gemeente {gemeente} <info@{gemeente.lower()}.nl>\r\n"
        f"To: ibtspreidingswet@minjenv.nl\r\n"
        f"Subject: Reactie op brief spreidingswet {n}\r\n"
        f"Date: Mon, 02 Nov 2026 10:{n % 60:02d}:00 +0100\r\n"
        f"Message-ID: {mid}\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}"
    ).encode()


MALFORMED = (
    b"From: =?utf-8?B?broken\r\n"
    b"Subject: =?x-unknown?Q?kapot?=\r\n"
    b"Message-ID: <malformed-1@example.org>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: multipart/mixed; boundary=\"nooit\"\r\n\r\n"
    b"--nooit\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"%%%% dit is geen base64 en geen pdf \xff\xfe\x00\r\n"
)

# no header at all: the parser quarantines it ("not an e-mail message")
NOT_A_MAIL = b"dit is geen e-mail, alleen losse tekst \xff\xfe zonder kopregels\r\nnog een regel\r\n"
