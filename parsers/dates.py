"""Dutch time expressions -> normalised expected_date values (see corpus SCHEMA.md).

Values: YYYY-MM-DD (a day), YYYY-MM (a month or a period word: begin=01,
medio=07, eind=12), YYYY-Qn (a quarter), YYYY-H1/H2 (a half year). A bare year
is not concrete enough and gives no value. "binnen N maanden na <datum>" is
resolved to the month; with an anchor that has no date the expression is kept
as a time indication without a value.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from parsers.nlp import LowerRule

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_RE = ("(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
             "jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?")
NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
           "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "vierentwintig": 24,
           "dertig": 30, "zesendertig": 36}
ORDINAL = {"eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4, "laatste": 4}
PERIOD_MONTH = {"begin": 1, "start": 1, "medio": 7, "midden": 7, "halverwege": 7, "half": 7, "eind": 12, "einde": 12,
                "voorjaar": 4, "vj": 4, "zomer": 7, "najaar": 10, "nj": 10}
SHORT_YEAR = r"['’‘`]\d\d\b"  # "juli '33": 2033
# "vj" in terse mail: "volgend jaar" ("Q1 vj", "medio vj"), before a year "voorjaar" ("opl. vj 2039", "vj '39")
_YEAR = r"(20\d\d|" + SHORT_YEAR + r"|dit jaar|volgend jaar|komend jaar|volgende jaar|vj\b)"
# a holiday: (month before or during it, month after it)
_HOLIDAYS = {"herfstvakantie": (10, 11), "kerstvakantie": (12, 1), "voorjaarsvakantie": (2, 3), "krokusvakantie": (2, 3),
             "meivakantie": (4, 5), "zomervakantie": (7, 9), "bouwvak": (7, 8), "bouwvakvakantie": (7, 8),
             "kerst": (12, 1), "kerstmis": (12, 1)}
# a duration of the works: "de bouwtijd is zeven maanden", "de verbouwing duurt vijf maanden"
_WORKS_WORDS = r"bouwtijd|verbouwtijd|doorlooptijd|(?:ver)?bouw duurt|verbouwing duurt"


@dataclass
class TimeExpr:
    """One time expression in a sentence."""

    text: str
    value: str | None  # normalised, None for a relative expression with an unknown anchor
    start: tuple[int, int, int]  # sortable (year, month, day) of the period start
    end: tuple[int, int, int]  # last day (approximately) of the period
    span: tuple[int, int]
    relative: bool = False


def _year(token: str, ref: date) -> int:
    token = token.strip().lower()
    if token.isdecimal():
        return int(token)
    if token[:1] in "'’‘`":
        return 2000 + int(token[1:])
    if token == "dit jaar":
        return ref.year
    return ref.year + 1


def _infer_year(month: int, ref: date) -> int:
    """A month named without a year: the next occurrence from the mail's date (a month back still counts)."""
    return ref.year if month >= ref.month - 1 else ref.year + 1


def _num(token: str) -> int | None:
    token = token.lower()
    if token.isdecimal():
        return int(token)
    return NUMBERS.get(token)


# the writer's own letter as anchor; the ministry's "binnen drie weken na dagtekening van deze brief" is weeks, not
# months, and stays no moment
_OWN_LETTER = re.compile(r"\s*(?:de\s+)?(?:dagtekening|datum)\s+van\s+deze\s+(?:brief|e-?mail|mail)\b")


def _months(n: int, unit: str) -> int:
    return n if unit.startswith(("maand", "mnd")) else (n * 12 if unit == "jaar" else max(1, round(n / 4.345)))


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def _month_expr(text: str, y: int, m: int, span: tuple[int, int]) -> TimeExpr:
    return TimeExpr(text, f"{y:04d}-{m:02d}", (y, m, 1), (y, m, 28), span)


def _day_expr(text: str, y: int, mo: int, d: int, span: tuple[int, int]) -> TimeExpr:
    return TimeExpr(text, f"{y:04d}-{mo:02d}-{d:02d}", (y, mo, d), (y, mo, d), span)


def _part_expr(text: str, kind: str, n: int, y: int, span: tuple[int, int]) -> TimeExpr:
    """Quarter ("q") or half ("h") n of year y."""
    months = 3 if kind == "q" else 6
    return TimeExpr(text, f"{y}-{kind.upper()}{n}", (y, months * (n - 1) + 1, 1), (y, months * n, 28), span)


# every pattern of find_time_expressions needs one of these (a superset check, one regex instead of seventeen)
_GATE = re.compile(r"\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
                   r"\b(?:jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\b|kwartaal|helft|half\s*jaar|maand|week|"
                   r"weken|jaar|vakantie|bouwvak|\bvj\b|zomer|kerst")


