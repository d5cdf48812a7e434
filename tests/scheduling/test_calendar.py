"""Dutch working days and quiet hours."""
from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.scheduling.calendar import (
    QuietHours,
    add_working_days,
    holiday_name,
    is_working_day,
    next_working_day,
    previous_working_day,
    working_days_between,
)
from storage.domain import TZ


@pytest.mark.parametrize(("day", "name"), [
    (date(2026, 1, 1), "Nieuwjaarsdag"),
    (date(2026, 4, 3), "Goede vrijdag"),
    (date(2026, 4, 6), "Tweede paasdag"),
    (date(2026, 4, 27), "Koningsdag"),
    (date(2025, 4, 26), "Koningsdag"),  # 27 April 2025 is a Sunday
    (date(2025, 5, 5), "Bevrijdingsdag"),  # lustrum year
    (date(2026, 5, 14), "Hemelvaartsdag"),
    (date(2026, 5, 25), "Tweede pinksterdag"),
    (date(2026, 12, 25), "Eerste kerstdag"),
    (date(2026, 12, 26), "Tweede kerstdag"),
])
def test_dutch_public_holidays(day: date, name: str) -> None:
    assert holiday_name(day) == name
    assert not is_working_day(day)


def test_ordinary_days() -> None:
    assert is_working_day(date(2026, 5, 5))  # Bevrijdingsdag outside a lustrum year: a working day
    assert is_working_day(date(2026, 4, 30))
    assert not is_working_day(date(2026, 5, 2))  # Saturday
    assert holiday_name(date(2026, 4, 28)) is None


def test_add_and_subtract_working_days() -> None:
    assert add_working_days(date(2026, 4, 30), -3) == date(2026, 4, 24)  # skips Koningsdag and a weekend
    assert add_working_days(date(2026, 5, 13), 1) == date(2026, 5, 15)  # skips Hemelvaartsdag
    assert add_working_days(date(2026, 5, 22), 1) == date(2026, 5, 26)  # skips Pinksteren
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 28)  # skips Christmas
    assert add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)  # skips Nieuwjaarsdag
    assert add_working_days(date(2026, 4, 30), 0) == date(2026, 4, 30)
    assert next_working_day(date(2026, 4, 25)) == date(2026, 4, 28)
    assert previous_working_day(date(2026, 5, 25)) == date(2026, 5, 22)
    assert working_days_between(date(2026, 4, 30), date(2026, 5, 7)) == 5
    assert working_days_between(date(2026, 5, 7), date(2026, 4, 30)) == 0


def test_quiet_hours_window() -> None:
    q = QuietHours.from_settings("18:00", "08:00")
    assert not q.is_quiet(datetime(2026, 4, 30, 17, 59, tzinfo=TZ))
    assert q.is_quiet(datetime(2026, 4, 30, 18, 0, tzinfo=TZ))
    assert q.is_quiet(datetime(2026, 5, 1, 7, 59, tzinfo=TZ))
    assert not q.is_quiet(datetime(2026, 5, 1, 8, 0, tzinfo=TZ))
    # 16:30 UTC is 18:30 in Amsterdam in summer time
    assert q.is_quiet(datetime(2026, 4, 30, 16, 30, tzinfo=UTC))
    assert q.next_allowed(datetime(2026, 4, 30, 20, 0, tzinfo=TZ)) == datetime(2026, 5, 1, 8, 0, tzinfo=TZ)
    assert q.next_allowed(datetime(2026, 5, 1, 3, 0, tzinfo=TZ)) == datetime(2026, 5, 1, 8, 0, tzinfo=TZ)
    noon = datetime(2026, 5, 1, 12, 0, tzinfo=TZ)
    assert q.next_allowed(noon) == noon
    # across the switch to winter time (25 October 2026)
    assert q.next_allowed(datetime(2026, 10, 24, 22, 0, tzinfo=TZ)).astimezone(UTC) == \
        datetime(2026, 10, 25, 7, 0, tzinfo=UTC)


def test_quiet_hours_daytime_window_and_errors() -> None:
    q = QuietHours(time(12, 0), time(13, 0))
    assert q.is_quiet(datetime(2026, 5, 1, 12, 30, tzinfo=TZ))
    assert q.next_allowed(datetime(2026, 5, 1, 12, 30, tzinfo=TZ)) == datetime(2026, 5, 1, 13, 0, tzinfo=TZ)
    with pytest.raises(ValueError, match="HH:MM"):
        QuietHours.from_settings("18u", "08:00")
    with pytest.raises(ValueError, match="naive"):
        q.is_quiet(datetime(2026, 5, 1, 12, 30))
