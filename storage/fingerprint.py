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


def arrival_time(raw: bytes, *, now: datetime | None = None) -> datetime | None:
    """The date of the top `Received` header (UTC), or None when absent, unreadable or in the future."""
    try:
        head = _HEADER_END.split(raw, 1)[0][:1_000_000]
        received = BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n").get_all("Received")
        if not received:
            return None
        stamp = str(received[0]).rpartition(";")[2].strip()
        when = parsedate_to_datetime(stamp) if stamp else None
    except Exception:  # noqa: BLE001 - any malformed header: no arrival time from it
        return None
    if when is None or when.tzinfo is None:
        return None
    when = when.astimezone(UTC)
    if when > (now or datetime.now(UTC)) + timedelta(days=1) or when.year < 1990:
        return None
    return when