@cache
def _rule(pattern: str) -> LowerRule:
    return LowerRule(pattern)


def _finditer(pattern: str, low: str) -> Iterator[re.Match[str]]:
    """`re.finditer(pattern, low)`, skipped when `low` lacks every literal a match needs (most sentences lack most)."""
    return _rule(pattern).finditer_lower(low)


# "binnen zes maanden na de sluiting, dus uiterlijk in september 2030": what follows ", dus" is the moment itself
_STATED_AFTER = re.compile(r",\s*(?:dus|oftewel|ofwel|dat wil zeggen|dat is)\b")


def find_time_expressions(sentence: str, ref: date) -> list[TimeExpr]:
    """All concrete time expressions in a sentence (relative ones first, their anchors masked)."""
    low = sentence.lower()
    if not _GATE.search(low):
        return []  # nothing any pattern below needs: a digit, a month, a period or unit word
    out: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(expr: TimeExpr) -> None:
        out.append(expr)
        taken.append(expr.span)

    # relative: binnen N maanden/weken na <anchor>; an anchor without a date is an unknown moment
    for m in _finditer(r"\b(binnen|uiterlijk|ongeveer|circa)?\s*(\w+)\s+(maanden|maand|mnd|weken|jaar)\.?\s+(na|nadat)\s+"
                         r"([^.;]{0,120})", low):
        half = m.group(2) == "half" and m.group(3) == "jaar"  # "binnen een half jaar na ..."
        n = 6 if half else _num(m.group(2))
        if n is None:
            continue
        months = n if half else _months(n, m.group(3))
        anchor_text = m.group(5)
        stated = _STATED_AFTER.search(anchor_text)
        span = (m.start(), m.end())
        if stated:  # "binnen zes maanden na de sluiting, dus uiterlijk in september 2030": the moment is said after it
            anchor_text = anchor_text[:stated.start()]
            span = (m.start(), m.start(5) + stated.start())
        anchor = _first_day(anchor_text, ref, past=bool(_DATED_EVENT.match(anchor_text)))
        if anchor is None:  # "na de vergunning, die wij in maart verwachten": the anchor's month, said beside it
            said = re.search(r"\b(?:in|per|rond|medio|begin|eind)\s+" + _MONTH_RE + r"(?:\s+(20\d\d))?\b", anchor_text[:60])
            if said and (len(said.group(1)) > 3 or said.group(1) == "mei"):
                mo = MONTHS[said.group(1)]
                anchor = (int(said.group(2)) if said.group(2) else _infer_year(mo, ref), mo, 1)
        if anchor is None and months >= 2 and _OWN_LETTER.match(anchor_text):
            anchor = (ref.year, ref.month, ref.day)  # "binnen een half jaar na dagtekening van deze brief": this mail
        if anchor:
            y, mo = _add_months(anchor[0], anchor[1], months)
            if m.group(3) == "weken":  # weeks from a day: "binnen acht weken na 1 februari" is 28 March
                try:
                    day = date(*anchor) + timedelta(weeks=n)
                    y, mo = day.year, day.month
                except ValueError:
                    pass
            add(TimeExpr(low[span[0]:span[1]], f"{y:04d}-{mo:02d}", (y, mo, 1), (y, mo, 28), span,
                         relative=True))
        elif re.match(r"\s*(?:(?:de|het|een|onze|ons|dat|dit|die|deze)\s+)?[a-zà-ÿ]{4,}", anchor_text) \
                and not re.match(r"\s*(?:(?:de|het)\s+)?(?:dagtekening|ontvangst)\b", anchor_text):
            add(TimeExpr(low[span[0]:span[1]], None, (9999, 12, 31), (9999, 12, 31), span, relative=True))
    # the anchor first: "Na instemming van de raad op 26 juni 2031 kunnen de 80 plaatsen binnen negen maanden worden
    # gerealiseerd" is March 2032
    for m in _finditer(r"\bna\s+([^.;]{0,80}?)\bbinnen\s+(\w+)\s+(maanden|maand)\b", low):
        n = _num(m.group(2))
        anchor = _first_day(m.group(1), ref) if n else None
        if anchor and free(*m.span()):
            y, mo = _add_months(anchor[0], anchor[1], _months(n, m.group(3)))
            add(TimeExpr(m.group(0), f"{y:04d}-{mo:02d}", (y, mo, 1), (y, mo, 28), m.span(), relative=True))
    # "De oplevering volgt een half jaar later": N months after the moment the sentence before names (anchor_back)
    for m in _finditer(r"\b(een half|\w+)\s+(maanden|maand|weken|jaar)\s+later\b(?!(?:\s+\w+){0,2}\s+(?:dan|als)\b)", low):
        if (m.group(1) == "een half" or _num(m.group(1))) and free(*m.span()):
            add(TimeExpr(m.group(0), None, (9999, 12, 31), (9999, 12, 31), m.span(), relative=True))
    # "binnen negen maanden" on its own: from the mail's date, unless the sentence makes it wait for an event
    # ("zodra de provincie de ontheffing verleent, ... binnen negen maanden")
    for m in _finditer(r"\bbinnen\s+(\w+)\s+(maanden|maand|mnd|weken)\b", low):
        n = _num(m.group(1))
        if n is None or not free(*m.span()) \
                or re.match(r"\s+na\s+(?:de\s+|het\s+)?(?:dagtekening|ontvangst)", low[m.end():]):
            continue
        if re.search(r"\b(zodra|nadat|wanneer|als|indien|mits|na|daarna|daaropvolgend\w*)\b", low):
            add(TimeExpr(m.group(0), None, (9999, 12, 31), (9999, 12, 31), m.span(), relative=True))
        else:
            y, mo = _add_months(ref.year, ref.month, _months(n, m.group(2)))
            add(TimeExpr(m.group(0), f"{y:04d}-{mo:02d}", (y, mo, 1), (y, mo, 28), m.span(), relative=True))
    # a duration of the works ("de bouwtijd is zeven maanden", "de verbouwing duurt vijf maanden"): counted from
    # the start the sentence before dates (anchor_back), else an unknown moment
    # ... "een bouwtijd van negen maanden na vergunningverlening": counted from the event it names
    # ... "De verbouw neemt ongeveer negen maanden in beslag": the same, said with "in beslag nemen"
    for m in _finditer(r"\b(?:bouwtijd|verbouwtijd|doorlooptijd|(?:ver)?bouw\s+(?:duurt|neemt)|verbouwing\s+(?:duurt|neemt))\s+"
                       r"(?:daarna\s+|dan\s+|vervolgens\s+)?(?:is\s+|bedraagt\s+|van\s+)?(?:ongeveer\s+|circa\s+|zo'n\s+)?(\w+)\s+"
                       r"(maanden|maand)\b(?:\s+in\s+beslag)?(?:\s+(?:na|nadat)\s+[^.;,]{3,60})?", low):
        if _num(m.group(1)) and free(*m.span()):
            add(TimeExpr(m.group(0), None, (9999, 12, 31), (9999, 12, 31), m.span(), relative=True))
    # the same, the number first: "is nog circa negen maanden bouwtijd nodig"
    for m in _finditer(r"\b(\w+)\s+(?:maanden|maand)\s+(?:bouwtijd|verbouwtijd|doorlooptijd)\b", low):
        if _num(m.group(1)) and free(*m.span()):
            add(TimeExpr(m.group(0), None, (9999, 12, 31), (9999, 12, 31), m.span(), relative=True))
    # the works start on a day and last N months, in one sentence: "De bouw start op 15 augustus 2028 en duurt
    # ongeveer zeven maanden" is March 2029
    for m in _finditer(r"\bduurt\s+(?:ongeveer\s+|circa\s+|zo'n\s+|naar verwachting\s+)?(\w+)\s+(maanden|maand)\b",
                       low):
        n = _num(m.group(1))
        start = re.search(r"\b(?:start|starten|begint|beginnen|aanvang)\b([^.;]{0,40})$", low[:m.start()])
        day = _first_day(start.group(1), ref) if start and n else None
        if day and free(*m.span()):
            y, mo = _add_months(day[0], day[1], n)
            add(_month_expr(m.group(0), y, mo, m.span()))
    for m in _finditer(r"\bover\s+(?:(?:ongeveer|circa|zo'n|naar verwachting)\s+)?(\w+)\s+(maanden)\b", low):
        n = _num(m.group(1))
        if n and free(m.start(), m.end()):
            y, mo = _add_months(ref.year, ref.month, n)
            add(_month_expr(m.group(0), y, mo, m.span()))
    # the end, start or middle of a quarter: its month ("aan het eind van het eerste kwartaal" written in December)
    for m in _finditer(r"\b(eind|einde|begin|start|medio|midden)\s+(?:van\s+)?(?:het\s+)?(eerste|tweede|derde|vierde|1e|2e|"
                       r"3e|4e)\s+kwartaal\b(?:\s+(?:van\s+)?(20\d\d))?", low):
        if free(*m.span()):
            q = ORDINAL[m.group(2)]
            mo = 3 * q if m.group(1).startswith("eind") else 3 * q - 2 if m.group(1) in ("begin", "start") else 3 * q - 1
            y = int(m.group(3)) if m.group(3) else _infer_year(3 * q, ref)
            add(_month_expr(m.group(0), y, mo, m.span()))
    # quarter
    for m in _finditer(r"\b(eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)\s+kwartaal\s+(van\s+)?" + _YEAR, low):
        if free(*m.span()):
            q = ORDINAL[m.group(1)]
            y = _year(m.group(3), ref)
            add(_part_expr(m.group(0), "q", q, y, m.span()))
    # a quarter without a year ("met de oplevering in het derde kwartaal"): its next occurrence from the mail's date
    for m in _finditer(r"\bin\s+het\s+(eerste|tweede|derde|vierde|1e|2e|3e|4e)\s+kwartaal\b(?!\s+(?:van|20\d\d))", low):
        if free(*m.span()):
            q = ORDINAL[m.group(1)]
            y = _infer_year(3 * q, ref)
            add(_part_expr(m.group(0), "q", q, y, m.span()))
    for m in _finditer(r"\bq([1-4])[\s-]*(?:van\s+)?(20\d\d)\b", low):
        if free(*m.span()):
            q, y = int(m.group(1)), int(m.group(2))
            add(_part_expr(m.group(0), "q", q, y, m.span()))
    for m in _finditer(r"\bkwartaal\s+([1-4])\s+(?:van\s+)?(20\d\d)\b", low):
        if free(*m.span()):
            q, y = int(m.group(1)), int(m.group(2))
            add(_part_expr(m.group(0), "q", q, y, m.span()))
    # ISO week number ("week 14 van 2027", "wk 14 2027") -> the month its Thursday falls in
    for m in _finditer(r"\b(?:week|wk)\s+(\d{1,2})\s+(?:van\s+)?(20\d\d)\b", low):
        w, y = int(m.group(1)), int(m.group(2))
        if 1 <= w <= 53 and free(*m.span()):
            try:
                thursday = date.fromisocalendar(y, w, 4)
            except ValueError:
                continue
            add(_month_expr(m.group(0), thursday.year, thursday.month, m.span()))
    for m in _finditer(r"\b(?:in\s+)?(?:week|wk)\s+(\d{1,2})\b(?!\s+(?:van\s+)?20\d\d)", low):
        w = int(m.group(1))
        if 1 <= w <= 52 and free(*m.span()):  # without a year: the week ahead of (or just before) the mail
            y = ref.year
            thursday = date.fromisocalendar(y, w, 4)
            if (ref - thursday).days > 60:
                thursday = date.fromisocalendar(y + 1, w, 4)
            add(_month_expr(m.group(0), thursday.year, thursday.month, m.span()))
    # "H1 2030", "H2-2029"; a year written short: "Q3 '29", "H1 '30"
    for m in _finditer(r"\bh([12])[\s-]*(?:van\s+)?(20\d\d)\b", low):
        if free(*m.span()):
            h, y = int(m.group(1)), int(m.group(2))
            add(_part_expr(m.group(0), "h", h, y, m.span()))
    for m in _finditer(r"\b([qh])([1-4])\s*['’`](\d\d)\b", low):
        if free(*m.span()) and (m.group(1) == "q" or m.group(2) in "12"):
            n, y = int(m.group(2)), 2000 + int(m.group(3))
            add(_part_expr(m.group(0), m.group(1), n, y, m.span()))
    # "Q1 volgend jaar", "Q1 vj", "H2 dit jaar": a quarter or half of a year named in words
    for m in _finditer(r"\b([qh])([1-4])\s+(?:van\s+)?(dit jaar|volgend jaar|komend jaar|volgende jaar|vj\b)", low):
        if free(*m.span()) and (m.group(1) == "q" or m.group(2) in "12"):
            n, y = int(m.group(2)), _year(m.group(3), ref)
            add(_part_expr(m.group(0), m.group(1), n, y, m.span()))
    # the end or start of a quarter: "oplevering eind Q2" is its last month, "begin Q3" its first
    for m in _finditer(r"\b(eind|einde|begin|start)\s+(?:van\s+)?q([1-4])\b(?:\s*['’‘`](\d\d)\b|\s+(20\d\d)\b)?", low):
        if free(*m.span()):
            q = int(m.group(2))
            mo = 3 * q if m.group(1).startswith("eind") else 3 * q - 2
            y = 2000 + int(m.group(3)) if m.group(3) else int(m.group(4)) if m.group(4) else _infer_year(mo, ref)
            add(_month_expr(m.group(0), y, mo, m.span()))
    # a bare quarter or half after a word that dates the delivery ("opl. Q4", "klaar in Q1", "verwacht H2"): the next
    # ... or after an arrow that leads from a site to its moment ("+56 units Achterberg → Q1")
    for m in _finditer(r"(?:\b(?:opl\.?|oplevering|gereed|klaar|verwacht|verwachting|eta|in|per|vanaf):?|(?:→|->|=>))\s+(([qh])([1-4]))\b"
                       r"(?!\s*[-/]?\s*(?:van\s+)?(?:20\d\d|['’‘`]\d\d|dit|volgend|komend|vj\b))", low):
        if free(*m.span(1)) and (m.group(2) == "q" or m.group(3) in "12"):
            n = int(m.group(3))
            y = _infer_year((3 if m.group(2) == "q" else 6) * n, ref)
            add(_part_expr(m.group(1), m.group(2), n, y, m.span(1)))
    # half year
    for m in _finditer(r"\b(eerste|tweede|1e|2e)\s+(helft|halfjaar|half jaar)\s+(van\s+)?" + _YEAR, low):
        if free(*m.span()):
            h = ORDINAL[m.group(1)]
            y = _year(m.group(4), ref)
            add(_part_expr(m.group(0), "h", h, y, m.span()))
    # a day
    for m in _finditer(r"\b(\d{1,2})\s+" + _MONTH_RE + r"(\s+(20\d\d))?\b", low):
        if free(*m.span()):
            d, mo = int(m.group(1)), MONTHS[m.group(2)]
            y = int(m.group(4)) if m.group(4) else _infer_year(mo, ref)
            if 1 <= d <= 31:
                add(_day_expr(m.group(0), y, mo, d, m.span()))
    # ... "1/3/2041", and a year shortened with an apostrophe: "open 1/3/'41", "ingebruikname 1/10 '41"
    for m in _finditer(r"(?<![\d.-])(\d{1,2})[-/.](\d{1,2})(?:[-/.]|\s(?=['’‘`]\d\d\b))(20\d\d|['’‘`]\d\d)(?![\d])", low):
        if free(*m.span()):
            d, mo = int(m.group(1)), int(m.group(2))
            y = int(m.group(3)) if m.group(3)[0].isdigit() else 2000 + int(m.group(3)[1:])
            if 1 <= d <= 31 and 1 <= mo <= 12:
                add(_day_expr(m.group(0), y, mo, d, m.span()))
    # a numeric day and month without a year after a word that dates something: "voldoen per 1/7", "klaar per 1-9"
    for m in _finditer(r"\b(?:per|vanaf|uiterlijk|tegen|op|voor|vóór)\s+(\d{1,2})[-/](\d{1,2})(?![-/.]?\d)"
                         r"(?!\s*(?:deel|gedeelte|van|procent|%|deel van))", low):
        if free(*m.span()):
            d, mo = int(m.group(1)), int(m.group(2))
            if 1 <= d <= 31 and 1 <= mo <= 12:
                y = _infer_year(mo, ref)
                add(_day_expr(m.group(0), y, mo, d, m.span()))
    # ... or right after the delivery it dates: "ingebruikname 1/10", "oplevering 1-12", "klaar: 1/9"
    # a label line that asks "when": "Wanneer: 1/10", "Streefdatum: 1-11", "verwacht 1/9"
    # ... and "oplevering blijft 1/10", "opening wordt 1-9": the verb between
    for m in _finditer(r"(?:\b(?:oplevering|ingebruikname|opening|open|klaar|gereed|opl\.?|verwacht|streefdatum|gepland)"
                       r"\s*:?\s+(?:(?:blijft|wordt|is|staat op|staat)\s+)?|^\s*(?:wanneer|datum|planning)\s*:\s*)"
                       r"((\d{1,2})[-/](\d{1,2}))"
                       r"(?![-/.]?\d)", low):
        if free(*m.span(1)):
            d, mo = int(m.group(2)), int(m.group(3))
            if 1 <= d <= 31 and 1 <= mo <= 12:
                y = _infer_year(mo, ref)
                add(_day_expr(m.group(1), y, mo, d, m.span(1)))
    # period word + month ("eind september 2026") or + year ("medio 2027", "eind dit jaar")
    for m in _finditer(r"\b(begin|medio|midden|halverwege|eind|einde)\s+(van\s+)?" + _MONTH_RE
                         + r"(\s+(20\d\d))?", low):
        if free(*m.span()):
            mo = MONTHS[m.group(3)]
            y = int(m.group(5)) if m.group(5) else _infer_year(mo, ref)
            add(_month_expr(m.group(0), y, mo, m.span()))
    # school holidays and the building holiday: before one is its month, after one the month after it
    for m in _finditer(r"\b(voor|vóór|tegen|rond|tijdens|in|na|direct na|meteen na)\s+(?:de\s+)?(" + "|".join(_HOLIDAYS)
                       + r")\b(?:\s+(?:van\s+)?" + _YEAR + r")?", low):
        if free(*m.span()):
            before, after = _HOLIDAYS[m.group(2)]
            mo = after if m.group(1).endswith("na") else before
            if m.group(3):
                y = _year(m.group(3), ref)
            elif m.group(1).endswith("na"):  # the next end: "na de zomervakantie" in August is this September
                y = ref.year + (ref.month >= after if before < after else ref.month >= before)
            else:
                y = ref.year + (before < ref.month)  # the next one
            if m.group(3) and m.group(2) == "kerstvakantie" and mo == 1:
                y += 1  # "na de kerstvakantie van 2027": January 2028
            add(_month_expr(m.group(0), y, mo, m.span()))
    # "na de zomer van 2027": September, the first month after the summer
    for m in _finditer(r"\bna\s+de\s+zomer\s+(?:van\s+)?" + _YEAR, low):  # the holiday is read above
        if free(*m.span()):
            add(_month_expr(m.group(0), _year(m.group(1), ref), 9, m.span()))
    # "bewoning na de zomer" without a year: after the next summer (written in December: next September)
    for m in _finditer(r"\bna\s+de\s+zomer\b(?!\s*(?:van|vakantie|20\d\d))", low):
        if free(*m.span()):
            add(_month_expr(m.group(0), ref.year + (ref.month >= 9), 9, m.span()))
    for m in _finditer(r"\b(begin|start|medio|midden|halverwege|half(?=\s+(?:20\d\d|['’‘`]\d\d))|eind|einde|voorjaar|zomer|"
                       r"najaar|(?:vj|nj)(?=\s+(?:20\d\d|['’‘`]\d\d)))\s+"
                         r"(van\s+)?" + _YEAR, low):
        if free(*m.span()):
            y = _year(m.group(3), ref)
            add(_month_expr(m.group(0), y, PERIOD_MONTH[m.group(1)], m.span()))
    # the same said in English by a mixed-language writer: "go-live expected end of 2040", "mid 2041", "early 2041"
    for m in _finditer(r"\b(early|mid|(?:the\s+)?end\s+of|late)[\s-]+" + _YEAR, low):
        if free(*m.span()):
            add(_month_expr(m.group(0), _year(m.group(2), ref), {"early": 1, "mid": 7}.get(m.group(1), 12), m.span()))
    for m in _finditer(r"\b(het\s+)?(voorjaar|zomer|najaar)\s+van\s+" + _YEAR, low):
        if free(*m.span()):
            y = _year(m.group(3), ref)
            add(_month_expr(m.group(0), y, PERIOD_MONTH[m.group(2)], m.span()))
    # the turn of two named years: "rond de jaarwisseling 2029-2030" is December 2029, "na ..." January 2030
    for m in _finditer(r"\b(voor|vóór|rond|tegen|na)\s+de\s+jaarwisseling\s+(?:van\s+)?(20\d\d)\s*(?:[-–/]|op|naar)\s*"
                       r"(20\d\d)\b", low):
        if free(*m.span()):
            after = m.group(1) == "na"
            add(_month_expr(m.group(0), int(m.group(3)) if after else int(m.group(2)), 1 if after else 12, m.span()))
    # the turn of the year: "voor de jaarwisseling" is December, "na de jaarwisseling" January (of the mail's year)
    for m in _finditer(r"\b(voor|vóór|rond|tegen|na)\s+de\s+jaarwisseling\b", low):
        if free(*m.span()):
            y = ref.year + (1 if m.group(1) == "na" else 0)
            add(_month_expr(m.group(0), y, 1 if m.group(1) == "na" else 12, m.span()))
    # a month
    for m in _finditer(r"\b" + _MONTH_RE + r"(\s+(20\d\d|" + SHORT_YEAR + r"))?\b", low):
        if not free(*m.span()):
            continue
        word = m.group(1)
        if not m.group(3) and (len(word) <= 4 and word not in ("mei", "juni", "juli")) \
                and not re.search(r"\b(?:opl\.?|oplevering|gereed|klaar|per|vanaf|uiterlijk|eind|begin|medio)\s*$",
                                  low[:m.start()]):
            continue  # "dec" etc. without a year is too ambiguous (not "opl. sept", "gereed per dec")
        if not m.group(3) and word == "mei" and re.search(r"\bmei\s+(jl|j\.l)", low[m.start():m.start() + 10]):
            continue
        mo = MONTHS[word]
        y = _year(m.group(3), ref) if m.group(3) else _infer_year(mo, ref)
        add(_month_expr(m.group(0), y, mo, m.span()))
    # a moment, then the works that follow it and how long they take: "koopakte eind Q2 '40, daarna verbouw ca. 6 mnd
    # en ingebruikname" is December 2040 (counted from the moment's last month)
    for e in list(out):
        if e.value is None:
            continue
        m = _THEN_WORKS.match(low, e.span[1])
        n = _num(m.group(1)) if m else None
        if n and free(m.start(1), m.end()):
            y, mo = _add_months(e.end[0], e.end[1], n)
            add(TimeExpr(m.group(0).strip(" ,;"), f"{y:04d}-{mo:02d}", (y, mo, 1), (y, mo, 28), (m.start(1), m.end()),
                         relative=True))
    return sorted(out, key=lambda e: e.span)


