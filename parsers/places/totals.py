"""Adding mentions up by the SCHEMA rules: stated totals, parts, phases, noughts and tables."""
from __future__ import annotations

import re

from parsers.places.cues import _STATUS_SUMMARY, _capacity_words, _clause_bounds
from parsers.places.words import PlaceMention
from parsers.segments import Sentence

_ZERO = re.compile(r"\b(?:nog\s+)?(?:geen|nul)\s+(?:(?:enkele|van\s+(?:de\s+)?(?:beide|twee|drie|vier|vijf)\s+\w+|\w+)\s+){0,3}?"
                   r"(?:asiel)?(?:opvang)?(?:plekken|plaatsen|opvangplek|opvangplaats|opvanglocatie|opvanglocaties|pl(?=\.|\s|$)|plk|"
                   r"asielzoekers\s+meer|opvang\s+aan\s+asielzoekers|opvang|"
                   r"asielzoekers\s+(?:meer\s+)?(?:opgevangen|gehuisvest|ondergebracht))\b", re.I)
_ZERO_HOST = re.compile(r"\b(?:vangt|vangen)\b(?:\s+\S+){0,4}?\s+(?:nog\s+)?geen\s+(?:asielzoekers|vluchtelingen)\b"
                        r"(?!\s+meer\s+(?:na|vanaf))|"
                        # "vangen we in Heerde niemand op", "wonen er dus nog geen asielzoekers"
                        r"\b(?:vangt|vangen)\b(?:\s+\S+){0,4}?\s+(?:nog\s+)?niemand\s+op\b|"
                        r"\b(?:wonen|verblijven)\s+er\s+(?:\w+\s+){0,2}?(?:nog\s+)?geen\s+(?:asielzoekers|vluchtelingen)\b|"
                        # "Asielopvangplekken in de zin van de Spreidingswet heeft Landsmeer op dit moment niet."
                        r"^\W*(?:asiel)?(?:opvang)?(?:plekken|plaatsen)\b[^.;]{0,60}\b(?:heeft|hebben)\s+[\w' -]+?\s+"
                        r"(?:op dit moment|momenteel|nu|thans|nog|daarnaast|verder|echter|dus)\s+niet\b|"
                        # "Asielopvangplekken in de zin van de Spreidingswet zijn er in Drimmelen op dit moment nog niet."
                        r"^\W*(?:asiel)?(?:opvang)?(?:plekken|plaatsen)\b[^.;]{0,60}\bzijn\s+er\s+[^.;]{0,40}?"
                        r"(?:op dit moment|momenteel|nu|thans|nog)\s+(?:nog\s+)?niet\b|"
                        # "... en dat daarvan nog niets is gerealiseerd"
                        r"\bnog (?:niets|geen enkele (?:plaats|plek)) (?:is |zijn )?gerealiseerd\b|"
                        # "Op dit moment beschikt de gemeente nog niet over een asielopvanglocatie."
                        # ... "beschikt op dit moment niet over een asielopvanglocatie"
                        r"\b(?:beschikt|beschikken)\b[^.;,]{0,40}?\b(?:nog|op dit moment|momenteel|thans|nu)\s+(?:nog\s+)?"
                        r"niet\s+over\s+(?:een\s+)?(?:eigen\s+)?"
                        r"(?:asiel)?(?:opvanglocatie|opvangplekken|opvangplaatsen|opvang|azc)\b|"
                        # "Waar buurgemeente Purmerend 400 opvangplekken biedt, heeft Waterland er op dit moment geen.",
                        # "moet 137 opvangplekken bieden, maar heeft er op dit moment nog geen."
                        r"\b(?:opvang)?(?:plekken|plaatsen)\b[^.;]{0,60},\s*(?:maar\s+|en\s+)?(?:heeft|hebben)\s+"
                        r"(?:[\w' -]+?\s+)?er\s+(?:(?:op dit moment|momenteel|nu|thans)\s+)?(?:nog\s+)?geen\s*[.;]")
# "In gebruik: reg. 0 / amv 0.", "Asielopvang: 0 plaatsen": a status label whose figures are all nought
_ZERO_LABEL = re.compile(r"\W*(?:in gebruik|gerealiseerd|asielopvang|stand(?: van zaken)?(?: per [\d/-]+)?|nu)\s*:\s*"
                         r"(?:(?:reg\.?|regulier|amv|totaal)?\s*0\s*(?:pl\.?|plaatsen|plekken)?\s*(?:[/,+]|en)?\s*)+\.?\s*$")

_ZERO_UNDER_STATUS = re.compile(r"\W*0\s*(?:pl\.?|plk|plaatsen|plekken)?\s*(?:\((?:taak|van)\s*\d+\))?\s*\.?\s*")


