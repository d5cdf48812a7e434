"""The place mentions of one sentence: which numbers count places, with their role, group and site."""
from __future__ import annotations

import re

from parsers.dates import MONTHS
from parsers.places.cues import (
    _BECAME,
    _CORRECTION,
    _DWELLINGS,
    _PLAN_NOUN,
    _PLANNED_LABELS,
    _REF_DAY,
    _STATUS_LABEL,
    _SUMMARY_ROW,
    _THEN_AFTER_NOW,
    _TOTAL_ROW,
    _ahead,
    _arrow_end_with_site,
    _count_before_arrow,
)
from parsers.places.roles import (
    _NOT_YET_LIVED_IN,
    _STATUS_CELL,
    _group,
    _is_modifier,
    _is_money_after,
    _lead_role,
    _roles,
)
from parsers.places.words import (
    _COMPARATIVE,
    _DEFINITE,
    _MONTHS,
    _YEAR_PREP,
    PlaceMention,
    _is,
    _num,
    _Tok,
    _tokens,
)
from parsers.segments import Sentence

# a bare figure whose part in brackets names the unit: "310 (waarvan 26 amv)", "64 (incl. 8 AMV-plekken)"
_PART_IN_BRACKETS = re.compile(r"\s*\(\s*(?:waarvan|daarvan|waaronder)\s+\d+\s*(?:amv|reg\.?|regulier\w*|"
                               r"plekken|plaatsen|pl\.?|amv-\w+)\s*\)", re.I)
# "60 tijdelijke woonunits", "10 units": units counted where the sentence gives no other count of places or people
_UNITS_AFTER = re.compile(r"\s+(?:(?:tijdelijke|flexibele|extra|nieuwe|mobiele|modulaire|eenpersoons|kleine)\s+){0,2}"
                          r"(?:woon)?units\b(?!\s*(?:voor|met|van)\s+(?:\w+\s+){0,2}\d)", re.I)
_OTHER_COUNT = re.compile(r"\b\d[\d.]*\s+(?:[\w-]+\s+){0,2}?(?:(?:asiel)?(?:opvang)?(?:plekken|plaatsen|plek|plaats)|bedden|"
                          r"personen|asielzoekers|mensen|bewoners|jongeren|vluchtelingen|statushouders|amv|"
                          r"amv-(?:plekken|plaatsen))\b", re.I)
_DWELLINGS_WHOLE = re.compile(r"\d[\d.]*\s+(?:[\w-]+\s+)?(?:flexwoningen|woningen|woonunits|units|wooneenheden|"
                              r"appartementen|studio'?s)\b[^.;]{0,20},?\s*waarvan\s*$")
_WHOLE_ADJECTIVES = frozenset({"oorspronkelijke", "eerdere", "totale", "huidige", "beschikbare", "geplande", "destijds"})


def _listed_unit(toks: list[_Tok], i: int) -> tuple[int, str, int | None] | None:
    """The unit of the last figure of a "respectievelijk 12, 12 en 8 plaatsen" list that figure i stands in (the
    caller has seen "respectievelijk" in the sentence)."""
    if not (i and (toks[i - 1].low in (",", "respectievelijk")) or i + 1 < len(toks) and toks[i + 1].low == ","):
        return None
    j = i
    while j + 2 < len(toks) and toks[j + 1].low in (",", "en") and _num(toks[j + 2]) is not None:
        j += 2
    return _bare_unit(toks, j) if j != i else None


def _named_figure_after(toks: list[_Tok], j: int) -> tuple[int, str, int | None] | None:
    """The unit of "NAME N unit" from token j on ("... 20 en Enkhuizen 30 reguliere opvangplaatsen"), or None."""
    k = j
    while k < len(toks) and k - j < 4 and toks[k].text[:1].isupper():
        k += 1
    if k == j or k >= len(toks) or _num(toks[k]) is None:
        return None
    return _bare_unit(toks, k)


def _bare_unit(toks: list[_Tok], i: int) -> tuple[int, str, int | None] | None:
    """The unit after figure i without its inner task figure: the unit another figure shares."""
    unit = _unit_after(toks, i)
    return (unit[0], unit[1], None) if unit is not None else None


def _unit_after(toks: list[_Tok], i: int) -> tuple[int, str, int | None] | None:
    """(index of the unit, "places"/"persons", inner task figure of "N van de M plekken") after number i."""
    j = i + 1
    inner = None
    if j + 2 < len(toks) and toks[j].low == "van" and toks[j + 1].low in ("de", "het") and _num(toks[j + 2]):
        inner = _num(toks[j + 2])
        j += 3
    elif j + 3 < len(toks) and toks[j].low == "van" and toks[j + 1].low in ("de", "het") \
            and toks[j + 2].low in _WHOLE_ADJECTIVES and _num(toks[j + 3]):
        inner = _num(toks[j + 3])  # "nog 60 van de oorspronkelijke 150 plaatsen"
        j += 4
    steps = 0
    if j < len(toks) and toks[j].low in ("regulier", "amv") and i and (
            j + 1 < len(toks) and toks[j + 1].low == ")" and toks[i - 1].low == "("
            or (j + 1 == len(toks) or toks[j + 1].low in (".", ";")) and toks[i - 1].low in ("voor", "met")):
        # "Voor Heesch-Zuid (95 regulier) is ...", "Fase 2: permanente opvanglocatie voor 142 regulier."
        return j, "places", inner
    while j < len(toks) and steps < 4:
        t = toks[j]
        if _is(t, "units_places"):
            if t.low in ("plaatst", "plaatste", "plaatsten", "plaatsend") \
                    and not (t.low == "plaatsten" and j == i + 1 and i and toks[i - 1].low not in ("trede", "stap")):
                return None  # "waarin u Asten op trede 4 plaatst": the verb, not places ("8 plaatsten in gebruik": a typo)
            if t.low in ("plaats", "plek") and _num(toks[i]) != 1:
                return None  # "Boulevard 40 plaats aan 50 asielzoekers": a house number before "plaats aan"
            return j, "places", inner
        if _is(t, "units_persons") and not (t.low == "amv" and j + 1 < len(toks) and _is(toks[j + 1], "units_places")):
            return j, "persons", inner
        if _is(t, "units_capacity_only") and i and toks[i - 1].low in ("voor", "aan"):
            return j, "persons", inner  # "een pand voor 45 bewoners": what it is made for; "er wonen 62 bewoners" not
        if t.low in ("en", ",", "+", "of") and j + 1 < len(toks) and _num(toks[j + 1]) is not None \
                and not (t.low == "+" and i and toks[i - 1].low in ("fase", "deel", "blok", "stap", "nr", "kavel")):
            j += 2  # "68 reguliere en 5 AMV-plekken": one unit for both (not "fase 2 +72 plk": the phase's number)
            steps += 1
            continue
        if _is(t, "modifiers") or t.low in ("(", ")", "-") or (t.low.endswith("e") and t.low.isalpha() and steps < 2
                                                                 and t.low not in _MONTHS and len(t.low) > 3):
            j += 1
            steps += 1
            continue
        return None
    return None


_NOT_ASYLUM = re.compile(r"oekra|ontheemd|statushouder|telt niet mee|tellen niet mee|arbeidsmigrant")
_OCCUPANCY_HEADER = re.compile(r"bezetting|bewoners|personen|aantal asielzoekers|opgevangen|\bbezet\s*\(")
# the words a table header is made of, when a PDF's header row lost its cell borders ("Locatie Status Capaciteit
# Bezetting" above "Azc Noord | in gebruik | 224 | 219")
_HEADER_WORDS = frozenset({"locatie", "locaties", "status", "stand", "capaciteit", "bezetting", "plaatsen", "plekken",
                           "regulier", "amv", "totaal", "fase", "gereed", "oplevering", "omschrijving", "doelgroep",
                           "opmerking", "opmerkingen", "bewoners", "gerealiseerd", "planning", "soort", "type",
                           "aantal", "adres", "gemeente", "ingebruikname"})


def _loose_header(text: str) -> str | None:
    """The header row at the end of a sentence whose cells lost their borders, as " | " cells, or None."""
    words = text.split()
    k = len(words)
    while k and words[k - 1].lower().strip(":()") in _HEADER_WORDS:
        k -= 1
    cells = words[k:]
    return " | ".join(cells) if len(cells) >= 3 else None