_THEN_WORKS = re.compile(r"\s*[,;]?\s*(?:en\s+)?(?:daarna|vervolgens|waarna|dan)\s+(?:de\s+|het\s+)?"
                         r"(?:ver)?bouw(?:ing|tijd)?\s+(?:van\s+)?(?:ca\.?\s*|circa\s+|ongeveer\s+|zo'n\s+)?(\w+)\s*"
                         r"(?:maanden|maand|mnd)\b\.?")


_ANCHOR_STOP = frozenset({"de", "het", "een", "van", "onze", "ons", "deze", "dat", "die", "dit", "door", "voor", "aan",
                          "op", "in", "bij", "met", "positief", "positieve", "definitief", "definitieve", "eerste"})
_FINAL_EVENTS = ("onherroep", "afloop", "uitspra", "einde", "afronding", "beslissing")
_WORKS_TIME = re.compile(r"\b(?:" + _WORKS_WORDS + r")\b")
_WORKS_START = re.compile(r"\b(?:start\w*|begin\w*|begon\w*|gestart|aanvang|gegund|gunning|gunt|bouwrijp)\b")
_BACK = re.compile(r"\b(?:daarna|daaropvolgend\w*|na (?:dat|dit|die|het) (?:\w*besluit|moment)|vanaf dat moment|"
                   + _WORKS_WORDS + r")\b")


