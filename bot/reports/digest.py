"""Chat payloads: the weekly digest (Monday morning) and the /overzicht caption. Pure builders.

Payload shape (what the outbox sender sends as a photo with a caption):
{"html": Telegram-HTML caption, "buttons": [], "photo_png_b64": base64 PNG of the overview chart}
"""
from __future__ import annotations

import base64
import html
import re
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.reports.chart import chart_data, render_png
from storage.domain import local_date
from storage.stats import Overview, WeekChanges, overview, week_changes
from templates import render

CAPTION_LIMIT = 1024  # Telegram: at most 1024 characters of caption text (after entity parsing)
_TAG = re.compile(r"<[^>]+>")


def visible_length(caption_html: str) -> int:
    """The caption's length as Telegram counts it: tags removed, entities decoded, UTF-16 units."""
    return len(html.unescape(_TAG.sub("", caption_html)).encode("utf-16-le")) // 2


def overview_caption(ov: Overview) -> str:
    """Short Dutch caption for the /overzicht chart (Telegram HTML)."""
    return render("report/overzicht.html.j2", ov=ov)


def digest_caption(ov: Overview, changes: WeekChanges) -> str:
    """The digest caption, listing as many municipality names as fit in Telegram's caption limit."""
    text = ""
    for limit in (8, 5, 3, 1, 0):
        def cut(items: list, n: int = limit) -> tuple[list, int]:
            return items[:n], max(len(items) - n, 0)

        replies, replies_more = cut(changes.new_replies)
        tredes, tredes_more = cut(changes.trede_changes)
        overdue, overdue_more = cut(changes.newly_overdue)
        text = render("report/digest.html.j2", ov=ov, changes=changes, replies=replies, replies_more=replies_more,
                      tredes=tredes, tredes_more=tredes_more, overdue=overdue, overdue_more=overdue_more)
        if visible_length(text) <= CAPTION_LIMIT:
            break
    return text


def weekly_digest(session: Session, now: datetime) -> dict[str, Any]:
    """The Monday digest payload: chart, counts, and what changed in the seven days before `now`."""
    ov = overview(session, local_date(now))
    changes = week_changes(session, now)
    png = render_png(chart_data(ov))
    return {"html": digest_caption(ov, changes), "buttons": [],
            "photo_png_b64": base64.b64encode(png).decode("ascii")}


def overview_payload(session: Session, now: datetime) -> dict[str, Any]:
    """The /overzicht payload: same shape as the digest, with the short overview caption."""
    ov = overview(session, local_date(now))
    png = render_png(chart_data(ov))
    return {"html": overview_caption(ov), "buttons": [], "photo_png_b64": base64.b64encode(png).decode("ascii")}