def _header_columns(text: str) -> tuple[str, ...]:
    """The role each column of a table header row names ("Locatie | Doelgroep | Plaatsen in gebruik"), or ()."""
    roles = []
    # "Fase  Locatie | Plekken | Beschikbaar": cells aligned by spaces inside a bordered header are cells too
    for cell in re.split(r"\||(?<=\S)\s{2,}(?=\S)", text.lower()):
        if _OCCUPANCY_HEADER.search(cell):
            roles.append("occupancy")  # "Bezetting (personen)" beside "Capaciteit": the people, not the places
        elif re.search(r"\bvolgens (?:uw|de|het|jullie)\s+(?:brief|overzicht|ministerie|opgave|cijfers)\b|\buw brief\b|"
                       r"\bvolgens u\b|\bvolgens (?:het )?(?:ministerie|rijk|coa)\b", cell):
            roles.append("past")  # "Realisatie volgens uw brief" beside "Realisatie per 1 juli": the figure corrected
        elif re.search(r"\btekort\b|\bnog nodig\b|\bnog te gaan\b", cell):
            roles.append("task")  # "Tekort nu" beside "Gerealiseerd": the gap, not a count of places
        elif re.search(r"\b(?:nu|thans|huidig\w*|actueel|actuele)\b|\bna \d{1,2}[-/]\d{1,2}", cell) \
                and not re.search(r"voorbereiding|gepland|bezet", cell):
            roles.append("realised")  # "Plaatsen nu", "na 1-10-2032": the count as it stands
        elif re.fullmatch(r"\s*(?:plaatsen\s+|aantal\s+)?(?:(?:per|op|voor|tot)\s+)?\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\s*|"
                          r"\s*(?:plaatsen\s+)?(?:voorheen|eerder|oud|was)\s*", cell):
            roles.append("past")  # "Plaatsen 1-9-2032", "voor 1-10-2032" beside "nu": what it was
        elif re.fullmatch(r"\s*(?:fase|nr\.?|nummer|no\.?|#|jaar|volgnummer)\s*", cell) \
                or re.match(r"\s*(?:waarvan|daarvan|waaronder|w\.\s?v\.?|incl\.?|inclusief)\s", cell):
            roles.append("id")  # "| Fase | Plaatsen |" above "| 2 | 60 |": the phase's number, not places; "waarvan
            # AMV" beside "Plaatsen": a part of the row's count, counted in it
        elif re.search(r"in gebruik|gerealiseerd|bezet|bewoond|beschikbaar|realisatie", cell):
            roles.append("realised")
        elif re.search(r"voorbereiding|gepland|in aanbouw|te realiseren|nog te", cell):
            roles.append("planned")
        elif re.search(r"\btaak|taakstelling|opgave", cell):
            roles.append("task")
        elif (group := _GROUP_COLUMN.fullmatch(cell.strip())) is not None:
            roles.append("=" + next(k for k, v in group.groupdict().items() if v))
        elif re.search(r"capaciteit|plaatsen|plekken|aantal", cell):
            roles.append("#")  # a column that counts places, its role told by each row's status
        else:
            roles.append("")
    if not any(r.startswith("=") and r != "=total" for r in roles):  # a total column only beside its parts
        roles = ["" if r == "=total" else r for r in roles]
    return tuple(roles) if any(r and r != "#" for r in roles) and len(roles) > 1 else ()


# a header cell naming the group its column counts ("Reg.", "AMV-plaatsen", "Tot."): not a role
# "het zijn er 64", "dat zijn er inmiddels 80": a count whose noun was said before
_COUNT_SAID_AGAIN = re.compile(r"\b(?:(?:het|dat|dit) zijn|zijn het|(?:zijn|worden) dat)"
                               r" er(?: nu| inmiddels| thans| momenteel| op dit moment| uiteindelijk| precies)?\s*$|"
                               # "Van de 65 plaatsen resteren er daardoor 25": what is left, its noun said before
                               # (not "na 1 mei resteren er 40": what will be left, told without such a word)
                               r"\b(?:resteren|resteert) er(?:\s+(?:daardoor|dus|nu|nog|daarmee|slechts|maar|inmiddels))+\s*$")
# "komen er 150 bij", "komen er straks nog 40 bij": places added, the noun left out
_MORE_COME = re.compile(r"\b(?:komen|komt|kwamen)\s+er\s+(?:(?:nog|straks|dan|daar|hier|binnenkort)\s+){0,2}$")
_PLACES_TOPIC = re.compile(r"^\W*(?:regulier|reguliere|amv)\b|\b(?:plaatsen|plekken|opvangplekken|opvangplaatsen)\b|"
                           r"\d\s*pl\b")
# a count said bare in a terse reply: "Nu: 45.", "nu 12, straks 25", "Stand 1/7: 45", "NU 30, NA HORNWEG-NOORD 80"
# ... "stnd 52/210" (typed in haste), "Klaar: 80 (Horsterweg, sinds maart in gebruik)": the places finished
_TERSE_NOW = re.compile(r"(?:^|[.;,:]\s|\n)\W*(?:nu|st(?:a)?nd(?:\s+(?:per\s+)?\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?)?|"
                        r"(?:klaar|gereed)(?=\s*:))\s*:?(?:\s*nog(?:\s+steeds)?)?\s*$")
_TERSE_THEN = re.compile(r"(?:^|[,;]\s*)\W*(?:straks|daarna|dan|na\s+[\w-]+(?:[\s-][\w-]+)?)\s*:?\s*\d+\b[^.;]*$")
# ... "nu 420 -> 596 in Q3 2040": the count now, then where an arrow leads
_TERSE_END = re.compile(r"\s*(?:[,.;()+]|/(?!\d)|$|reg\b|amv\b|(?:alle|allemaal)\b|-+>|→|=>)")
# "Skoatterwâld units (48)": the units of a site and their count in brackets
_SITE_UNITS = re.compile(r"\b(?:units|woonunits|paviljoens?|flexwoningen|chalets)\s*\($", re.I)
# "Paviljoen Bruinehaar (15) in aanbouw": a site named before the bracket and its state after it
_BARE_SITE = re.compile(r"(?:\b(?:paviljoen|locatie|units|pand|hotel|woning|school|kazerne|azc)\b|[A-Z][\w-]{2,})[^()]{0,30}\($",
                        re.I)
_STATUS_AFTER = re.compile(r"\s*(?:[,:-]\s*)?(?:in aanbouw|in gebruik|in voorbereiding|in procedure|vergund|gepland|open|"
                           r"gereed|bewoond|opgeleverd)\b")
_FIGURES_ONLY = re.compile(r"[\W\d]*(?:(?:regulier|reguliere|reg|r|amv|totaal|taak|plekken|plaatsen|pl)\b[\W\d]*)+")
_LINE_LABEL_LEAD = re.compile(r"^\W*(?:stand|status|nu|huidig|huidige stand|stand van zaken)\b[^:\d]{0,30}:\s*")
# a table row of a province, region or the country beside the municipality's own
_OTHER_ROW = re.compile(r"\s*(?:provincie|regio|subregio|totaal (?:provincie|regio)|landelijk|nederland|heel)\b", re.I)
_GROUP_COLUMN = re.compile(r"(?P<regulier>reg\.?|regulier(?:e)?(?: plaatsen| plekken)?)|"
                           r"(?P<amv>amv(?:-plaatsen|-plekken)?)|(?P<total>tot\.?|totaal(?: plaatsen| plekken)?)")

# a status label that may carry a remark before its colon: "Stand van zaken (obv telling 1/1):", "Stand v. zaken:"
_STATUS_LEAD = re.compile(r"\W*(?:huidige\s+|actuele\s+)?(?:stand|status|stnd)(?:\s+(?:van|v\s*\.)\s+zaken)?\b[^:]{0,50}:\s*$")


