"""What a mail says about the state of its case (pure functions, no database).

- an extension request: until which day the municipality asks for more time ("uitstel ... tot 10 juli 2026");
- an auto-reply: until which day the sender is away ("afwezig tot en met 20 april");
- a bounce: which letter reference the undelivered mail carried (the caller finds it in the references).
"""
from __future__ import annotations

import re
from datetime import date

from parsers.dates import _MONTH_RE, MONTHS, _infer_year

_DAY = r"(\d{1,2})\s+" + _MONTH_RE + r"(?:\s+(20\d\d))?"
_NUMERIC = r"(\d{1,2})[-/.](\d{1,2})[-/.](20\d\d)"
_UNTIL = r"\b(?:tot\s+en\s+met|t/m|tot|uiterlijk)\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
_EXTENSION_WORDS = re.compile(r"\b(uitstel|verlenging|verlengen|later\s+reageren|meer\s+tijd)", re.I)
_ABSENCE_WORDS = re.compile(r"\b(afwezig|niet\s+aanwezig|met\s+verlof|op\s+vakantie|niet\s+op\s+kantoor|"
                            r"out\s+of\s+office|terug\s+op|weer\s+aanwezig|weer\s+op\s+kantoor)", re.I)


def _dates_after(text: str, start: int, ref: date) -> list[tuple[int, date]]:
    """Dates written after position `start` with their position: '10 juli 2026', '10 juli', '10-07-2026'."""
    out: list[tuple[int, date]] = []
    low = text.lower()
    for m in re.finditer(_UNTIL + "(?:" + _DAY + "|" + _NUMERIC + ")", low):
        if m.start() < start:
            continue
        try:
            if m.group(1):
                mo = MONTHS[m.group(2)]
                y = int(m.group(3)) if m.group(3) else _infer_year(mo, ref)
                out.append((m.start(), date(y, mo, int(m.group(1)))))
            else:
                out.append((m.start(), date(int(m.group(6)), int(m.group(5)), int(m.group(4)))))
        except ValueError:
            continue
    return out


def _near(text: str, words: re.Pattern[str], ref: date, window: int = 250) -> date | None:
    """The first 'tot <datum>' that follows one of `words` within `window` characters."""
    for w in words.finditer(text):
        for pos, day in _dates_after(text, w.start(), ref):
            if pos - w.end() <= window:
                return day
            break
    return None


def requested_until(text: str, ref: date) -> date | None:
    """The day until which an extension request asks for more time, when the mail names one."""
    return _near(text or "", _EXTENSION_WORDS, ref)


def absent_until(text: str, ref: date) -> date | None:
    """The last day of absence an auto-reply names ('afwezig tot en met 20 april'), when it names one."""
    return _near(text or "", _ABSENCE_WORDS, ref)
