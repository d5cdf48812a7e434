"""Periods in a question: termijn windows ("deze week", "in december", "tussen 1 en 30 juni"), expected-date
windows ("vóór de zomer van 2027", "in Q3", "binnen een jaar") and the day a message was written ("op 3 mei").

Every function takes the folded question text and the day it is asked on; without a year a month or day is the
nearest one (a termijn) or the one ahead (an expected date), as the docstrings say.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from bot.chat import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from bot.chat.query import Query


def week_window(day: date, offset: int) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def month_window(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def between_window(text: str, on: date) -> tuple[date, date] | None:
    """"tussen 1 maart 2027 en 30 juni 2027", "tussen 1 en 30 juni 2026", "tussen maart en juni 2027": the first
    and the last day, both inclusive; a missing year is the one the other end names, else the day's year."""
    v = lexicon.vocab()
    months = "|".join(sorted(v.months, key=len, reverse=True))
    spoken = lexicon.day_words()  # "tussen een en dertig juni": the days spoken
    text = re.sub(r"\b(" + "|".join(sorted(spoken, key=len, reverse=True)) + r")(?=\s+(?:en\b|(?:" + months + r")\b))",
                  lambda d: str(spoken[d.group(1)]), text)
    m = re.search(r"\btussen\s+(?:(\d{1,2})\s*)?(" + months + r")?\s*(\d{4})?\s*\ben\s+(?:(\d{1,2})\s+)?(" + months
                  + r")\s*(\d{4})?\b", text)
    if m is None:  # "met een termijn van 1 oktober t/m 30 november 2026": from the one day to the other
        m = re.search(r"\bvan(?:af)?\s+(\d{1,2})\s+(" + months + r")?\s*(\d{4})?\s*(?:t\s*/?\s*m|tot en met)\s+(\d{1,2})\s+("
                      + months + r")\s*(\d{4})?\b", text)
    if not m or not (m.group(1) or m.group(2)):
        return None
    y2 = int(m.group(6)) if m.group(6) else (int(m.group(3)) if m.group(3) else on.year)
    y1 = int(m.group(3)) if m.group(3) else y2
    m2 = v.months[m.group(5)]
    m1 = v.months[m.group(2)] if m.group(2) else m2
    try:
        first = date(y1, m1, int(m.group(1)) if m.group(1) else 1)
        last = date(y2, m2, int(m.group(4))) if m.group(4) else month_window(y2, m2)[1]
    except ValueError:
        return None
    return (first, last) if first <= last else None


# the verb of a termijn that runs out, between "termijn" and its day
_RUNS_OUT = (r"(?:verliep|verliepen|verloopt|verlopen|liep|liepen|loopt|lopen|afliep|afliepen|afloopt|aflopen|af|eindigde|"
             r"eindigden|eindigt|eindigen|verstreek|verstreken|verstrijkt|is|was|waren|zijn)")


def termijn_window(text: str, on: date) -> tuple[date, date] | None:
    v = lexicon.vocab()
    between = between_window(text, on)
    if between:  # "verstreek de termijn tussen 1 en 30 juni 2026"
        return between
    day = re.search(r"\b(?:termijn|termijnen|deadline|deadlines) (?:(?:die|dat) )?(?:" + _RUNS_OUT + r" ){0,2}"
                    r"(?:(?:van|op|per) )?(\d{1,2}) (" + "|".join(v.months) + r")(?: (\d{4}))?\b", text)
    if day:  # "met een termijn van 23 november 2026", "welke termijnen verliepen op 5 oktober 2026": that day
        try:
            d = date(int(day.group(3)) if day.group(3) else on.year, v.months[day.group(2)], int(day.group(1)))
            return d, d
        except ValueError:
            return None
    week = re.search(r"\bweek\s+(\d{1,2})(?:\s+(?:van\s+)?(20\d\d))?\b", text)
    if week:  # "welke termijnen vielen in week 41 van 2026": that ISO week, Monday to Sunday
        try:
            monday = date.fromisocalendar(int(week.group(2)) if week.group(2) else on.year, int(week.group(1)), 1)
        except ValueError:
            return None
        return monday, monday + timedelta(days=6)
    both = re.search(r"\b(deze|volgende|komende) (week|maand) (?:of|en) (?:de |het )?(volgende|komende) (week|maand)\b", text)
    if both:  # "deze week of volgende week": from the start of the first to the end of the second
        first, second = one_window(both.group(1) + " " + both.group(2), on), one_window(both.group(3) + " "
                                                                                            + both.group(4), on)
        if first and second:
            return min(first[0], second[0]), max(first[1], second[1])
    return one_window(text, on)


