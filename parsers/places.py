"""Places the municipality states about itself: realised (available now) and planned (in preparation).

Reads only the municipality's own sentences (figures quoted from the ministry's
letter never reach this module), clause by clause. Totals: "300 reguliere
plekken en 31 AMV-plekken" is 331; "40 van de 484 plekken" is 40; a status
table "Totaal | 250 | 95 | 155" under "Taak | Gerealiseerd | In voorbereiding"
is read by column. Planned places come from, in this order: an explicit "in
voorbereiding" figure, the places named in the timeline sentences (summed over
phases), "de resterende/overige N plekken", a location "voor N plekken" in the steps.
"""
from __future__ import annotations

import re

from parsers.segments import Sentence

_NUM = r"(\d{1,2}\.\d{3}|\d{1,5})"
_NOUN = (r"(?:(?:reguliere|extra|amv|tijdelijke|permanente|nieuwe|bestaande|vervangende|resterende|overige|"
         r"ontbrekende)[- ])?(?:opvang)?(?:plekken|plaatsen|opvangplekken|asielzoekers|personen|bewoners|amv-plekken)")
_PLACE_NUM = re.compile(r"(?<![\d.,])" + _NUM + r"\s+(?:(?:[a-zà-ÿ-]+|\(\w+\))\s+){0,3}?" + _NOUN + r"\b", re.I)
_REALISED = re.compile(r"gerealiseerd|in gebruik|\bbiedt\b|\bbieden\b|\bvangt\b|\bvangen\b|opgevangen|\bbeschikt\b|"
                       r"beschikbaar|\bresteren\b|\bheeft\b|\bhebben\b", re.I)
_STRONG_NOW = re.compile(r"op dit moment|momenteel|\bnu\b|inmiddels|thans|actueel|op dit ogenblik|peildatum|"
                         r"nog over\b|bestaande|blijven|blijft", re.I)
_NOW = re.compile(r"\bper \d|\bsinds\b|\bzijn\b|\bnog\b|gerealiseerd", re.I)
_NOT_REALISED = re.compile(
    r"\btaak\b|ontbre|voorbereid|verwacht|tekort|resterende|overige|weg(gevallen|vallen)|vallen .{0,20}weg|"
    r"vervallen|\bkomen\b|\bkomt\b|\bgaan\b|zullen|planning|volgens uw brief|in uw brief|uw overzicht|"
    r"statushouders|\bzou\b|wilde|uitbreiden|woningen|handtekeningen|zienswijzen|\bvoor \d|verbouwd|"
    r"te realiseren|telt|tellen|meetellen|vraag", re.I)
_ZERO = re.compile(r"\b(nog )?geen (reguliere )?(opvang)?(plekken|opvangplekken|opvanglocatie)\b"
                   r"(?! voor (alleenstaande|amv))|\bgeen opvangplekken\b", re.I)
_STEP_LOCATION = re.compile(r"(locatie|locaties|units|woonunits|paviljoens|gebouw|pand|school|hotel|kantoor\w*)"
                            r"[^.;]{0,60}?\b(voor|van|met)\s+" + _NUM + r"\s+(plekken|personen|plaatsen|asielzoekers)",
                            re.I)


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r";|\s-\s", text) if c.strip()]


def _numbers(text: str) -> list[tuple[int, int]]:
    """(value, position) of numbers that count places."""
    out = []
    for m in _PLACE_NUM.finditer(text):
        v = int(m.group(1).replace(".", ""))
        if 1900 <= v <= 2100:
            continue  # a year
        out.append((v, m.start()))
    return out


def _total(nums: list[tuple[int, int]], text: str) -> int | None:
    if not nums:
        return None
    values = [v for v, _ in nums]
    if len(values) >= 3 and values[0] == sum(values[1:]):
        return values[0]
    if len(values) >= 2:
        between = text[nums[0][1]:nums[1][1]]
        if re.search(r"\b\d+\s+van de\s+\d+", text[nums[0][1]:]):
            return values[0]
        if re.search(r"(:|waarvan|onder wie|van wie|\()", between) and values[1] < values[0]:
            return values[0]
        if re.search(r"\ben\b|\+|plus", between):
            return values[0] + values[1]
    return values[0]


def _table(rows: list[str]) -> dict[str, int]:
    """Figures from a status table row "Totaal | 250 | 95 | 155" under a header row."""
    lines = [ln for ln in rows if "|" in ln]
    header: list[str] | None = None
    out: dict[str, int] = {}
    for ln in lines:
        cells = [c.strip().lower() for c in ln.split("|")]
        if any("gerealiseerd" in c for c in cells) and any("voorbereiding" in c for c in cells) \
                and not any(re.fullmatch(r"\d+", c) for c in cells):
            header = cells
            continue
        if header and cells and cells[0].startswith("totaal"):
            nums = cells[1:]
            heads = header[-len(nums):] if len(header) >= len(nums) else header
            for h, v in zip(heads, nums, strict=False):
                if re.fullmatch(r"\d+", v):
                    if "gerealiseerd" in h:
                        out["realised"] = int(v)
                    elif "voorbereiding" in h:
                        out["planned"] = int(v)
    return out