def anchor_back(expr: TimeExpr, sentence: str, earlier: list[str], ref: date) -> TimeExpr | None:
    """A relative term whose anchor has no date in its own sentence ("binnen negen maanden na verlening van de
    vergunning", "binnen twaalf maanden daarna"), resolved against the nearest earlier sentence that dates that
    event ("Wij verwachten de vergunning in november 2026 te verlenen") -> the month N months later."""
    if expr.value is not None or not expr.relative:
        return None
    m = re.search(r"\b(\w+)\s+(maanden|maand|mnd|weken|jaar)\b\.?(?:\s+(?:na|nadat)\s+([^.;]{0,120}))?", expr.text)
    half = m is not None and m.group(1) == "half" and m.group(2) == "jaar"
    if not m or (_num(m.group(1)) is None and not half):
        return None
    months = 6 if half else _months(_num(m.group(1)), m.group(2))
    back = m.group(3) is None and (bool(_BACK.search(sentence.lower())) or expr.text.endswith(" later"))
    event = m.group(3)
    if event is None:  # the anchor said first: "Na instemming van de raad kan de locatie binnen negen maanden ..."
        first = re.match(r"\W*na\s+([^,.;]{3,60}?)\s+(?:kan|kunnen|is|zijn|wordt|worden|zal|zullen)\b", sentence.lower())
        event = first.group(1) if first else None
        back = back and event is None
    # "na vergunningverlening": the granting of the permit is the event, not the permit (nor its application)
    event = re.sub(r"\b(\w*vergunning)s?(verlening|afgifte)\b", r"\2 \1", (event or "").lower())
    words = [w for w in re.findall(r"[a-zà-ÿ]{4,}", event) if w not in _ANCHOR_STOP]
    if not back and not words:
        return None
    # "nadat de vergunning onherroepelijk is": the event is the permit becoming final, not the permit
    key = next((w for w in words if w.startswith(_FINAL_EVENTS)), words[0]) if words else ""
    works = back and bool(_WORKS_TIME.search(sentence.lower()))
    for text in reversed(earlier):
        low = text.lower()
        if not back and key[:6] not in low and not _same_event(key, low):
            continue  # the event itself: "na afloop van het beroep" is not its start
        if works and not _WORKS_START.search(low):
            return None  # "de bouw duurt zes maanden" counts from the start of the works, not any date before
        dated = [e for e in find_time_expressions(text, ref) if e.value and not e.relative]
        if not dated:
            if back:
                return None  # "daarna" points at the sentence just before: it has no date
            continue
        y, mo = _add_months(dated[-1].start[0], dated[-1].start[1], months)
        return TimeExpr(expr.text, f"{y:04d}-{mo:02d}", (y, mo, 1), (y, mo, 28), expr.span, relative=True)
    return None