def termijn_side(text: str, on: date) -> tuple[str, date] | None:
    """ "een termijn vóór 1 mei 2026" -> ("termijn_to", 30 April); "termijn na 1 mei" -> ("termijn_from", 2 May)."""
    v = lexicon.vocab()
    m = re.search(r"\b(?:termijn(?:en)?|deadlines?)\s+(?:die\s+|dat\s+)?(?:\w+\s+){0,2}?(tot en met|t\s*/?\s*m|voor|tot|"
                  r"uiterlijk|na|vanaf|later dan|eerder dan)"
                  r"\s+(?:op\s+)?(\d{1,2}) (" + "|".join(v.months) + r")(?: (\d{4}))?\b", text)
    if not m:
        return termijn_side_of_month(text, on)
    try:
        d = date(int(m.group(4)) if m.group(4) else on.year, v.months[m.group(3)], int(m.group(2)))
    except ValueError:
        return None
    word = m.group(1)
    if word in ("voor", "tot", "eerder dan"):
        return "termijn_to", d - timedelta(days=1)
    if word in ("uiterlijk", "tot en met") or re.fullmatch(r"t\s*/?\s*m", word):
        # "met een termijn tot en met 30 april", "een termijn die uiterlijk op 30 april afliep": that day included
        return "termijn_to", d
    return ("termijn_from", d) if word == "vanaf" else ("termijn_from", d + timedelta(days=1))


def termijn_side_of_month(text: str, on: date) -> tuple[str, date] | None:
    """ "een termijn die voor eind februari afloopt" -> ("termijn_to", 28 February); "voor maart" -> the last day of
    February; "na april" -> ("termijn_from", 1 May); without a year the nearest such month."""
    v = lexicon.vocab()
    m = re.search(r"\b(?:termijn(?:en)?|deadlines?)\s+(?:die\s+|dat\s+)?(?:\w+\s+){0,2}?(voor|vóór|tot|uiterlijk|na|vanaf)"
                  r"\s+(?:(eind|einde|begin)\s+)?(?:van\s+)?(" + "|".join(sorted(v.months, key=len, reverse=True))
                  + r")\b(?: (\d{4}))?", text)
    if not m:
        return None
    from parsers.dates import nearest_year  # here: the chat's start-up does not load the date reader

    month = v.months[m.group(3)]
    first, last = month_window(int(m.group(4)) if m.group(4) else nearest_year(month, on), month)
    word, part = m.group(1), m.group(2)
    if word in ("voor", "vóór", "tot"):
        return "termijn_to", last if part in ("eind", "einde") else first - timedelta(days=1)
    if word == "uiterlijk":
        return "termijn_to", last
    if word == "vanaf":
        return "termijn_from", first
    return "termijn_from", last + timedelta(days=1) if part not in ("begin",) else first + timedelta(days=10)