def _table_role(toks: list[_Tok], i: int) -> str | None:
    """A figure in a status line without a unit: "gerealiseerd: 40", "regulier 180 in gebruik"; a role ending in
    "~" comes from a row's status cell before other text cells and counts only where no sentence gives that role."""
    if any(t.low == "|" for t in toks) and _NOT_ASYLUM.search(" ".join(t.low for t in toks)):
        return "other"  # "Haagweg | Oekraïense ontheemden | in gebruik | 120 (telt niet mee voor de Spreidingswet)"
    prev = [t.low for t in toks[max(0, i - 3):i] if t.low not in (":", "|", "(", ")", ".")]  # ("voorb. 84")
    nxt = " ".join(t.low for t in toks[i + 1:i + 4])
    if prev and prev[-1] in ("gerealiseerd", "beschikbaar", "bezet", "realisatie"):
        return "realised"
    lead = " ".join(t.low for t in toks[max(0, i - 6):i])
    if re.search(r"\b(?:zitten|zit|staan|staat)\s+(?:we\s+|wij\s+)?(?:nu|momenteel|inmiddels)\s+op$", lead):
        return "realised"  # "We zitten nu op 70."
    if re.search(r"\b(?:reg|regulier)\s*\.?\s*/\s*amv(?:\s+nu)?(?:\s*:)?$", lead) and i + 1 < len(toks) \
            and toks[i + 1].low == "/":
        line = " ".join(t.low for t in toks)  # "stand nu reg/amv 40/0": the groups named once, the figures after
        return "planned" if re.search(r"\bvoorb|\bgepland\b|\bin aanbouw\b", line) else \
            "realised" if re.search(r"\bnu\b|\bstand\b|\bin gebruik\b|\bgerealiseerd\b", line) else None
    if prev and prev[-1] in ("amv", "reg", "regulier", "reguliere", "totaal") and i + 2 < len(toks) \
            and toks[i + 1].low == "/" and (task := _num(toks[i + 2])) is not None and task >= (_num(toks[i]) or 0):
        return "realised"  # "amv 4/4, reg. 30/52": realised against the task
    if i + 2 < len(toks) and toks[i + 1].low == "/" and (task := _num(toks[i + 2])) is not None \
            and task >= (value := _num(toks[i]) or 0) and re.search(r"(?:-\s*>|→|=|\bsamen|\btotaal|\btot\s*\.?)\s*:?$", lead):
        figures = [n for n in (_num(t) for t in toks[:i]) if n is not None]
        if len(figures) >= 2 and sum(figures) == value:
            return "realised"  # "Hillegom 0 | Lisse 48 | Teylingen 60 -> 108/448": the counts of a row, added up
    if i >= 2 and toks[i - 1].low in ("/", "van") and (done := _num(toks[i - 2])) is not None \
            and (_num(toks[i]) or 0) >= max(10, done) and ((_num(toks[i]) or 0) > 12 or toks[i - 1].low == "van"
                                                           or i >= 3 and toks[i - 3].low == "("):
        return "task"  # the 178 of "64/178": the task the count is set against
    if i + 2 < len(toks) and toks[i + 1].low == "/" and _num(toks[i + 2]) is not None \
            and re.search(r"\b(?:gehaald|behaald|gerealiseerd)\s*\($", lead):
        return "realised"  # "reg gehaald (210/205)": met, the count above its task
    if i + 2 < len(toks) and toks[i + 1].low in ("/", "van") and (task := _num(toks[i + 2])) is not None \
            and task >= max(10, _num(toks[i]) or 0) and not (i + 3 < len(toks) and toks[i + 3].low == ":") \
            and (task > 12 or toks[i + 1].low == "van" or (i and toks[i - 1].low == "(")) \
            and (re.search(r"(?:\bst(?:a)?nd|\bnu|\bwaar (?:we|wij) (?:nu )?staan|\bklaar|^[\w' -]{2,30}:|"
                           # "Putten zit op 45/97", "Wij hebben 0/46", "reg gehaald (210/205)"
                           r"\bzit(?:ten)?(?: nu| momenteel| inmiddels)? op|\bsta(?:at|an)(?: nu)? op|"
                           r"^(?:wij |we |ik )?(?:hebben|heeft)(?: nu| momenteel)?|\bgehaald)(?: :)?"
                           r"(?: nog(?: steeds)?)?(?: \()?$", lead)
                 or " ".join(t.low for t in toks[i + 3:i + 4]) == "nu"
                 or _STATUS_LEAD.match(" ".join(t.low for t in toks[:i]))  # "Stand van zaken (obv telling 1/1): 102 van
                 or i == 0):  # 214"; under a status label taken off as the section: "48/163 in gebruik"
        return "realised"  # "Stand: 64/178", "T-diel: 220/260", "64/120 nu", "Waar we staan: 0 van 193"
    if re.search(r"\bwaar (?:we|wij) (?:nu )?staan\s*:$|\bstand\s*:\s*nog(?: steeds)?$|^klopt\s*,?\s*nog steeds$", lead):
        return "realised"  # "Waar we staan: 0.", "Stand: nog 0", "Klopt, nog steeds 0."
    if prev and prev[-1] in ("nu", "momenteel", "thans") and toks[i - 1].low in (":", "|") \
            and not any(_num(t) is not None for t in toks[i + 1:]) or re.match(r"nu\b(?! \w)", nxt):
        return "realised"  # "Nu: 25", "Totaal: 76 nu / 54 i.v." (not "nu: 162 regulier ... + 18 amv = 180": parts)
    if i and toks[i - 1].low == "gebruik":
        return "realised"  # "AMV in gebruik 36" (not the parts after "in gebruik: 700 in ... en 300 in ...")
    if prev and prev[-1] in ("voorbereiding", "gepland", "voorbereid", "voorb"):
        return "planned"  # ("voorb.: 25")
    if " ".join(t.low for t in toks[max(0, i - 5):i]).rstrip(" :") in ("i . v .", "i . v"):
        return "planned"  # "I.v.: 30+4 Ewijk": in voorbereiding
    if prev and prev[-1] in ("taak", "taakstelling", "opgave"):
        return "task"
    label = _STATUS_LABEL.match(" ".join(t.low for t in toks[:4]))
    if label and re.match(r"(regulier|reguliere|amv)\b", nxt):  # "In gebruik: azc Noord 460 regulier, ..."
        return "planned" if label.group(1) in _PLANNED_LABELS else "realised"
    if nxt.startswith(("in gebruik", "gerealiseerd")) or re.match(r"(regulier|reguliere|amv) (in gebruik|gerealiseerd)", nxt):
        return "realised"  # "azc Snipperlingsdijk 350 regulier in gebruik"
    if nxt.startswith(("in voorbereiding", "gepland", "in aanbouw", "in procedure", "in ontwikkeling", "in uitvoering",
                       "in voorb", "i . v")):
        return "planned"  # "120 in gebruik / 90 in aanbouw Kerkeplaat", "60 in voorb. (flexunits Munsel)", "54 i.v."
    cells = sum(1 for t in toks if t.low == "|")
    if prev and (prev[-1] in ("regulier", "reguliere", "amv", "totaal", "plaatsen", "plekken") or cells >= 2) \
            and any(t.low == "|" for t in toks[max(0, i - 2):i]):
        # a row of a site table: "Kazerne Limbricht | regulier | 200 | vergunning verleend, verbouwing loopt",
        # "Harlingerstraatweg | 300 | - | in gebruik" (the other group's column empty)
        rest = re.sub(r"^[\s|\-–]+", "", " ".join(t.low for t in toks[i + 1:])).strip(" |")
        label = " ".join(t.low for t in toks[:i]).split("|")[0]  # the row's first cell
        if re.search(r"[a-z]", rest):  # "180 | 0 | in gebruik tot 1 november": the status cell after the other figures
            rest = re.sub(r"^(?:[\d.,]+\s*\|\s*|[\-–]\s*\|\s*)+", "", rest)
        weak = ""
        if not _STATUS_CELL.search(rest):  # "Azc Noordersluis | in gebruik | 200 | 0": the status cell comes first
            cells_before = " ".join(t.low for t in toks[:i]).split("|")[1:]
            status = " ".join(c.strip() for c in cells_before if _STATUS_CELL.search(c))
            if not status:  # "Middelharnis, Zuiddijk (in gebruik) | 60 | 8": the status said in the label cell
                inner = None if _TOTAL_ROW.match(label) else _STATUS_CELL.search(label)
                status = label[inner.start():].strip(" ()") if inner else ""
            if not re.search(r"[a-z]", rest):
                rest = status
            elif status:  # "Kernhem-Oost | in aanbouw | 150 | 10 | Q3 2027"
                rest, weak = status, "~"
        if _GONE_CELL.search(rest):
            return "other"
        if _NOT_YET_LIVED_IN.search(rest):
            return "planned" + weak  # "in gebruik genomen 1-10, nog niet bewoond": finished, not yet occupied (SCHEMA)
        if rest.startswith(_IN_USE_CELL) or re.match(r"(sinds|vanaf) \d", rest) \
                or re.match(r"(?:sluit|gaat dicht|stopt|loopt af)\b", rest) and _moment_ahead(rest):
            # "noodopvang kazerne | 300 | sluit per 1 maart 2032": open until a day ahead, so in use now
            return "realised" + weak
        role = _lead_role(rest) if rest else None
        if role is None and re.search(r"plan\w*procedure|\bin procedure\b|vergunning\w*|aanbested\w*|raadsbesluit|"
                                      r"collegebesluit|aangewezen|aangekocht|gehuurd", rest):
            role = "planned"  # "Minnertsga | 85 | - | bestemmingsplanprocedure": a site in the making, whatever the lead
        if role is None and _PLAN_NOUN.search(label):
            role = "planned"  # "Uitbreiding Ede-Zuid | regulier | 165 | - | wacht op investeringsbesluit COA"
        if role == "realised" and not rest.startswith("in gebruik") and _moment_ahead(rest):
            role = "planned"  # "Tweede locatie | 48 | beschikbaar Q1 2027": available on a day ahead
        return role + weak if role else None
    return None


_MOMENT_CELL = re.compile(r"\b(?:(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                          r"december)|(begin|medio|eind)|(?:(eerste|tweede|derde|vierde) kwartaal|q([1-4]))(?: van)?|"
                          r"(eerste|tweede) (?:helft|halfjaar)(?: van)?)\s+(20\d\d)\b")


