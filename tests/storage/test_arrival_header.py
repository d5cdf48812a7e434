"""`arrival_time` reads the top Received header without the stdlib parser; where it does, it reads the same."""
from __future__ import annotations

import pytest

from storage import fingerprint as fp

HEADS = [
    b"Received: from a; Mon, 1 Jan 2024 10:00:00 +0000\r\n\tfoo\r\nX: y",
    b"X: y\n cont\nReceived: a;\n Mon, 1 Jan 2024 10:00:00 +0000\nSubject: s",
    b"Received:\r\n by x; Tue, 2 Jan 2024 10:00:00 +0100\r\nReceived: z; Mon, 1 Jan 2024 10:00:00 +0000",
    b"RECEIVED:x; Mon, 1 Jan 2024 10:00:00 +0000",
    b"X-\xff: a\nReceived: a; Mon, 1 Jan 2024 10:00:00 +0000",
    b"bad line\nReceived: a; Mon, 1 Jan 2024 10:00:00 +0000",
    b"Subject: none",
    b"",
    # left to the stdlib parser:
    b"From x\nReceived: a; Mon, 1 Jan 2024 10:00:00 +0000",
    b" cont\nReceived: a; Mon, 1 Jan 2024 10:00:00 +0000",
    b"X: y\rReceived: a; Mon, 1 Jan 2024 10:00:00 +0000",
    b":bad\nReceived: a; Mon, 1 Jan 2024 10:00:00 +0000",
    b"Received: a\xe9; Mon, 1 Jan 2024 10:00:00 +0000",
]


@pytest.mark.parametrize("head", HEADS)
def test_the_fast_reading_equals_the_stdlib_parser(head: bytes) -> None:
    want = fp._top_received_stdlib(head)
    try:
        got = fp._top_received(head)
    except LookupError:
        got = want
    assert got == want
    assert fp.arrival_time(head + b"\r\n\r\nbody") == fp.arrival_time(head + b"\n\nbody")  # line endings


def test_the_top_received_header_gives_the_arrival_time() -> None:
    when = fp.arrival_time(HEADS[2] + b"\r\n\r\nbody")
    assert when is not None and when.isoformat() == "2024-01-02T09:00:00+00:00"
