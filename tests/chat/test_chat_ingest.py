"""End to end with the real parser: ingest a mail, then the outbox notification and the chat commands."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from bot.chat.core import ChatCore
from bot.chat.plain import html_to_text
from bot.config import Settings
from storage.archive import RawArchive
from storage.db import Database
from storage.ingest import ingest_raw
from storage.models import Message, OutboxItem, Staff
from tests.chat.conftest import check_reply
from tests.chat.factory import TG_BEHANDELAAR, add_case

pytestmark = pytest.mark.timeout(120)

MAIL = """\
From: "Gemeente Heemskerk <Team & Co>" <info@heemskerk.nl>
To: ibtspreidingswet@minjenv.nl
Subject: =?utf-8?q?Reactie_op_brief_7468089_<script>alert(1)</script>_&_co?=
Date: Tue, 28 Apr 2026 10:00:00 +0200
Message-ID: <reactie-7468089@heemskerk.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Geachte heer, mevrouw,

In antwoord op uw brief met kenmerk 7468089 laten wij u het volgende weten.
Wij hebben nog geen opvanglocatie kunnen realiseren, omdat er geen geschikte locatie <beschikbaar> is & de
raad de eerdere locatie heeft afgewezen.
Wij zijn in gesprek met het COA over een nieuwe locatie aan de Rijksweg.
Wij streven ernaar dit zo snel mogelijk te realiseren.

Met vriendelijke groet,
Gemeente Heemskerk
"""


def test_ingested_reply_notification_and_status(db: Database, archive: RawArchive) -> None:
    with db.session() as s:
        s.add(Staff(telegram_id=TG_BEHANDELAAR, name="Sanne", role="behandelaar"))
        add_case(s, "Heemskerk", date(2026, 4, 9), ref="7468089")
    result = ingest_raw(db, archive, MAIL.encode(), source="eml",
                        received_at=datetime(2026, 4, 28, 8, 0, tzinfo=UTC))
    assert result.created
    with db.session() as s:
        m = s.get(Message, result.id)
        item = s.scalar(select(OutboxItem).where(OutboxItem.kind == "new_message"))
        payload, kind, missing = dict(item.payload), item.kind, list(m.missing)
    core = ChatCore(db, Settings(), today=lambda: date(2026, 5, 10))
    reply = core.render_notification(payload, kind)
    check_reply(reply)
    out = html_to_text(reply.html)
    assert "Heemskerk" in out and "Kenmerk in bericht: 7468089" in out
    assert "<script>alert(1)</script>" in out and "<script>" not in reply.html
    assert f"seen:{result.id}" in [b.data for row in reply.buttons for b in row]
    if result.kind == "ibt_reply":
        assert "Op tijd (termijn 30 april 2026)" in out
    for element in missing:
        label = {"facts": "feiten en omstandigheden", "steps": "stappen", "timeline": "tijdpad"}[element]
        assert f"❌ {label}" in out
    [status] = core.handle_text(TG_BEHANDELAAR, TG_BEHANDELAAR, "private", "hoe staat heemskerk ervoor?")
    check_reply(status)
    assert html_to_text(status.html).startswith("Heemskerk") and f"#{result.id}" in status.html
    [detail] = core.handle_text(TG_BEHANDELAAR, TG_BEHANDELAAR, "private", f"/bericht {result.id}")
    check_reply(detail)
    assert "Elementen:" in html_to_text(detail.html) or result.kind not in ("ibt_reply", "meldplicht")