def one_window(text: str, on: date) -> tuple[date, date] | None:
    v = lexicon.vocab()
    if re.search(r"\bdeze week\b", text):
        return week_window(on, 0)
    if re.search(r"\b(de|in de) komende week\b", text):
        return on, on + timedelta(days=6)  # the coming seven days, today included
    if re.search(r"\b(volgende|komende) week\b", text):
        return week_window(on, 1)
    if re.search(r"\b(vorige|afgelopen) week\b", text):
        return week_window(on, -1)
    if re.search(r"\bvandaag\b", text):
        return on, on
    if re.search(r"\bmorgen\b", text):
        return on + timedelta(days=1), on + timedelta(days=1)
    if re.search(r"\bdeze maand\b", text):
        return month_window(on.year, on.month)
    if re.search(r"\bdit jaar\b", text):  # "Bij welke gemeenten loopt de reactietermijn dit jaar af?"
        return date(on.year, 1, 1), date(on.year, 12, 31)
    if re.search(r"\b(?:volgend|volgende|komend|komende) jaar\b", text):
        return date(on.year + 1, 1, 1), date(on.year + 1, 12, 31)
    if re.search(r"\b(?:vorig|vorige|afgelopen) jaar\b", text):  # "vorig jaar een termijn laten verlopen"
        return date(on.year - 1, 1, 1), date(on.year - 1, 12, 31)
    if re.search(r"\b(vorige|afgelopen) maand\b", text):
        prev = on.replace(day=1) - timedelta(days=1)
        return month_window(prev.year, prev.month)
    if re.search(r"\b(volgende|komende) maand\b", text):
        nxt = on.replace(day=1) + timedelta(days=32)
        return month_window(nxt.year, nxt.month)
    m = re.search(r"\b(?:komende|binnen|de komende|in de komende|tussen nu en(?: over)?) (\d+|een|twee|drie|vier|vijf|zes|"
                  r"zeven|tien|veertien)"
                  r" (dagen|dag|weken|week)\b", text)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else {"zeven": 7, "tien": 10, "veertien": 14}.get(
            m.group(1), v.numbers.get(m.group(1), 1))
        days = n * 7 if m.group(2).startswith("we") else n
        return on, on + timedelta(days=days - 1)  # N days counting today: "de komende 14 dagen" ends on day 14
    m = re.search(r"\b(?:(in|eind|einde|begin|half|medio|midden) )?(" + "|".join(sorted(v.months, key=len, reverse=True))
                  + r")\b(?: (\d{4}))?", text)
    if m and not re.search(r"\b\d{1,2} " + m.group(2) + r"\b", text):
        month = v.months[m.group(2)]
        # without a year, the nearest such month: "in januari" asked in December is next January
        from parsers.dates import nearest_year  # here: the chat's start-up does not load the date reader

        year = int(m.group(3)) if m.group(3) else nearest_year(month, on)
        first, last = month_window(year, month)
        part = m.group(1)
        if part == "begin":  # "begin januari": the first ten days
            return first, first + timedelta(days=9)
        if part in ("medio", "half", "midden"):  # the middle ten days
            return first + timedelta(days=10), first + timedelta(days=19)
        if part in ("eind", "einde"):  # from the 21st to the end of the month
            return first + timedelta(days=20), last
        return first, last
    return None


def year_of_context(words: list[str], text: str, context: Query | None, on: date) -> date:
    """The day a follow-up's period without a year is read from: "en welke pas na de zomer" after "voor de zomer van
    2027" means the summer of 2027 (the first day of the year the earlier window names), else the day asked."""
    if not words or words[0] != "en" or context is None or re.search(r"\b\d{4}\b|\b(?<!dat )(?<!hetzelfde )jaar\b", text):
        return on
    said = [context.filters[k] for k in ("expected_before", "expected_after") if context.filters.get(k)]
    return date(int(said[0][:4]), 1, 1) if said else on


