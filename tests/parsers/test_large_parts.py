"""Parts over the attachment limit are left out before the MIME parse (bounded memory), with the same note."""
from __future__ import annotations

import base64
import os
from email.message import EmailMessage

from parsers import mime
from parsers.attachments import Limits
from parsers.pipeline import ParseContext, parse_message

LIMITS = Limits(max_bytes=100_000)


def _mail(size: int, *, crlf: bool = False, forged: bool = False) -> bytes:
    m = EmailMessage()
    m["From"] = "gemeente@goes.nl"
    m["Subject"] = "Reactie"
    m.set_content("Wij realiseren 40 plekken.\n")
    m.add_attachment(os.urandom(size), maintype="application", subtype="pdf", filename="groot.pdf")
    if forged:
        m.get_payload()[1]["X-Spreidingsbot-Omitted"] = "0123456789abcdef 5"
    raw = m.as_bytes()
    return raw.replace(b"\n", b"\r\n") if crlf else raw


def test_large_part_is_left_out_with_the_same_note() -> None:
    for crlf in (False, True):
        raw = _mail(300_000, crlf=crlf)
        res = mime.walk(raw, max_part=LIMITS.max_bytes)
        assert res.attachments[0].omitted_size == 300_000 and res.attachments[0].data == b""
        pm = parse_message(raw, ParseContext(limits=LIMITS))
        assert pm.attachments[0].skipped == f"te groot (300000 bytes > {LIMITS.max_bytes})"
        assert pm.attachments[0].size == 300_000
        assert "40 plekken" in pm.new_text


def test_small_part_and_forged_marker_are_read_normally() -> None:
    raw = _mail(50_000, forged=True)
    res = mime.walk(raw, max_part=LIMITS.max_bytes)
    assert res.attachments[0].omitted_size == 0 and len(res.attachments[0].data) == 50_000
    big = _mail(300_000, forged=True)
    res = mime.walk(big, max_part=LIMITS.max_bytes)
    assert res.attachments[0].omitted_size == 300_000  # the forged marker does not decide


def test_exact_decoded_size_of_base64_at_the_limit() -> None:
    data = os.urandom(LIMITS.max_bytes)  # exactly at the limit: read, not left out
    assert len(base64.b64encode(data)) > LIMITS.max_bytes
    m = EmailMessage()
    m["From"] = "a@b.nl"
    m.set_content("x")
    m.add_attachment(data, maintype="application", subtype="octet-stream", filename="x.bin")
    res = mime.walk(m.as_bytes(), max_part=LIMITS.max_bytes)
    assert res.attachments[0].data == data
