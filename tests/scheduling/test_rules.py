"""The reminder rules as pure functions over a Dutch calendar."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from bot.scheduling.rules import CaseSnap, MessageSnap, actions_for_day, checkin_date, digests, overdue
from storage.domain import TZ, termijn


def at(day: date, hh: int = 10) -> datetime:
    return datetime.combine(day, time(hh), tzinfo=TZ)


def case(letter_date: date = date(2026, 4, 9), **kw) -> CaseSnap:
    base = dict(case_id=7, gemeente="Heemskerk", cbs_code="GM0396", owner_id=3, owner_name="Anna", trede=2,
                letter_reference="1234567", letter_date=letter_date, letter_deadline=termijn(letter_date),
                letter_trede=2)
    base.update(kw)
    return CaseSnap(**base)


def reply(day: date, *, missing: tuple[str, ...] = (), mid: int = 1, hh: int = 10, **kw) -> MessageSnap:
    return MessageSnap(id=mid, kind="ibt_reply", received_at=at(day, hh), missing=missing, **kw)


def timeline(c: CaseSnap, start: date, end: date) -> dict[str, list[date]]:
    """kind -> the days it fires on, for every day from start to end."""
    out: dict[str, list[date]] = {}
    day = start
    while day <= end:
        for a in actions_for_day(day, [c]):
            out.setdefault(a.kind, []).append(day)
        day += timedelta(days=1)
    return out


def test_letter_of_9_april_2026_has_termijn_30_april() -> None:
    assert termijn(date(2026, 4, 9)) == date(2026, 4, 30)
    assert case().termijn == date(2026, 4, 30)


def test_nudges_around_koningsdag_and_hemelvaart() -> None:
    t = timeline(case(), date(2026, 4, 9), date(2026, 5, 19))
    assert t["termijn_soon"] == [date(2026, 4, 24)]  # 3 working days before 30 April: Koningsdag skipped
    assert t["termijn_today"] == [date(2026, 4, 30)]
    assert t["termijn_overdue"] == [date(2026, 5, d) for d in (1, 4, 5, 6, 7, 8, 11, 12, 13, 15, 18, 19)]
    assert date(2026, 5, 14) not in t["termijn_overdue"]  # Hemelvaartsdag
    assert t["trede3_proposal"] == [date(2026, 5, 7)]  # 5 working days after the termijn, once
    assert set(t) == {"termijn_soon", "termijn_today", "termijn_overdue", "trede3_proposal"}


def test_termijn_on_pinksteren_nudges_the_working_day_before() -> None:
    c = case(date(2026, 5, 4))
    assert c.termijn == date(2026, 5, 25)  # Tweede pinksterdag
    t = timeline(c, date(2026, 5, 4), date(2026, 5, 27))
    assert t["termijn_soon"] == [date(2026, 5, 20)]
    assert t["termijn_today"] == [date(2026, 5, 22)]
    assert t["termijn_overdue"] == [date(2026, 5, 26), date(2026, 5, 27)]


def test_termijn_on_christmas() -> None:
    c = case(date(2026, 12, 4))
    assert c.termijn == date(2026, 12, 25)
    t = timeline(c, date(2026, 12, 4), date(2026, 12, 31))
    assert t["termijn_soon"] == [date(2026, 12, 22)]
    assert t["termijn_today"] == [date(2026, 12, 24)]
    assert t["termijn_overdue"] == [date(2026, 12, 28), date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31)]


def test_termijn_on_hemelvaartsdag() -> None:
    t = timeline(case(date(2026, 4, 23)), date(2026, 4, 23), date(2026, 5, 15))
    assert t["termijn_soon"] == [date(2026, 5, 11)]
    assert t["termijn_today"] == [date(2026, 5, 13)]
    assert t["termijn_overdue"] == [date(2026, 5, 15)]


def test_no_actions_on_weekends_and_holidays() -> None:
    c = case(date(2026, 4, 1))  # termijn 22 April; overdue afterwards
    for day in (date(2026, 4, 25), date(2026, 4, 26), date(2026, 4, 27), date(2026, 5, 14), date(2026, 5, 25)):
        assert actions_for_day(day, [c]) == []
    assert [a.kind for a in actions_for_day(date(2026, 4, 28), [c])] == ["termijn_overdue"]


def test_a_reply_stops_the_nudges_and_plans_the_gesprek() -> None:
    c = case(messages=(reply(date(2026, 4, 28), mid=11, on_time=True),))
    t = timeline(c, date(2026, 4, 9), date(2026, 5, 29))
    assert t["termijn_soon"] == [date(2026, 4, 24)]
    assert "termijn_today" not in t and "termijn_overdue" not in t and "trede3_proposal" not in t
    assert t["plan_gesprek"] == [date(2026, 4, 29)]  # the next working morning, once
    a = actions_for_day(date(2026, 4, 29), [c])[0]
    assert a.data["message_id"] == 11 and a.target == "staff:3"
    assert a.dedupe_key == "plan_gesprek:7:2026-04-29"


def test_a_late_reply_proposes_trede_3_once() -> None:
    c = case(messages=(reply(date(2026, 5, 4), on_time=False),))
    t = timeline(c, date(2026, 4, 9), date(2026, 5, 29))
    assert t["termijn_overdue"] == [date(2026, 5, 1)]  # the reply arrived on 4 May
    assert t["trede3_proposal"] == [date(2026, 5, 5)]
    proposal = [a for a in actions_for_day(date(2026, 5, 5), [c]) if a.kind == "trede3_proposal"][0]
    assert proposal.data["trigger"] == "late_reply"
    # already in active supervision: nothing to propose
    assert "trede3_proposal" not in timeline(replace(c, trede=3), date(2026, 4, 9), date(2026, 5, 29))


def test_reply_missing_elements_asks_for_an_aanvulling_until_requested() -> None:
    r = reply(date(2026, 4, 28), missing=("timeline",), on_time=True)
    c = case(state="answered_incomplete", messages=(r,))
    t = timeline(c, date(2026, 4, 9), date(2026, 5, 13))
    assert t["aanvulling_needed"] == [date(2026, 4, 29), date(2026, 5, 6), date(2026, 5, 13)]  # every 5 working days
    a = [a for a in actions_for_day(date(2026, 4, 29), [c]) if a.kind == "aanvulling_needed"][0]
    assert a.data["missing"] == ["timeline"]
    requested = case(state="answered_incomplete", messages=(r,), aanvulling_requested_at=at(date(2026, 4, 30)))
    assert "aanvulling_needed" not in timeline(requested, date(2026, 4, 30), date(2026, 5, 29))


def test_still_incomplete_after_the_aanvulling_proposes_trede_3() -> None:
    r = reply(date(2026, 4, 28), missing=("timeline",), on_time=True)
    requested = at(date(2026, 4, 30), 14)  # aanvulling termijn 21 May 2026
    c = case(state="answered_incomplete", messages=(r,), aanvulling_requested_at=requested)
    t = timeline(c, date(2026, 4, 30), date(2026, 6, 5))
    assert t["trede3_proposal"] == [date(2026, 5, 22)]
    p = [a for a in actions_for_day(date(2026, 5, 22), [c]) if a.kind == "trede3_proposal"][0]
    assert p.data["trigger"] == "aanvulling" and p.data["aanvulling_termijn"] == "2026-05-21"
    # a complete answer after the request: no proposal
    done = replace(c, state="answered_complete", messages=(r, reply(date(2026, 5, 12), mid=2)))
    assert "trede3_proposal" not in timeline(done, date(2026, 4, 30), date(2026, 6, 5))
    # the new answer still misses something: the proposal names it
    still = replace(c, messages=(r, reply(date(2026, 5, 12), mid=2, missing=("steps",))))
    p = [a for a in actions_for_day(date(2026, 5, 22), [still]) if a.kind == "trede3_proposal"][0]
    assert p.data["missing"] == ["steps"]


def test_suspended_case_gets_nothing() -> None:
    c = case(suspended=True, messages=(reply(date(2026, 5, 4), missing=("facts",)),))
    assert timeline(c, date(2026, 4, 9), date(2026, 6, 30)) == {}
    assert overdue(date(2026, 5, 20), [c]) == []


def test_extension_moves_the_termijn() -> None:
    c = case(deadline_override=date(2026, 5, 21))
    t = timeline(c, date(2026, 4, 9), date(2026, 5, 26))
    assert t["termijn_soon"] == [date(2026, 5, 18)]
    assert t["termijn_today"] == [date(2026, 5, 21)]
    assert t["termijn_overdue"] == [date(2026, 5, 22), date(2026, 5, 26)]
    a = actions_for_day(date(2026, 5, 21), [c])[0]
    assert a.data["termijn"] == "2026-05-21" and a.data["extended"] is True


def test_case_without_owner_goes_to_the_team() -> None:
    a = actions_for_day(date(2026, 4, 30), [case(owner_id=None, owner_name=None)])[0]
    assert a.target == "team" and a.kind == "termijn_today"


def test_case_moved_on_or_closed_is_not_nudged() -> None:
    assert actions_for_day(date(2026, 5, 4), [case(trede=4)]) == []  # moved past the letter's trede
    assert actions_for_day(date(2026, 5, 4), [case(state="closed")]) == []


@pytest.mark.parametrize(("expected", "day"), [
    ("2027-03-01", date(2027, 3, 1)),
    ("2027-03", date(2027, 3, 1)),
    ("2027-01", date(2027, 1, 4)),  # 1 January is Nieuwjaarsdag, then a weekend
    ("2027-Q2", date(2027, 4, 1)),
    ("2026-Q4", date(2026, 10, 1)),
    ("2027-H2", date(2027, 7, 1)),
    ("2027-H1", date(2027, 1, 4)),
    ("2026-12-26", date(2026, 12, 28)),  # Tweede kerstdag -> next working day
    ("2027-Q9", None),
    ("medio 2027", None),
    (None, None),
])
def test_checkin_dates(expected: str | None, day: date | None) -> None:
    assert checkin_date(expected) == day


def test_meldplicht_with_a_date_gets_a_checkin_on_that_day() -> None:
    melding = MessageSnap(id=5, kind="meldplicht", received_at=at(date(2026, 11, 2)), expected_date="2027-03")
    c = case(messages=(melding, reply(date(2026, 4, 20))))
    t = timeline(c, date(2027, 2, 20), date(2027, 3, 10))
    assert t == {"checkin": [date(2027, 3, 1)]}
    a = actions_for_day(date(2027, 3, 1), [c])[0]
    assert a.data["expected_date"] == "2027-03" and a.data["message_kind"] == "meldplicht"


def test_extension_request_offers_the_button_next_morning() -> None:
    req = MessageSnap(id=9, kind="extension_request", received_at=at(date(2026, 4, 24), 16))
    t = timeline(case(messages=(req,)), date(2026, 4, 24), date(2026, 4, 30))
    assert t["extension_requested"] == [date(2026, 4, 28)]


def test_suspect_reply_does_not_count() -> None:
    c = case(messages=(reply(date(2026, 4, 28), suspect=True),))
    assert [a.kind for a in actions_for_day(date(2026, 4, 30), [c])] == ["termijn_today"]


def test_overdue_list() -> None:
    late = case()
    incomplete = case(case_id=8, gemeente="Uitgeest", cbs_code="GM0450", owner_id=None, owner_name=None,
                      state="answered_incomplete", messages=(reply(date(2026, 4, 20), missing=("steps", "timeline")),))
    items = overdue(date(2026, 5, 4), [late, incomplete])
    assert [(o.kind, o.case_id, o.days_overdue, o.missing, o.target) for o in items] == [
        ("no_reply", 7, 4, [], "staff:3"), ("incomplete_reply", 8, 4, ["steps", "timeline"], "team")]
    assert overdue(date(2026, 4, 30), [late]) == []  # the termijn day itself is not overdue


def test_digest_per_owner() -> None:
    day = date(2026, 5, 4)  # Monday; window from Friday 1 May 08:30
    mine = case()  # overdue since 30 April
    other = case(case_id=8, gemeente="Uitgeest", cbs_code="GM0450", owner_id=None, owner_name=None,
                 letter_date=date(2026, 4, 13), letter_deadline=date(2026, 5, 4), letter_reference="7654321")
    new = MessageSnap(id=21, kind="question", received_at=at(date(2026, 5, 2), 11), subject="Vraag over brief")
    old = MessageSnap(id=20, kind="question", received_at=at(date(2026, 5, 1), 8), subject="Oud")
    mine = replace(mine, messages=(old, new))
    result = {d.target: d for d in digests(day, [mine, other])}
    assert set(result) == {"staff:3", "team"}
    d = result["staff:3"].data
    assert [x["kind"] for x in d["due"]] == ["termijn_overdue"]
    assert [(x["kind"], x["days_overdue"]) for x in d["overdue"]] == [("no_reply", 4)]
    assert [x["message_id"] for x in d["new"]] == [21]
    team = result["team"].data
    assert [x["kind"] for x in team["due"]] == ["termijn_today"] and team["overdue"] == [] and team["new"] == []
    assert result["team"].dedupe_key == "digest:team:2026-05-04"
    assert digests(date(2026, 5, 2), [mine, other]) == []  # Saturday
