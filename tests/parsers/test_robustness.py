"""Random, mangled and real-world broken mail never raises: every input ends as a record or a quarantine."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.pipeline import parse_message
from tests.parsers.conftest import CORPUS, SHARED, make_mail

pytestmark = pytest.mark.timeout(300)
SEEDS = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))[:12]]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(raw: bytes) -> None:
    pm = parse_message(raw)
    assert pm.kind in ("ibt_reply", "meldplicht", "extension_request", "question", "auto_reply", "bounce", "other")
    assert pm.quarantine_reason is None or isinstance(pm.quarantine_reason, str) and pm.quarantine_reason
    pm.to_json()  # serialisable


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)


@FAST
@given(st.sampled_from(SEEDS), st.integers(0, 10**6), st.integers(0, 400), st.binary(max_size=64))
def test_mangled_corpus_mail(seed: bytes, pos: int, cut: int, junk: bytes) -> None:
    i = pos % max(1, len(seed))
    _check(seed[:i] + junk + seed[i + cut:])


@FAST
@given(st.text(max_size=300), st.sampled_from(["utf-8", "iso-8859-1", "x-bogus", "utf-7", ""]),
       st.sampled_from(["7bit", "base64", "quoted-printable", "x-uuencode", "garbage"]),
       st.sampled_from(["text/plain", "text/html", "multipart/mixed", "multipart/report", "message/rfc822",
                        "application/ms-tnef", "application/pdf"]))
def test_mangled_headers(body: str, charset: str, cte: str, ctype: str) -> None:
    raw = (f"From: x@heemskerk.nl\r\nSubject: =?{charset or 'utf-8'}?q?=E9=ZZ?=\r\n"
           f"Content-Type: {ctype}; charset=\"{charset}\"; boundary=\"b\"\r\n"
           f"Content-Transfer-Encoding: {cte}\r\n\r\n{body}\r\n--b\r\n{body}\r\n").encode("utf-8", "surrogatepass")
    _check(raw)


def test_empty_and_not_mail_are_quarantined() -> None:
    assert parse_message(b"").quarantine_reason.startswith("leeg bericht")
    assert parse_message(b"\x89PNG\r\n\x1a\n\x00\x00binary").quarantine_reason.startswith("geen e-mailbericht")
    assert parse_message(b"geen bytes maar tekst").quarantine_reason  # no headers


def test_header_only_mail_is_a_record() -> None:
    pm = parse_message(b"From: a@b.nl\r\nSubject: leeg\r\n\r\n")
    assert pm.quarantine_reason is None and pm.kind == "other"


def test_deeply_nested_rfc822_is_cut_off() -> None:
    raw = make_mail("binnenste")
    for _ in range(20):
        raw = (b"From: a@b.nl\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n" + raw)
    pm = parse_message(raw)
    assert pm.quarantine_reason is None
    assert any("te diep genest" in w for w in pm.warnings)


TORTURE = sorted(p for p in (SHARED / "torture").rglob("*") if p.is_file() and p.suffix not in (".md",)
                 and p.name != "LICENSE")


@pytest.mark.parametrize("path", TORTURE, ids=lambda p: str(p.relative_to(SHARED / "torture")))
def test_torture_mail(path) -> None:
    raw = path.read_bytes()
    pm = parse_message(raw)
    assert pm.quarantine_reason is None or pm.quarantine_reason
    if raw.strip():
        assert pm.sha256
    pm.to_json()
