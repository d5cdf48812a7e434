"""Shared helpers for the parser tests."""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
FIXTURES = ROOT / "tests" / "fixtures" / "mails"


def make_mail(body: str, *, subject: str = "Reactie op uw brief", frm: str = "A. Jansen <a.jansen@tilburg.nl>",
              date: str = "Mon, 20 Apr 2026 10:00:00 +0200", headers: dict[str, str] | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = "ibtspreidingswet@minjenv.nl"
    m["Subject"] = subject
    m["Date"] = date
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    return bytes(m)


@pytest.fixture(scope="session")
def parse():
    """parse_message with spaCy loaded once per session."""
    from parsers.pipeline import parse_message

    return parse_message
