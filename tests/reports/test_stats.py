"""The counts from the case register (storage/stats.py)."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from storage.models import Gemeente, TredeChange
from storage.stats import PROVINCES, case_rows, overview, week_changes
from tests.reports.factory import make_case, make_reply, staff

pytestmark = pytest.mark.timeout(60)


def test_july_2026_count_reproduced_per_province(db):
    """342 municipalities with letters: 119 voldoet, 116 gedeeltelijk, 107 niet (the ministry's count)."""
    with db.session() as s:
        names = list(s.scalars(select(Gemeente.name).order_by(Gemeente.cbs_code)))
        assert len(names) == 342
        expected_by_province: dict[str, dict[str, int]] = {}
        for i, name in enumerate(names):
            if i < 119:
                realised, kind = (120, 10), "voldoet"
            elif i < 235:
                realised, kind = (30, 0), "voldoet_gedeeltelijk"
            else:
                realised, kind = (0, 0), "voldoet_niet"
            case = make_case(s, name, task=(100, 10), realised=realised, trede=1 + i % 3)
            prov = case.gemeente.province
            expected_by_province.setdefault(prov, {}).setdefault(kind, 0)
            expected_by_province[prov][kind] += 1
    with db.session() as s:
        ov = overview(s, date(2026, 7, 10))
    assert ov.compliance == {"voldoet": 119, "voldoet_gedeeltelijk": 116, "voldoet_niet": 107, "onbekend": 0}
    assert ov.gemeenten == ov.cases == 342
    assert [p.province for p in ov.provinces] == list(PROVINCES)
    for p in ov.provinces:
        assert {k: v for k, v in p.compliance.items() if v} == expected_by_province[p.province]
        assert p.task_total == 110 * p.cases
    assert sum(p.gemeenten for p in ov.provinces) == 342
    assert ov.per_trede == {1: 114, 2: 114, 3: 114, 4: 0, 5: 0, 6: 0}
    assert sum(p.letter_realised for p in ov.provinces) == 119 * 130 + 116 * 30


def test_unknown_compliance_and_case_value_wins(db):
    with db.session() as s:
        make_case(s, "Heemskerk", task=(50, 5), realised=(0, 0), compliance="voldoet")  # register wins
        make_case(s, "Utrecht", letter_date=None)  # no letter, no figures: onbekend
        make_case(s, "Zeist", task=(None, None), realised=(None, None))  # letter without figures: onbekend
    with db.session() as s:
        ov = overview(s, date(2026, 11, 1))
    assert ov.compliance == {"voldoet": 1, "voldoet_gedeeltelijk": 0, "voldoet_niet": 0, "onbekend": 341}
    assert ov.province("Noord-Holland").compliance["voldoet"] == 1
    assert ov.province("Utrecht").compliance["onbekend"] == ov.province("Utrecht").gemeenten


def test_status_on_the_termijn_boundary(db):
    """Letter of 9 April 2026: termijn 30 April; late from 1 May; suspended and extended cases are not late."""
    with db.session() as s:
        make_case(s, "Heemskerk", letter_date=date(2026, 4, 9))
        make_case(s, "Zeist", letter_date=date(2026, 4, 9), suspended=True)
        make_case(s, "Utrecht", letter_date=date(2026, 4, 9), deadline_override=date(2026, 5, 14))
        done = make_case(s, "Ede", letter_date=date(2026, 4, 9), state="answered_incomplete")
        make_reply(s, done, received_at=datetime(2026, 4, 29, 10, tzinfo=UTC), missing=["timeline"])
        make_case(s, "Almere", letter_date=date(2026, 4, 9), state="answered_complete")
        make_case(s, "Venlo", letter_date=date(2026, 4, 9), state="closed")
    with db.session() as s:
        on_day = overview(s, date(2026, 4, 30))
        after = overview(s, date(2026, 5, 1))
        later = overview(s, date(2026, 5, 15))
    assert on_day.per_status == {"awaiting": 3, "late": 0, "answered_incomplete": 1, "answered_complete": 1,
                                 "closed": 1}
    assert after.per_status["late"] == 1 and after.per_status["awaiting"] == 2
    assert [(r.gemeente, r.days_late) for r in after.overdue] == [("Heemskerk", 1)]
    assert sorted(r.gemeente for r in later.overdue) == ["Heemskerk", "Utrecht"]
    assert [r.gemeente for r in after.incomplete] == ["Ede"]
    assert after.incomplete[0].missing == ["timeline"] and after.incomplete[0].reply_on_time is True


def test_case_rows_reply_owner_and_shared_service(db):
    with db.session() as s:
        anna = staff(s, "Anna de Vries")
        a = make_case(s, "Heemskerk", owner=anna, realised_total=12, planned_total=40, expected_date="2027-Q2")
        b = make_case(s, "Beverwijk")
        make_reply(s, a, received_at=datetime(2026, 10, 5, 9, tzinfo=UTC), subject="oud")
        make_reply(s, a, received_at=datetime(2026, 10, 20, 9, tzinfo=UTC), subject="nieuw", also=[b],
                   missing=["steps"], evidence={"facts": "Er is geen locatie."})
        make_reply(s, b, received_at=datetime(2026, 10, 25, 9, tzinfo=UTC), subject="vals", suspect=True)
    with db.session() as s:
        rows = {r.gemeente: r for r in case_rows(s, date(2026, 11, 1))}
    h = rows["Heemskerk"]
    assert (h.owner, h.reply_subject, h.missing, h.present) == ("Anna de Vries", "nieuw", ["steps"],
                                                                ["facts", "timeline"])
    assert h.evidence == [("facts", "Er is geen locatie.")]
    assert (h.realised_total, h.planned_total, h.expected_date, h.task_total) == (12, 40, "2027-Q2", 110)
    assert h.reply_day == date(2026, 10, 20) and h.reply_on_time is True  # termijn 22 October
    assert rows["Beverwijk"].reply_subject == "nieuw"  # via the message link; the suspect mail is ignored


def test_week_changes(db):
    now = datetime(2026, 11, 30, 7, tzinfo=UTC)  # Monday 08:00 in the Netherlands
    with db.session() as s:
        fresh = make_case(s, "Heemskerk", letter_date=date(2026, 11, 2))  # termijn 23 Nov: late from 24 Nov
        make_case(s, "Zeist", letter_date=date(2026, 11, 1))  # termijn 22 Nov: late in last week's digest
        make_case(s, "Venlo", letter_date=date(2026, 11, 8))  # termijn 29 Nov: late from today
        make_case(s, "Utrecht", letter_date=date(2026, 11, 20))  # not yet due
        ans = make_case(s, "Ede", letter_date=date(2026, 11, 1), state="answered_complete")
        make_reply(s, ans, received_at=datetime(2026, 11, 25, 12, tzinfo=UTC))
        old = make_case(s, "Almere", letter_date=date(2026, 10, 1), state="answered_complete")
        make_reply(s, old, received_at=datetime(2026, 11, 10, 12, tzinfo=UTC))
        s.add(TredeChange(case_id=fresh.id, trede_from=2, trede_to=3, actor="test",
                          at=datetime(2026, 11, 27, 12, tzinfo=UTC)))
        s.add(TredeChange(case_id=fresh.id, trede_from=1, trede_to=2, actor="test",
                          at=datetime(2026, 11, 2, 12, tzinfo=UTC)))
    with db.session() as s:
        ch = week_changes(s, now)
    assert [r.gemeente for r in ch.new_replies] == ["Ede"]
    assert [(r.gemeente, f, t) for r, f, t in ch.trede_changes] == [("Heemskerk", 2, 3)]
    assert [r.gemeente for r in ch.newly_overdue] == ["Heemskerk", "Venlo"]