def _moment_ahead(cells: str) -> bool:
    """A table cell that names a month, quarter, half year or period word of a year after the mail's day."""
    m = _MOMENT_CELL.search(cells)
    ref = _REF_DAY.get()
    if not m or ref is None:
        return False
    year = int(m.group(6))
    if m.group(1):
        month = MONTHS[m.group(1)]
    elif m.group(2):
        month = {"begin": 1, "medio": 7, "eind": 12}[m.group(2)]
    elif m.group(3) or m.group(4):
        month = 3 * ({"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}.get(m.group(3) or "", 0) or int(m.group(4)))
    else:
        month = 6 if m.group(5) == "eerste" else 12
    return (year, month) > (ref.year, ref.month)


def _in_label_cell(toks: list[_Tok], i: int) -> bool:
    """Token i stands in a row's first cell and a later cell holds a figure: "AMV-woningen Brunnepe (2) | - | 12"
    (two houses; the row's count is the 12)."""
    first = next((k for k, t in enumerate(toks) if t.low == "|"), len(toks))
    return i < first and any(_num(t) is not None for t in toks[first:])


def _column_at(toks: list[_Tok], i: int, columns: tuple[str, ...]) -> str:
    """What the header says of the column token i of a table row stands in: a role, "=group", or ""."""
    col = sum(1 for t in toks[:i] if t.low == "|")
    cells: list[list[_Tok]] = [[]]
    for t in toks:
        if t.low == "|":
            cells.append([])
        else:
            cells[-1].append(t)
    if len(cells) < len(columns):
        # "Totaal | in gebruik 162 / in voorbereiding 60 | 150" under "Locatie | Status | Capaciteit | Bezetting": a
        # row with cells left out or merged; its cells with figures stand under the header's counting columns
        counting = [k for k, c in enumerate(columns) if c]
        with_figures = [k for k, c in enumerate(cells) if k and any(_num(t) is not None for t in c)]
        if len(with_figures) == len(counting) and col in with_figures:
            return columns[counting[with_figures.index(col)]]
    # "Opgave | Gerealiseerd | In voorbereiding" above "Gemeente Zeewolde | 74 | 0 | 74": the header leaves out the
    # label column of its rows
    extra = sum(1 for t in toks if t.low == "|") + 1 - len(columns)
    first = next((k for k, t in enumerate(toks) if t.low == "|"), 0)
    # ("In gebruik per 1-12-2037 (fase 1) | 96 | 12 | 108" under "Regulier | AMV | Totaal": a label holding a day,
    # its figure cells one under each header cell)
    figures_under_header = extra == 1 and len(cells) - 1 == len(columns) \
        and all(any(_num(t) is not None for t in c) for c in cells[1:])
    if extra > 0 and (figures_under_header or not any(
            _num(t) is not None and not (k + 1 < first and toks[k + 1].low in _MONTHS)
            for k, t in enumerate(toks[:first]))):  # "Na 15 oktober | 80 | 10 | 90": a day, no figure
        col -= extra
    return columns[col] if 0 <= col < len(columns) else ""


def _column_role(role: str) -> str | None:
    """The role a header's word for a column (`_column_at`) gives the figures standing in it."""
    if role in ("occupancy", "past"):
        return "other"
    return role if role and not role.startswith(("=", "#", "id")) else None


def _column_group(toks: list[_Tok], i: int, columns: tuple[str, ...]) -> str | None:
    """The group ("regulier", "amv", "total") the header names for the column a row's figure stands in."""
    role = _column_at(toks, i, columns)
    return role[1:] if role.startswith("=") else None


# a status cell that says a site is gone or only explored, and the cells that say it is in use
_GONE_CELL = re.compile(r"ingetrokken|vervallen|gesloten|afgevallen|verkenning|\bonderzoek\b|van tafel")
_IN_USE_CELL = ("in gebruik", "bewoond", "bezet")


# people at a meeting, signing a petition, voting: no residents and no places
_GATHERING = re.compile(r"informatieavond|inloopavond|bijeenkomst|bewonersavond|inspraakavond|bezoekers|aanwezigen|"
                        r"handtekening|petitie|demonstr|stemden|stemmen voor|stemmen tegen|kwamen\b[^.;]{0,40}\baf\b")
_NUMERIC_DATE = re.compile(r"\d{1,2}-\d{1,2}-(?:20)?\d\d\b")
# "om 150 plaatsen, waarvan 120 in het azc aan de X en 24 AMV-plaatsen in Leerdam": the clause of parts runs on (over
# the dots of thousands: "3.020 opvangplaatsen, waarvan 2.890 regulier en 130 voor ...")
# "32 (incl 2 amv)", "60 (waarvan 6 AMV)": a part in brackets right after a bare figure, its unit the figure's too
_PART_IN_BRACKETS = re.compile(r"\s*\(\s*(?:incl\.?|inclusief|waarvan|w\.v\.|wv)\s+\d+\s+(?:amv|reg\.?|regulier\w*|pl\.?|plk|"
                               r"plekken|plaatsen)\b", re.I)
_GROUPS_IN_BRACKETS = re.compile(r"\s*\(\s*(?:regulier\w*|reg\.?|amv)\s+(?:en|\+|/|&)\s+(?:regulier\w*|reg\.?|amv)\s*\)",
                                 re.I)
# ("in plaats daarvan", "los daarvan": instead of it, apart from it - no part of a figure)
_PART_CLAUSE = re.compile(r"\b(?<!plaats )(?<!los )(?<!afgezien )(?:waarvan|daarvan|waaronder|daaronder)\s(?:(?!,\s*(?:en\s+)?(?:daarnaast|verder|bovendien|"
                          r"maar|terwijl|ook)\b)(?:[^.;:()]|(?<=\d)\.(?=\d))){0,120}\s(?:en|of)\s[^.;:()]{0,20}$")
# a street name before a number in a table row whose count stands in a later cell makes it a house number
_STREET = re.compile(r"^[A-Z][\w'-]*(?:weg|straat|laan|plein|dijk|kade|singel|gracht|pad|steeg|dreef|markt|allee|"
                     r"boulevard|wal|hof|baan|park|erf|veld|burg|horst|hoven|ring|brink)$")


_PHASES = frozenset({"fases", "fasen", "tranches", "delen", "bouwstromen"})



# a term of a written-out sum that is still to come: "+ 40 Heinkenszand (klaar eind okt)", "+ 52 X (wk 14 2040)"
_TERM_AHEAD = re.compile(r"\b(?:in aanbouw|in voorb\w*|gepland|in procedure|vergund|(?:klaar|gereed|open|oplevering|"
                         r"in gebruik)\s+(?:per\s+|in\s+|vanaf\s+|rond\s+)?(?:eind|begin|medio|half|wk|week|q[1-4]|h[12]|"
                         r"jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec|voorjaar|zomer|najaar|\d{1,2}[-/]\d{1,2}))|"
                         r"\(\s*(?:wk|week)\s*\d", re.I)

# the state said right after a written-out sum's total: "= 180 in gebruik", "= 90 plk in voorbereiding"
_TOTAL_STATUS = re.compile(r"\s*(?:(?:opvang)?(?:plaatsen|plekken)|plk|pl\.?)?\s*(?:in gebruik|gerealiseerd|bezet|"
                           r"in voorbereiding|gepland|in aanbouw)\b", re.I)

# a moment said after a terse count: "open 1/3/'41", "klaar Q3", "(raad 19/12 akkoord)"
_MOMENT_LATER = re.compile(r"\b(?:open|klaar|gereed|oplevering|opl\.?|in gebruik)\s*:?\s*(?:per\s+)?(?:\d{1,2}[-/]\d{1,2}|q[1-4]|"
                           r"h[12]|wk|eind|medio|begin)|\(\s*raad\b", re.I)


def _sum_chains(toks: list[_Tok]) -> list[tuple[list[int], int]]:
    """The sums a terse line writes out, checked by their arithmetic: "24 (Wernhout) + 16 (Zundert centrum) + 8 AMV
    = 48", "210 + 12 AMV = 222": (the token indices of the terms, the index of the total). Between a term and the
    next plus only words or a bracket may stand (a bracket may hold figures of its own: "(wk 14 2040)")."""
    out = []
    for k, t in enumerate(toks):
        if t.low != "=" or k + 1 >= len(toks) or _num(toks[k + 1]) is None:
            continue
        terms: list[int] = []
        j, depth = k - 1, 0
        while j >= 0:
            x = toks[j]
            if x.low == ")":
                depth += 1
            elif x.low == "(":
                depth -= 1
                if depth < 0:
                    break
            elif depth == 0 and x.low in ("=", ":", ";", "|", ".") or depth == 0 and x.low == "," and not terms:
                break
            elif depth == 0 and _num(x) is not None and x.text[0].isdecimal():
                terms.append(j)
                if j == 0 or toks[j - 1].low != "+":
                    break
            j -= 1
        terms.reverse()
        if len(terms) >= 2 and all(toks[a - 1].low == "+" for a in terms[1:]) \
                and sum(_num(toks[a]) or 0 for a in terms) == _num(toks[k + 1]):
            out.append((terms, k + 1))
    return out


def _mentions_in(s: Sentence, idx: int, context: str | None = None) -> list[PlaceMention]:
    """The place figures of one sentence; `context` is the role the sentence before gives a site it names
    again ("De locatie biedt 110 plaatsen" after "de aannemer is met de bouw begonnen")."""
    text = s.text.replace("\u2019", "'")  # "26 AMV’ers": a typographic apostrophe is an apostrophe
    columns: tuple[str, ...] = ()
    lead = None
    if context and context.startswith("cols:"):  # a table row under a header that names its columns' roles
        columns, context = tuple(context[5:].split("|")), None
        if columns and columns[-1].startswith("lead:"):
            columns, lead = columns[:-1], columns[-1][5:]
    toks = _tokens(text)
    out: list[PlaceMention] = []
    corrected = {m.start(1): m for m in _CORRECTION.finditer(text.lower())}  # "was 80, wordt nu 60"
    replacing = {m.start(2): m for m in corrected.values()}
    uppers: list[PlaceMention] = []  # the upper bounds of ranges
    last_unit: tuple[int, str] | None = None  # token index and unit kind of the last figure with a unit
    skip: set[int] = set()
    respectively = "respectievelijk" in text.lower()
    next_site: set[int] = set()  # "0 nu, 103 in Odijk ...": counts at a site after the count now
    from_units: set[int] = set()  # "60 tijdelijke woonunits": units taken for places
    sums = _sum_chains(toks) if "=" in text and "+" in text else []
    in_sums = {k for terms, total in sums for k in (*terms, total)}
    for i, t in enumerate(toks):
        v = _num(t)
        if v is None or i in skip:
            continue
        digits = t.text[0].isdecimal()
        prev = toks[i - 1].low if i else ""
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        # a year after a month ("januari 2035"), not a count ("sinds januari achtenveertig opvangplaatsen")
        after_month = prev in _MONTHS and digits and (len(t.text) == 4 or _unit_after(toks, i) is None)
        # "respectievelijk 12, 12 en 8 plaatsen": each figure a site of its own
        listed = _listed_unit(toks, i) if respectively else None
        if listed is None and i >= 2 and prev == ":" and " | " not in text and (_is(toks[i - 2], "units_places") or (
                toks[i - 2].low in ("regulier", "reguliere", "amv", "totaal") and i == 2 and len(toks) == 3)):
            listed = (i - 2, "places", None)  # "plekken: 96, gereed 1 september 2036", "AMV: 40": the label names it
        elif listed is None and 2 < i <= 6 and prev == ":" and " | " not in text and digits \
                and (i + 1 == len(toks) or toks[i + 1].low == "(") \
                and (any(x.low in ("regulier", "reguliere", "amv", "totaal") or _is(x, "units_places") for x in toks[:i - 1])
                     or _STATUS_LABEL.fullmatch(text[:t.start].rstrip().lower())):
            listed = (i - 2, "places", None)  # "regulier in gebruik: 0", "amv in voorbereiding: 6", "in gebruik: 45"
        if listed is None and digits and not 1900 <= v <= 2100 and (_TERSE_NOW.search(text[:t.start].lower())
                                          or _THEN_AFTER_NOW.search(text[:t.start].lower())) \
                and _TERSE_END.match(text.lower(), t.start + len(t.text)):
            listed = (i, "places", None)  # "Nu: 45.", "Stand 1/7: 45, alle reg.", "NU 30, NA X 80": the count said bare
        if listed is None and digits and not 1900 <= v <= 2100 \
                and _count_before_arrow(text[:t.start].lower(), text, t.start + len(t.text)):
            listed = (i, "places", None)  # "regulier 34 -> 64 per 1/9 (units Oostpolder, in aanbouw)": the count now
        if listed is None and digits and not 1900 <= v <= 2100 \
                and _arrow_end_with_site(text[:t.start].lower(), text.lower(), t.start + len(t.text)):
            listed = (i, "places", None)  # ... and the count the arrow leads to, where a site is under way
        if listed is None and i in in_sums:
            listed = (i, "places", None)  # "in gebruik 24 (Wernhout) + 16 (Zundert centrum) + 8 AMV = 48": a sum written out
        if listed is None and digits and not 1900 <= v <= 2100 and " | " not in text and not in_sums \
                and (pib := _PART_IN_BRACKETS.match(text, t.start + len(t.text))) \
                and not re.match(r"\s*[+=]", text[pib.end():]) and "+" not in text[max(0, t.start - 25):t.start] \
                and not re.search(r"\b(?:rest|resterend\w*|overig\w*|tekort|taak)\s*:?\s*$", text[:t.start].lower()):
            listed = (i, "places", None)  # "Purmerend zit op 310 (waarvan 26 amv)": the part's unit names the whole
        reg_label = prev == "." and i >= 2 and toks[i - 2].low in ("reg", "voorb")  # "reg. 35" / "amv 6", "voorb. 84"
        if prev == "telkens":
            continue  # "36 units voor telkens 4 personen": the size of each unit, not a count of places
        if (prev == "." and not reg_label) or (nxt in _DEFINITE and nxt not in ("alle",)) or after_month or prev in ("€", "eur", "artikel", "art", "postbus", "nr", "nummer", "lid", "week", "wk", "weeknummer", "jaren") \
                or (_is_money_after(toks, i) and listed is None) \
                or nxt in _MONTHS or nxt in ("%", "procent") or (digits and i + 1 < len(toks) and toks[i + 1].low == ","
                                                                 and listed is None) \
                or (nxt in ("e", "de", "ste") and digits and t.start + len(t.text) == toks[i + 1].start):
            continue  # ... an ordinal: "3e kwartaal 2029"
        unit = _unit_after(toks, i) or listed
        # ("Stand: r 25 / amv 0.": a short label before the figures leaves them figures only)
        label_first = i and (toks[i - 1].low in ("regulier", "reguliere", "amv", "r", "reg") or reg_label) \
            and (_FIGURES_ONLY.fullmatch(_LINE_LABEL_LEAD.sub("", text.lower()))
                 # "AMV 6: samen met Tilburg in de AMV-voorziening ...": the group and its figure head the line
                 or (i == 1 and nxt == ":"))
        if label_first:  # "regulier 12 AMV 2" under "Realisatie per 1-12-2030:": each label names the figure after it
            unit = (i, "places", None)
        elif unit is None and digits and (nxt == "erbij" or nxt == "extra" and (
                i + 2 >= len(toks) or toks[i + 2].low in ("in", "op", "bij", "per", ",", ".", "(", "-", "vanaf"))) \
                and (_PLACES_TOPIC.search(text.lower()) or context in ("realised", "planned")):
            # ("20 extra in voorb.", not "20 extra medewerkers"; "140 in gebruik. 60 erbij in Langedijk": said before)
            unit = (i, "places", None)  # "250 pl gerealiseerd, 60 erbij per 1-9-2037": more places, the noun said before
        elif unit is None and digits and (reg_label or prev in ("regulier", "reguliere", "amv", "r")) and " | " not in text \
                and nxt == "in" and i + 2 < len(toks) and toks[i + 2].low in ("gebr", "gebruik", "voorb", "voorbereiding"):
            unit = (i, "places", None)  # "reg. 300 in gebr. (azc Oijen) / amv 31 in gebr.": the group's count, its state
        elif unit is None and digits and nxt in ("regulier", "reguliere", "amv") and " | " not in text \
                and (i + 2 >= len(toks) or toks[i + 2].low in (",", "/", "+", "en", "(", ".", ";", "-", "in") or _num(toks[i + 2])):
            unit = (i + 1, "places", None)  # "stand nu 0 regulier 0 amv": the group named after its figure
        elif unit is None and digits and " | " not in text and (
                v > 2 and _PART_IN_BRACKETS.match(text, t.start + len(t.text))
                and (i == 0 or prev in ("laatste", "overige", "resterende", "nog", "eerste", "andere"))
                or _GROUPS_IN_BRACKETS.match(text, t.start + len(t.text))):
            # ("we staan nog op 0 (regulier en amv)": the groups in brackets name what is counted)
            unit = (i, "places", None)  # "Laatste 32 (incl 2 amv) op flexlocatie Duivenvoorde": the part names the unit
        elif unit is None and digits and prev == "(" and nxt == ")" and i >= 2 and (
                _SITE_UNITS.search(text[:t.start]) or _BARE_SITE.search(text[:t.start])
                and _STATUS_AFTER.match(text.lower(), toks[i + 1].start + 1)):
            unit = (i, "places", None)  # "Paviljoen Bruinehaar (15) in aanbouw": a site's count in brackets
        elif unit is None and digits and prev == "+" and t.start == toks[i - 1].start + 1 \
                and (i == 1 or _PLACES_TOPIC.search(text.lower()) or _PLACES_TOPIC.search((context or "").lower())
                     or (i >= 2 and toks[i - 2].low in (",", ";") and bool(out))  # "64 van 178 nu, +114 Sprundel"
                     or (i >= 2 and toks[i - 2].low in ("straks", "daarna", "later") and bool(out))  # "nu 24, straks +100"
                     or (bool(out) and re.search(r"(?:->|→|=>)\s*$", text[:toks[i - 1].start]) is not None)  # "70/153 -> +83"
                     or nxt in ("units", "woonunits", "unita", "unitz", "amv")
                     or re.match(r"\W*(?:plan(?:nen)?|planning|gepland|erbij)\s*:", text.lower()) is not None  # "plan: +150 per"
                     or _TERSE_NOW.search(text[:toks[i - 1].start].lower()) is not None
                     or _TERSE_THEN.search(text[:toks[i - 1].start].lower())):
            unit = (i, "places", None)  # "+180 Sneek-Noord in aanbouw", "nu 35 pl., straks +20": more places, said short
        elif unit is None and digits and v > 5 and i >= 2 and toks[i - 1].low == "," and nxt == "in" and out \
                and i + 2 < len(toks) and toks[i + 2].text[:1].isupper() and not _NUMERIC_DATE.match(text, t.start) \
                and re.search(r"\b\d+\s*(?:nu|pl\.?|plk)\s*,\s*$", text[:t.start].lower()):
            unit = (i, "places", None)  # "Bunnik: 0 nu, 103 in Odijk (raad 19/12 akkoord)": the next count, at a site
            next_site.add(t.start)
        elif unit is None and digits and last_unit is not None and re.search(r"\bnog eens\s*$", text[:t.start].lower()):
            unit = (i, last_unit[1], None)  # "120 reguliere plaatsen in gebruik, en in de AMV-voorziening nog eens 20"
        elif unit is None and digits and re.search(r"\b(?:zijn|is)\s+er\s+(?:\w+\s+){0,2}?(?:nu|inmiddels|thans|momenteel)\s+"
                                                   r"(?:\w+\s+){0,2}?$", text[:t.start].lower()) \
                and re.match(r"\s+over\b", text[t.start + len(t.text):]) and _PLACES_TOPIC.search(text.lower()):
            unit = (i, "places", None)  # "Van de 150 plaatsen ... zijn er nu nog 75 over": what is left, its noun said before
        elif unit is None and digits and v > 1 and _UNITS_AFTER.match(text, t.start + len(t.text)) \
                and prev not in _DEFINITE and not _OTHER_COUNT.search(text) \
                and not re.search(r"\b(?:telkens|elk|ieder|per)\b", text[t.start:], re.I):
            unit = (i, "places", None)  # "gekozen voor 60 tijdelijke woonunits": units the only count there, one a place
            from_units.add(t.start)  # (not "de 36 woonunits": units named before)
        elif unit is None and digits and nxt == "bij" and _MORE_COME.search(text[:t.start].lower()):
            unit = (i, "places", None)  # "Aan de Kemperbergerweg komen er 150 bij": the noun said the sentence before
        elif unit is None and _COUNT_SAID_AGAIN.search(text[:t.start].lower()) and (
                _PLACES_TOPIC.search(text.lower()) or last_unit is not None
                or context in ("realised", "planned") and _BECAME.search(text[:t.start].lower())):
            unit = (i, "places", None)  # "Regulier 0: klopt niet, het zijn er 64.": the count, its noun left out
        elif unit is None and re.search(r"\b(?:waarvan|daarvan)\s*$", text[:t.start].lower()) \
                and (_ALREADY_IN_USE.match(text.lower(), t.start + len(t.text))
                     or _COUNTED_FOR_US.match(text, t.start + len(t.text))):
            # "In totaal gaat het om 200 plaatsen, waarvan 90 al in gebruik zijn", "250 plaatsen, waarvan 125 aan de
            # taak van Pijnacker-Nootdorp worden toegerekend": the part's noun left out
            unit = (i, "places", None)
        if unit is None and prev == "en" and last_unit is not None and i - last_unit[0] <= 6 \
                and i + 1 < len(toks) and last_unit[0] + 1 < len(toks) and toks[i + 1].low == toks[last_unit[0] + 1].low \
                and toks[i + 1].low in ("voor", "in", "op", "aan", "bij") \
                and (toks[i + 1].low == "voor" or i + 2 < len(toks) and toks[i + 2].text[:1].isupper()) \
                or unit is None and prev == "en" and last_unit is not None and i - last_unit[0] <= 4 \
                and i + 2 < len(toks) and toks[i + 1].low == "voor" \
                and toks[i + 2].low in ("amv", "amv'ers", "minderjarigen", "alleenstaande", "regulier", "reguliere"):
            # ("150 gewone plekken en 16 voor AMV": the noun said once, the group after "voor")
            unit = (i, last_unit[1], None)  # "veertig plaatsen voor regulier en acht voor minderjarigen", "60 plekken
            # in Stolwijk en 60 in Schoonhoven": the noun said once
        if unit is None and digits and last_unit is not None and _PART_OF_WHOLE.search(text[:t.start].lower()) \
                and _PART_STATUS.match(text.lower(), t.start + len(t.text)):
            unit = (i, last_unit[1], None)  # "Van de 150 plaatsen zijn er 50 in gebruik; de overige 100 volgen": parts
        if unit is None and nxt == "en" and (later := _named_figure_after(toks, i + 2)) is not None:
            unit = later  # "Stede Broec biedt 20 en Enkhuizen 30 reguliere opvangplaatsen": the noun said once
        if digits and _NUMERIC_DATE.match(text, t.start) or (i > 1 and prev == "-" and _NUMERIC_DATE.match(
                text, toks[i - 2].start)):
            continue  # "1-9-2026", "01-07-2027": a date
        if unit is None and prev in ("fase", "deelfase", "tranche", "trede", "stap", "bouwstroom"):
            continue  # "fase 2 gepland voor eind 2027": the number of a phase
        if unit is not None and prev == "op" and v <= 5 and not digits and unit[0] == i + 1 \
                and toks[unit[0]].low in ("plekken", "plaatsen"):
            continue  # "in twee fasen op twee plekken": at two sites
        if digits and i and _STREET.search(toks[i - 1].text) \
                and (re.search(r"\|\s*\d", text[t.start + len(t.text):])
                     or not (i + 1 < len(toks) and (_is(toks[i + 1], "units_places") or _is(toks[i + 1], "units_persons")
                                                    or _is(toks[i + 1], "modifiers")))):
            continue  # "Woning Middelweg 12 (AMV) | Uitgeest | 12 | in gebruik", "Kantoor Deventerweg 12 | regulier | 90",
            # "erbij: Zuiderzeestraatweg 112 Oosterwolde, 30 plekken": a house number, the count follows
        table_role, from_column = None, False
        if unit is None and t.start in replacing:
            table_role = "planned"  # "Het plan was 80 plaatsen; dat wordt nu 60": the figure that replaces it
        elif unit is None:
            if not digits:
                continue
            col_at = _column_at(toks, i, columns) if columns and " | " in text else ""
            if col_at == "id":
                continue
            row_label = text.split("|")[0].lower() if " | " in text else ""
            if re.match(r"\s*(?:vóór|voor|tot)\s+\d{1,2}\s+[a-z]+", row_label):
                continue  # "Vóór 15 oktober | 120 | 10 | 130": what it was before the change
            when = re.match(r"\s*(?:na|vanaf|sinds|per)\s+\d{1,2}\s+[a-z]+(?:\s+20\d\d)?", row_label)
            table_role = _table_role(toks, i)
            if when and not _ahead(when.group(0)) and table_role is None:
                table_role = "realised"  # "Na 15 oktober | 80 | 10 | 90": the count since a day gone by
            if col_at in ("occupancy", "past"):
                table_role = "other"  # "Azc Noord | in gebruik | 224 | 219" under "... | Capaciteit | Bezetting"
            if columns and " | " in text and table_role not in (None, "other") \
                    and _column_role(col_at) in ("realised", "planned"):
                # "Gemeente | Gerealiseerd | In voorbereiding | Stand" above "Lisse | 48 | 68 | bezwaar loopt": the
                # header says which column is in use and which in preparation; the status cell tells of the plan
                table_role = None
            if table_role and table_role.endswith("~"):  # counted only where the text is silent, as columns are
                table_role, from_column = table_role[:-1], True
            if table_role is None and columns and " | " in text:
                table_role = _column_role(col_at)
                from_column = table_role is not None
                if table_role and _OTHER_ROW.match(text):
                    table_role = "other"  # "Provincie Flevoland | 2.900 | 2.450 | 310": not the municipality's row
            if table_role is None and lead != "realised" and " | " in text \
                    and _moment_ahead(text[t.start + len(t.text):].lower()) and any(x.low == "|" for x in toks[max(0, i - 2):i]):
                table_role = "planned"  # "2029 | fase 2 | 40 | september 2029": a row ready on a day ahead (not "Open
                # tot 1 juli 2035" in a table of "Locaties in gebruik")
            if table_role is None and lead and columns and " | " in text and not _OTHER_ROW.match(text) \
                    and not _TOTAL_ROW.match(text) \
                    and col_at not in ("id", "occupancy", "task") and not _in_label_cell(toks, i):
                # "Hieronder de actuele stand:" above "azc Sittard (COA) | 350 | -" and "Uitbreiding Born | 78 | 7"
                table_role = "planned" if _PLAN_NOUN.search(row_label) else lead
                from_column = True
            if table_role is None:
                continue
        if 1900 <= v <= 2100 and (unit is None or prev in _YEAR_PREP):
            continue  # a year ("sinds 2024 asielzoekers")
        if prev == "dan" and i > 1 and toks[i - 2].low in _COMPARATIVE:
            continue  # "niet meer dan 200 plekken": a limit
        whole: PlaceMention | None = None
        if unit is not None and unit[2] is not None:
            # "40 van de 484 plekken": the inner figure is the task
            for k in range(i + 1, unit[0]):
                if _num(toks[k]) == unit[2]:
                    skip.add(k)
                    if _WHOLE_IN_USE.match(text[toks[unit[0]].start + len(toks[unit[0]].text):].lower()) \
                            or _LOSS_OF_WHOLE.search(text[max(0, t.start - 30):t.start].lower()):
                        # "verliest 200 van de 220 plekken die nu in gebruik zijn": the whole is in use now
                        whole = PlaceMention(value=unit[2], role="realised", status="in gebruik", cue="nu in gebruik",
                                             text=text, source=s.source, sent=idx, pos=toks[k].start)
        if table_role is None and unit is not None and unit[0] + 1 < len(toks) \
                and toks[unit[0] + 1].low in ("nu", "momenteel", "thans") \
                and (unit[0] + 2 >= len(toks) or toks[unit[0] + 2].low in ("(", ",", ".", ";", "-", ")")):
            table_role = "realised"  # "ommen: 18 pl nu (3 woningen, centrum), 20 extra in voorb.": in use now
        m = PlaceMention(value=v, role=table_role or "", text=text, source=s.source, sent=idx, pos=t.start,
                         persons=bool(unit and unit[1] == "persons"))
        if not table_role and unit is not None and i + 1 < len(toks) and toks[i + 1].low == "/" \
                and _table_role(toks, i) == "realised":
            m.role, table_role = "realised", "realised"  # "reg: 200 / 600": the count against its task, its unit the label
        if not table_role and unit is not None and " | " in text and lead != "realised" and not _TOTAL_ROW.match(text) \
                and len(cells := text[t.start:].split(" | ", 1)) == 2 and _moment_ahead(cells[1].lower()):
            # "2 | 70 regulier + 10 AMV | medio 2041": a row of figures with their group words, ready on a day ahead
            m.role, table_role = "planned", "planned"
        if table_role:
            m.cue = "kolom" if from_column else "tabel"
        elif _WHERE_NOW.search(text[max(0, t.start - 30):t.start].lower()):
            m.role, m.status, m.cue = "realised", "in gebruik", "waar nu"
        if t.start in replacing:
            m.cue = "wordt nu"
        if t.start in corrected:
            m.role, m.status, m.cue = "other", "achterhaald", "was"  # the figure the sentence corrects
        # group
        m.group = ("amv" if "amv" in toks[i - 1].low else "regulier") if label_first \
            else _group(toks, i, unit[0] if unit else None)
        column_group = _column_group(toks, i, columns) if columns else None
        if column_group == "total" and any(_num(x) for j, x in enumerate(toks[:i])
                                           if _column_group(toks, j, columns) in ("regulier", "amv")):
            continue  # "Lelystadseweg | in gebruik | 56 | 8 | 64": the row's total beside its parts
        if column_group in ("regulier", "amv"):
            m.group = column_group
        m.units = t.start in from_units
        # reference back, part of, total, each
        before = [w.low for w in toks[max(0, i - 3):i]]
        m.definite = bool(before) and (before[-1] in _DEFINITE or (len(before) > 1 and before[-2] in _DEFINITE
                                                                    and before[-1] in ("eerste", "overige", "resterende",
                                                                                       "laatste", "extra")))
        m.part = any(w in ("waarvan", "daarvan", "waaronder", "daaronder", "wie", "inclusief", "incl")
                     and not (w == "daarvan" and j and before[j - 1] in ("plaats", "los", "afgezien"))
                     for j, w in enumerate(before)) \
            or nxt == "daarvan" or bool(_INCLUDED_IN.match(text, t.start + len(t.text)))
        if m.part and before and before[-1] == "waarvan" and not out \
                and _DWELLINGS_WHOLE.search(text[max(0, t.start - 60):t.start].lower()):
            m.part = False  # "48 flexwoningen, waarvan 24 plaatsen voor asielopvang": houses, the places are the part
        if not m.part and out and _PART_CLAUSE.search(text, max(0, t.start - 160), t.start):
            m.part = True
        if not m.part and re.search(r"\b(?:waarvan|daarvan|waaronder)\s+\S+\s+[\w-]+\s*\($", text[:t.start].lower()):
            m.part = True  # "samen 144 plaatsen, waarvan 3 units (12 plaatsen) voor AMV": the part, counted in units
        increment = prev == "+" and i >= 2 and toks[i - 2].low in ("(", ",", ";")  # "(paviljoen X, +13)"
        if not increment and any(o.value > v and "(" in text[o.pos:t.start] and ")" not in text[o.pos:t.start]
               and not re.search(r"[,;]", text[o.pos:text.rfind("(", o.pos, t.start)]) for o in out):
            m.part = True  # "135 personen (127 regulier en 8 AMV)" (not "20 in gebruik, 2e locatie Baanhoek (16 pl.")
        if any(o.value > v and ":" in text[o.pos:t.start] and not re.search(r"[.;]", text[o.pos:t.start])
               and not re.search(r"\b(?:regulier\w*|amv|reg\.?|totaal)\s*:\s*$", text[o.pos:t.start].lower())
               for o in out):  # (not "Regulier: 140   AMV: 12": a group's label before its own figure)
            m.part = True  # "480 opvangplekken in gebruik: 450 in het azc en 30 amv-plekken in Bennekom"
        m.total = any(w.low in ("samen", "totaal", "opgeteld") and not (k + 1 < i and toks[k + 1].low == "met")
                      for k, w in enumerate(toks[:i]) if k >= i - 6) \
            or (" | " in text and bool(_SUMMARY_ROW.fullmatch(text.split("|")[0].lower())))  # "in totaal gaat het om",
        # "Gerealiseerd | 300 | 28 | 328" below the site rows: the sum of a status
        if (len(before) > 1 and before[-1] in ("tot", "à", "a") and _num(toks[i - 2]) is not None) \
                or (len(before) > 2 and before[-1] == "en" and _num(toks[i - 2]) is not None
                    and (before[-3] == "tussen" or (before[-3] == "de" and i > 3 and toks[i - 4].low == "tussen"))):
            # "60 tot 80 personen", "30 à 40": a range counts with its upper bound, the capacity the site is made
            # ready for; the lower bound is left out
            for o in out:
                if o.pos == toks[i - 2].start:
                    o.role, o.status, o.cue = "other", "bandbreedte", before[-1]
            m.lower = _num(toks[i - 2])
            uppers.append(m)
        if unit is not None and re.search(r"\b(?:de|onze|een) (?:opdracht|taak|plicht) (?:om|voor)\s+$",
                                          text[:t.start].lower()[-40:]):
            m.role, m.status, m.cue = "task", "taak", "opdracht om"  # "We hebben de opdracht om 97 mensen op te vangen"
        if unit is not None and len(before) > 1 and [w for w in before if not _is_modifier(w)][-2:] == ["tekort", "van"]:
            m.role, m.status, m.cue = "task", "tekort", "tekort van"  # "Tot die tijd is er een tekort van 86 plaatsen"
        if unit is not None and unit[0] + 1 < len(toks) and toks[unit[0] + 1].low == "tekort":
            m.role, m.status, m.cue = "task", "tekort", "tekort"  # "komen wij 420 plaatsen tekort": a shortfall
        if unit is not None and unit[0] + 1 < len(toks) and toks[unit[0] + 1].low == "nodig" \
                and re.search(r"\b(?:zijn|is|blijven|blijft)\s+(?:er\s+)?(?:\w+\s+){0,2}?(?:nog\s+)?$", text[:t.start].lower()):
            m.role, m.status, m.cue = "task", "tekort", "nodig"  # "Er zijn dus nog 151 plaatsen nodig": the gap
        if unit is not None and unit[1] == "persons" and _GATHERING.search(text.lower()):
            m.role, m.status, m.cue = "other", "bijeenkomst", "bijeenkomst"  # "kwamen ruim tweehonderd mensen af"
        if v <= 12 and i <= 10 and re.match(r"\s*(?:elke|iedere|elk|ieder)\s+[a-z]", text.lower()) \
                and not any(w in ("samen", "totaal") for w in before):
            m.role, m.status, m.cue = "other", "per eenheid", "elke"  # "Elke unit is bestemd voor vier personen"
        if len(before) > 1 and before[-1] == "met" and before[-2] in ("elk", "ieder"):
            m.role, m.status, m.cue = "other", "per eenheid", "elk met"  # "72 units, elk met twee bedden"
        bare = [w for w in before if not _is_modifier(w)]
        if len(bare) > 2 and bare[-1] == "voor" and bare[-2] in ("geschikt", "bedoeld", "bestemd", "ingericht") \
                and bare[-3] in ("elk", "ieder"):
            bare = bare[:-2]  # "24 wooneenheden, elk geschikt voor vier personen"
        if bare and bare[-1] == "voor" and len(bare) > 1 and bare[-2] in ("elk", "ieder"):
            bare = bare[:-1]  # "15 woonunits ..., elk voor 4 personen"
        if i >= 2 and toks[i - 1].low in ("x", "×", "keer") and (n := _num(toks[i - 2])) is not None and 1 < n < 10 \
                and m.each == 1:
            m.each = n  # "Harselaar-Zuid: 2 x 60 plekken in units": twice sixty
        if bare and bare[-1] in ("elk", "ieder"):
            back = toks[max(0, i - 9):i - 1]  # "twee appartementen aan de Spittaalstraat met elk vier plekken"
            for j in range(len(back) - 1, -1, -1):
                n = _num(back[j])
                # "twee locaties van elk 72 plekken"; "12 woonunits voor elk 4 personen" (a count of dwellings)
                if n and (n < 10 or any(j + d < len(back) and back[j + d].low in _DWELLINGS for d in (1, 2))):
                    m.each = n
                    break
        elif unit is not None and unit[1] == "persons" and v <= 8 and len(bare) >= 3 and bare[-1] == "voor" \
                and bare[-2] in _DWELLINGS and (n := _num(toks[i - 3])) is not None and n > v:
            m.each = n  # "14 units voor 4 personen" (no total said): four in each of the 14
        elif unit is not None and v <= 8 and i >= 3 and toks[i - 1].low in ("van", "met", "à", "a") \
                and toks[i - 2].low in _DWELLINGS and (n := _num(toks[i - 3])) is not None and n > 1:
            if re.match(r"[^=.;]{0,20}=\s*" + str(n * v) + r"\b", text[toks[unit[0]].start:]):
                m.role, m.status, m.cue = "other", "per eenheid", "product genoemd"  # "12 chalets à 6 bedden = 72 plk"
            else:
                m.each = n  # "komen 12 units van 4 plaatsen", "2 units met 6 bedden": so many in each
        elif unit is not None and i >= 3 and toks[i - 1].low == "van" and toks[i - 2].low in _PHASES \
                and (n := _num(toks[i - 3])) is not None and 1 < n < 10:
            if any(o.value == n * v for o in out):
                m.part = True  # "een azc voor 250 asielzoekers ..., in twee fasen van 125 plaatsen": the whole said
            else:
                m.each, m.total = n, True  # "De opvang wordt in twee fases van 60 plaatsen gerealiseerd": the whole
        out.append(m)
        if unit is not None:
            last_unit = (unit[0], unit[1])  # the unit's own index: "plaatsen" in "veertig plaatsen voor regulier"
        if whole is not None:
            out.append(whole)
    for m in uppers:  # "de uitbreiding omvat 70 plekken ... 60 tot 80 personen kan bieden": the stated figure
        if any(o.status != "bandbreedte" and o not in uppers and o.group == m.group for o in out):
            m.role, m.status, m.cue = "other", "bandbreedte", "naast een genoemd aantal"
    for k, m in enumerate(out):
        rest = text[m.pos + 1:]
        # "Van de 64 plaatsen zijn er 5 bestemd voor AMV" (a bare figure follows), not "Van de 290 plekken die nu in
        # gebruik zijn, bevinden zich er 150 in ..." (the whole has a clause of its own)
        more = k + 1 < len(out) or (re.search(r"\s\d+\s", rest) and not re.match(r"\S*\s+[\w-]+\s+(?:die|welke)\b", rest))
        if not m.role and more and re.search(r"(?:^|[,;:]\s*)van\s+(?:de|het|onze|deze)\s+$", text[:m.pos].lower()):
            m.role, m.status, m.cue = "other", "geheel", "van de"  # "Van de 96 plaatsen zijn er nog 60 in gebruik"
    if out:
        _roles(toks, out, s, context)
    for m in out:
        if m.pos in next_site and m.role == "realised" and _MOMENT_LATER.search(text[m.pos:]):
            m.role, m.status, m.cue = "planned", "gepland", "later moment"  # "..., open 1/3/'41": still to come
    at = {m.pos: m for m in reversed(out)}  # (the figures of a sum, found by where they stand; the first at each)
    for terms, total in sums:
        said = [at.get(toks[k].start) for k in terms]
        for k, (a, m) in enumerate(zip(terms, said, strict=True)):
            end = toks[terms[k + 1] - 1].start if k + 1 < len(terms) else toks[total - 1].start
            if m is not None and m.role == "realised" and _TERM_AHEAD.search(text[toks[a].start + len(toks[a].text):end]):
                m.role, m.status, m.cue = "planned", "gepland", "som: moment"  # "+ 40 Heinkenszand (klaar eind okt)"
        whole = at.get(toks[total].start)
        if whole is not None and whole.role in ("realised", "planned") \
                and _TOTAL_STATUS.match(text, toks[total].start + len(toks[total].text)):
            for m in said:  # "162 regulier azc Bolsward (coa) + 18 amv Sneek = 180 in gebruik": the total says it
                if m is not None:
                    m.role, m.status, m.part = whole.role, whole.status, True
            whole.total = True
            continue
        _sum_roles(said, whole)
    return out


def _sum_roles(terms: list[PlaceMention | None], total: PlaceMention | None) -> None:
    """A written-out sum: terms of one role make a stated total of that role ("Stand: 210 + 12 AMV = 222"); terms of
    different roles ("90 + 40 X (klaar eind okt) + 52 Y (wk 14 2040) = 182 = taak": in use and to come) make a total
    that is no count of either, and each term counts for itself."""
    if total is None or any(m is None for m in terms):
        return
    roles = {m.role for m in terms if m is not None}
    if len(roles) == 1 and roles <= {"realised", "planned"}:
        first = terms[0]
        assert first is not None
        if total.role in ("", "other", "task", "quoted") and first.role != "quoted":
            total.role, total.status, total.cue = first.role, first.status, "som"
        total.total = True
        for m in terms:
            if m is not None:
                m.part = True
    elif roles & {"realised"} and roles & {"planned"}:
        total.role, total.status, total.cue = "other", "som van bestaand en gepland", "som"
_WHOLE_IN_USE = re.compile(r"\s*(?:die|welke)\s+(?:er\s+)?(?:nu|op dit moment|momenteel|thans)\s+(?:[\w-]+\s+){0,4}?"
                           r"(?:in gebruik|beschikbaar|bezet)\b|"
                           # "vervallen 180 van de 260 plekken die Hoogeveen nu biedt"
                           r"\s*(?:die|welke)\s+(?:[\w-]+\s+){1,3}?(?:nu|op dit moment|momenteel|thans)\s+"
                           r"(?:biedt|bieden|heeft|hebben|telt|tellen)\b")
# a loss ahead told as a part of the whole: "Daarmee vervallen 150 van de 420 opvangplekken in onze gemeente"
_LOSS_OF_WHOLE = re.compile(r"(?<!\bzijn )(?<!\bis )\b(?:vervallen|verliest|verliezen|verdwijnen)\s+$")
# "het verzorgingshuis, waar nu 90 opvangplekken zijn": in use now, told in a relative clause
_WHERE_NOW = re.compile(r"\bwaar\s+(?:er\s+)?(?:nu|op dit moment|momenteel|thans)\s+$")
# "de 5 AMV-plekken die in de units zijn opgenomen": places counted within a figure named elsewhere
_INCLUDED_IN = re.compile(r"\s+[\w-]+\s+die\s+(?:al\s+)?(?:in|bij)\s+(?:de|het|deze|die)\s+[\w-]+(?:\s+[\w-]+)?\s+"
                          r"(?:zijn|is|worden|wordt)\s+(?:opgenomen|inbegrepen|meegeteld|meegerekend)\b", re.I)


_COUNTED_FOR_US = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:worden|wordt|zijn|is)?\s*(?:toegerekend|meegeteld|gerekend)\b|"
                             r"\s+(?:[\w-]+\s+){0,6}?(?:tellen|telt)\s+mee\b|"
                             # "totaal 400 plk, daarvan 60 voor Laren": one municipality's share of a regional site
                             r"\s+voor\s+(?:de\s+gemeente\s+)?(?-i:[A-Z])[\w'-]+", re.I)


_ALREADY_IN_USE = re.compile(r"\s+(?:al|nu|inmiddels|reeds)\s+(?:in gebruik|gerealiseerd|beschikbaar|bewoond)\b")
# what such a part is: in use, ready or still to come ("zijn er 50 sinds 1 april in gebruik"), not a share set aside
# for a group ("Van de 64 plaatsen zijn er 5 bestemd voor AMV")
_PART_STATUS = re.compile(r"[^,;:]{0,40}?\b(?:in gebruik|beschikbaar|bewoond|bezet|gereed|klaar|opgeleverd|volgen|volgt|"
                          r"komen|komt)\b")
# a whole named first, its parts after with the noun left out: "Van de 150 plaatsen zijn er 50 ...; de overige 100 ..."
_PART_OF_WHOLE = re.compile(r"(?:^|[,;:]\s*)van\s+(?:de|het|onze|deze)\s+[\d.]+\s+[\w-]+\s+(?:zijn|is|staan|worden)\s+"
                            r"(?:er\s+)?(?:nu\s+|inmiddels\s+|al\s+)?(?:[^.;]*;\s*(?:de|het)\s+(?:overige|resterende|andere)\s+)?$")