_NOTHING_IN_USE = re.compile(r"^\W*(?:(?:nog|nu|momenteel)\s+)?(?:niks|niets)\s+in\s+gebruik\b|"
                             r"[,;]\s*(?:(?:nog|nu|momenteel)\s+)?(?:niks|niets)\s+in\s+gebruik\b|"
                             # "we hebben nu nog niks aan opvang": none now
                             r"\b(?:hebben|heeft)\s+(?:we\s+|wij\s+)?(?:nu\s+|momenteel\s+|op dit moment\s+)?(?:nog\s+)?"
                             r"(?:niks|niets)\s+aan\s+(?:asiel)?opvang\b")


# "Loon op Zand: 0 plekken.", "Zundert: 0 plaatsen, geen grond": the municipality's name as the label of its count
_ZERO_NAMED = re.compile(r"\W*([a-z][a-z' .-]{1,30}):\s*0\s*(?:pl\.?|plaatsen|plekken)\b(?:[.,;].*)?")
_NOT_A_NAME = re.compile(r"\b(?:tekort|gaan|gepland|voorbereiding|taak|opgave|verschil|rest|nodig|vervallen|weg|fase|"
                         r"verkenning|onderzoek|amv|regulier)\b")


_NONE_OF_US = re.compile(r"^\W*geen\s+van\s+(?:de\s+)?(?:beide|twee|drie|vier|vijf)\s+gemeenten\s+(?:heeft|hebben)\b[^.;]{0,40}?"
                         r"\b(?:asiel)?(?:opvang)?(?:plaatsen|plekken)\s+in\s+gebruik\b")


def _zero(sents: list[Sentence]) -> tuple[bool, str]:
    for s in sents:
        if _ZERO_LABEL.fullmatch(s.text.lower()) or s.section == "status" and _ZERO_UNDER_STATUS.fullmatch(s.text.lower()):
            return True, s.text  # ... "Status: 0 (taak 76)", the label taken off as the section
        if (named := _ZERO_NAMED.fullmatch(s.text.lower())) and not _NOT_A_NAME.search(named.group(1)):
            return True, s.text
        if _ZERO_HOST.search(s.text.lower()) and not re.search(r"\b(zal|zullen|na|vanaf|toen)\b", s.text.lower()):
            return True, s.text  # "Op dit moment vangt Bunnik nog geen asielzoekers op"
        if _NONE_OF_US.search(s.text.lower()):
            return True, s.text  # "Geen van beide gemeenten heeft op dit moment opvangplaatsen in gebruik"
        if _NOTHING_IN_USE.search(s.text.lower()):
            return True, s.text  # "0 van 92, niks in gebruik"
        if "geen" not in s.text.lower() and "nul" not in s.text.lower():
            continue  # every _ZERO match holds one ("heeft momenteel nul opvangplaatsen" too)
        for lo, hi in _clause_bounds(s.text):
            low = s.text[lo:hi].lower()
            m = _ZERO.search(low)
            if not m:
                continue
            after = low[m.end():m.end() + 40]
            if re.match(r"\s*(voor|aan)\s+(alleenstaande|amv|minderjarige)", after) or "amv" in low[m.start():m.end()]:
                continue
            if re.match(r"\s*(?:van|met|voor)?\s*(?:meer dan|groter dan|boven)\b", after) \
                    or re.search(r"\b(?:motie|opdraagt|opgedragen)\b", low):
                continue  # "geen opvang van meer dan 150 asielzoekers": a limit set, not none in use
            # ("meer dan tien jaar" compares; "..., op dit moment nog geen plaatsen biedt" says now, whatever before)
            head = re.sub(r"\b(?:meer|minder|eerder|later|langer|korter|groter|kleiner)\s+dan\b", "", low[:m.start()])
            if re.search(r"\b(na|vanaf|zal|zullen|dreigt|daarna|straks|dan(?!\s+ook\b)|tussen)\b", head) \
                    and not re.search(r"\b(?:op dit moment|momenteel|thans)\s+(?:\w+\s+)?$", head):
                continue  # "na 1 september heeft de gemeente geen opvangplekken meer": later, not now
            if re.search(r"\b(zou|zouden|wilde|onderzoek\w*)\b", low) or (
                    re.search(r"\b(toen|waren|was|had|hadden)\b", low) and not re.search(r"\btot (nu|op heden)\b", low)
                    # ("Op de peildatum van 1 december waren er nog geen plaatsen in gebruik": the count the letter asks)
                    and not (re.search(r"\b(?:op|per)\s+(?:de\s+peildatum|\d{1,2}\s+[a-z]+)\b", low)
                             and not re.search(r"\b(?:toen|destijds|vorig jaar|in 20\d\d)\b", low))):
                continue  # "toen waren er nog geen plekken": history
            return True, s.text
    return False, ""