_COUNCIL_ACTS = "besluit|beslist|neemt|behandelt|vergadert|stemt|instemt|besluitvorming"  # what a council does
# an anchor named one way and dated another: "na het raadsbesluit" <- "de raad besluit op 2 juli 2026",
# "het voorstel ligt op 17 december voor in de gemeenteraad"
_EVENT_ALIASES = {
    "instem": re.compile(r"\b(gemeente)?raad\w*\b[^.;]{0,60}\b(" + _COUNCIL_ACTS + r")\b"),
    "raadsb": re.compile(r"\b(gemeente)?raad\w*\b[^.;]{0,60}\b(" + _COUNCIL_ACTS + r"|ingestemd|voor\b)|"
                         r"\b(besluit|voorstel|besluitvorming)\b[^.;]{0,60}\b(gemeente)?raad\b"),
    # "na dat besluit" <- "Mits de raad op 2 april 2026 instemt"
    "beslui": re.compile(r"\b(gemeente)?raad\w*\b[^.;]{0,60}\b(besluit|beslist|instemt|instemmen|stemt|neemt)\b|"
                         r"\bcollege\b[^.;]{0,60}\b(besluit|beslist|neemt)\b"),
    "verlen": re.compile(r"\b\w*vergunning\b[^.;]{0,60}\b(verlenen|verleend|verlening|afgeven|besluit)"),
    "gunnin": re.compile(r"\b(gegund|gunt|gunnen|gunning)\b"),
    # "twaalf maanden na de start van de bouw" after "kan de bouw in maart 2029 beginnen"
    "start": re.compile(r"\b(?:bouw|verbouwing|werkzaamheden|sloop)\b[^.;]{0,60}\b(?:begin\w*|start\w*|gestart)\b|"
                        r"\b(?:start|begin|aanvang)\s+van\s+de\s+(?:bouw|verbouwing|werkzaamheden)\b|\bbouwstart\b"),
    "aanvan": re.compile(r"\b(?:bouw|verbouwing|werkzaamheden)\b[^.;]{0,60}\b(?:begin\w*|start\w*)\b"),
    # "drie maanden na de oplevering" <- "wordt de verbouwing in december 2034 opgeleverd"
    "opleve": re.compile(r"\b(?:opgeleverd|oplevert|opleveren|opleverdatum)\b"),
    # "een half jaar na de koop" <- "De levering bij de notaris is gepland op 1 mei 2040"
    "koop": re.compile(r"\b(?:levering|notaris|koopakte|aankoop|overdracht|gekocht|koopt|kopen)\b"),
    "aankoo": re.compile(r"\b(?:levering|notaris|koopakte|overdracht|gekocht|koopt|kopen)\b"),
}


