"""Every reminder kind renders to valid Telegram HTML in Dutch, with buttons that fit Telegram's limits."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from bot.scheduling.actions import parse_callback
from bot.scheduling.plan import render_action
from bot.scheduling.rules import KINDS, CaseSnap, MessageSnap, actions_for_day, digests
from storage.domain import TZ, termijn
from tests.botapi.tg_html import parse_html


def at(day: date, hh: int = 10) -> datetime:
    return datetime.combine(day, time(hh), tzinfo=TZ)


def cases() -> list[CaseSnap]:
    def case(cid: int, letter: date, **kw) -> CaseSnap:
        return CaseSnap(case_id=cid, gemeente="'s-Hertogenbosch & <Co>", cbs_code="GM0796", owner_id=None,
                        letter_reference="1234567", letter_date=letter, letter_deadline=termijn(letter),
                        letter_trede=2, trede=2, **kw)
    return [
        case(1, date(2026, 4, 9)),
        case(2, date(2026, 4, 9), state="answered_incomplete", aanvulling_requested_at=at(date(2026, 3, 20)),
             messages=(MessageSnap(1, "ibt_reply", at(date(2026, 4, 10)), missing=("facts", "timeline"),
                                   expected_date="2026-06"),)),
        case(3, date(2026, 3, 1), messages=(MessageSnap(2, "ibt_reply", at(date(2026, 4, 10)), on_time=False),
                                            MessageSnap(3, "extension_request", at(date(2026, 4, 10))))),
        case(4, date(2026, 4, 9), deadline_override=date(2026, 5, 21)),
        case(5, date(2026, 4, 9), letter_undelivered=True,
             messages=(MessageSnap(4, "bounce", at(date(2026, 4, 9))),)),
        case(6, date(2026, 4, 9), extension_requested=True, extension_requested_until=date(2026, 5, 20),
             messages=(MessageSnap(5, "extension_request", at(date(2026, 4, 20))),)),
    ]


def test_every_kind_renders_valid_telegram_html() -> None:
    seen: dict[str, int] = {}
    day = date(2026, 3, 30)
    while day < date(2026, 6, 30):
        for a in actions_for_day(day, cases()) + digests(day, cases()):
            payload = render_action(a)
            text, _ = parse_html(payload["html"])
            assert "{{" not in text and "None" not in text and "onbekend" not in text, text
            for row in payload["buttons"]:
                for label, data in row:
                    assert label and len(data.encode()) <= 64 and parse_callback(data) is not None
            seen[a.kind] = seen.get(a.kind, 0) + 1
        day += timedelta(days=1)
    assert set(seen) == set(KINDS)


def test_texts_read_as_dutch() -> None:
    c = cases()[0]
    soon = render_action(actions_for_day(date(2026, 4, 24), [c])[0])["html"]
    assert "over 3 werkdagen, op donderdag 30 april 2026" in soon
    assert "&#39;s-Hertogenbosch &amp; &lt;Co&gt;" in soon  # escaped
    overdue = render_action(actions_for_day(date(2026, 5, 4), [c])[0])
    text, _ = parse_html(overdue["html"])
    assert "de termijn verliep op donderdag 30 april 2026 (4 dagen geleden, 2 werkdagen)" in text
    assert [b[0] for b in overdue["buttons"][0]] == ["Rappel opstellen", "Verlenging verlenen"]