def _realised(sents: list[Sentence]) -> int | None:
    zero = False
    weak: int | None = None
    for s in sents:
        for clause in _clauses(s.text):
            low = clause.lower()
            m = re.search(r"er resteren\s+" + _NUM, low) or re.search(
                r"\b" + _NUM + r" van de \d+ (?:\w+ )?(?:opvang)?plekken .{0,30}gerealiseerd", low)
            if m:
                return int(m.group(1).replace(".", ""))
            m = re.search(r"gerealiseerd(?: per [\w -]+?)?\s*[:|]\s*" + _NUM + r"\b", low)
            if m:
                return int(m.group(1).replace(".", ""))
            if _REALISED.search(low) and not _NOT_REALISED.search(low):
                tot = _total(_numbers(clause), clause)
                if tot is not None:
                    if _STRONG_NOW.search(low):
                        return tot
                    if weak is None and _NOW.search(low):
                        weak = tot
            if _ZERO.search(low) and re.search(r"op dit moment|momenteel|\bnog geen\b|\bnu\b|er zijn|hebben", low) \
                    and not re.search(r"\b(amv|alleenstaande)\b", low[_ZERO.search(low).start():]):
                zero = True
    if weak is not None:
        return weak
    return 0 if zero else None


def _planned(sents: list[Sentence], timeline: list[Sentence]) -> int | None:
    for s in sents:
        for clause in _clauses(s.text):
            low = clause.lower()
            if "voorbereiding" not in low or re.search(r"\bgeen\b|\bniet\b|aanvraag", low):
                continue
            before = low[:low.index("voorbereiding")]
            m = re.search(r"voorbereiding\s*[:|]\s*" + _NUM, low)
            if m and not _numbers(before):
                return int(m.group(1).replace(".", ""))
            tot = _total(_numbers(clause), clause)
            if tot is not None:
                return tot
            if low.rstrip().endswith(":"):
                # "Er zijn twee locaties in voorbereiding:" followed by a list
                i = sents.index(s) + 1
                listed = 0
                while i < len(sents) and sents[i].bullet:
                    listed += (_total(_numbers(sents[i].text), sents[i].text) or 0)
                    i += 1
                if listed:
                    return listed
    seen: set[str] = set()
    total = 0
    for s in timeline:
        if s.text in seen:
            continue
        seen.add(s.text)
        nums = [(v, p) for v, p in _numbers(s.text)]
        if nums and not re.search(r"\btaak van\b", s.text[:nums[0][1]].lower()[-20:]):
            total += _total(nums, s.text) or 0
    if total:
        return total
    for s in sents:
        m = re.search(r"(resterende|overige|ontbrekende)\s+" + _NUM + r"\s+(?:[a-z]+\s+){0,2}?(plekken|plaatsen)",
                      s.text.lower())
        if m:
            return int(m.group(2).replace(".", ""))
        m = re.search(r"(ontbreken|resteren) (er )?nog\s+" + _NUM, s.text.lower())
        if m:
            return int(m.group(3).replace(".", ""))
        m = re.search(r"resterende deel[^.]{0,30}?\b" + _NUM + r"\s+(plekken|plaatsen)", s.text.lower()) or \
            re.search(r"\b" + _NUM + r"\s+(?:\w+\s+){0,2}?(?:plekken|plaatsen)\s+(?:\w+\s+){0,3}?(weer beschikbaar|terug)",
                      s.text.lower())
        if m:
            return int(m.group(1).replace(".", ""))
    for s in sents:
        if s.section == "facts" or re.search(r"\b(niet|geen|afgewezen|verworpen|ingetrokken|viel|vervallen|afgevallen|"
                                             r"zou|zouden|wilde)\b", s.text.lower()):
            continue
        m = _STEP_LOCATION.search(s.text)
        if m:
            rest = s.text[m.start(3):]
            return _total(_numbers(rest), rest) or int(m.group(3).replace(".", ""))
    return None


def find_places(sents: list[Sentence], timeline: list[Sentence] | None = None) -> dict[str, int | None]:
    """{"realised": n|None, "planned": n|None} from the municipality's own sentences."""
    table = _table([s.text for s in sents])
    realised = table.get("realised")
    if realised is None:
        realised = _realised(sents)
    planned = table.get("planned")
    if planned is None:
        planned = _planned(sents, timeline or [])
    return {"realised": realised, "planned": planned}
