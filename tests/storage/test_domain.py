from datetime import UTC, date, datetime

import pytest

from storage.domain import compliance, compliance_totals, cycle_for, on_time, termijn


def test_termijn_is_letter_date_plus_21_days() -> None:
    assert termijn(date(2026, 4, 9)) == date(2026, 4, 30)
    assert termijn(date(2026, 5, 26)) == date(2026, 6, 16)
    assert termijn(date(2026, 12, 20)) == date(2027, 1, 10)  # across the year end


@pytest.mark.parametrize(("moment", "expected"), [
    (datetime(2026, 4, 30, 21, 59, tzinfo=UTC), True),   # 23:59 in Amsterdam (CEST)
    (datetime(2026, 4, 30, 22, 1, tzinfo=UTC), False),   # 00:01 on 1 May in Amsterdam
    (datetime(2026, 4, 9, 8, 0, tzinfo=UTC), True),
])
def test_on_time_uses_dutch_calendar_day(moment: datetime, expected: bool) -> None:
    assert on_time(moment, date(2026, 4, 30)) is expected


def test_compliance_as_the_ministry_counts() -> None:
    assert compliance(183, 0, 0, 0) == "voldoet_niet"
    assert compliance(183, 12, 100, 12) == "voldoet_gedeeltelijk"
    assert compliance(183, 12, 183, 12) == "voldoet"
    assert compliance(None, None, 5, 0) is None
    assert compliance_totals(100, 150) == "voldoet"


def test_cycle_is_the_verdeelbesluit_of_december_2024() -> None:
    assert cycle_for(date(2026, 4, 9)) == "2024-12-20"
