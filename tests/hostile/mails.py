"""Hostile mails generated on the spot (issue 11): values PostgreSQL refuses, huge or deep structures."""
from __future__ import annotations

import base64


def _head(tag: str, subject: bytes = b"Reactie gemeente Heemskerk", extra: bytes = b"") -> bytes:
    return (b"From: Gemeente Heemskerk <info@heemskerk.nl>\r\nTo: ibtspreidingswet@minjenv.nl\r\n"
            b"Subject: " + subject + b"\r\nDate: Mon, 02 Nov 2026 10:00:00 +0100\r\n"
            b"Message-ID: <" + tag.encode() + b"@heemskerk.nl>\r\nMIME-Version: 1.0\r\n" + extra)


BODY = (b"Geachte heer, mevrouw,\r\n\r\nIn antwoord op uw brief met kenmerk 4312345: de gemeente Heemskerk heeft "
        b"30 opvangplekken gerealiseerd.\r\n\r\nMet vriendelijke groet,\r\nGemeente Heemskerk\r\n")


def plain(tag: str, body: bytes = BODY, subject: bytes = b"Reactie gemeente Heemskerk") -> bytes:
    return _head(tag, subject, b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
                 ) + b"\r\n" + body


def with_attachment(tag: str, filename_header: bytes, data: bytes = b"bijlage\r\n") -> bytes:
    return (_head(tag, extra=b"Content-Type: multipart/mixed; boundary=\"grens\"\r\n") + b"\r\n"
            b"--grens\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + BODY +
            b"\r\n--grens\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; " + filename_header +
            b"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data) + b"\r\n--grens--\r\n")


def nul_in_subject() -> bytes:
    return plain("nul-subject", subject=b"=?utf-8?q?Reactie_plan=00_Heemskerk?=")


def nul_in_filename() -> bytes:
    return with_attachment("nul-name", b"filename*=utf-8''plan%00.txt")


def nul_in_body() -> bytes:
    """A NUL that only appears after decoding (base64)."""
    body = base64.encodebytes(BODY.replace(b"30 opvangplekken", b"30\x00 opvangplekken"))
    return _head("nul-body", extra=b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
                 ) + b"\r\n" + body


def long_filename(n: int = 300) -> bytes:
    name = ("reactie-gemeente-heemskerk-" * 20)[: n - 4] + ".txt"
    return with_attachment("lange-naam", b'filename="' + name.encode() + b'"',
                           b"Op 1 maart 2026 heeft de gemeenteraad besloten een locatie aan te wijzen voor 40 "
                           b"opvangplekken. Wij hebben een vergunning aangevraagd. De opvang is gereed op 1 juli "
                           b"2027.\r\n")


def deep_rfc822(depth: int = 20) -> bytes:
    raw = plain("diep-binnen")
    for i in range(depth):
        raw = (b"From: doorsturen@heemskerk.nl\r\nSubject: Fw: laag " + str(i).encode() +
               b"\r\nMessage-ID: <diep-" + str(i).encode() + b"@heemskerk.nl>\r\nMIME-Version: 1.0\r\n"
               b"Content-Type: message/rfc822\r\n\r\n" + raw)
    return raw


def many_parts(n: int = 10_000) -> bytes:
    parts = b"".join(b"--p\r\nContent-Type: text/plain\r\n\r\ndeel " + str(i).encode() + b"\r\n" for i in range(n))
    return _head("veel-delen", extra=b"Content-Type: multipart/mixed; boundary=\"p\"\r\n") + b"\r\n" + parts + b"--p--\r\n"


def huge_header_line(size: int = 1024 * 1024) -> bytes:
    return plain("lange-kop", subject=b"Reactie " + b"x" * size)


def headerless() -> bytes:
    return b"\r\nDit bericht heeft geen enkele kopregel, alleen tekst.\r\n"


def huge_number() -> bytes:
    """Reported figures beyond any integer column."""
    return plain("groot-getal", body=BODY.replace(b"30 opvangplekken", b"99999999999999999999 opvangplekken"))


def date_overflow() -> bytes:
    """A Date header that is valid but lies beyond year 9999 once converted to UTC."""
    return plain("datum").replace(b"Mon, 02 Nov 2026 10:00:00 +0100", b"Fri, 31 Dec 9999 23:59:00 -0100")


HOSTILE = {
    "nul_subject": nul_in_subject,
    "nul_filename": nul_in_filename,
    "nul_body": nul_in_body,
    "long_filename": long_filename,
    "deep_rfc822": deep_rfc822,
    "many_parts": many_parts,
    "huge_header_line": huge_header_line,
    "headerless": headerless,
    "huge_number": huge_number,
    "date_overflow": date_overflow,
}
