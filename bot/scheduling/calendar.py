"""Dutch working days and quiet hours.

Working days skip Saturdays, Sundays and the Dutch public holidays of the `holidays` package, with its
defaults: Nieuwjaarsdag, Goede Vrijdag, Eerste/Tweede Paasdag, Koningsdag (27 April, 26 April when the
27th is a Sunday), Bevrijdingsdag only in lustrum years (2025, 2030, ...: the years in which the
government gives its civil servants the day off), Hemelvaartsdag, Eerste/Tweede Pinksterdag and
Eerste/Tweede Kerstdag.

Quiet hours are a time-of-day window in Europe/Amsterdam (default 18:00-08:00) in which nothing is sent.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from storage.domain import TZ


@lru_cache(maxsize=64)
def _holidays(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("NL", years=year, language="nl").items())


def holiday_name(day: date) -> str | None:
    """The Dutch name of the public holiday on `day`, or None."""
    return _holidays(day.year).get(day)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a Dutch public holiday."""
    return day.weekday() < 5 and holiday_name(day) is None


def next_working_day(day: date) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def previous_working_day(day: date) -> date:
    """`day` itself when it is a working day, else the last working day before it."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def add_working_days(day: date, n: int) -> date:
    """Move `n` working days from `day` (negative `n` moves back); `day` itself is never counted."""
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left:
        day += timedelta(days=step)
        if is_working_day(day):
            left -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days in (start, end]: how many working days `end` lies after `start` (0 when not after)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def _parse_hhmm(value: str | time) -> time:
    if isinstance(value, time):
        return value
    try:
        hh, mm = str(value).strip().split(":")
        return time(int(hh), int(mm))
    except ValueError as exc:
        raise ValueError(f"invalid time of day {value!r}: expected HH:MM, e.g. 18:00") from exc


@dataclass(frozen=True)
class QuietHours:
    """A nightly window (start > end wraps over midnight) in Europe/Amsterdam in which nothing is sent."""

    start: time = time(18, 0)
    end: time = time(8, 0)

    @classmethod
    def from_settings(cls, quiet_start: str | time, quiet_end: str | time) -> QuietHours:
        return cls(_parse_hhmm(quiet_start), _parse_hhmm(quiet_end))

    def is_quiet(self, moment: datetime) -> bool:
        """Whether `moment` (timezone-aware) falls in the quiet window, in Dutch local time."""
        if moment.tzinfo is None:
            raise ValueError("naive datetime given; use a timezone-aware moment")
        t = moment.astimezone(TZ).time()
        if self.start == self.end:
            return False
        if self.start > self.end:  # e.g. 18:00-08:00 wraps over midnight
            return t >= self.start or t < self.end
        return self.start <= t < self.end

    def next_allowed(self, moment: datetime) -> datetime:
        """`moment` itself outside the quiet window, else the window's end (timezone-aware, Amsterdam)."""
        if not self.is_quiet(moment):
            return moment
        local = moment.astimezone(TZ)
        end_day = local.date()
        if self.start > self.end and local.time() >= self.start:
            end_day += timedelta(days=1)
        return datetime.combine(end_day, self.end, tzinfo=TZ)