def _same_event(word: str, text: str) -> bool:
    alias = _EVENT_ALIASES.get(word[:6])
    return bool(alias and alias.search(text))


def nearest_year(month: int, ref: date) -> int:
    """A dated event without a year: the occurrence of its month nearest to the mail's date, back or ahead."""
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((y * 12 + month) - (ref.year * 12 + ref.month)))


# "het raadsbesluit van 9 juli": a dated decision or document has happened, so a date without a year lies back
_DATED_EVENT = re.compile(r"\s*(?:(?:het|de|een|ons|onze)\s+)?\w*(?:besluit|uitspraak|brief|beschikking|vonnis)\w*\s+van\s+\d")


def _first_day(text: str, ref: date, past: bool = False) -> tuple[int, int, int] | None:
    m = re.search(r"\b(\d{1,2})\s+" + _MONTH_RE + r"(\s+(20\d\d))?\b", text)
    if m:
        mo = MONTHS[m.group(2)]
        y = int(m.group(4)) if m.group(4) else nearest_year(mo, ref) if past else _infer_year(mo, ref)
        return (y, mo, int(m.group(1)))
    m = re.search(r"(?<![\d.-])(\d{1,2})[-/.](\d{1,2})[-/.](20\d\d)", text)
    if m:
        return (int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def is_past(expr: TimeExpr, ref: date) -> bool:
    """True when the whole period lies before the reference date's month."""
    y, m, d = expr.end
    if expr.value and len(expr.value) == 10:
        return (y, m, d) < (ref.year, ref.month, ref.day)
    return (y, m) < (ref.year, ref.month)
