"""What identifies a mail's content, and when it arrived: read from the raw bytes with the standard library.

``body_fingerprint`` hashes the type, file name and decoded payload of every MIME leaf (text with line endings and trailing
blanks normalised), so the same mail delivered twice (other Received/transport headers, CRLF or LF, base64
or quoted-printable) has the same fingerprint, and a different body under the same Message-ID does not.
``arrival_time`` reads the top ``Received`` header: the stamp of the last server, the one that delivered it
to the mailbox (the sender's ``Date`` header says when the sender claims to have written it).
"""
from __future__ import annotations

import email
import email.policy
import hashlib
import re
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_TRAILING = re.compile(rb"[ \t\r]+(?=\n|$)")
MAX_PARTS = 20_000


def _norm(data: bytes) -> bytes:
    return _TRAILING.sub(b"", data.replace(b"\r\n", b"\n")).strip(b"\n")


def body_fingerprint(raw: bytes) -> str:
    """SHA-256 over the decoded MIME leaves of `raw` (headers other than the MIME structure ignored)."""
    h = hashlib.sha256()
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        for n, part in enumerate(msg.walk()):
            if n > MAX_PARTS:
                break
            if part.is_multipart():
                h.update(b"\x01multipart\x01")
                continue
            payload = part.get_payload(decode=True)
            if payload is None:
                inner = part.get_payload()
                payload = inner.encode("utf-8", "surrogateescape") if isinstance(inner, str) else b""
            name = part.get_filename() or ""
            h.update(part.get_content_type().encode() + b"\x00" + str(name).encode("utf-8", "surrogatepass")
                     + b"\x00" + _norm(payload) + b"\x00")
    except Exception:  # noqa: BLE001 - a mail the library cannot walk: its raw body then
        parts = _HEADER_END.split(raw, 1)
        h = hashlib.sha256(b"raw\x00" + _norm(parts[1] if len(parts) > 1 else raw))
    return h.hexdigest()


_HEADER_LINE = re.compile(rb"From |[\041-\071\073-\176]*:|[\t ]")  # the stdlib feedparser's headerRE, on bytes
_NAME = re.compile(rb"[\041-\071\073-\176]+:")


def _top_received(head: bytes) -> str | None:
    """The value of the first `Received` header of `head` as the stdlib parser (compat32) gives it, read
    without building a message; None when there is none. Raises LookupError for anything but plain header
    lines (lone CR, envelope `From `, a continuation first, an empty name, 8-bit bytes): the stdlib parser decides those."""
    if head.count(b"\r") != head.count(b"\r\n"):
        raise LookupError
    found: list[bytes] | None = None
    seen = False
    for line in (head + b"\n").split(b"\n")[:-1]:
        if not _HEADER_LINE.match(line):
            break  # the header block ends here, as in the stdlib parser
        if line[:1] in (b" ", b"\t"):
            if not seen:
                raise LookupError  # a continuation before any header
            if found is not None:
                found.append(line + b"\n")
            continue
        if found is not None:
            break
        if not _NAME.match(line):
            raise LookupError
        seen = True
        if line[:9].lower() == b"received:":
            found = [line[9:].lstrip(b" \t") + b"\n"]
    if found is None:
        return None
    value = b"".join(found).rstrip(b"\r\n")
    if not value.isascii():
        raise LookupError  # the stdlib parser makes a Header of it
    return value.decode("ascii")


def _top_received_stdlib(head: bytes) -> str | None:
    received = BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n").get_all("Received")
    return str(received[0]) if received else None


def arrival_time(raw: bytes, *, now: datetime | None = None) -> datetime | None:
    """The date of the top `Received` header (UTC), or None when absent, unreadable or in the future."""
    try:
        head = _HEADER_END.split(raw, 1)[0][:1_000_000]
        try:
            value = _top_received(head)
        except LookupError:
            value = _top_received_stdlib(head)
        if not value:
            return None
        stamp = value.rpartition(";")[2].strip()
        when = parsedate_to_datetime(stamp) if stamp else None
    except Exception:  # noqa: BLE001 - any malformed header: no arrival time from it
        return None
    if when is None or when.tzinfo is None:
        return None
    when = when.astimezone(UTC)
    if when > (now or datetime.now(UTC)) + timedelta(days=1) or when.year < 1990:
        return None
    return when