def _sentence_totals(ms: list[PlaceMention]) -> list[PlaceMention]:
    """Within one sentence: a total stated before its parts wins; parts after "waarvan" never count."""
    every = ms
    ms = [m for m in ms if not m.part]
    if len(ms) < 2:
        return ms
    out: list[PlaceMention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        rest = ms[i + 1:]
        later = [x for x in every if x.pos > m.pos and x.group == "total"]
        # (a part of a part, "(250 plaatsen, waarvan 20 AMV)", is no further figure)
        if len(later) >= 2 and len(later) == len([x for x in every if x.pos > m.pos and not (x.part and x.group != "total")]) \
                and any(x.part for x in later) \
                and sum(x.value * x.each for x in later) == m.value:
            # "420 plaatsen, verdeeld over de locatie X (200 plaatsen) en het stadskantoor (220 plaatsen)": the
            # parts add up to the total said first, one of them already read as a part
            for x in later:
                x.part = True
            out.append(m)
            i += 1 + len([x for x in rest if x in later])
            continue
        # "608 plekken in gebruik: 560 reguliere en 48 AMV", "135 personen (127 regulier en 8 AMV)"
        acc, j = 0, 0
        while j < len(rest) and acc < m.value:
            acc += rest[j].value * rest[j].each
            j += 1
        if j >= 2 and acc == m.value:
            for p in rest[:j]:
                p.part = True
            out.append(m)
            i += 1 + j
            continue
        # (the last cell of a table row that adds up the cells before it: "0 plaatsen | 35 plaatsen | 60 plaatsen |
        # 95 plaatsen" under "Hillegom | Lisse | Teylingen | Totaal")
        if (m.total or (" | " in m.text and i == len(ms) - 1 and len(out) >= 2)) and out \
                and sum(o.value for o in out) == m.value:
            for o in out:
                o.part = True
            out = [m]
            i += 1
            continue
        if out and m.role == "realised" and all(o.role == "realised" for o in out) \
                and re.search(r"\b(?:daarmee|waarmee|zodat)\b[^.;]{0,40}$|\b(?:totaal|in totaal)\s+(?:nu|thans|inmiddels)\s+$",
                              m.text[:m.pos].lower()) \
                and m.value > sum(o.value for o in out):
            # "zijn daar 40 plaatsen bijgekomen; daarmee zijn er nu 170 plaatsen in gebruik": the count it makes;
            # "75 plk opgeleverd en in gebruik, totaal nu 215": the count now, the new site in it
            for o in out:
                o.part = True
            out = [m]
            i += 1
            continue
        out.append(m)
        i += 1
    return out


_ADDITIVE = re.compile(r"\s*(?:daarnaast|verder|bovendien|tevens|ook|en daarnaast)\b", re.I)


def _additive(m: PlaceMention) -> bool:
    """A sentence opened by "Daarnaast" / "Verder" names places besides those before, not the same ones."""
    return bool(_ADDITIVE.match(m.text)) or m.cue in ("resteren", "resteert")  # what remains after a loss


def _row_label(m: PlaceMention) -> str:
    """The number or letter of a phase that opens a table row ("2" in "2 | 70 regulier + 10 AMV | medio 2041",
    "fase B"), "" outside a table, for a row that sums up ("Totaal | 160") or for a row named otherwise."""
    if " | " not in m.text:
        return ""
    label = m.text.split(" | ")[0].strip().lower()
    if m.pos < len(label) or not re.fullmatch(r"(?:fase\s+|deelfase\s+|tranche\s+)?(?:\d{1,2}|[a-e])", label):
        return ""
    return label


def _different_site(a: PlaceMention, b: PlaceMention) -> bool:
    """Both name a site and no name is shared ("Bollenhof" and "Bollenhof-gebouw" are one); or they stand in rows of
    a table whose first cells differ ("1 | 80 regulier" and "2 | 70 regulier + 10 AMV": two phases)."""
    if a.sent != b.sent and (la := _row_label(a)) and (lb := _row_label(b)) and la != lb:
        return True
    if not (a.sites and b.sites) or a.sites & b.sites:
        return False
    stems = {x.split("-")[0].lower() for x in a.sites}
    return not any(x.split("-")[0].lower() in stems for x in b.sites)


_ADDED = re.compile(r"\b(?:opnieuw|nogmaals|nog eens|eveneens|ook)\s+(?:\w+\s+)?$")


def _other_phase(a: PlaceMention, b: PlaceMention) -> bool:
    pa = {x for x in a.sites if x.startswith("fase ")}
    pb = {x for x in b.sites if x.startswith("fase ")}
    return bool(pa and pb and not pa & pb)


_PHASE_WORDS = re.compile(r"\bfasen?\b|\bdelen\b|\btranches?\b|\beerste\b|\btweede\b|\bderde\b|\bdeel\b|\bresterende\b|\boverige\b")


def _subset_summing(total: int, values: list[int], smallest: int = 2) -> tuple[int, ...]:
    """Indexes of `smallest` or more values that add up to `total` (the first such set found), else ()."""
    if len(values) > 10:
        return ()
    from itertools import combinations
    for n in range(smallest, len(values) + 1):
        for combo in combinations(range(len(values)), n):
            if sum(values[j] for j in combo) == total:
                return combo
    return ()


def _parts_of(total: int, later: list[int]) -> bool:
    """The later figures are the parts of `total`, a part named twice counted once: [90, 90, 90] of 180."""
    if sum(later) == total:
        return True
    if len(later) > 8:
        return False
    from itertools import combinations
    for n in range(2, len(later)):
        for combo in combinations(range(len(later)), n):
            picked = [later[j] for j in combo]
            if sum(picked) == total and all(later[j] in picked for j in range(len(later)) if j not in combo):
                return True
    return False


_TOTAL_LINE = re.compile(r"\W*(?:totaal|in totaal|samen(?!\s+met\b)|opgeteld)\b", re.I)
# "In voorbereiding: 32 plaatsen." under a table of sites: the table's sum, said as a label line
_LABEL_TOTAL = re.compile(r"\W*(?:in voorbereiding|gepland|in gebruik|gerealiseerd)\s*(?::|zijn|is)\s*(?:er\s+)?[\d.]+\s+"
                          r"(?:\w+\s+)?"
                          r"(?:plaatsen|plekken)\W*$", re.I)


def _phases_of_a_split_whole(whole: list[PlaceMention]) -> None:
    """"uitbreiding met 110 reguliere plaatsen en 6 AMV-plaatsen, in twee fasen. ... De eerste fase (60 reguliere
    plaatsen) ... De tweede fase, met 50 reguliere en 6 AMV-plaatsen": the phases told later are the parts of a
    whole told before as regulier + AMV in one sentence, not places besides it."""
    sents = sorted({m.sent for m in whole})
    for sent in sents:
        group = [m for m in whole if m.sent == sent]
        if len(group) < 2 or len({m.group for m in group}) < 2:
            continue
        later = [m for m in whole if m.sent > sent]
        if len(later) >= 2 and all(_PHASE_WORDS.search(m.text.lower()) for m in later) \
                and len({m.sent for m in later}) >= 2 \
                and sum(m.value * m.each for m in later) == sum(m.value * m.each for m in group):
            for m in later:
                m.part = True
            return


def _add_up(ms: list[PlaceMention]) -> int | None:
    """Sum over sites and phases, each figure once, a stated total over its parts."""
    if not ms:
        return None
    whole = [m for m in ms if not m.part]
    _phases_of_a_split_whole(whole)
    whole = [m for m in whole if not m.part]
    for i, m in enumerate(whole):  # "180 plekken ... Fase 1 (90 plekken) ... Fase 2 (90 plekken)": parts of the 180
        later = [k for k in whole[i + 1:] if k.value * k.each != m.value * m.each]
        phase = {x for x in m.sites if x.startswith("fase ")}
        theirs = {x for k in later for x in k.sites if x.startswith("fase ")}
        if len(later) >= 2 and all(_PHASE_WORDS.search(k.text.lower()) for k in later) \
                and not (phase and theirs and not phase & theirs) \
                and _parts_of(m.value * m.each, [k.value * k.each for k in later]):
            for k in ms:
                k.part = k is not m
            return m.value * m.each
        phases = [k for k in later if _PHASE_WORDS.search(k.text.lower()) and k.sent > m.sent]
        combo = _subset_summing(m.value * m.each, [k.value * k.each for k in phases]) if len(phases) >= 2 else ()
        if combo and len(combo) < len(later) and not (phase and theirs and not phase & theirs) \
                and len({phases[j].sent for j in combo}) == 1:
            for j in combo:  # "Bolsward (150 plekken) ... Bolsward wordt in twee delen opgeleverd: 90 ... en 60 ...",
                phases[j].part = True  # beside another site's 24: the phases are the 150's parts, the 24 stays
            whole = [k for k in whole if not k.part]
            break
    _sum_said_again(whole)
    if (c := _concluded(whole)) is not None:
        for k in ms:
            k.part = k is not c
        return c.value
    kept: list[PlaceMention] = []
    seen: list[PlaceMention] = []
    for m in ms:
        earlier = [k for k in seen if k.value * k.each == m.value * m.each]
        seen.append(m)
        if m.part:
            continue
        if earlier and m.definite:
            m.part = True  # "de 38 AMV-plekken" refers back to a figure (or a part) named before
            continue
        if earlier and any(k.part and k.sent < m.sent for k in earlier) and _PHASE_WORDS.search(m.text.lower()) \
                and not _ADDED.search(m.text[max(0, m.pos - 20):m.pos].lower()):
            m.part = True  # "in twee fasen: eerst 64 ... en daarna 60" ... "Het tweede bouwdeel met 60 plaatsen": that
            continue  # phase again
        if re.search(r"\bde eerste\s+$", m.text[max(0, m.pos - 12):m.pos].lower()) \
                and any(k.value > m.value and k.sent < m.sent for k in seen):
            m.part = True  # "de eerste 60 plekken" of a location of 120 named before: a phase of it
            continue
        same = [k for k in kept if k.value * k.each == m.value * m.each]  # "15 units, elk voor 4" is 60 too
        if same and (_ADDED.search(m.text[max(0, m.pos - 20):m.pos].lower()) or _other_phase(m, same[0])):
            kept.append(m)  # "fase 2 omvat opnieuw 40 plaatsen": another 40
            continue
        if same and m.sent == same[0].sent \
                and (first := _EACH_ITS_PLACE.fullmatch(m.text[same[0].pos + len(str(same[0].value)):m.pos])) \
                and (second := _AT_A_PLACE.match(m.text, m.pos + len(str(m.value)))) and first.group(1) != second.group(1):
            kept.append(m)  # "60 plekken in Stolwijk en 60 in Schoonhoven": each at a place of its own
            continue
        if same and m.sent == same[0].sent and re.search(r"\bfasen\b|\btwee delen\b", m.text.lower()) \
                and not m.definite:
            kept.append(m)  # "in twee fasen: 75 plekken per 1 april en 75 plekken per 1 oktober"
            continue
        if same and (m.definite or same[0].definite and not _ADDED.search(m.text[max(0, m.pos - 20):m.pos].lower())
                     or m.persons or not _different_site(m, same[0]) or m.sent == same[0].sent
                     or m.source != same[0].source and m.definite):
            m.part = True  # the same figure again
            continue
        kept.append(m)
    values = [m.value * m.each for m in kept]
    summary = [m for m in kept if m.value == max(values) and (_TOTAL_LINE.match(m.text) or _LABEL_TOTAL.match(m.text)
                                                              and all(k.cue in ("tabel", "kolom") for k in kept
                                                                      if k is not m))]
    if summary and len(kept) >= 2:  # "Totaal in gebruik: 152 - in voorbereiding: 290": the summary line wins
        for k in kept:
            k.part = k is not summary[0]
        return summary[0].value
    for m in kept:
        rows = [k for k in kept if k is not m and k.sent > m.sent and k.cue in ("tabel", "kolom")]
        if m.total and m.text.rstrip().endswith(":") and rows and sum(k.value * k.each for k in rows) <= m.value:
            for k in rows:  # "De locatie wordt in drie fasen gerealiseerd, samen 160 plaatsen:" above its rows
                k.part = True
            kept = [k for k in kept if k not in rows]
            values = [k.value * k.each for k in kept]
            break
    stated = [m for m in kept if m.total and m.value == max(values)]
    if stated and len(kept) >= 3:
        rest = sum(v for k, v in zip(kept, values, strict=True) if k is not stated[0])
        if abs(rest - stated[0].value) <= 0.15 * stated[0].value:  # "circa 40" + "ruim 80" = "in totaal 125"
            for k in kept:
                k.part = k is not stated[0]
            return stated[0].value
    for m in kept:
        others = sum(v for k, v in zip(kept, values, strict=True) if k is not m)
        phase = {x for x in m.sites if x.startswith("fase ")}
        theirs = {x for k in kept if k is not m for x in k.sites if x.startswith("fase ")}
        rows = _row_label(m) and all(_row_label(k) and _row_label(k) != _row_label(m) for k in kept if k is not m)
        if len(kept) >= 3 and m.value == others and not (phase and theirs and not phase & theirs) and not rows:
            # (not "1 | 80 regulier" beside "2 | 70 regulier + 10 AMV": a row is no sum of another row's figures)
            # (not "fase 1: 200" beside "fase 2: 180 + 20": a phase is no sum of another phase's figures)
            for k in kept:
                k.part = k is not m
            return m.value
    return sum(values)


# "Op dit moment zijn dus nog 150 plaatsen in gebruik": a count concluded from what was told before it
_CONCLUDED = re.compile(r"\b(?:zijn|is|hebben|heeft|staan|telt|tellen)\s+(?:er\s+|wij\s+|we\s+)?dus\s+(?:nu\s+|nog\s+|in totaal\s+)*$|"
                        r"\bdus\s+(?:zijn|hebben|staan)\s+(?:er\s+|wij\s+|we\s+)?(?:nu\s+|nog\s+)*$")


def _concluded(ms: list[PlaceMention]) -> PlaceMention | None:
    """"De 30 AMV-plaatsen blijven bestaan. Op dit moment zijn dus nog 150 plaatsen in gebruik.": the count concluded
    from what was told before holds the figures before it (the last and largest, the others adding up to no more)."""
    whole = [m for m in ms if not m.part]
    found = [m for m in whole if _CONCLUDED.search(m.text[max(0, m.pos - 30):m.pos].lower())]
    if len(found) != 1:
        return None
    c = found[0]
    others = [k for k in whole if k is not c]
    if others and all(k.sent < c.sent and k.value * k.each < c.value for k in others) \
            and sum(k.value * k.each for k in others) <= c.value:
        return c
    return None


def _sum_said_again(whole: list[PlaceMention]) -> None:
    """"Na verbouwing biedt het complex 40 reguliere plekken en 14 plekken voor amv. ... juni 2040 woonzorgcomplex
    gereed (54 plekken)": a later figure equal to the sum of one earlier sentence's figures is those places again."""
    by_sent: dict[int, list[PlaceMention]] = {}
    for m in whole:
        if not m.part:
            by_sent.setdefault(m.sent, []).append(m)
    for m in whole:
        if m.part or m.total or _ADDED.search(m.text[max(0, m.pos - 20):m.pos].lower()):
            continue
        for sent, group in by_sent.items():
            if sent < m.sent and len(group) >= 2 and sum(k.value * k.each for k in group) == m.value * m.each \
                    and not any(_other_phase(m, k) for k in group):
                m.part = True
                break


_EACH_ITS_PLACE = re.compile(r"\s+(?:[\w-]+\s+)?(?:in|op|aan|bij)\s+([A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)?\s*(?:,\s*en|,|en)\s+")
_AT_A_PLACE = re.compile(r"\s+(?:[\w-]+\s+)?(?:in|op|aan|bij)\s+([A-Z][\w'-]+)")
# "40 plaatsen in gebruik en daarnaast wonen 6 minderjarigen in een woning": people housed besides those places
_BESIDES = re.compile(r"\b(?:daarnaast|bovendien|verder|tevens|ook nog|elders)\b")
_SAME_SITE_AGAIN = re.compile(r"\W*(?:de|deze|die|het)\s+(?:locatie|opvanglocatie|opvang|azc|gebouw|pand|hotel)\b", re.I)
# "biedt de AMV-woonvoorziening plaats aan 20 jongeren": a capacity told in persons, not the occupancy of another
_CAPACITY_IN_PERSONS = re.compile(r"\b(?:plaats|ruimte)\s+(?:aan|voor)\s+(?:maximaal\s+|ten hoogste\s+)?$")
_RESIDE_THERE = re.compile(r"\b(?:verblijven|verblijft|wonen|woont)\s+(?:\S+\s+){0,2}?(?:daar|hier|er|op (?:die|deze) "
                           r"locatie)\b|\b(?:daar|hier)\s+(?:verblijven|verblijft|wonen|woont)\b")


def _table_and_text(a: PlaceMention, b: PlaceMention) -> bool:
    """One figure from a table row, the other from a sentence: the text telling of a row ("Het noodpaviljoen met
    24 plaatsen is in gebruik tot ..." below "Noodpaviljoen Wilhelminaplein | 24 | in gebruik")."""
    return (a.cue in ("tabel", "kolom")) != (b.cue in ("tabel", "kolom"))


# the count now said before the sentence's first figure, in its first clause: "Op dit moment zijn in Meppel 170 ..."
_LEAD_NOW = re.compile(r"[^;\d]*\b(?:op dit moment|momenteel|thans|nu)\b[^;\d]*(?=\d)")
_A_SITE = re.compile(r"\b(?:gebouw|locatie|terrein|pand|azc|hotel|units?|paviljoen\w*|woning\w*|school|kantoor|"
                     r"voorziening|complex)\b")
_BESIDE_THOSE = re.compile(r"\b(?:daarnaast|ook|bovendien|verder|nog|extra|overige|andere)\b")


def _sites_in_the_count_now(kept: list[PlaceMention]) -> None:
    """"De nieuwe paviljoens aan de Blankensteinweg, met 50 reguliere plaatsen, zijn op 2 mei in gebruik genomen. Op
    dit moment zijn in Meppel 170 reguliere en 11 AMV-plaatsen in gebruik.": the count now of the whole municipality,
    told after a site's figure and larger, holds that site."""
    now = [k for k in kept if not k.sites and (lead := _LEAD_NOW.match(k.text.lower())) is not None
           and not _A_SITE.search(lead.group(0)) and not _BESIDE_THOSE.search(k.text.lower())]
    if len(now) != 1:
        return
    whole = now[0]
    for k in kept:
        if k is not whole and k.sites and k.sent < whole.sent and k.value * k.each < whole.value \
                and (whole.group == "total" or k.group == whole.group):
            k.part = True


def _realised(ms: list[PlaceMention]) -> int | None:
    rest_of: dict[int, int] = {}  # a "samen met" total -> what it holds besides the figures of its own sentence
    by_sent: dict[int, list[PlaceMention]] = {}
    for m in ms:
        by_sent.setdefault(m.sent, []).append(m)
    for m in ms:
        # "Volgens het COA wonen er momenteel 310 mensen. De locatie heeft 400 plekken": the residents are the
        # occupancy of the capacity said next to them
        if m.persons and any(c.sent == m.sent + 1 and not c.persons and c.value >= m.value
                             and _SAME_SITE_AGAIN.match(c.text) for c in ms):
            m.part = True
        elif m.persons and _RESIDE_THERE.search(m.text.lower()) and any(not c.persons and c.sent < m.sent for c in ms):
            # "aan de Akkerlaan zijn 75 plaatsen in gebruik ... In totaal verblijven daar 83 personen": the people
            # living in the places counted elsewhere
            m.part = True
    kept: list[PlaceMention] = []
    summed_parts: list[PlaceMention] = []
    for group in by_sent.values():
        firsts: list[PlaceMention] = []
        for m in group:
            if any(f.value == m.value and f.group == m.group for f in firsts) \
                    and "respectievelijk" not in m.text.lower():  # "respectievelijk 12, 12 en 8": three sites
                m.part = True  # "vangt 40 asielzoekers op; het gebouw heeft plaats voor 40 personen"
            else:
                firsts.append(m)
        group = firsts
        whole = [m for m in group if m.cue == "nu in gebruik"]
        if whole:  # "verliest 200 van de 220 plekken die nu in gebruik zijn; de locatie met 20 plekken blijft open"
            for m in group:
                m.part = m is not whole[0]
            group = whole
        capacity = [m for m in group if not m.persons]
        said_capacity = [m for m in group if m.cue in _capacity_words()]
        for m in group:  # "Het gebouw is vergund voor 95 personen; er verblijven nu 88 mensen": who lives there now
            if m.persons and m.cue in ("verblijven", "verblijft", "wonen", "woont", "zitten") \
                    and any(c is not m and c.value >= m.value for c in said_capacity):
                m.part = True
        for m in group:
            besides = any(c.pos < m.pos and _BESIDES.search(m.text[c.pos:m.pos].lower()) for c in capacity)
            # "vangt 116 asielzoekers op: 110 reguliere plaatsen ... en 6 AMV-plaatsen": the total, its parts named
            summed = all(c.part for c in capacity) and m.value == sum(c.value for c in capacity)
            if m.persons and capacity and not besides and not summed \
                    and not _CAPACITY_IN_PERSONS.search(m.text[max(0, m.pos - 30):m.pos].lower()) and (
                    any(c.group in (m.group, "total") for c in capacity) or m.group == "total"
                    and m.value <= sum(c.value for c in capacity)):
                # "biedt 20 plekken; er wonen 18 asielzoekers", "30 reguliere en 5 AMV-plekken; er verblijven nu 33
                # personen": the places count, the residents are their occupancy
                m.part = True
        if re.match(r"\s*samen met\b", group[0].text.lower()) and len(group) >= 2 \
                and group[-1].value > max(g.value for g in group[:-1]):
            # "Samen met de 12 AMV-plaatsen hebben wij nu 40 plaatsen": the last is the sum of these and of places
            # named before (the rest of it)
            group[-1].total = True
            rest_of[id(group[-1])] = group[-1].value - sum(g.value for g in group[:-1])
            for g in group[:-1]:
                g.part = True
        parts = _sentence_totals(group)
        if len(parts) > 1:  # "140 reguliere opvangplekken en 20 AMV-plekken": one figure for the sentence
            summed_parts.extend(parts)
            head = PlaceMention(sum(p.value * p.each for p in parts), "realised", group="total", text=parts[0].text,
                                sent=parts[0].sent, sites=frozenset().union(*(p.sites for p in parts)))
            kept.append(head)
        else:
            kept += parts
    if not kept:
        return None
    _sites_in_the_count_now(kept)
    kept = [k for k in kept if not k.part]
    # the same figure once; a figure that is the sum of others is the total
    uniq: list[PlaceMention] = []
    for m in kept:
        if m.definite and any(p.value == m.value and p.sent < m.sent for p in summed_parts):
            m.part = True  # "280 reguliere en 30 AMV-plaatsen in gebruik. De 30 AMV-plaatsen zijn sinds februari ..."
            continue
        if any(u.value == m.value and (m.definite or u.definite or not _different_site(u, m)
                                       or _table_and_text(u, m) and not _additive(m)) for u in uniq):
            m.part = True
            continue
        uniq.append(m)
    if (c := _concluded(uniq)) is not None:
        for u in uniq:
            u.part = u is not c
        return c.value
    for m in uniq:
        others = [u for u in uniq if u is not m]
        if len(others) >= 2 and m.value == sum(u.value for u in others):
            for u in others:
                u.part = True
            return m.value
    for m in sorted((u for u in uniq if u.total), key=lambda u: -u.value):
        # a stated total that is the sum of some figures named elsewhere ("samen met de locatie aan de Molenstraat
        # (160) biedt Oss nu 310", after "Fase 1, met 150 plaatsen"): those figures are its parts
        others = [u for u in uniq if u is not m and not u.part and u.value < m.value]
        picked = _subset_summing(rest_of.get(id(m), m.value), [u.value for u in others],
                                 smallest=1 if id(m) in rest_of else 2)
        if picked:
            for k in picked:
                others[k].part = True
    uniq = [u for u in uniq if not u.part]
    if any(u.value for u in uniq):  # "Hillegom: in gebruik: 0" beside the others' figures: nothing to add or weigh
        uniq = [u for u in uniq if u.value]
    if len(uniq) == 1:
        return uniq[0].value * uniq[0].each  # "twee appartementen met elk vier plekken": 8
    groups = {u.group for u in uniq}
    summed = any(u.total or re.search(r"\b(dus|daarmee|in totaal|samen|totaal)\b", u.text.lower()) for u in uniq)
    stated = [u for u in uniq if u.group == "total" and re.search(r"\b(?:in totaal|samen|totaal)\b", u.text.lower())]
    if len(stated) == 1 and all(u.group in ("amv", "regulier") and u.value < stated[0].value
                                for u in uniq if u is not stated[0]):
        # "beschikt over 24 AMV-plekken ... In totaal biedt Coevorden op dit moment 114 plekken": the stated total
        for u in uniq:
            u.part = u is not stated[0]
        return stated[0].value
    if len(groups) == len(uniq) or all(_different_site(a, b) or (not summed and (_additive(a) or _additive(b)))
                                       for a in uniq for b in uniq if a is not b):
        return sum(u.value * u.each for u in uniq)
    best = max(uniq, key=lambda u: u.value)
    for u in uniq:
        u.part = u is not best
    return best.value


def _planned(ms: list[PlaceMention]) -> int | None:
    by_sent: dict[int, list[PlaceMention]] = {}
    for m in ms:
        by_sent.setdefault(m.sent, []).append(m)
    for group in by_sent.values():
        _sentence_totals(group)
    return _add_up(ms)


_COUNT_HEADER = re.compile(r"gerealiseerd|in gebruik|voorbereiding|taak|opgave|regulier|amv|totaal|plaatsen|plekken|"
                           r"tekort|aantal|capaciteit")
# header cells that name or date something rather than count it ("Locatie in voorbereiding", "Verwacht gereed")
_NAMING_HEADER = re.compile(r"locatie|adres|gereed|verwacht|planning|opmerking|toelichting|stand van zaken|status")


def _another_municipality(cell: str, own: tuple[str, ...]) -> bool:
    """A row's first cell naming a municipality the mail is not written for."""
    from parsers.gemeenten import load_directory

    found = load_directory().lookup(cell) if cell else []
    return bool(found) and not any(g.name in own for g in found)


def _table(rows: list[str], own: tuple[str, ...] = ()) -> dict[str, int]:
    """Figures from a status table row "Totaal | 250 | 95 | 155" under a header row."""
    lines = [ln for ln in rows if "|" in ln]
    header: list[str] | None = None
    out: dict[str, int] = {}
    named = 0
    for ln in lines:
        cells = [c.strip().lower() for c in ln.split("|")]
        nums = [int(c.replace(".", "")) for c in cells[1:] if re.fullmatch(r"\d[\d.]*", c)]
        summary = re.fullmatch(_STATUS_SUMMARY, cells[0]) if cells else None
        if summary and nums and (len(nums) == 1 or nums[-1] == sum(nums[:-1])):
            # "Gerealiseerd | 300 | 28 | 328", "In voorbereiding | 137 | 0 | 137" below the site rows: the sums
            out["planned" if re.search(r"voorbereiding|gepland", summary.group(1)) else "realised"] = nums[-1]
            continue
        if any("gerealiseerd" in c or "in gebruik" in c for c in cells) and any("voorbereiding" in c for c in cells) \
                and not any(re.fullmatch(r"\d+", c) for c in cells):
            header = cells
            continue
        if header and cells and not cells[0].startswith("totaal") and _another_municipality(cells[0], own):
            named += 1  # "Eindhoven | 1.650 | 1.420 | 300": a row of a regional overview (not a shared service's own)
            continue
        if header and cells and cells[0].startswith("totaal") and named < 2:
            # (the total of a regional overview, one row per municipality, is the region's, not the municipality's)
            nums = [c for c in cells[1:] if c]
            counting = [h for h in header if _COUNT_HEADER.search(h) and not _NAMING_HEADER.search(h)]
            # empty cells are left out of a row (HTML and tab-separated alike): its figures stand under the header's
            # columns that count something, in order ("Gemeente | Gerealiseerd | In voorbereiding | Stand")
            heads = counting if len(counting) == len(nums) else \
                header[-len(nums):] if len(header) >= len(nums) else header
            for h, v in zip(heads, nums, strict=False):
                if re.fullmatch(r"\d+", v):
                    if "gerealiseerd" in h or "in gebruik" in h:
                        out["realised"] = int(v)
                    elif "voorbereiding" in h:
                        out["planned"] = int(v)
    return out
