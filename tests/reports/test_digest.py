"""The weekly digest payload and the /overzicht payload: valid Telegram HTML, chart, changes."""
from __future__ import annotations

import base64
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from bot.reports.digest import CAPTION_LIMIT, overview_payload, weekly_digest
from storage.models import Gemeente, TredeChange
from tests.botapi.tg_html import parse_html, utf16_len
from tests.reports.factory import make_case, make_reply
from tests.reports.test_chart import png_size

pytestmark = pytest.mark.timeout(120)
NOW = datetime(2026, 11, 30, 7, tzinfo=UTC)  # Monday 08:00 in the Netherlands


def test_weekly_digest_lists_the_changes(db):
    with db.session() as s:
        h = make_case(s, "Heemskerk", letter_date=date(2026, 11, 3))  # late since 25 November
        ede = make_case(s, "Ede", letter_date=date(2026, 11, 1), state="answered_incomplete")
        make_reply(s, ede, received_at=datetime(2026, 11, 26, 9, tzinfo=UTC), missing=["steps"],
                   subject="<script>alert(1)</script>")
        s.add(TredeChange(case_id=h.id, trede_from=2, trede_to=3, actor="t",
                          at=datetime(2026, 11, 28, tzinfo=UTC)))
    with db.session() as s:
        payload = weekly_digest(s, NOW)
    assert set(payload) == {"html", "buttons", "photo_png_b64"} and payload["buttons"] == []
    assert png_size(base64.b64decode(payload["photo_png_b64"])) == (1080, 1920)
    text, entities = parse_html(payload["html"])  # raises on invalid Telegram HTML
    assert utf16_len(text) <= CAPTION_LIMIT
    assert "maandag 30 november 2026" in text
    assert "Nieuwe reacties: 1 (Ede)" in text
    assert "Trede gewijzigd: 1 (Heemskerk 2→3)" in text
    assert "Nieuw te laat: 1 (Heemskerk)" in text
    assert "te laat 1" in text and "onvolledig 1" in text
    assert any(e["type"] == "bold" for e in entities)


def test_digest_caption_fits_with_many_changes(db):
    with db.session() as s:
        names = list(s.scalars(select(Gemeente.name).order_by(Gemeente.name)))[:200]
        for name in names:
            make_case(s, name, letter_date=date(2026, 11, 5))  # all newly late
    with db.session() as s:
        payload = weekly_digest(s, NOW)
    text, _ = parse_html(payload["html"])
    assert utf16_len(text) <= CAPTION_LIMIT
    assert "Nieuw te laat: 200 (" in text and " meer)" in text


def test_overview_payload(db):
    with db.session() as s:
        make_case(s, "Heemskerk", letter_date=date(2026, 10, 1))
        payload = overview_payload(s, NOW)
    text, _ = parse_html(payload["html"])
    assert "te laat 1" in text and "30 november 2026" in text
    assert png_size(base64.b64decode(payload["photo_png_b64"])) == (1080, 1920)
