"""Whatever text municipalities and staff put in, every reply stays valid Telegram HTML with the text intact."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.chat.plain import html_to_text
from storage.queries import CaseRow, CaseStatus, FindingInfo, MessageDetail, MessageInfo, NoteInfo
from templates import render
from tests.botapi.tg_html import parse_html

pytestmark = pytest.mark.timeout(120)
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).map(str.strip).filter(bool)


def _row(name: str) -> CaseRow:
    return CaseRow(case_id=1, gemeente=name, cbs_code="GM0001", trede=2, owner=name, owner_id=1, state="closed",
                   compliance="voldoet", suspended=False, termijn=date(2026, 4, 30), answered=False, reply_at=None,
                   reply_on_time=None, days_left=-3, overdue=True, missing=["timeline"], latest_message_id=1)


def _msg(text: str) -> MessageInfo:
    return MessageInfo(id=7, received_at=datetime(2026, 4, 28, 8, tzinfo=UTC), kind="ibt_reply", state="quarantined",
                       subject=text, from_addr=text, reference="7468089", missing=["steps"], on_time=False,
                       suspect=True, quarantine_reason=text, seen_by=text, gemeenten=[text], case_id=1)


@settings(max_examples=60, deadline=None)
@given(name=TEXT, text=TEXT)
def test_templates_escape_everything(name: str, text: str) -> None:
    finding = FindingInfo("steps", False, text, f"attachment:{text}", text)
    status = CaseStatus(gemeente=name, cbs_code="GM0001", province=text, case=_row(name), trede_name=text,
                        expected_date="2027-Q2", extension_reason=text, suspended_reason=text,
                        messages=[_msg(text)], missing_findings=[finding], notes=[NoteInfo(name, text, datetime.now(UTC))])
    detail = MessageDetail(message=_msg(text), findings=[finding], letter_reference=None, termijn=date(2026, 4, 30),
                           expected_date=None, places_realised=None, places_planned=3, reasons=[],
                           content_in_attachment=True, case_gemeente=name, owner=name)
    outputs = [
        (render("chat/status.html.j2", st=status), [name, text]),
        (render("chat/message.html.j2", d=detail), [text]),
        (render("chat/notification.html.j2", d=detail, missing=[finding]), [text]),
        (render("chat/cases.html.j2", which="open", rows=[_row(name)], total=1, page=0, pages=1), [name]),
        (render("chat/search.html.j2", query=text, messages=[_msg(text)], gemeenten=[name]), [name, text]),
        (render("chat/short.html.j2", key="assigned", gemeente=name, owner=text, previous=None), [name, text]),
        (render("chat/short.html.j2", key="gemeente_not_found", query=text), [text]),
    ]
    for out, expected in outputs:
        parse_html(out)  # raises when Telegram would refuse the HTML
        for value in expected:
            assert value in html_to_text(out)