def easter(year: int) -> date:
    """Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def expected_window(text: str, on: date) -> tuple[date | None, date | None] | None:
    """(expected_before, expected_after) from "vóór de zomer van 2027", "voor eind 2027", "na 2027"; "of later"
    leaves the window open at its end ("pas in de tweede helft van 2027 of later")."""
    win = expected_window_closed(text, on)
    if win is not None and win[1] is not None and re.search(r"\bof (later|daarna|nog later)\b", text):
        return None, win[1]
    return win


def months_span(year: int, first_month: int, months: int) -> tuple[date, date]:
    """The first day of `months` months from `first_month` of `year`, and the first day after them."""
    end = first_month + months
    return date(year, first_month, 1), (date(year + 1, 1, 1) if end > 12 else date(year, end, 1))


def expected_window_closed(text: str, on: date) -> tuple[date | None, date | None] | None:
    v = lexicon.vocab()
    between = between_window(text, on)
    if between:  # "verwachten tussen 1 maart 2027 en 30 juni 2027 te voldoen": strictly after the day before
        return between[1] + timedelta(days=1), between[0] - timedelta(days=1)
    months = "|".join(sorted(v.months, key=len, reverse=True))
    # a day written as a word: "voor één maart", "na vijftien november 2027"
    text = re.sub(r"\b(" + "|".join(sorted(map(re.escape, v.numbers), key=len, reverse=True)) + r")\s+(" + months + r")\b",
                  lambda m: f"{v.numbers[m.group(1)]} {m.group(2)}", text)
    # "vóór half maart 2027", "na medio juni": the middle of the month is its 15th
    text = re.sub(r"\b(voor|vóór|uiterlijk|na|pas na|later dan)\s+(?:half|medio|midden)\s+(" + months + r")\b", r"\1 15 \2", text)
    m = re.search(r"\b(?:na|later dan|pas na)\s+(\d{1,2})\s+(" + months + r")\s+(\d{4})", text)
    if m:
        try:
            return None, date(int(m.group(3)), v.months[m.group(2)], int(m.group(1)))
        except ValueError:
            return None
    m = re.search(r"\b(?:voor|uiterlijk|ten laatste|tegen)\s+(?:de\s+)?kerst(?:mis|dagen)?(?:\s+van)?(?:\s+(\d{4}))?", text)
    if m:  # "voor de kerst": before Christmas Day of this year (of next year once it is past)
        year = int(m.group(1)) if m.group(1) else (on.year if on < date(on.year, 12, 25) else on.year + 1)
        return date(year, 12, 25), None
    m = re.search(r"\b(?:voor|uiterlijk|ten laatste|tegen)\s+(?:de\s+)?(?:pasen|paasdagen|paas)(?:\s+van)?(?:\s+(\d{4}))?", text)
    if m:  # "vóór Pasen 2027": before Easter Sunday of that year (of this year, or next once it is past)
        year = int(m.group(1)) if m.group(1) else (on.year if on < easter(on.year) else on.year + 1)
        return easter(year), None
    m = re.search(r"\b(?:voor|uiterlijk|ten laatste|tegen)\s+(?:de\s+)?zomer(?:\s+van)?(?:\s+(\d{4}))?", text)
    if m:
        year = int(m.group(1)) if m.group(1) else (on.year if on < date(on.year, 7, 1) else on.year + 1)
        return date(year, 7, 1), None
    m = re.search(r"\b(?:in|tijdens|gedurende|rond)\s+(?:de\s+)?zomer(?:vakantie|maanden)?(?:\s+van)?(?:\s+(\d{4}))?", text)
    if m:  # "in de zomer van 2027": July and August, as "na de zomer" reads it
        year = int(m.group(1)) if m.group(1) else (on.year if on < date(on.year, 9, 1) else on.year + 1)
        return date(year, 9, 1), date(year, 6, 30)
    m = re.search(r"\b(?:na|pas na|later dan)\s+(?:de\s+)?zomer(?:vakantie)?(?:\s+van)?(?:\s+(\d{4}))?", text)
    if m:  # "pas na de zomer van 2027": the summer is July and August
        year = int(m.group(1)) if m.group(1) else (on.year if on < date(on.year, 9, 1) else on.year + 1)
        return None, date(year, 8, 31)
    m = re.search(r"\b(?:voor|uiterlijk|ten laatste)\s+(?:het\s+)?(?:eind|einde)\s+(?:van\s+)?(\d{4})", text)
    if m:
        return date(int(m.group(1)) + 1, 1, 1), None
    m = re.search(r"\b(voor|uiterlijk|na|pas na|later dan)\s+medio\s+(\d{4})\b", text)
    if m:  # "medio" is July, as the expected dates of the mails read it ("medio 2028" -> 2028-07)
        first, after = months_span(int(m.group(2)), 7, 1)
        if m.group(1) == "voor":
            return first, None
        if m.group(1) == "uiterlijk":
            return after, None
        return None, after - timedelta(days=1)
    # "uiterlijk" holds the day or month it names ("uiterlijk maart 2028": March still counts), "voor" does not
    # ("uiterlijk in juni 2027", "uiterlijk op 1 juni 2027" alike)
    m = re.search(r"\b(voor|uiterlijk(?:\s+op)?)\s+(\d{1,2})\s+(" + months + r")\s+(\d{4})", text)
    if m:
        try:
            day = date(int(m.group(4)), v.months[m.group(3)], int(m.group(2)))
        except ValueError:
            return None
        return day + timedelta(days=1 if m.group(1).startswith("uiterlijk") else 0), None
    m = re.search(r"\b(voor|uiterlijk(?:\s+in)?)\s+(" + months + r")\s+(\d{4})", text)
    if m:
        first, after = months_span(int(m.group(3)), v.months[m.group(2)], 1)
        return (after if m.group(1).startswith("uiterlijk") else first), None
    # "pas vanaf september 2027": from its first day on; "na september 2027": after its last
    m = re.search(r"\b(vanaf|pas vanaf|na|pas na|later dan)\s+(" + months + r")\s+(\d{4})", text)
    if m:
        first, after = months_span(int(m.group(3)), v.months[m.group(2)], 1)
        return None, first - timedelta(days=1) if m.group(1).endswith("vanaf") else after - timedelta(days=1)
    # without a year an expected date lies ahead: "voor 1 maart", "voor maart", "voor het eind van dit jaar"
    m = re.search(r"\b(voor|uiterlijk)\s+(\d{1,2})\s+(" + months + r")\b(?!\s+\d{4})", text)
    if m:
        try:
            day = ahead_of(on, v.months[m.group(3)], int(m.group(2)))
        except ValueError:
            return None
        return day + timedelta(days=1 if m.group(1) == "uiterlijk" else 0), None
    m = re.search(r"\b(voor|uiterlijk)\s+(begin\s+)?(" + months + r")\b(?!\s+\d{4})", text)
    if m:
        first = ahead_of(on, v.months[m.group(3)], 1)
        if m.group(1) == "uiterlijk" and not m.group(2):
            return months_span(first.year, first.month, 1)[1], None
        return first, None
    m = re.search(r"\b(?:na|later dan|pas na)\s+(\d{1,2})\s+(" + months + r")\b(?!\s+\d{4})", text)
    if m:  # "wie verwacht pas na 1 januari te voldoen": the day ahead
        try:
            return None, ahead_of(on, v.months[m.group(2)], int(m.group(1)))
        except ValueError:
            return None
    if re.search(r"\b(?:pas\s+)?(?:volgend|volgende|komend|komende) jaar\b", text) \
            and not re.search(r"\b(?:eind|einde|begin|voor|na|uiterlijk)\s+(?:van\s+)?(?:het\s+)?(?:volgend|volgende|komend|komende) jaar\b", text):
        return date(on.year + 2, 1, 1), date(on.year, 12, 31)  # "verwachten pas volgend jaar te voldoen": in that year
    if re.search(r"\b(?:vorig|vorige|afgelopen) jaar\b", text):
        return date(on.year, 1, 1), date(on.year - 2, 12, 31)  # "lag de verwachte datum vorig jaar": within that year
    if re.search(r"\bdit jaar nog\b|\bnog dit jaar\b|\bin de loop van dit jaar\b|\b(?:verwacht\w*|klaar|voldoen)\b.{0,20}"
                 r"\bdit jaar\b|\bdit jaar\b.{0,40}\b(?:klaar|voldoen|gereed|rond)\b", text) and not re.search(
            r"\b(?:voor|uiterlijk|ten laatste)\s+(?:het\s+)?(?:eind|einde)\s+(?:van\s+)?dit jaar\b", text):
        # (not "voor het eind van dit jaar": a bound, read below)
        return date(on.year + 1, 1, 1), date(on.year - 1, 12, 31)  # "dit jaar nog te voldoen": within this year
    m = re.search(r"\b(?:voor|uiterlijk|ten laatste)\s+(?:het\s+)?(?:eind|einde)\s+(?:van\s+)?(dit|het|volgend|volgende|"
                  r"komend|komende)\s+jaar\b|\b(?:voor|uiterlijk)\s+(?:de\s+)?jaarwisseling\b", text)
    if m:  # ("vóór het einde van het jaar": this year's)
        return date(on.year + (2 if m.group(1) not in (None, "dit", "het") else 1), 1, 1), None
    if re.search(r"\bbinnen\s+(?:een|één|1)\s+jaar\b|\bbinnen\s+(?:twaalf|12)\s+maanden\b", text):
        # "binnen een jaar": from the day asked to the same day a year on
        return date(on.year + 1, on.month, min(on.day, 28) if on.month == 2 else on.day), on - timedelta(days=1)
    m = re.search(r"\b(?:voor|uiterlijk)\s+(\d{4})\b", text)
    if m:
        return date(int(m.group(1)), 1, 1), None
    m = re.search(r"\bpas\s+in\s+(\d{4})\b(?!\s+of\s+(?:later|daarna|nog later))", text)
    if m:  # "verwachten pas in 2028 te voldoen": within that year, none before it ("of later" leaves it open)
        year = int(m.group(1))
        return date(year + 1, 1, 1), date(year - 1, 12, 31)
    m = re.search(r"\b(?:na|later dan|pas na|pas in|niet voor)\s+(\d{4})\b", text)
    if m:
        year = int(m.group(1))
        return None, (date(year, 12, 31) if "na" in m.group(0) or "later" in m.group(0) else date(year - 1, 12, 31))
    ordinal = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
    # "vóór het derde kwartaal van 2027", "pas na de eerste helft van 2027": before its first day, after its last
    # ... and "uiterlijk Q1" holds the quarter; without a year the one ahead ("uiterlijk Q1", asked in November)
    m = re.search(r"\b(voor|uiterlijk|na|pas na|later dan)\s+(?:de |het )?(?:(eerste|tweede|derde|vierde) (kwartaal|helft|"
                  r"halfjaar|half jaar)(?: van)?|(q[1-4]|h[12]))(?:\s+(\d{4}))?\b", text)
    if m:
        if m.group(4):
            n, span = int(m.group(4)[1]), 3 if m.group(4)[0] == "q" else 6
        else:
            n, span = ordinal[m.group(2)], 3 if m.group(3) == "kwartaal" else 6
        year = int(m.group(5)) if m.group(5) else (on.year if span * n >= on.month else on.year + 1)
        first, after = months_span(year, span * (n - 1) + 1, span)
        if m.group(1) == "uiterlijk":
            return after, None
        if m.group(1) == "voor":
            return first, None
        return None, after - timedelta(days=1)
    m = re.search(r"\bin (?:de |het )?(?:(eerste|tweede) (?:helft|halfjaar|half jaar)(?: van)?|h([12]))"
                  r"(?: (\d{4}))?\b", text)
    if m:  # "in de eerste helft van 2027": starts after 31 December 2026, ends before 1 July 2027
        half = ordinal.get(m.group(1) or "", 0) or int(m.group(2))
        # without a year the half year ahead (this one still counts): "en in H2?"
        year = int(m.group(3)) if m.group(3) else (on.year if half == 2 or on.month <= 6 else on.year + 1)
        first, after = months_span(year, 6 * half - 5, 6)
        return after, first - timedelta(days=1)
    m = re.search(r"\b(?:in|^en) (?:het )?(?:(eerste|tweede|derde|vierde) kwartaal(?: van)?|q([1-4]))(?: (\d{4}))?\b", text)
    if m:
        q = ordinal.get(m.group(1) or "", 0) or int(m.group(2) or 0)
        year = int(m.group(3)) if m.group(3) else (on.year if 3 * q >= on.month else on.year + 1)  # the quarter ahead
        first, after = months_span(year, 3 * q - 2, 3)
        return after, first - timedelta(days=1)
    m = re.search(r"\bin (" + months + r") (\d{4})\b", text)
    if m:
        first, after = months_span(int(m.group(2)), v.months[m.group(1)], 1)
        return after, first - timedelta(days=1)
    m = re.search(r"\bin (\d{4})\b", text)
    if m:
        year = int(m.group(1))
        return date(year + 1, 1, 1), date(year - 1, 12, 31)
    m = re.search(r"\b(deze|volgende|komende|vorige|afgelopen) maand\b", text)
    if m:  # "verwachten deze maand te voldoen": the month of the day asked, the next or the one before
        first = on.replace(day=1) if m.group(1) == "deze" else \
            (on.replace(day=1) - timedelta(days=1)).replace(day=1) if m.group(1) in ("vorige", "afgelopen") else \
            (on.replace(day=1) + timedelta(days=32)).replace(day=1)
        after = (first + timedelta(days=32)).replace(day=1)
        return after, first - timedelta(days=1)
    m = re.search(r"\b(dit|deze|volgend|volgende|komend|komende) kwartaal\b", text)
    if m:  # "dit kwartaal": the quarter of the day asked
        q = (on.month - 1) // 3 + (0 if m.group(1) in ("dit", "deze") else 1)
        year, q = on.year + q // 4, q % 4
        first = date(year, 3 * q + 1, 1)
        end = date(year + 1, 1, 1) if q == 3 else date(year, 3 * q + 4, 1)
        return end, date.fromordinal(first.toordinal() - 1)
    m = re.search(r"\bin (" + months + r")\b(?!\s+\d{4})", text)
    if m:  # "in januari": the next January (this month still counts)
        month = v.months[m.group(1)]
        year = on.year if month >= on.month else on.year + 1
        after = date.fromordinal(date(year, month, 1).toordinal() - 1)
        return (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)), after
    return None


def ahead_of(on: date, month: int, day: int) -> date:
    """The first `day` `month` after `on` (an expected date without a year lies ahead)."""
    d = date(on.year, month, day)
    return d if d > on else date(on.year + 1, month, day)


def message_day(text: str, on: date) -> date | None:
    """"op 3 mei" / "3-5" / "2026-05-03" / "op 4-5-2026" / "op drieëntwintig november": the day named; without a
    year the latest such day on or before `on`."""
    v = lexicon.vocab()
    months = "|".join(sorted(v.months, key=len, reverse=True))
    spoken = lexicon.day_words()
    text = re.sub(r"\b(" + "|".join(sorted(spoken, key=len, reverse=True)) + r")\s+(?=(?:" + months + r")\b)",
                  lambda m: f"{spoken[m.group(1)]} ", text)
    m = re.search(r"\b(\d{4})[- ](\d{2})[- ](\d{2})\b", text)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.search(r"\b(\d{1,2}|" + "|".join(v.numbers) + r") (" + months + r")(?: (\d{4}))?\b", text)
        if m:
            day = int(m.group(1)) if m.group(1).isdigit() else v.numbers[m.group(1)]
            month = v.months[m.group(2)]
            if m.group(3):
                return date(int(m.group(3)), month, day)
            d = date(on.year, month, day)
            return d if d <= on else date(on.year - 1, month, day)
        # "op 4-5-2026": day, month, year (the folded text has spaces for the hyphens)
        m = re.search(r"\bop (\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\b", text)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.search(r"\bop (\d{1,2})[-/ ](\d{1,2})\b(?! (?:plek|plaats|zaken|gemeenten))", text)
        if m:
            d = date(on.year, int(m.group(2)), int(m.group(1)))
            return d if d <= on else date(on.year - 1, d.month, d.day)
    except ValueError:
        return None
    return None
