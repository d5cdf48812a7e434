"""Places the municipality states about itself: a small quantity reader.

Every number that counts places ("120 plekken", "een locatie voor 75 personen", "gerealiseerd: 40")
becomes a `PlaceMention` with a role (realised / planned / task / lost / quoted / other), a group
(regulier / amv / total), a site (the capitalised names in its clause) and a status (in use, planned,
exploring, withdrawn, to be lost, already lost, past). The role comes from the words around the number
in the same clause, matched on lemmas (simplemma, Dutch) against the vocabulary in data/places.json:
the nearest cue wins, clause-level negation and modality ("zou", "niet", "verworpen", "onderzoeken")
demote a plan. Then the SCHEMA rules add the mentions up (`_realised`, `_planned`): a stated total
wins over its parts, a repeated figure counts once, sites and phases and regulier + AMV are added,
exploration / withdrawn plans / places to be lost are not planned, places already lost are not realised,
"nog geen opvangplekken" is 0, the legal task and figures quoted from the ministry never count.
Residents, statushouders, houses, money, percentages and dates are not place mentions at all.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from parsers.dates import MONTHS
from parsers.lemmas import lemmatize
from parsers.nlp import LowerRule, load_rules
from parsers.segments import Sentence

_TOKEN = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d])|\d+(?:,\d+)?|[€%|:;()]|[^\W\d_][\w'’-]*|\S")
_MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"}
_DEFINITE = {"de", "die", "deze", "alle", "onze", "dezelfde", "bovengenoemde"}
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_CLAUSE_SPLIT = re.compile(r";|\s[-–]\s|\||,\s+(?=(?:terwijl|maar|waarna|zodat|omdat|doordat|hoewel)\b)")
_YEAR_PREP = {"sinds", "in", "per", "vanaf", "tot", "voor", "na", "eind", "begin", "medio", "jaar", "van",
              # "in Q2 2031 geplaatst", "het tweede kwartaal 2031", "voorjaar 2031"
              "q1", "q2", "q3", "q4", "h1", "h2", "kwartaal", "helft", "halfjaar", "voorjaar", "najaar", "zomer",
              "winter", "lente", "herfst", "jaareinde", "uiterlijk", "vóór", "eind-", "begin-", "medio-"}
_COMPARATIVE = {"meer", "minder", "groter", "kleiner", "hoger", "lager", "méér"}
_UNITS_W = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TENS_W = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
           "negentig": 90}


@dataclass
class PlaceMention:
    """One number that counts places, what it means and whether it was counted."""

    value: int
    role: str  # realised, planned, task, lost, quoted, other
    group: str = "total"  # regulier, amv, total
    status: str = ""  # in gebruik, gepland, verkenning, vervallen, vervalt, ingetrokken, verleden, taak, citaat, ...
    site: str = ""
    cue: str = ""  # the word that decided the role
    text: str = ""  # the sentence
    source: str = "body"
    counted: str = ""  # "realised", "planned" or "" after adding up
    persons: bool = False  # "75 personen" rather than "75 plekken"
    definite: bool = False  # "de 24 plekken": refers back
    part: bool = False  # a part of a total stated in the same sentence
    total: bool = False  # "samen 220 plekken", "in totaal"
    each: int = 1  # "twee locaties van elk 72 plekken" -> 2
    lower: int | None = None  # the lower bound of the range this figure closes ("100 tot 150": 100)
    sent: int = 0
    pos: int = 0
    sites: frozenset[str] = field(default_factory=frozenset)

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "role": self.role, "group": self.group, "status": self.status,
                "site": self.site, "cue": self.cue, "counted": self.counted, "text": self.text[:300],
                "source": self.source}


@dataclass
class PlacesReading:
    realised: int | None
    planned: int | None
    mentions: list[PlaceMention]

    @property
    def places(self) -> dict[str, int | None]:
        return {"realised": self.realised, "planned": self.planned}


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    raw = load_rules("places.json")
    out: dict[str, Any] = {}
    for k, v in raw.items():
        if k.startswith("_"):
            continue
        if isinstance(v, list):
            phrases = [w for w in v if " " in w]
            # behind a literal pre-check: most clauses hold none of a class's phrases
            rx = LowerRule("|".join(r"(?<!\w)" + re.escape(p) + r"(?!\w)" for p in phrases)) if phrases else None
            out[k] = ({w for w in v if " " not in w}, rx)
        else:
            out[k] = v
    return out


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    try:
        import simplemma
    except ImportError:  # pragma: no cover - optional: surface forms only
        return None
    return simplemma


@lru_cache(maxsize=20000)
def lemma(word: str) -> str:
    """The Dutch lemma of a lower-case word ("plekken" -> "plek"), the word itself when unknown."""
    sm = _lemmatizer()
    if sm is None or not word.isalpha():
        return word
    try:
        return lemmatize(word)
    except Exception:  # noqa: BLE001 - a lemmatiser hiccup must not stop parsing
        return word


@dataclass(slots=True)
class _Tok:
    text: str
    low: str
    lem: str
    start: int


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        low = t.lower()
        out.append(_Tok(t, low, lemma(low) if low.isalpha() else low, m.start()))
    return out


def _is(tok: _Tok, key: str) -> bool:
    words, _ = _vocab()[key]
    # a present participle is no finite verb: "het volgende" is not "volgen", "komende" not "komen"
    return tok.low in words or (tok.lem in words and not tok.low.endswith("ende"))


def _num(tok: _Tok) -> int | None:
    t = tok.text
    if t[0].isdecimal():
        if t.isdecimal():  # a leading zero makes a number part of a code: "Collegebesluit 2035-0412", "0342"
            return int(t) if len(t) <= 5 and (t[0] != "0" or len(t) == 1) else None
        return int(t.replace(".", "")) if _THOUSANDS.fullmatch(t) else None
    return _vocab()["number_words"].get(tok.low) or (_compound_number(tok.low) if len(tok.low) > 6 else None)


@lru_cache(maxsize=4096)
def _compound_number(w: str) -> int | None:
    """Dutch number words up to 999: "honderdtwintig" 120, "tweehonderdvijftig" 250, "vijfenveertig" 45."""
    w = w.replace("ën", "en")
    total = 0
    if "honderd" in w:
        head, _, w = w.partition("honderd")
        if head and head not in _UNITS_W:
            return None
        total = 100 * (_UNITS_W.get(head, 1))
        w = w.removeprefix("en")
        if not w:
            return total
    small = _vocab()["number_words"].get(w)
    if small is not None:
        return total + small
    for tens_w, tens in _TENS_W.items():
        if w.endswith("en" + tens_w) and w[:-len(tens_w) - 2] in _UNITS_W:
            return total + tens + _UNITS_W[w[:-len(tens_w) - 2]]
    return None


# ---------------------------------------------------------------------------------------------- mentions

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
        if t.low in ("en", ",", "+", "of") and j + 1 < len(toks) and _num(toks[j + 1]) is not None:
            j += 2  # "68 reguliere en 5 AMV-plekken": one unit for both
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
        elif re.search(r"\b(?:nu|thans|huidig\w*|actueel|actuele)\b|\bna \d{1,2}[-/]\d{1,2}", cell) \
                and not re.search(r"voorbereiding|gepland|bezet", cell):
            roles.append("realised")  # "Plaatsen nu", "na 1-10-2032": the count as it stands
        elif re.fullmatch(r"\s*(?:plaatsen\s+|aantal\s+)?(?:(?:per|op|voor|tot)\s+)?\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\s*|"
                          r"\s*(?:plaatsen\s+)?(?:voorheen|eerder|oud|was)\s*", cell):
            roles.append("past")  # "Plaatsen 1-9-2032", "voor 1-10-2032" beside "nu": what it was
        elif re.fullmatch(r"\s*(?:fase|nr\.?|nummer|no\.?|#|jaar|volgnummer)\s*", cell):
            roles.append("id")  # "| Fase | Plaatsen |" above "| 2 | 60 |": the phase's number, not places
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
_COUNT_SAID_AGAIN = re.compile(r"\b(?:het|dat|dit) zijn er(?: nu| inmiddels| thans| momenteel| op dit moment)?\s*$|"
                               # "Van de 65 plaatsen resteren er daardoor 25": what is left, its noun said before
                               # (not "na 1 mei resteren er 40": what will be left, told without such a word)
                               r"\b(?:resteren|resteert) er(?:\s+(?:daardoor|dus|nu|nog|daarmee|slechts|maar|inmiddels))+\s*$")
# "komen er 150 bij", "komen er straks nog 40 bij": places added, the noun left out
_MORE_COME = re.compile(r"\b(?:komen|komt|kwamen)\s+er\s+(?:(?:nog|straks|dan|daar|hier|binnenkort)\s+){0,2}$")
_PLACES_TOPIC = re.compile(r"^\W*(?:regulier|reguliere|amv)\b|\b(?:plaatsen|plekken|opvangplekken|opvangplaatsen)\b|"
                           r"\d\s*pl\b")
_FIGURES_ONLY = re.compile(r"[\W\d]*(?:(?:regulier|reguliere|reg|amv|totaal|plekken|plaatsen|pl)\b[\W\d]*)+")
# an investigation that is over: "Uit onderzoek is gebleken dat ...", "na bouwkundig onderzoek bleek"
_FOUND_OUT = re.compile(r"\bonderzoek\w*\b[^.;]{0,40}\b(?:is gebleken|gebleken|bleek|blijkt|uitgewezen|wees uit|"
                        r"heeft uitgewezen|laat zien|liet zien)\b|\b(?:gebleken|bleek|blijkt)\b[^.;]{0,20}\bonderzoek\w*\b")
# "Resteert de locatie Broekhorn met 80 reguliere plekken": a site that remains (after a loss), in use
_SITE_REMAINS = re.compile(r"\brest(?:eert|eren)\s+(?:(?:nog|op dit moment|nu|thans|momenteel|alleen)\s+)*(?:de|het)\s+"
                           r"(?:[\w-]+\s+)?(?:locatie|opvanglocatie|opvang|azc|pand|gebouw|voorziening|woonvoorziening|"
                           r"locaties|panden)\b")
_MONEY_NOUNS = frozenset({"budget", "bedrag", "krediet", "middelen", "geld", "subsidie", "vergoeding", "begroting"})
# "405 plekken die de wettelijke taak vraagt": the figure the task names, said after it
# a figure named as the task itself: "de 78 plaatsen van onze taak" (not "... van onze taak zijn in gebruik")
_OF_THE_TASK = re.compile(r"[\d.]+\s+(?:opvang)?(?:plaatsen|plekken)\s+(?:uit|van)\s+(?:de|onze|ons|haar|zijn)\s+"
                          r"(?:wettelijke\s+)?(?:taak|taakstelling|opgave)\b"
                          r"(?![^.;]{0,40}\b(?:gerealiseerd|ingevuld|in gebruik|gehaald|klaar|bezet|beschikbaar|"
                          r"opgevangen|gevonden)\b)")
_TASK_AFTER = re.compile(r"[\d.]+\s+(?:[\w-]+\s+){0,2}?die\s+(?:(?:de|onze|ons|haar|zijn)\s+(?:wettelijke\s+)?"
                         r"(?:taak|taakstelling|opgave)\b|"
                         # "de 640 plaatsen die de Spreidingswet van de stad vraagt": what the law asks
                         r"(?:de\s+)?(?:spreidingswet|wet|het rijk|de minister)\b[^.;,]{0,30}?\b(?:vraagt|verlangt|"
                         r"voorschrijft|oplegt|eist)\b)")
# a table row of a province, region or the country beside the municipality's own
_OTHER_ROW = re.compile(r"\s*(?:provincie|regio|subregio|totaal (?:provincie|regio)|landelijk|nederland|heel)\b", re.I)
_GROUP_COLUMN = re.compile(r"(?P<regulier>reg\.?|regulier(?:e)?(?: plaatsen| plekken)?)|"
                           r"(?P<amv>amv(?:-plaatsen|-plekken)?)|(?P<total>tot\.?|totaal(?: plaatsen| plekken)?)")


def _table_role(toks: list[_Tok], i: int) -> str | None:
    """A figure in a status line without a unit: "gerealiseerd: 40", "regulier 180 in gebruik"; a role ending in
    "~" comes from a row's status cell before other text cells and counts only where no sentence gives that role."""
    if any(t.low == "|" for t in toks) and _NOT_ASYLUM.search(" ".join(t.low for t in toks)):
        return "other"  # "Haagweg | Oekraïense ontheemden | in gebruik | 120 (telt niet mee voor de Spreidingswet)"
    prev = [t.low for t in toks[max(0, i - 3):i] if t.low not in (":", "|", "(", ")")]
    nxt = " ".join(t.low for t in toks[i + 1:i + 4])
    if prev and prev[-1] in ("gerealiseerd", "beschikbaar", "bezet", "realisatie"):
        return "realised"
    if i and toks[i - 1].low == "gebruik":
        return "realised"  # "AMV in gebruik 36" (not the parts after "in gebruik: 700 in ... en 300 in ...")
    if prev and prev[-1] in ("voorbereiding", "gepland", "voorbereid"):
        return "planned"
    if prev and prev[-1] in ("taak", "taakstelling", "opgave"):
        return "task"
    label = _STATUS_LABEL.match(" ".join(t.low for t in toks[:4]))
    if label and re.match(r"(regulier|reguliere|amv)\b", nxt):  # "In gebruik: azc Noord 460 regulier, ..."
        return "planned" if label.group(1) in _PLANNED_LABELS else "realised"
    if nxt.startswith(("in gebruik", "gerealiseerd")) or re.match(r"(regulier|reguliere|amv) (in gebruik|gerealiseerd)", nxt):
        return "realised"  # "azc Snipperlingsdijk 350 regulier in gebruik"
    if nxt.startswith(("in voorbereiding", "gepland", "in aanbouw", "in procedure", "in ontwikkeling", "in uitvoering")):
        return "planned"  # "120 in gebruik / 90 in aanbouw Kerkeplaat"
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
_NOT_YET_LIVED_IN = re.compile(r"\bnog niet (?:bewoond|bezet|in gebruik)\b|\bnog geen bewoners\b|\bnog leeg\b")
_STATUS_CELL = re.compile(r"in gebruik|bewoond|bezet|in aanbouw|in voorbereiding|voorbereiding|gepland|vergunning|"
                          r"raadsbesluit|collegebesluit|bestemmingsplan|omgevingsplan|\bbouw\b|bouwstart|aanbesteding|in procedure|"
                          r"verbouwing|oplevering|verkenning|onderzoek|vervallen|ingetrokken|gesloten|afgevallen|"
                          r"instemming|voorbehoud|raadsvoorstel|besluitvorming|aangewezen|aangekocht|gehuurd")


def _clause_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


_ROLE_KEYS = ("realised", "planned", "lost", "task", "exploring", "withdrawn", "negation", "quoted", "future",
              "past_realised", "lost_past", "now_strong", "remainder", "capacity", "capacity_np")


@lru_cache(maxsize=1)
def _word_keys() -> dict[str, tuple[str, ...]]:
    """word -> the role vocabulary classes (of _ROLE_KEYS) that hold it as a single word."""
    vocab = _vocab()
    out: dict[str, list[str]] = {}
    for key in _ROLE_KEYS:
        for w in vocab[key][0]:
            out.setdefault(w, []).append(key)
    return {w: tuple(keys) for w, keys in out.items()}


_STREET_WORDS = frozenset({"weg", "laan", "straat", "dijk", "kade", "plein", "park", "hof", "singel", "dreef"})


def _role_cues(toks: list[_Tok], low: str, offset: int) -> dict[str, list[tuple[int, str]]]:
    """(token index, word) of every cue of every role class in a clause: one pass over the tokens, then the
    phrases of each class."""
    vocab = _vocab()
    word_keys = _word_keys()
    out: dict[str, list[tuple[int, str]]] = {key: [] for key in _ROLE_KEYS}
    for k, t in enumerate(toks):
        if t.low == "volgende" and k and toks[k - 1].low in ("de", "het"):
            continue  # "voor de volgende periode": an adjective, no plan
        if k + 1 < len(toks) and toks[k + 1].low in _MONEY_NOUNS:
            continue  # "boven het beschikbare budget": said of the money, not of places
        if t.low == "realisatie" and k and toks[k - 1].low in ("huidige", "actuele"):
            continue  # "onze huidige realisatie komt uit op 150": the count now (a phrase of its own), no plan
        if k and t.text[:1].isupper() and toks[k - 1].text[:1].isupper() and t.low in _STREET_WORDS:
            continue  # "aan de Latensteinse Weg": a street name, not places gone
        keys = word_keys.get(t.low, ())
        if t.lem != t.low:
            more = word_keys.get(t.lem, ())
            if more:
                keys = tuple(dict.fromkeys(keys + more))
        for key in keys:
            out[key].append((k, t.low))
    for key in _ROLE_KEYS:
        phrases = vocab[key][1]
        if phrases is not None:
            found = out[key]
            for m in phrases.finditer_lower(low):
                pos = m.start() + offset
                k = next((k for k, t in enumerate(toks) if t.start >= pos), len(toks) - 1)
                found.append((k, m.group(0)))
    return out


def _figure_slots(ms: list[PlaceMention], m: PlaceMention, ctoks: list[_Tok], idx: dict[int, int]) -> tuple[int, int]:
    """Token indexes of the figures before and after m in its clause (-1 / a large number when none)."""
    at = {t.start: idx[id(t)] for t in ctoks}
    before = [at[o.pos] for o in ms if o.pos < m.pos and o.pos in at]
    after = [at[o.pos] for o in ms if o.pos > m.pos and o.pos in at]
    return (max(before) if before else -1, min(after) if after else 10**6)


def _nearest_own(cues: dict[str, list[tuple[int, str]]], role: str, k: int, slots: tuple[int, int]
                 ) -> tuple[int, str] | None:
    """The nearest cue of a role; in "78 plaatsen in gebruik en 120 plaatsen in voorbereiding" a cue between the
    figure before and this one belongs to that figure when this one has a cue of its own after it."""
    prev_k, next_k = slots
    own_after = any(k < c < next_k for r in ("realised", "planned", "lost") for c, _ in cues[r])
    best: tuple[int, str] | None = None
    for c, w in cues[role]:
        d = abs(c - k) + (6 if own_after and 0 <= prev_k < c < k else 0) + (10 if w in _SITE_NOUNS else 0)
        if best is None or d < best[0]:
            best = (d, w)
    return best


def _nearest(cues: list[tuple[int, str]], k: int) -> tuple[int, str] | None:
    if not cues:
        return None
    return min(((abs(c - k), w) for c, w in cues), key=lambda x: x[0])


# people at a meeting, signing a petition, voting: no residents and no places
_GATHERING = re.compile(r"informatieavond|inloopavond|bijeenkomst|bewonersavond|inspraakavond|bezoekers|aanwezigen|"
                        r"handtekening|petitie|demonstr|stemden|stemmen voor|stemmen tegen|kwamen\b[^.;]{0,40}\baf\b")
_NUMERIC_DATE = re.compile(r"\d{1,2}-\d{1,2}-(?:20)?\d\d\b")
# "om 150 plaatsen, waarvan 120 in het azc aan de X en 24 AMV-plaatsen in Leerdam": the clause of parts runs on
_PART_CLAUSE = re.compile(r"\b(?:waarvan|daarvan|waaronder|daaronder)\s(?:(?!,\s*(?:en\s+)?(?:daarnaast|verder|bovendien|"
                          r"maar|terwijl|ook)\b)[^.;:()]){0,120}\s(?:en|of)\s[^.;:()]{0,20}$")
# a street name before a number in a table row whose count stands in a later cell makes it a house number
_STREET = re.compile(r"^[A-Z][\w'-]*(?:weg|straat|laan|plein|dijk|kade|singel|gracht|pad|steeg|dreef|markt|allee|"
                     r"boulevard|wal|hof|baan|park|erf|veld|burg|horst|hoven|ring|brink)$")


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
        reg_label = prev == "." and i >= 2 and toks[i - 2].low == "reg"  # "reg. 35" / "amv 6" under "Stand 1/8:"
        if (prev == "." and not reg_label) or (nxt in _DEFINITE and nxt not in ("alle",)) or after_month or prev in ("€", "eur", "artikel", "art", "postbus", "nr", "nummer", "lid", "week", "wk", "weeknummer", "jaren") \
                or (_is_money_after(toks, i) and listed is None) \
                or nxt in _MONTHS or nxt in ("%", "procent") or (digits and i + 1 < len(toks) and toks[i + 1].low == ","
                                                                 and listed is None) \
                or (nxt in ("e", "de", "ste") and digits and t.start + len(t.text) == toks[i + 1].start):
            continue  # ... an ordinal: "3e kwartaal 2029"
        unit = _unit_after(toks, i) or listed
        label_first = i and (toks[i - 1].low in ("regulier", "reguliere", "amv") or reg_label) \
            and _FIGURES_ONLY.fullmatch(text.lower())
        if label_first:  # "regulier 12 AMV 2" under "Realisatie per 1-12-2030:": each label names the figure after it
            unit = (i, "places", None)
        elif unit is None and digits and (nxt == "erbij" or nxt == "extra" and (
                i + 2 >= len(toks) or toks[i + 2].low in ("in", "op", "bij", "per", ",", ".", "(", "-", "vanaf"))) \
                and _PLACES_TOPIC.search(text.lower()):  # ("20 extra in voorb.", not "20 extra medewerkers")
            unit = (i, "places", None)  # "250 pl gerealiseerd, 60 erbij per 1-9-2037": more places, the noun said before
        elif unit is None and digits and prev == "+" and t.start == toks[i - 1].start + 1 \
                and (i == 1 or _PLACES_TOPIC.search(text.lower()) or _PLACES_TOPIC.search((context or "").lower())):
            unit = (i, "places", None)  # "+180 Sneek-Noord in aanbouw", "nu 35 pl., straks +20": more places, said short
        elif unit is None and digits and nxt == "bij" and _MORE_COME.search(text[:t.start].lower()):
            unit = (i, "places", None)  # "Aan de Kemperbergerweg komen er 150 bij": the noun said the sentence before
        elif unit is None and _COUNT_SAID_AGAIN.search(text[:t.start].lower()) and _PLACES_TOPIC.search(text.lower()):
            unit = (i, "places", None)  # "Regulier 0: klopt niet, het zijn er 64.": the count, its noun left out
        elif unit is None and re.search(r"\bwaarvan\s*$", text[:t.start].lower()) \
                and (_ALREADY_IN_USE.match(text.lower(), t.start + len(t.text))
                     or _COUNTED_FOR_US.match(text.lower(), t.start + len(t.text))):
            # "In totaal gaat het om 200 plaatsen, waarvan 90 al in gebruik zijn", "250 plaatsen, waarvan 125 aan de
            # taak van Pijnacker-Nootdorp worden toegerekend": the part's noun left out
            unit = (i, "places", None)
        if unit is None and prev == "en" and last_unit is not None and i - last_unit[0] <= 6 \
                and i + 1 < len(toks) and toks[i + 1].low == "voor" and toks[last_unit[0] + 1].low == "voor":
            unit = (i, last_unit[1], None)  # "veertig plaatsen voor regulier en acht voor minderjarigen": elided
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
        # reference back, part of, total, each
        before = [w.low for w in toks[max(0, i - 3):i]]
        m.definite = bool(before) and (before[-1] in _DEFINITE or (len(before) > 1 and before[-2] in _DEFINITE
                                                                    and before[-1] in ("eerste", "overige", "resterende",
                                                                                       "laatste", "extra")))
        m.part = any(w in ("waarvan", "daarvan", "waaronder", "daaronder", "wie", "inclusief") for w in before) \
            or nxt == "daarvan" or bool(_INCLUDED_IN.match(text, t.start + len(t.text)))
        if m.part and before and before[-1] == "waarvan" and not out \
                and _DWELLINGS_WHOLE.search(text[max(0, t.start - 60):t.start].lower()):
            m.part = False  # "48 flexwoningen, waarvan 24 plaatsen voor asielopvang": houses, the places are the part
        if not m.part and out and _PART_CLAUSE.search(text, max(0, t.start - 160), t.start):
            m.part = True
        if any(o.value > v and "(" in text[o.pos:t.start] and ")" not in text[o.pos:t.start] for o in out):
            m.part = True  # "135 personen (127 regulier en 8 AMV)"
        if any(o.value > v and ":" in text[o.pos:t.start] and not re.search(r"[.;]", text[o.pos:t.start])
               for o in out):
            m.part = True  # "480 opvangplekken in gebruik: 450 in het azc en 30 amv-plekken in Bennekom"
        m.total = any(w.low in ("samen", "totaal", "opgeteld") for w in toks[max(0, i - 6):i]) \
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
        if unit is not None and len(before) > 1 and before[-2:] == ["tekort", "van"]:
            m.role, m.status, m.cue = "task", "tekort", "tekort van"  # "Tot die tijd is er een tekort van 86 plaatsen"
        if unit is not None and unit[0] + 1 < len(toks) and toks[unit[0] + 1].low == "tekort":
            m.role, m.status, m.cue = "task", "tekort", "tekort"  # "komen wij 420 plaatsen tekort": a shortfall
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
        elif unit is not None and v <= 8 and i >= 3 and toks[i - 1].low == "van" and toks[i - 2].low in _DWELLINGS \
                and (n := _num(toks[i - 3])) is not None and n > 1:
            m.each = n  # "komen 12 units van 4 plaatsen": four in each of the 12
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
    return out


_ZERO_NOW = re.compile(r"(?:\b(?:nu|thans|momenteel|op dit moment)\s*:?|\bstand\b[^:;]{0,20}:)\s*$")
# "Nu 96 reg. + 12 amv.", "momenteel: 40 pl. en 6 amv": a verbless line of figures after "nu"
_FIGURES_NOW = re.compile(r"\W*(?:nu|thans|momenteel|op dit moment)\s*:?\s*"
                          r"(?:\d+\s*(?:reg\.?|regulier|reguliere|amv|pl\.?|plekken|plaatsen)?\s*(?:[+,/&]|en)?\s*)*$")
_NOT_YET_FILLED = re.compile(r"\bniet\s+(?:\w+\s+)?(?:ingevuld|gerealiseerd|gevuld|beschikbaar|in gebruik)\b")
_COME_ABOUT = re.compile(r"\b(?:plaatsen|plekken|opvangplaatsen|opvangplekken)\s+(?:bij\s+)?ontsta(?:an|at)\b")
_FORESEEN = re.compile(r"\b(?:zijn|is|worden|wordt)\b[^.;,]{0,40}\bvoorzien\b(?!\s+van\b)")
_FELL_THROUGH = re.compile(r"\bvalt\b(?:\s+[\w-]+){0,6}?\s+weg\b|\bvervalt\b|\bgaat niet door\b|\bniet door\b")
# "resteren alleen de 45 plaatsen in de gezinslocatie": places at a named kind of site are there, not still to find
_AT_SITE = re.compile(r"[\d.]+\s+[\w-]+\s+(?:in|op|aan|bij)\s+(?:de|het)\s+(?:[\w-]+\s+)?[\w-]*"
                      r"(?:locatie|opvang|azc|voorziening|hotel|gebouw|pand|woning|paviljoens?|units)(?:en|s)?\b")
# "de eerste bewoners komen in april; vanaf dat moment zijn alle 190 plaatsen beschikbaar": the moment named before
# a site chosen, bought or rented for the places of a sentence ("Voor de rest van de taak, 90 plekken, is het
# kantoorgebouw aangekocht"): those places are in preparation
_CHOSEN = frozenset({"kiezen", "aanwijzen", "besluiten", "selecteren", "aankopen", "kopen", "verwerven", "huren"})
_FROM_THEN = re.compile(r"\b(?:vanaf|na|op) (?:dat moment|die dag|die datum|dat tijdstip)\b|\bvanaf dan\b|\bdaarna zijn\b")
_WOULD = re.compile(r"\bzou(?:den)?\b(?:\s+[\w-]+){0,6}?\s+(?:worden|zijn|komen|gaan|kunnen)\b")
_IN_USE_NOW_AFTER = re.compile(r"[\d.]+\s+(?:[\w-]+\s+){0,2}?(?:plaatsen|plekken|opvangplaatsen|opvangplekken)\s*,?"
                               r"\s*(?:die|welke)\s+(?:er\s+)?(?:nu|op dit moment|momenteel|thans)\s+(?:nog\s+)?"
                               r"(?:in gebruik|bezet|bewoond)\b")
_WHOLE_IN_USE = re.compile(r"\s*(?:die|welke)\s+(?:er\s+)?(?:nu|op dit moment|momenteel|thans)\s+(?:[\w-]+\s+){0,4}?"
                           r"(?:in gebruik|beschikbaar|bezet)\b|"
                           # "vervallen 180 van de 260 plekken die Hoogeveen nu biedt"
                           r"\s*(?:die|welke)\s+(?:[\w-]+\s+){1,3}?(?:nu|op dit moment|momenteel|thans)\s+"
                           r"(?:biedt|bieden|heeft|hebben|telt|tellen)\b")
# a loss ahead told as a part of the whole: "Daarmee vervallen 150 van de 420 opvangplekken in onze gemeente"
_LOSS_OF_WHOLE = re.compile(r"(?<!\bzijn )(?<!\bis )\b(?:vervallen|verliest|verliezen|verdwijnen)\s+$")
# "het verzorgingshuis, waar nu 90 opvangplekken zijn": in use now, told in a relative clause
_WHERE_NOW = re.compile(r"\bwaar\s+(?:er\s+)?(?:nu|op dit moment|momenteel|thans)\s+$")


def _is_modifier(word: str) -> bool:
    return word in ("ongeveer", "circa", "ca", "ca.", "ruim", "bijna", "zo'n", "maximaal")


def _group(toks: list[_Tok], i: int, unit: int | None) -> str:
    """regulier / amv / total from the words between the number and its unit ("20 AMV-plekken", "31 plekken voor
    alleenstaande minderjarigen"); in "140 reguliere en 20 AMV-plekken" the unit belongs to the last number only."""
    own: list[_Tok] = [toks[i - 1]] if i and toks[i - 1].low in ("regulier", "amv") else []
    if i > 1 and toks[i - 1].low == "." and toks[i - 2].low == "reg":
        own = [toks[i - 2]]  # "reg. 35"
    if i > 1 and toks[i - 1].low in ("|", ":") and toks[i - 2].low in ("regulier", "reguliere", "amv"):
        own = [toks[i - 2]]  # a table row: "Woongroep Rijksweg | AMV | 12 | in gebruik"; a list line "AMV: 51 plaatsen"
    shared = False
    for t in toks[i + 1:(unit if unit is not None else i + 2) + 1]:
        if t.low in ("en", ",", "+", "of"):
            shared = True
            break
        own.append(t)
    if unit is not None and not shared:
        own += [t for t in toks[unit + 1:unit + 5] if toks[unit + 1].low == "voor"]
    if any(_is(t, "group_amv") or "amv" in t.low for t in own):
        return "amv"
    if any(_is(t, "group_regulier") for t in own):
        return "regulier"
    return "total"


@lru_cache(maxsize=4096)
def _lead_role(text: str) -> str | None:
    """The role a list's lead-in line gives its items ("Er zijn twee locaties in voorbereiding:"); remembered per
    text (every sentence with a figure asks it of the sentence before)."""
    toks = _tokens(text)
    low = text.lower()
    if not _IN_PROGRESS.search(low) and (_TAKEN_INTO_USE.search(low) or re.search(r"\bin gebruik\b(?! (?:te )?nemen)", low)) \
            and not re.search(r"\b(?:zal|zullen|gaat|gaan|verwacht\w*|nog niet|per|vanaf)\b", low):
        return "realised"  # "vandaag zijn de 64 units in gebruik genomen"
    if re.search(r"\bsinds\b[^.;]{0,80}\b(?:gevestigd|geopend|gehuisvest|opgevangen|ondergebracht|actief)\b", low) \
            and not re.search(r"\b(?:zal|zullen|gaat|gaan|verwacht\w*|nog niet)\b", low):
        return "realised"  # "In het voormalige gemeentekantoor is sinds juni 2031 een opvanglocatie van het COA gevestigd."
    if re.match(r"\s*(?:realisatie|gerealiseerd|huidige (?:stand|opvang|capaciteit)|stand)\b(?:\s+(?:per|op|d\.d\.)\s+"
                r"[\w /-]{0,25})?\s*:?\s*$", low):
        return "realised"  # "Realisatie per 1 september 2026:" above its figures
    if len(low) <= 90 and not low.rstrip().endswith(".") and _AS_OF_DAY.search(low) and not _PLAN_TITLE.search(low):
        return "realised"  # "Opvang in Kampen (stand 15 november 2035)": a title dating its table, as things are
    if re.search(r"\b(?:actuele|huidige) stand\b", low) and low.rstrip().endswith(":") \
            and not re.search(r"\b(?:voorbereiding|gepland|planning|verwacht\w*)\b", low):
        return "realised"  # "Hieronder de actuele stand voor Sittard-Geleen:" above its table
    toks = [t for k, t in enumerate(toks) if not (t.low == "volgt" and k and toks[k - 1].low == "als")]  # "als volgt"
    progress = _IN_PROGRESS.search(low)  # "wordt in drie fasen gerealiseerd" (a plan), not "Wat is er al gerealiseerd?"
    planned = any(_is(t, "planned") and (progress or not t.low.startswith("gerealiseerd")) for t in toks)
    if low.rstrip().endswith(":") and _NOW_WORDS.search(low) and not _IN_PROGRESS.search(low) and not planned \
            and not re.search(r"\b(?:zal|zullen|gaat|gaan|verwacht\w*|voorbereiding|gepland)\b", low):
        return "realised"  # "Onze opvang is op dit moment als volgt verdeeld:"
    if planned or "in voorbereiding" in low:
        return "planned"
    if any(_is(t, "realised") and t.lem != "hebben" for t in toks):
        return "realised"
    return None


def _is_money_after(toks: list[_Tok], i: int) -> bool:
    after = [t.low for t in toks[i + 1:i + 3]]
    return bool(after) and (after[0] in ("euro", "miljoen", "mln", "duizend", "miljard")
                            or (after[0] == "," and len(after) > 1))


def _roles(toks: list[_Tok], mentions: list[PlaceMention], s: Sentence, context: str | None = None) -> None:
    """Give each mention its role and status from the cues of its clause."""
    text = s.text
    low_text = text.lower()
    vocab = _vocab()
    months = _MONTHS
    site_stop = vocab["site_stop"][0]
    for lo, hi in _clause_bounds(text):
        ctoks = [t for t in toks if lo <= t.start < hi]
        ms = [m for m in mentions if lo <= m.pos < hi]
        if not ms:
            continue
        low = low_text[lo:hi]
        idx = {id(t): k for k, t in enumerate(ctoks)}
        cues = _role_cues(ctoks, low, lo)
        # "en komt Velsen onder haar wettelijke taak": "komen" that lands below or above something plans nothing
        cues["planned"] = [(k, w) for k, w in cues["planned"]
                           if not (ctoks[k].lem == "komen" and any(t.low in ("onder", "boven", "tekort")
                                                                     for t in ctoks[k + 1:k + 5]))]
        # "waarvan de pacht kan worden opgezegd": a loss that is only possible takes nothing away
        cues["lost"] = [(k, w) for k, w in cues["lost"]
                        if not any(t.low in _MAY for t in ctoks[max(0, k - 3):k])]
        if cues["future"] and _CAN_HOLD.search(low) and all(w in _MAY for _, w in cues["future"]) and not _ahead(low):
            cues["future"] = []  # "Deze locatie kan plaats bieden aan 80 asielzoekers": what a site holds, not a plan
        if _GOES_AS_PLANNED.search(low):  # "Als de procedure volgens deze planning verloopt": goes, not expires
            cues["lost"] = [(k, w) for k, w in cues["lost"] if not w.startswith("verlo")]
            cues["lost_past"] = [(k, w) for k, w in cues["lost_past"] if not w.startswith("verlo")]
        if _IN_CONSULTATION.search(low) and not _IN_TALKS.search(low):
            # "richten wij in overleg met het COA een woonvoorziening in met 9 plaatsen": how it is done, not talks
            cues["exploring"] = [(k, w) for k, w in cues["exploring"] if w != "overleg"]
        if _SEARCH_OVER.search(low):  # "Na lang zoeken heeft de raad ingestemd met ...": the search is over
            cues["exploring"] = [(k, w) for k, w in cues["exploring"] if w not in ("zoeken", "zoektocht", "onderzoek")]
        if context == "exploring" and _HYPOTHETICAL_SITE.match(low.lstrip()):
            # "Wij verkennen een locatie aan de Oude Bommelseweg. Afhankelijk van de indeling is daar ruimte voor ..."
            cues["exploring"].append((0, "verkennen"))
        if cues["future"]:  # "meer vergunninghouders dan de taakstelling vraagt": "dan" compares, no moment ahead
            cues["future"] = [(c, w) for c, w in cues["future"]
                              if not (w == "dan" and any(t.low in _COMPARATIVE for t in ctoks[max(0, c - 4):c]))
                              and not (w in ("gaat", "gaan") and _CONCERNS.match(" ".join(t.low for t in ctoks[c:c + 3])))]
        # "gerealiseerd" is realised, "realiseren/realiseert" planned
        cues["realised"] = [(k, w) for k, w in cues["realised"] if not (ctoks[k].lem == "realiseren"
                                                                         and not ctoks[k].low.startswith("gerealiseerd"))]
        cues["planned"] = [(k, w) for k, w in cues["planned"] if not w.startswith("gerealiseerd")]
        if _PARTICIPLE.search(low):  # "heeft ... ingestemd": an auxiliary, not possession
            cues["realised"] = [(k, w) for k, w in cues["realised"] if ctoks[k].lem != "hebben"]
        # ("worden 120 plaatsen (waarvan 8 AMV) in paviljoens gerealiseerd": an aside in brackets is no distance)
        progress = _IN_PROGRESS.search(_BRACKETS.sub(lambda b: " " * len(b.group(0)), low)) or _CAN_HOUSE.search(low)
        if progress:  # "worden 60 plekken gerealiseerd", "beschikbaar te stellen": not yet in use
            cues["realised"] = [(k, w) for k, w in cues["realised"]
                                if w not in ("gerealiseerd", "gebruik", "in gebruik", "beschikbaar", "in gebruik genomen")
                                and not progress.start() <= ctoks[k].start - lo < progress.end()]
            at = next((k for k, t in enumerate(ctoks) if t.start - lo >= progress.end() - 1), len(ctoks) - 1)
            cues["planned"].append((at, progress.group(0).split()[-1]))
        elif (done := _DONE.search(low) or (_OPENED_PAST.search(low) if not _ahead(low) else None)) \
                and not re.search(r"\bnog niet\b", low) \
                and not [w for _, w in cues["future"] if not (w in ("wordt", "worden") and _RUN_BY.search(low))]:
            # "heeft de gemeente 12 plekken ingericht": finished work, in use now
            at = next((k for k, t in enumerate(ctoks) if t.start - lo >= done.start(1)), len(ctoks) - 1)
            cues["planned"] = [(k, w) for k, w in cues["planned"] if k != at]
            cues["realised"].append((at, done.group(1)))
        elif _TAKEN_INTO_USE.search(low):  # "is weer in gebruik genomen": in use now
            cues["planned"] = [(k, w) for k, w in cues["planned"] if w not in ("in gebruik nemen", "weer")]
            cues["future"] = [(k, w) for k, w in cues["future"] if w not in ("weer",)]
        if re.search(r"vergunning\b[^.;]{0,50}\b(?:afloopt|verloopt|vervalt|eindigt|loopt af)\b", low):
            # "staat op grond met een tijdelijke omgevingsvergunning die op 31 december afloopt": a site standing now
            cues["planned"] = [(k, w) for k, w in cues["planned"] if "vergunning" not in w]
        if "weg vrij" in low:  # "Met dit besluit is de weg vrij voor 149 opvangplekken": the way is clear, nothing gone
            cues["lost"] = [(k, w) for k, w in cues["lost"] if w != "weg"]
        if re.search(r"overeenkomst|contract|convenant|akkoord", low):  # "een overeenkomst gesloten" is no loss
            cues["lost"] = [(k, w) for k, w in cues["lost"] if ctoks[k].lem != "sluiten"]
            cues["lost_past"] = [(k, w) for k, w in cues["lost_past"] if w != "gesloten"]
        left = _LEFT_OVER.search(low)
        if left:  # "Daarmee blijven alleen de 36 reguliere plaatsen over": what remains is in use
            at = next((k for k, t in enumerate(ctoks) if t.start - lo >= left.start()), 0)
            cues["realised"].append((at, left.group(0).split()[0]))
            cues["planned"] = [(k, w) for k, w in cues["planned"] if w not in ("paviljoen", "paviljoens", "units")]
        earlier = _EARLIER_PLAN.search(low_text)
        if earlier and (cues["planned"] or cues["capacity"]):  # "schreven wij u dat wij verwachtten ... te openen"
            cues["withdrawn"].append((0, earlier.group(0)))
        would = [k for k, t in enumerate(ctoks) if t.low in ("zou", "zouden")]
        if would and (_REPORTED.search(low_text) or re.search(r"\b(?:maar|echter|helaas)\b", low_text)):
            # "In april meldden wij u nog dat er 120 plekken zouden komen", "zouden ... komen, maar ..."
            cues["withdrawn"].append((would[0], ctoks[would[0]].low))
        conditional = _conditional_span(low)
        # "Om de opvang niet te laten verdwijnen, bouwt het COA ...": a negation inside a purpose negates nothing
        conditional += [p.span() for p in _PURPOSE_SPAN.finditer(low)]
        cues["negation"] = [(k, w) for k, w in cues["negation"]
                            if not any(a <= ctoks[k].start - lo < b for a, b in conditional)]
        sites = frozenset(t.text for k, t in enumerate(ctoks)
                          if (k or re.match(r"[A-Z][\w-]+,\s", text)) and t.text[:1].isupper()
                          and t.text not in site_stop and t.low not in months
                          and t.text.split("-")[0] not in site_stop  # "AMV-plaatsen" is no site
                          and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", t.text) and len(t.text) > 2
                          and (not k or ctoks[k - 1].low not in (".", ":")) and not _is_municipality(t.text)
                          and not (k and _is_municipality(f"{ctoks[k - 1].text} {t.text}")))  # "Den Haag"
        if not sites and " | " in text:  # a table row: the site is in its text cells ("Lisse | Bollenhof | 35")
            sites = frozenset(w for cell in text.split(" | ") if not _STATUS_CELL.search(cell.lower())
                              for w in re.findall(r"[A-Z][\w-]{2,}", cell) if w not in site_stop)
        phase = _PHASE.search(low)
        # ("Fase 1 | 100 | vergund | Q1 2037": the row's label names the phase, which site it is, not its state)
        named = phase or (_PHASE.search(text.split(" | ")[0].lower()) if " | " in text else None)
        if named:
            number = named.group(1) or named.group(2)
            sites = sites | {"fase " + _PHASE_NO.get(number, number)}
        # "heeft plaats voor": possession of room is capacity, not places in use
        cap_at = {k for k, _ in cues["capacity"] + cues["capacity_np"]}
        cues["realised"] = [(k, w) for k, w in cues["realised"]
                            if not (ctoks[k].lem == "hebben" and (k + 1 in cap_at or k + 2 in cap_at))]
        label = _STATUS_LABEL.match(low)
        elsewhere = _ELSEWHERE.search(low)
        if elsewhere and re.search(r"\b(?:wij|we|ons|onze|onzer|het college|de gemeente)\b", low):
            elsewhere = None  # the municipality itself acts beside the province or the region
        if elsewhere and re.search(r"\b(?:met|samen met|tussen)\s+(?:de\s+)?$", low[:elsewhere.start()]):
            elsewhere = None  # "met provincie en COA is overeenstemming bereikt over units voor 60 personen": a partner
        for m in ms:
            m.sites = sites
            if label and not m.role:  # "in gebruik: 30 reguliere plekken ... en 6 AMV-plekken": the label decides
                m.role = "planned" if label.group(1) in _PLANNED_LABELS else "realised"
                m.cue = label.group(1)
            m.site = ", ".join(sorted(sites))[:80]
            k = next(idx[id(t)] for t in ctoks if t.start == m.pos)
            if cues["quoted"] and _CONFIRMED.search(low_text) and re.search(r"realisatie|gerealiseerd|in gebruik",
                                                                             low_text):
                # "De in uw brief genoemde realisatie van 60 plaatsen is juist": the municipality says it itself
                m.role, m.status, m.cue = "realised", "in gebruik", _CONFIRMED.search(low_text).group(0)
                continue
            quoted = [(c, w) for c, w in cues["quoted"]
                      if not (":" in low[ctoks[c].start - lo:m.pos - lo] and _NOW_WORDS.search(low[low.rfind(":", 0, m.pos - lo):]))]
            if quoted:  # not "De cijfers in uw brief zijn achterhaald: op dit moment zijn er 52 in gebruik"
                m.role, m.status, m.cue = "quoted", "citaat", quoted[0][1]
                continue
            said = _YOUR_LETTER_SAYS.search(low_text[:m.pos])
            if said:  # "Uw brief van 22 juni noemt voor Katwijk 100 gerealiseerde plaatsen": the letter's figure
                m.role, m.status, m.cue = "quoted", "citaat", said.group(0)
                continue
            if elsewhere:
                m.role, m.status, m.cue = "other", "elders", elsewhere.group(0)  # "in de hele regio 1.100 plekken"
                continue
            before = [t.low for t in ctoks[max(0, k - 2):k]]
            after = [t.low for t in ctoks[k + 1:k + 6]]
            chosen = any(ctoks[c].lem.replace("_", "") in _CHOSEN for c, _ in cues["planned"])
            # "Het azc biedt plaats aan maximaal 300 asielzoekers": the capacity of a site, not a limit set on it
            # so is "ingestemd met de opvang van maximaal 90 asielzoekers" (not "maximaal 150 per locatie")
            lead = low[:m.pos - lo][-40:].replace("maximaal", "").replace("  ", " ")
            site_capacity = (bool(_SITE_CAPACITY_LEAD.search(lead))
                             or bool(re.search(r"\b(?:komen|kunnen|gaan)\s+$", lead))
                             and bool(re.match(r"\s*[\d.]+\s+\S+\s+(?:te\s+)?wonen\b", low[m.pos - lo:]))) \
                and not re.search(r"\bmotie\b|\bper locatie\b", low_text)  # "komen maximaal 80 asielzoekers te wonen"
            if (any(_is(ctoks[c], "limit") for c in range(max(0, k - 2), k)) and not chosen and not site_capacity) \
                    or "per locatie" in " ".join(after) \
                    or _RESULT.search(low[max(0, m.pos - lo - 60):m.pos - lo]):
                m.role, m.status, m.cue = "other", "grens", " ".join(before)
                continue
            if re.match(r"\s*het verschil\s+(?:zit|ontstaat|komt|is te verklaren|wordt verklaard|verklaart|met uw|tussen)\b",
                        low_text) or re.search(r"\bhet verschil\s+(?:zit|ontstaat|komt|is te verklaren|wordt verklaard)\b"
                                               r"[^.;]{0,30}$", low_text[:m.pos]):
                m.role, m.status, m.cue = "other", "verschil", "het verschil"  # "Het verschil zit in de locatie X
                continue  # (172 plekken)": explains a difference with the ministry's count, counted before
            if _STILL_THEN.match(low_text) and not _ahead(low) and not cues["future"]:
                m.role, m.status, m.cue = "other", "verleden", "toen nog"  # "Per 1 juli 2031 vingen wij nog 125
                continue  # mensen op" (in a mail of September): what it was then, before the change told next
            if (_UNTIL_THEN.match(low_text) or (_WERE_HOUSED.search(low) and not _NOW_WORDS.search(low)
                                                and not re.search(r"\bnog\b", low))) and not cues["future"]:
                m.role, m.status, m.cue = "other", "verleden", "tot dan"  # "Tot 1 november werden er 220 opgevangen"
                continue
            if re.search(r"\bvan\s+[\d.]+\s+(?:naar|tot)\s+$", low_text[max(0, m.pos - 24):m.pos]) and _ahead(low):
                # "In het derde kwartaal van 2031 groeit de capaciteit zo van 132 naar 172 plaatsen": where it ends
                m.role, m.status, m.cue = "task", "eindstand", "van ... naar"
                continue
            if _OF_THE_TASK.match(low_text, m.pos):
                m.role, m.status, m.cue = "task", "taak", "van onze taak"  # "Daarmee komen wij op de 78 plaatsen
                continue  # van onze taak": the task named by its figure, not places that come
            if not m.definite and not re.search(r"\b(?:alle|deze|die|extra)\s+$", low_text[max(0, m.pos - 8):m.pos]) \
                    and _end_state(low_text, m.pos):
                m.role, m.status, m.cue = "task", "eindstand", "voldoet dan"  # "Na fase 2 telt X 230 plaatsen en
                continue  # voldoen wij aan de taak", "daarmee komt Goirle op 98 plaatsen": where the plan ends
            if (_FILLED_WITH.search(low[:m.pos - lo]) or _FILLED_BY.search(low[:m.pos - lo])
                    and _FILLED_AFTER.match(low, m.pos - lo)) and not cues["future"]:
                m.role, m.status, m.cue = "realised", "in gebruik", "ingevuld met"  # "vullen wij in met 150 plaatsen"
                continue
            if _MEETS_WITH.search(low[:m.pos - lo]) and not cues["future"]:
                m.role, m.status, m.cue = "realised", "in gebruik", "voldoet met"  # "voldoet aan de taak met 150"
                continue
            # "bedraagt de opgave ... voor de periode 780", "is de opgave voor Eindhoven vastgesteld op 1.150"
            reach = 10 if re.search(r"\bbedra(?:agt|gen|ag)\b|\bvastgesteld op\b", low) else 6
            task_before = [(c, w) for c, w in cues["task"] if 0 < k - c <= reach
                           # ("een wettelijke taak heeft van 96 plaatsen": the verb of the task, not places held)
                           and not any((_is(t, "planned") or _is(t, "realised"))
                                       and not (t is ctoks[c + 1] and t.low in _TASK_VERBS) for t in ctoks[c + 1:k])
                           and not _colon_clause(ctoks[c + 1:k])]
            prev_m = [o for o in ms if o.pos < m.pos and o.role == "task"]
            between = [t for t in ctoks if prev_m[-1].pos < t.start < m.pos] if prev_m else []
            coordinated = bool(prev_m) and len(between) <= 10 \
                and any(t.low in (",", "en", "+", "samen", "(", "totaal") for t in between) \
                and not any(_is(t, "planned") or _is(t, "realised") for t in between)
            if task_before and not m.role and chosen and re.search(r"\brest van de (?:opgave|taak)\b|\bresterende\b",
                                                                    low[:m.pos - lo]):
                m.role, m.status, m.cue = "planned", "gepland", "gekozen"  # "Voor de rest van de opgave, 107 plaatsen,
                continue  # heeft het college gekozen voor het voormalige schoolgebouw": a site chosen for it
            if m.role == "task" or (task_before and not m.role) or (coordinated and not m.role):
                m.role, m.status = "task", "taak"
                m.cue = m.cue or (task_before[0][1] if task_before else "taak")
                continue
            if m.role:  # a table figure
                m.status = "in gebruik" if m.role == "realised" else "gepland" if m.role == "planned" else m.status
                continue
            best: tuple[int, str, str] | None = None
            roles = ("lost", "realised", "planned", "capacity")
            if not any(cues[r] for r in roles):
                roles = ("capacity_np",)  # "met ruimte voor 64 personen" takes the role of its clause, if any
            slots = _figure_slots(ms, m, ctoks, idx)
            for role in roles:
                n = _nearest_own(cues, role, k, slots)
                if n is None:
                    continue
                # a verb of its clause decides before a noun (site nouns weigh 10 more in _nearest_own)
                dist = n[0] + (3 if n[1] in ("hebben", "heeft", "nog bij", "verwachten", "verwachting", "volgen",
                                             "besluiten", "komen", "weer", "zijn er", "er zijn") else 0)
                if best is None or dist < best[0]:
                    best = (dist, role, n[1])
            now_words = [w for _, w in cues["now_strong"] if w in ("op dit moment", "momenteel", "thans", "sinds",
                                                                   "sindsdien")]
            if best is None and now_words and not cues["exploring"] and not cues["withdrawn"] \
                    and not _NO_MOMENT.search(low_text):  # "voor de 25 plaatsen kunnen wij op dit moment geen termijn"
                best = (99, "realised", now_words[0])  # "op dit moment zijn er 64 opvangplekken"
            if best is None and (cues["exploring"] or cues["withdrawn"]):
                m.role, m.cue = "planned", (cues["exploring"] or cues["withdrawn"])[0][1]  # judged below
            elif best is None and context in ("realised", "planned") and _LABEL_LINE.fullmatch(low_text.strip()):
                m.role, m.cue = context, "zin ervoor"  # "Regulier: 380" under "Stand van zaken (peildatum 1 maart)"
                m.status = "in gebruik" if context == "realised" else "gepland"
            elif best is None and context in ("realised", "planned") and _BACK_TO_TOPIC.match(low) \
                    and not _TASK_AFTER.match(low, m.pos - lo):  # (not "Dat is minder dan de 640 die de wet vraagt")
                m.role, m.cue = context, "zin ervoor"  # "Het gaat om 64 plaatsen, waarvan 8 voor AMV."
                m.status = "in gebruik" if context == "realised" else "gepland"
                continue
            elif best is None and context == "lost_past" and _BACK_TO_TOPIC.match(low):
                # "Per 1 juni is de opvang in het stadhuis beëindigd. Het ging om 120 plekken."
                m.role, m.status, m.cue = "lost", "vervallen", "zin ervoor"
                continue
            elif best is None and _COME_ABOUT.search(low) and "tekort" not in low:
                m.role, m.cue = "planned", "ontstaan"  # "zodat in totaal 96 opvangplaatsen ontstaan"
            elif best is None and _FORESEEN.search(low):
                m.role, m.cue = "planned", "voorzien"  # "op de nieuwe locatie zijn 150 plaatsen voorzien"
            elif best is None and phase:
                m.role, m.cue = "planned", "fase"  # "Fase 2 (90 plekken): derde kwartaal van 2027."
            elif best is None and re.match(r"\W*(?:huidige\s+|actuele\s+)?stand(?: van zaken)?\b[^:.;]{0,40}:\s*$",
                                           low_text[:m.pos]):
                m.role, m.cue = "realised", "stand"  # "Stand Waalre: 0 plekken."
            elif best is None and _REMAINS_OPEN.search(low) and not cues["future"]:
                m.role, m.cue = "realised", "blijft bestaan"  # "Het azc, met 300 plekken, blijft daarnaast bestaan."
            elif best is None and _DECISION_POINT.match(low_text):
                m.role, m.cue = "planned", "in te stemmen"  # a council decision point: "In te stemmen met de
                # vestiging van een opvanglocatie aan de Zwiepseweg, voor 120 asielzoekers"
            elif best is None and m.value == 0 and _ZERO_NOW.search(low_text[:m.pos]):
                m.role, m.cue = "realised", "nu"  # "nu 0 plekken", "stand v. zaken: 0 pl.": none in use now
            elif best is None and _FIGURES_NOW.match(low_text[:m.pos]) and not cues["future"] and not _ahead(low):
                m.role, m.cue = "realised", "nu"  # "Nu 96 reg. + 12 amv.": the figures in use now, said short
            elif best is None and _THERE_ARE.match(low[:m.pos - lo]) and not cues["future"] and not _ahead(low):
                m.role, m.cue = "realised", "er zijn"  # "Op het schip zijn 250 plekken voor asielzoekers."
            elif best is None and _TASK_AFTER.match(low, m.pos - lo):
                m.role, m.cue = "task", "taak"  # "de 405 plekken die de wettelijke taak in totaal vraagt"
            elif best is None and (site := _site_taken_up(low_text, m.pos)) is not None:
                m.role, m.cue = site  # "10 plaatsen in een woning in Buitenpost; de woning is aangekocht"
            elif best is None and _fallback_role(s) == "realised" and _NOT_YET_FILLED.search(low):
                m.role, m.status, m.cue = "other", "ontkend", "nog niet"  # "Het AMV-deel, acht plekken, is nog niet
                continue  # ingevuld" under the status heading: places that are not there
            elif best is None:
                m.role, m.cue = _fallback_role(s), "sectie"
            else:
                m.role, m.cue = best[1], best[2]
            if m.role == "planned" and re.search(r"\b(?:zijn|is)\b[^.;]{0,50}\bbijgekomen\b", low) and not cues["future"]:
                m.role, m.cue = "realised", "bijgekomen"  # "Sinds onze vorige reactie zijn 14 AMV-plaatsen bijgekomen."
            if m.role == "planned" and re.fullmatch(r"(?:huur|huurovereenkomst|huurcontract|overeenkomst|contract)", m.cue) \
                    and (cues["lost"] or cues["lost_past"]):
                # "de huurovereenkomst voor de locatie Ekkersrijt (80 plaatsen) per 1 augustus te beëindigen": a lease
                # that ends is places lost, not a plan
                m.role, m.cue = "lost", (cues["lost"] or cues["lost_past"])[0][1]
            if m.role == "realised" and m.cue in ("heeft", "hebben") and phase \
                    and re.search(r"\b(?:mogelijke|eventuele|denkbare)\s+(?:\S+\s+)?fase\b", low):
                m.role, m.cue = "planned", "mogelijke"  # "heeft het college een mogelijke derde fase van 60 plaatsen
                # benoemd": a phase only thought of, judged below as exploring
            if m.role in ("planned", "realised") and _OBLIGATION.search(low) \
                    and lemma(m.cue) in ("realiseren", "bieden", "opvangen", "leveren", "huisvesten", "hebben"):
                m.role, m.status = "task", "taak"  # "De provincie moet ruim 9.600 plaatsen realiseren": a duty
                continue
            if m.role == "realised" and m.cue in ("heeft", "hebben", "telt", "beschikt", "beschikken") \
                    and _ahead(low) and not _NOW_DATE.search(low) and not cues["now_strong"] \
                    and not re.search(r"\b(?:extra|nieuwe|erbij|bij)\b", low):
                m.role, m.status = "other", "toekomstig totaal"  # "Per 1 juli 2027 heeft Weert 174 plekken": a sum
                continue
            if m.role == "planned" and m.cue in ("ingericht", "gebouwd", "geplaatst") and not cues["future"] \
                    and re.search(r"\b(?:zijn|is)\b(?:\s+\S+){0,8}?\s+" + m.cue + r"\b", low) \
                    and not re.search(r"\b(?:worden|wordt|zullen|zal|gaan|gaat|moeten|moet|kunnen|kan|verwacht\w*|leeg|"
                                      r"nog niet|eerste)\b", low_text) and not _ahead(low_text):
                # "In Middelharnis zijn daarnaast tien plaatsen voor AMV ingericht": furnished, in use
                m.role, m.status, m.cue = "realised", "in gebruik", "al " + m.cue
                continue
            if m.role == "realised" and m.cue in ("heeft", "hebben") \
                    and re.search(r"\b(?:onderzocht|verkend|bekeken|afgewogen)\b", low):
                # "In 2034 heeft het college de kantoorlocatie Sion onderzocht voor 120 plekken": a site looked at
                m.role, m.status, m.cue = "planned", "verkenning", "onderzocht"
                continue
            if m.role == "planned" and m.cue in _SITE_NOUNS and not cues["future"] and not _IN_WORKS.search(low) \
                    and any(w in ("sinds", "op dit moment", "momenteel", "thans") for _, w in cues["now_strong"]):
                m.role, m.cue = "realised", "staat er"  # "sinds 2024 staan er units met 48 plaatsen": a noun, not a plan
            if m.role in ("planned", "capacity", "capacity_np") and _in_past_year(low) and not cues["future"] \
                    and not _IN_WORKS.search(low) and any(not re.search(r"\bwaar\b[^,;]{0,40}$", low[:o.start()])
                                                          for o in _OPENED_THEN.finditer(low)):
                # "In 2016 opende het azc met 600 plaatsen": history (not "op het terrein, waar tot 2024 de werf stond")
                m.role, m.status = "other", "verleden"
                continue
            if m.role in ("capacity", "capacity_np") and phase and not _NOW_DATE.search(low_text) \
                    and not _NOW_WORDS.search(low_text) and not re.search(r"\bin gebruik\b(?! (?:te )?nemen)", low_text):
                m.role = "planned"  # "Fase 1 omvat 100 plaatsen ...; die komen per 1 mei 2034 beschikbaar": a phase of a
                # plan, not said to be in use
            if m.role in ("capacity", "capacity_np"):
                m.role = _capacity_role(low, low_text, cues, context, s)
                if m.role == "task":
                    m.status = "taak"
                    continue
            aux = [w for c, w in cues["future"] if (w in ("gaan", "gaat", "zal", "zullen")
                                                    and not (c + 1 < len(ctoks) and ctoks[c + 1].low in _NOT_AHEAD))
                   or (w == "dan" and (c == 0 or ctoks[c - 1].low not in _COMPARATIVE))]
            if m.role == "realised" and (aux or _AFTER_WORKS.search(low)) and m.cue != "gerealiseerd":
                m.role, m.status = "planned", "gepland"  # "gaat 50 asielzoekers opvangen", "na verbouwing biedt"
            # (a capacity verb too: "besloten het COA twee locaties aan te bieden: ... voor 30 plaatsen")
            own_cues = cues["realised"] + cues["capacity"] + cues["capacity_np"]
            realised_at = _pos_of(own_cues, m.cue, k) if m.role == "realised" and any(w == m.cue for _, w in own_cues) \
                else -1
            if m.role == "realised" and 0 < realised_at < len(ctoks) and ctoks[realised_at - 1].low == "te" \
                    and not cues["now_strong"]:
                m.role, m.status = "planned", "gepland"  # "stelt de raad voor om daar 130 asielzoekers op te vangen"
            if m.role == "realised" and context == "planned" and not cues["now_strong"] \
                    and any(w in ("kunnen", "kan") for _, w in cues["future"]):
                m.role, m.status = "planned", "gepland"  # "Daar komen 12 units ... Samen kunnen we daar 48 opvangen"
            if m.role == "realised" and m.cue in ("telt", "heeft", "biedt", "hebben", "omvat") \
                    and _NOT_YET_LIVED_IN.search(low_text):
                m.role, m.status = "planned", "gepland"  # "het gebouw telt 40 plaatsen maar is nog niet in gebruik"
            if m.role == "realised" and m.cue in ("telt", "heeft", "biedt", "hebben") and _NEW_SITE.match(low_text):
                m.role, m.status = "planned", "gepland"  # "De uitbreiding telt 130 plekken": the site to come
            near_neg = [c for c, _ in cues["negation"] if abs(c - _pos_of(cues["realised"], m.cue, k)) <= 3] \
                if m.role == "realised" else []
            # ("klopt niet, het zijn er 64" denies the figure quoted, not the count)
            if any(not (c and ctoks[c - 1].low in ("klopt", "klopte", "kloppen")) for c in near_neg):
                neg_at = near_neg[0]
                if m.definite and m.sites and ctoks[neg_at].low == "niet" and neg_at and ctoks[neg_at - 1].low == "nog":
                    m.role, m.status, m.cue = "planned", "gepland", "nog niet"  # "Dat de 120 plaatsen aan de
                    continue  # Develweg nog niet beschikbaar zijn, komt doordat ...": places still to come
                m.role, m.status = "other", "ontkend"  # "hebben wij nog geen vervanging"
            if m.role == "realised" and _WOULD.search(low) and m.cue not in ("gerealiseerd",):
                # "zouden vanaf 1 januari beschikbaar komen" is a plan; "zouden worden opgevangen; daarmee valt de
                # locatie weg" one that fell through
                gone = cues["withdrawn"] or _FELL_THROUGH.search(low_text)
                m.role, m.status = "planned", "vervallen" if gone else "gepland"
                continue
            if k and ctoks[k - 1].low in ("huidige", "bestaande") and m.role in ("planned", "realised", "other"):
                m.role, m.status, m.cue = "realised", "in gebruik", ctoks[k - 1].low
                continue  # "Samen met de huidige 85 plaatsen voldoet Zeist dan aan de taak": the places there are now
            if m.role == "realised" and m.cue in _capacity_words() \
                    and (maybe := next((w for _, w in cues["exploring"] if w in _MAYBE_ROOM), None)):
                m.role, m.status, m.cue = "planned", "verkenning", maybe  # "een kantoorgebouw dat mogelijk ruimte
                continue  # biedt aan 80 personen": a building in view, what it might hold
            if m.role == "realised":
                if (cues["future"] or (_ahead(low) and not _NOW_DATE.search(low) and not cues["now_strong"])
                        or _FROM_THEN.search(low)) \
                        and m.cue in ("beschikbaar", "gebruik", "in gebruik", "open", "is er", "zijn er", "er is", "er zijn") + _capacity_words() \
                        and not (m.cue in ("gebruik", "in gebruik")
                                 and any(w in ("sinds", "sindsdien") for _, w in cues["now_strong"])):
                    # (not "De 70 plaatsen die daar sinds 2035 in gebruik zijn, moeten per 1 oktober zijn ontruimd")
                    m.role, m.status = "planned", "gepland"
                elif cues["past_realised"] and not (_AS_OF.match(low) and not _ahead(low)) and not _recent_count(low) \
                        and (not cues["now_strong"] or (m.cue in _vocab()["past_realised"][0]
                                                        and not _NOW_WORDS.search(low))):
                    # "waar sinds oktober 2025 70 asielzoekers verbleven": told in the past, gone now
                    m.status = "verleden"
                    m.role = "other"
                else:
                    m.status = "in gebruik"
            rest = [(c, w) for c, w in cues["remainder"] if -1 <= k - c <= 3 or ctoks[c].lem in ("ontbreken", "resteren")]
            strong = m.role in ("planned", "realised") and best is not None and best[0] <= 8 \
                and m.cue not in ("hebben", "heeft") \
                and not (m.role == "realised" and m.cue in ("gerealiseerd", "gerealiseerde") and cues["future"]
                         and any(k - c == 1 and w in ("resterende", "overige", "ontbrekende") for c, w in rest))
            # "Voor de resterende 12 plaatsen verwachten wij eind 2036 een woning beschikbaar te hebben": a hope for
            # the rest of the task, no site chosen
            hope = m.role == "planned" and m.cue in _HOPE_WORDS and not m.sites and _A_SITE_HOPED.search(low) \
                and any(k - c == 1 and w in ("resterende", "overige", "ontbrekende") for c, w in rest)
            # "Wanneer de resterende 60 plekken gerealiseerd kunnen worden": the rest of the task, not places now
            # "Er resteren 228 plekken in de overige paviljoens" (after a loss): the verb decides, not the noun
            remains = m.role == "planned" and m.cue in _SITE_NOUNS and not _ahead(low) \
                and any(w in ("resteren", "resteert") for _, w in rest)
            if rest and (m.role != "planned" or remains or hope) and not m.persons and (not strong or remains or hope):
                if ctoks[rest[0][0]].lem == "resteren" and (_LOST_IN_SENTENCE.search(low_text)
                                                            or _AT_SITE.match(s.text[m.pos:].lower())
                                                            or re.match(r"\W*(?:op dit moment|momenteel|nu|thans)\b",
                                                                        low_text)
                                                            or _SITE_REMAINS.search(low_text)
                                                            or context == "lost_past"):
                    # "Op dit moment resteren 35 plekken in de dependance" (after a loss told before): in use
                    m.role, m.status, m.cue = "realised", "in gebruik", rest[0][1]  # "48 weggevallen; er resteren 102"
                else:
                    m.role, m.status, m.cue = "task", "rest van de taak", rest[0][1]
                continue
            if m.role == "realised" and m.cue in ("heeft", "hebben", "beschikt", "beschikken") \
                    and _IN_PREPARATION_AFTER.match(low[m.pos - lo:]):
                # "Inmiddels heeft de gemeente 45 plaatsen in het verzorgingshuis in Zuidwolde in voorbereiding"
                m.role, m.cue = "planned", "in voorbereiding"
            if m.role == "lost":
                past = bool(cues["lost_past"]) or bool(re.search(r"\b(zijn|is)\b[^,]*\b(vervallen|weggevallen)\b", low))
                if past and _ahead(low) and re.search(r"\b(?:wordt|worden|zal|zullen)\b", low):
                    past = False  # "De 110 plekken worden per 31 december beëindigd": lost later, in use now
                m.status = "vervallen" if past else "vervalt"
            if m.role == "planned" and _IN_USE_NOW_AFTER.match(low_text, m.pos):
                # "Het college moet de locatie, met 50 plaatsen die nu in gebruik zijn, per 1 februari sluiten"
                m.role, m.status, m.cue = "realised", "in gebruik", "nu in gebruik"
            if m.role == "planned":
                m.status = "gepland"
                if _PLAN_FALLS.search(low):
                    m.status, m.cue = "ingetrokken", "vervalt"  # "Daarmee vervalt de geplande opening van 150 plaatsen"
                    continue
                strong_explore = [w for _, w in cues["exploring"] if w not in _WEAK_EXPLORE]
                if _ADJUSTED_TO.search(low[:m.pos - lo]):
                    continue  # "Na overleg met het COA is dat bijgesteld naar 60 plekken": the plan as it stands
                if _FOUND_OUT.search(low_text):
                    # "na bouwkundig onderzoek gebleken dat het pand ruimte biedt voor 96": research done
                    strong_explore, near_explore = [], None
                else:
                    near_explore = _nearest(cues["exploring"], k)
                near_plan = _nearest(cues["planned"], k)
                if _NO_DECISION_YET.search(low_text) and "in beeld" in low_text and not strong_explore:
                    # "Voor de resterende 17 plaatsen is een locatie in beeld, maar daar is nog geen besluit over"
                    strong_explore = ["nog geen besluit"]
                if strong_explore or (near_explore and (near_plan is None or near_explore[0] < near_plan[0])):
                    m.status, m.cue = "verkenning", strong_explore[0] if strong_explore else near_explore[1]
                elif withdrawn := [w for c, w in cues["withdrawn"]
                                   if not _withdrawn_elsewhere(low, ctoks[c].start - lo, m.pos - lo)]:
                    m.status, m.cue = "ingetrokken", withdrawn[0]
                elif [c for c, w in cues["negation"] if not _works_delayed(low, ctoks[c].start - lo)
                      and not re.match(r"(niet|geen)\s+(eerder|later|alleen|pas|meer dan|"
                                                                     r"per\b|vóór|voor \d|op \d|tijdig|volgens (?:de )?planning|"
                                                                     r"zoals gepland|in gebruik|bewoond|bezet|geopend)",
                                                                     low[ctoks[c].start - lo:])
                      and ctoks[c].start >= _label_end(low_text)
                      and (near_plan is None or abs(c - _pos_of(cues["planned"], near_plan[1], k)) <= 6)]:
                    m.status, m.cue = "ingetrokken", "niet"


# "Na het intrekken van het raadsbesluit is een vergunning aangevraagd voor 40 plaatsen": another thing withdrawn
_ABOUT_ANOTHER = re.compile(r"\b(?:na|door|sinds|vanwege|ondanks|dankzij)\s+(?:het|de)\s+$")
# "Omdat de eigenaar zich heeft teruggetrokken, heeft het college gekozen voor een terrein waar 70 plekken kunnen
# komen": what was withdrawn stands in the clause of the cause, the figure in the main clause after it
_CAUSE_BEFORE = re.compile(r"(?:^|[,;:]\s*)\W*(?:omdat|doordat|nadat|aangezien|nu)\b[^,;:]*$")
# "kunnen de 40 extra plaatsen daar nog niet worden gebouwd": delayed, not dropped
_STILL = re.compile(r"\bnog\s+$")
_NO_DECISION_YET = re.compile(r"\bnog\s+(?:geen|niets)\s+(?:besluit|besloten|keuze|gekozen|afgesproken|overeenstemming)\b")
_WORKS_WAIT = re.compile(r"niet\s+(?:\w+\s+){0,2}?(?:worden\s+)?(?:gebouwd|gerealiseerd|geplaatst|gestart|opgeleverd|"
                         r"begonnen|ingericht|verbouwd|bouwen|realiseren|starten)\b")


def _withdrawn_elsewhere(low: str, cue: int, figure: int) -> bool:
    """The withdrawal cue at `cue` (offsets in the clause text `low`) is about something other than the figure at
    `figure`: another thing's withdrawal ("na het intrekken van het raadsbesluit"), or a withdrawal told in the
    clause of the cause before it ("Omdat de eigenaar zich heeft teruggetrokken, ... waar 70 plekken kunnen komen")."""
    if _ABOUT_ANOTHER.search(low[max(0, cue - 20):cue]):
        return True
    return cue < figure and bool(_CAUSE_BEFORE.search(low[:cue])) and "," in low[cue:figure]


def _works_delayed(low: str, at: int) -> bool:
    """The negation at `at` says works cannot start yet ("nog niet worden gebouwd"): delayed, not dropped."""
    return bool(_STILL.search(low[max(0, at - 6):at])) and bool(_WORKS_WAIT.match(low, at))
_IN_PROGRESS = re.compile(r"\b(?:worden|wordt|zullen|kunnen|kan)\b(?:\s+\S+){0,8}?\s+(?:gerealiseerd|ingericht|"
                          r"gebouwd|genomen|geplaatst|opgeleverd|verbouwd|neergezet|omgebouwd|opgebouwd)\b|in gebruik (?:te|worden) (?:nemen|genomen)|beschikbaar (?:te )?(?:stellen|gesteld)")
# "... en wordt samen met Nidos beheerd": how a site is run, no moment ahead
_RUN_BY = re.compile(r"\b(?:wordt|worden)\b[^.;]{0,40}\b(?:beheerd|begeleid|bewoond|gebruikt|geëxploiteerd|gerund)\b")
_BRACKETS = re.compile(r"\([^()]{0,120}\)")
# "Deze voorziening is in juni 2033 geopend met 12 bedden": opened on a day gone by, in use now
_OPENED_PAST = re.compile(r"\b(?:is|zijn)\b(?:\s+\S+){0,8}?\s+(geopend|in gebruik genomen)\b")  # (opgeleverd: not yet lived in)
_DONE = re.compile(r"\b(?:heeft|hebben)\b(?:\s+\S+){0,12}?\s+(ingericht|gerealiseerd|geopend|opgeleverd|"
                   r"in gebruik genomen)\b")
# one name for a phase however it is written: "fase 2", "fase twee", "de tweede fase", "fase II"
_PHASE_NO = {"een": "1", "eerste": "1", "i": "1", "twee": "2", "tweede": "2", "ii": "2", "drie": "3", "derde": "3",
             "iii": "3", "vierde": "4"}
_PHASE = re.compile(r"\bfase\s+(\d|i{1,3}|een|twee|drie|[a-e])\b|\b(eerste|tweede|derde|vierde|laatste)\s+fase\b")
_ANAPHOR = re.compile(r"(?:daarnaast\s+|ook\s+)?(?:de|het|deze|dit|die|dat)\s+(?:\w+\s+){0,2}?"
                     r"(?:(?:locatie|locaties|gebouw|gebouwen|pand|panden|woning|woningen|units|paviljoen|paviljoens|"
                     r"terrein|woongebouw|voorziening|appartement|uitbreiding)\b|(?:hotel|klooster|kantoor|kantoorpand|school|schoolgebouw|complex|kazerne)\s+"
                     r"(?:biedt|bieden|heeft|omvat|telt)\b)"
                     r"|(?:die|dat|deze|dit)\s+(?:biedt|bieden|omvat|telt)\b")  # "Die biedt plaats aan 16": the site before
_LEFT_OVER = re.compile(r"\b(?:blijven|blijft)\b(?:\s+\S+){0,14}?\s+over\b|\boverblijf\w*|\boverblijven\b|"
                        r"\bwat (?:er )?(?:nog )?(?:rest|resteert|over is)\b")
_BACK_TO_TOPIC = re.compile(r"\s*(?:(?:in totaal|samen|al met al|daarmee)\s+)?(?:(?:het|dit|dat|deze|die)\s+"
                            r"(?:gaat om|ging om|betreft|betrof|zijn|waren|is|was|omvat|omvatte)|gaat het om|ging het om|"
                            r"zijn dat|waren dat|is dat)\b")
_NOT_AHEAD = frozenset({"goed", "prima", "uitstekend", "het", "om", "over", "mis", "slecht"})  # "en dat gaat goed"
_STATUS_LABEL = re.compile(r"\W*(in gebruik(?: nu)?|gerealiseerd|beschikbaar|bezet|stand nu|stand|nu|actueel|"
                           r"huidige (?:opvang|situatie|capaciteit|stand)|bestaande opvang|"
                           r"in voorbereiding|in voorb\.?|erbij|gepland|in ontwikkeling|in aanbouw|in procedure)\s*:")
_PLANNED_LABELS = ("in voorbereiding", "in voorb.", "in voorb", "erbij", "gepland", "in ontwikkeling", "in aanbouw",
                   "in procedure")
# "Na lang zoeken heeft de raad ingestemd": the search is over, no exploring
_SEARCH_OVER = re.compile(r"\bna\s+(?:lang|lange tijd|jaren|maanden|een lange|intensief)?\s*(?:zoeken|zoektocht|onderzoek)\b")
# "om de opvang niet te laten verdwijnen": a purpose, whose negation negates nothing
_PURPOSE_SPAN = re.compile(r"\bom\b[^,;]{0,80}?\bte\s+\w+")
# "biedt plaats aan (maximaal)", "de opvang van (maximaal)": a site's capacity said before the figure
_SITE_CAPACITY_LEAD = re.compile(r"\b(?:biedt|bieden|bood|heeft|hebben)\s+(?:plaats|ruimte)\s+(?:aan|voor)\s+$"
                                 r"|\bbedoeld\s+voor\s+$"
                                 r"|\b(?:wordt|worden)\s+(?:\w+\s+)?(?:gebouwd|ingericht|gerealiseerd|geschikt gemaakt)\s+voor\s+$"
                                 r"|\b(?:opvang|opvanglocatie|locatie|azc|woonvoorziening|voorziening)\s+(?:van|voor)\s+$")
# "is dat bijgesteld naar 60 plekken": the plan as it stands
_ADJUSTED_TO = re.compile(r"\b(?:bijgesteld|verlaagd|teruggebracht|verhoogd|aangepast|vastgesteld)\s+(?:naar|tot|op)\s+$")
_THERE_ARE = re.compile(r"\W*(?:op|in|aan)\s+(?:het|de)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:zijn|is|staan)\s+(?:er\s+)?"
                        r"(?:nu\s+|momenteel\s+|thans\s+)?$")
_ELSEWHERE = re.compile(r"\b(?:(?:sub)?regio|provincie|buurgemeente|buurgemeenten|omliggende gemeenten|andere gemeenten|"
                        r"landelijk|heel nederland|in nederland|het land|"
                        # "In heel Fryslân zijn inmiddels ruim 2.300 opvangplekken in gebruik": a province's figure
                        r"(?:in|voor) (?:heel|geheel|de hele provincie) [a-zâ-ÿ-]+|"
                        r"(?:in|voor) (?:fryslân|fryslan|friesland|drenthe|overijssel|flevoland|gelderland|zeeland|"
                        r"noord-brabant|limburg|noord-holland|zuid-holland)(?: als geheel)?|"
                        # "In de Drechtsteden zijn samen ruim 1.100 plaatsen": a region's figure
                        r"(?:in|voor) (?:de|het) (?:achterhoek|twente|veluwe|betuwe|liemers|drechtsteden|bollenstreek|"
                        r"kempen|peel|meierij|gooi|westhoek|kop van noord-holland|rivierenland|noordoost-friesland)|"
                        r"(?:in|voor) (?:twente|salland|west-friesland|zeeuws-vlaanderen|oost-groningen|rivierenland))\b")
_FILLED_WITH = re.compile(r"\b(?:vullen|vult|vulden|ingevuld)\b(?:\s+[\w-]+){0,3}?\s+(?:in\s+)?met\s+(?:[\w-]+\s+)?$")
# the figure the municipality reaches once its plans are done, stated with meeting the task: the end state, never
# counted ("Vanaf dat moment voldoen wij met 220 plaatsen aan de taak"); unless the sentence says it holds now
_END_STATE = re.compile(r"\bvoldo(?:et|en)\b[^.;]{0,80}\b(?:taak|taakstelling|opgave|afgesproken|afspraak)\b|"
                        # "Almere verwacht dan met 977 plaatsen volledig aan de wettelijke taak te voldoen"
                        r"(?<!\bom )\baan\s+(?:de|onze|haar|zijn)\s+(?:wettelijke\s+)?(?:taak|taakstelling)\s+te\s+voldoen\b|"
                        r"\b(?:ruim\s+)?boven\s+(?:onze|de|haar|zijn)\s+(?:wettelijke\s+)?(?:taak|taakstelling)\b|"
                        r"\b(?:taak|taakstelling|opgave)\b[^.;]{0,40}\b(?:gehaald|gerealiseerd|ingevuld)\b|"
                        # "daarmee komt Goirle op 98 plaatsen", "waarmee we uitkomen op in totaal 246 plekken"
                        r"\b(?:uit)?kom(?:t|en)\b(?:\s+\S+){0,4}?\s+(?:daarmee\s+|dan\s+)?op\s+(?:\S+\s+){0,3}?(?:opvang)?"
                        r"(?:plaatsen|plekken)\b|"
                        # "komen wij dan op ongeveer 88 van de 139 plekken"
                        r"\bkom(?:t|en)\b(?:\s+\S+){0,4}?\s+(?:daarmee\s+|dan\s+)?op\s+(?:ongeveer\s+|circa\s+|ruim\s+|"
                        r"zo'n\s+|bijna\s+)?\d[\d.]*\s+van\s+de\s+\d[\d.]*\s+(?:opvang)?(?:plaatsen|plekken)\b")
_PLAN_FELL_THROUGH = re.compile(r"\b(?:kon|kan|konden|kunnen)\s+niet\s+doorgaan\b|\b(?:gaat|ging|gingen)\s+niet\s+door\b|"
                                r"\bniet\s+doorgegaan\b|\bis\s+van\s+de\s+baan\b|\bhe(?:eft|bben)\s+het\s+niet\s+gehaald\b|"
                                r"\b(?:is|zijn)\s+komen\s+te\s+vervallen\b|\bkwam(?:en)?\s+te\s+vervallen\b")
_NEW_SITE = re.compile(r"\s*(?:de|deze|die)\s+(?:geplande\s+|nieuwe\s+)?(?:uitbreiding|nieuwbouw|nieuwe locatie)\b"
                       r"(?![^.;]*\b(?:in gebruik|geopend|opgeleverd|bewoond)\b)")
# "Sinds september 2024 werden 90 asielzoekers opgevangen in het hotel": told in the past, not there now
_WERE_HOUSED = re.compile(r"\bwerd(?:en)?\b[^.;]{0,80}\b(?:opgevangen|gehuisvest|ondergebracht)\b")
_UNTIL_THEN = re.compile(r"\s*tot\s+(?:(?:\d{1,2}\s+)?[a-z]+\s+)?(?:20\d\d|vorig jaar|kort|voor kort)\b[^.;]*"
                         r"\b(?:werden|werd|was|waren|ving|vingen|bood|boden|had|hadden|woonden|verbleven)\b")
_THEN_MET = re.compile(r"\b(?:na|daarna|vanaf dat moment|vanaf die datum|dan|zodra|straks|zal|zullen|gaan|gaat|daarmee|waarmee|"
                       r"met (?:de|het|deze|die|dit|beide|alle)|verwacht\w*|wanneer|als)\b")
# "telt / heeft / komt / beschikt" and up to five words right before a figure ("heeft Goirle daarmee 98")
_HAS_BEFORE = re.compile(r"\b(?:telt|heeft|komt|beschikt)\s+((?:\S+\s+){1,5})$")
_OWN_CLAUSE_END = re.compile(r"[,;]|\s(?:en|maar|terwijl)\s|\s[–—-]\s")
_WITH_LEAD = re.compile(r"\W*(?:en\s+|dus\s+)?(?:met\s+(?:de|het|deze|die|onze|beide|alle)|dan|daarmee|daarna|vanaf dat moment|"
                        r"na\s+(?:de\s+|het\s+)?(?:oplevering|ingebruikname|opening|afronding|realisatie|fase))\b")


# "Wij beschikken dan over 149 plekken (35 + 24 + 90) en voldoen daarmee aan onze wettelijke taak"
_THEN_HAVE = re.compile(r"\s*(?:wij|we|de gemeente|het college|[\w-]+)\s+(?:hebben|beschikken|bieden|tellen|heeft|beschikt|"
                        r"biedt|telt)\s+(?:dan|daarmee|straks|vervolgens)\b")


_AFTER_ALL_PHASES = re.compile(r"\W*(?:na|zodra|wanneer|als|straks|met)\b[^,;]{0,40}?\b(?:fase|oplevering|afronding|"
                               r"ingebruikname|realisatie|verbouwing|uitbreiding|nieuwbouw|alle fasen)\b")


def _end_state(low_text: str, pos: int) -> bool:
    """The figure at `pos` is the municipality's end state: its own clause says the task is met with it, or a
    municipality 'telt' / 'komt op' it once the plans are done; unless the sentence says this holds now."""
    if not _THEN_MET.search(low_text) or _NOW_MET.search(low_text):
        return False
    start = max((m.end() for m in _OWN_CLAUSE_END.finditer(low_text, 0, pos)), default=0)
    end = _OWN_CLAUSE_END.search(low_text, pos)
    clause = low_text[start:end.start() if end else len(low_text)]
    if _END_STATE.search(clause):
        return True
    if any(e.start() < pos < e.end() for e in _END_STATE.finditer(low_text)):
        return True  # "Vanaf dat moment voldoet Goes, met 50 en 60 plekken samen 110, weer aan de wettelijke taak"
    if (_WITH_LEAD.match(low_text) or _THEN_HAVE.match(low_text)) \
            and any(e.start() > pos for e in _END_STATE.finditer(low_text)):
        return True  # "Met de 230 plekken op A en de 150 op B voldoen wij per 1 april weer aan de taak", "Dan hebben
        # wij 396 plaatsen en voldoen wij aan de wettelijke taak"
    if _AFTER_ALL_PHASES.match(low_text) and re.search(r"\b(?:zijn|is) er\s+(?:dan\s+|in totaal\s+|straks\s+)*$",
                                                        low_text[start:pos]):
        return True  # "Na fase 2 zijn er 352 plaatsen in Zeist": the count once the plans are done
    verb = _HAS_BEFORE.search(low_text[start:pos])
    if verb is None:  # "Na juni 2036 heeft Dijk en Waard daarmee 240 plaatsen": an "en" inside a name ends no clause
        start = max((m.end() for m in re.finditer(r"[,;]", low_text[:pos])), default=0)
        verb = _HAS_BEFORE.search(low_text[start:pos])
    if verb is None:
        return False
    if verb.group(0).startswith("beschikt") and not re.search(r"\b(?:na|zodra|straks|dan|vanaf|zal|zullen)\b",
                                                                low_text[:pos]):
        return False  # "Met de nieuwe locatie beschikt Almere over 1.150 plekken" (opened today) vs "Na fase 2 ..."
    if _AFTER_ALL_PHASES.match(low_text) and re.match(r"(?:de|het)\s+(?:locatie|azc|terrein|opvang|opvanglocatie|"
                                                         r"gemeente|regio)\b", verb.group(1)):
        return True  # "Na fase C telt de locatie Oostpolder in totaal 195 plaatsen": the site once the plans are done
    words = verb.group(1).split()
    names = _lower_names()
    return any(" ".join(words[i:j]) in names for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1))


@lru_cache(maxsize=1)
def _all_names() -> frozenset[str]:
    """Every official municipality name and alias of three letters or more, as written."""
    return frozenset(n for g in _directory().gemeenten for n in (g.name, *g.aliases) if len(n) >= 3)


@lru_cache(maxsize=1)
def _lower_names() -> frozenset[str]:
    return frozenset(n.lower() for n in _all_names())


_NOW_MET = re.compile(r"\b(?:nu|thans|inmiddels|momenteel|op dit moment|sinds|reeds|al|huidige|huidig)\b")
_CLAUSE_WORDS = frozenset({"er", "zijn", "is", "hebben", "heeft", "wij", "we", "nu", "daarvan", "waarvan"})


def _colon_clause(between: list[_Tok]) -> bool:
    """A colon that opens a clause of its own after the task ("voldoet aan de wettelijke taak: er zijn nu 812
    reguliere plaatsen"): the figures after it are not the task ("Onze taak: 120 plaatsen" still is)."""
    at = next((i for i, t in enumerate(between) if t.low == ":"), None)
    return at is not None and any(t.low in _CLAUSE_WORDS for t in between[at + 1:])


_MEETS_WITH = re.compile(r"\bvoldo(?:et|en)\b[^,;:]{0,40}\baan (?:de|onze|haar|zijn) (?:wettelijke )?taak met\s+(?:\w+\s+)?$")
_REPORTED = re.compile(r"\b(?:meldden|meldde|schreven|schreef|gaven|gaf|noemden|noemde|berichtten|eerder|"
                       r"oorspronkelijk|aanvankelijk|destijds)\b")
# "Samen gaat het om 50 plaatsen", "Het gaat om 40 plekken": the figure concerned, no moment ahead
_CONCERNS = re.compile(r"(?:gaat|gaan) (?:het )?om\b")
_HOPE_WORDS = frozenset({"verwachten", "verwacht", "verwachting", "streven", "hopen", "hoopt", "willen", "wil"})
# a label line of one figure: "Regulier: 380", "AMV-plaatsen: 12", "Totaal: 420"
_LABEL_LINE = re.compile(r"[a-z][\w -]{0,25}:\s*[\d.]+")
# the site still to be found for the rest: "verwachten wij eind 2036 een woning beschikbaar te hebben"
_A_SITE_HOPED = re.compile(r"\been\s+(?:\w+\s+)?(?:woning|locatie|pand|gebouw|plek|terrein)\b")
_MAYBE_ROOM = frozenset({"mogelijk ruimte", "mogelijk plaats", "wellicht", "eventueel"})
_NOW_WORDS = re.compile(r"\b(?:nu|momenteel|op dit moment|thans)\b")
# a title dating what it lists: "(stand 15 november 2035)", "stand per 1-12-2035", "peildatum 1 november"
_AS_OF_DAY = re.compile(r"\b(?:stand|peildatum|situatie)\s+(?:per\s+|op\s+|d\.d\.\s+)?\d{1,2}(?:\s+[a-z]+|[-/]\d{1,2})\b")
# ... unless it names a plan ("Planning (stand 1 december)", "Locaties in voorbereiding, stand per ...")
_PLAN_TITLE = re.compile(r"\b(?:voorbereiding|gepland\w*|planning|verwacht\w*|toekomst\w*|plannen|prognose|fasering)\b")
_EARLIER_PLAN = re.compile(r"\b(?:schreven|meldden|berichtten) (?:wij|we) (?:u )?(?:nog )?dat\b|\bgaven (?:wij|we) (?:u )?aan dat\b|"
                           r"\b(?:(?:wij|we) (?:rekenden|hoopten)|(?:rekenden|hoopten) (?:wij|we)) (?:nog )?op\b|"
                           r"\bnoemden (?:wij|we)\b(?:\s+\S+){0,5}?\s+nog\b|\btot voor kort\b|\bging(?:en)? (?:er )?(?:tot voor kort )?(?:van )?uit dat\b|"
                           r"\bging(?:en)? er(?:van)?\b.{0,30}\buit dat\b|\bging(?:en)? (?:wij|we) (?:\w+ )?nog uit van\b|"
                           # "In het raadsvoorstel van december stelde het college voor om 139 plekken te realiseren"
                           r"\bstelde(?:n)? (?:het college |de wethouder |wij |we )?(?:\w+ ){0,8}?voor\b|\bhad(?:den)? "
                           r"(?:\w+ ){0,4}?voorgesteld\b")
_OBLIGATION = re.compile(r"\b(?:moet|moeten|dient|dienen|behoort)\b")
# "waar 80 asielzoekers kunnen worden opgevangen" is a capacity to come; "waarin 220 asielzoekers worden
# opgevangen" (no modal) is now
_CAN_HOUSE = re.compile(r"\b(?:kunnen|kan|zullen|zal)\b(?:\s+\S+){0,8}?\s+(?:worden\s+)?(?:opgevangen|gehuisvest|"
                        r"ondergebracht)\b")
_TAKEN_INTO_USE = re.compile(r"\b(?:is|zijn)\b(?:\s+\S+){0,6}?\s+in gebruik genomen")
_AFTER_WORKS = re.compile(r"\bna (?:de |een )?(?:\w+ )?(?:verbouwing|aanpassing|oplevering|renovatie|ombouw|afronding|"
                          r"transformatie|herinrichting|inrichting|bouw|sloop|realisatie)")
_RESULT = re.compile(r"(tot een totaal van|komt (?:het totaal )?(?:daarmee )?uit op|komen (?:wij|we) (?:daarmee )?op|"
                     r"daarmee komen (?:wij|we) (?:(?:per|op|in|vanaf|na) (?:\d{1,2} )?[\w-]+ (?:20\d\d )?)?op|totaal komt op|komt [\w-]+(?: [\w-]+)? (?:daarmee |dan )?op|"
                     r"(?:heeft|hebben|zit|zitten|komt|komen) (?:[\w-]+ ){0,2}dan (?:op )?|"
                     r"voldo\w* (?:[\w-]+ ){0,2}dan (?:met )?(?:in totaal )?)\s*$")


# dwellings counted in a site ("12 woonunits voor elk 4 personen")
_DWELLINGS = frozenset({"units", "woonunits", "unit", "chalets", "woningen", "containers", "kamers", "paviljoens",
                        "appartementen", "studio's", "wooneenheden", "eenheden", "flexwoningen", "woonmodules"})
# planned-vocabulary nouns that name a kind of site, not a plan: with "sinds" or "op dit moment" they stand there now
_SITE_NOUNS = frozenset({"unit", "units", "woonunits", "paviljoen", "paviljoens"})


@lru_cache(maxsize=1)
def _capacity_words() -> tuple[str, ...]:
    """Every capacity word and phrase of the vocabulary (a cue keeps the phrase it matched)."""
    raw = load_rules("places.json")
    return tuple(raw["capacity"]) + tuple(raw["capacity_np"])


# a plan as the subject of a capacity verb ("De uitbreiding omvat 60 plekken", "Het bouwplan biedt ruimte aan 80")
_PLAN_SUBJECT = re.compile(r"\W*(?:de|het|een|deze|dit)\s+(?:[\w-]+\s+)?(?:uitbreiding|nieuwbouw|bouwplan|plan|verbouwplan|"
                           r"tweede fase|derde fase|volgende fase|nieuwe locatie|nieuwe opvanglocatie)\b")


def _capacity_role(low: str, sentence_low: str, cues: dict[str, list[tuple[int, str]]], context: str | None,
                   s: Sentence) -> str:
    """What a capacity ("biedt 110 plaatsen", "heeft plaats voor 40") says: a duty when it must, places in use
    when the sentence speaks of now, planned places when it speaks of the future, else what the sentence before
    said of the site (the locatie being built, the building in use), else what its section is about."""
    if _OBLIGATION.search(low):
        return "task"
    if _PLAN_SUBJECT.match(low) and not cues["now_strong"]:
        return "planned"  # "De uitbreiding omvat 60 plekken": what a plan holds, not what is there
    if re.search(r"\bin (?:twee|drie|vier|\d) (?:fasen|fases|delen|tranches)\b", low) and not cues["now_strong"]:
        return "planned"  # "De locatie biedt in twee fasen ruimte aan in totaal 136 plekken": a plan in phases
    works = _IN_WORKS.search(sentence_low)
    if works and _NOW_WORDS.search(works.group(0)):
        return "planned"  # "Het hotel biedt plaats aan 150 asielzoekers en wordt op dit moment door het COA ingericht"
    if cues["now_strong"] or _NOW_DATE.search(sentence_low) or cues["past_realised"]:
        return "realised"  # "biedt op dit moment"; "bood ruimte aan" is told as the past below
    if cues["future"] or cues["exploring"] or _AFTER_WORKS.search(low) \
            or (_ahead(low) and not _NOW_DATE.search(low)):
        return "planned"
    if _IN_WORKS.search(low) or _WORKS_STARTED.search(sentence_low):
        # "wordt gebouwd met modulaire units en biedt 120 plaatsen": capacity of a site in the works; "De flexlocatie
        # biedt ruimte aan 224 plaatsen; de vergunning is verleend en de bouw is in december gestart"
        return "planned"
    if context in ("realised", "planned") and re.search(r"\b(?:hetzelfde|datzelfde|dit|dat) (?:pand|gebouw|terrein)\b|"
                                                        r"\bdezelfde (?:locatie|plek)\b", low):
        return context  # "Voorts wordt in een vleugel van hetzelfde pand plaats geboden aan acht minderjarigen"
    if not _ANAPHOR.match(low.lstrip()) and not _site_subject(s.text, low) \
            and not _HYPOTHETICAL_SITE.match(low.lstrip()):
        return "realised"  # "Castricum biedt 45 opvangplaatsen": a present-tense statement about now
    if context in ("realised", "planned"):
        return context
    role = _fallback_role(s)
    return "realised" if role == "other" else role


# the rest of a clause "heeft ... 45 plaatsen [in het pand ...] in voorbereiding / in aanbouw"
_IN_PREPARATION_AFTER = re.compile(r"[\d.]+\s+(?:(?!in gebruik|\ben\b)[^,;:\d]){0,80}?\bin (?:voorbereiding|aanbouw|procedure|"
                                   r"ontwikkeling)\W*$")
# building that has started: "de bouw is in december gestart", "de verbouwing start"
_WORKS_STARTED = re.compile(r"\b(?:bouw|verbouwing|nieuwbouw|sloop)\s+(?:is|zijn)\s+(?:\S+\s+){0,3}?(?:gestart|begonnen)\b|"
                            r"\b(?:bouw|verbouwing)\s+(?:start|begint)\b")
# a site still being built, converted or furnished (present passive or progressive, not a finished perfect)
_IN_WORKS = re.compile(r"\b(?:wordt|worden)\s+(?:[\w-]+\s+){0,8}?(?:gebouwd|verbouwd|omgebouwd|ingericht|gerealiseerd|"
                       r"geplaatst|getransformeerd|opgeknapt|gerenoveerd)\b|\bin aanbouw\b|\bin (?:de )?verbouwing\b|"
                       # "Samen met Delft bouwen wij een paviljoen dat 200 plaatsen biedt": building it, told actively
                       r"\b(?:bouwen|bouwt|verbouwen|verbouwt|realiseren|realiseert)\s+(?:wij|we|de gemeente|het coa|"
                       r"het college)\b")


def _label_end(low_text: str) -> int:
    """Where a short label that opens the sentence ends ("Waarom niet meer: de uitbreiding ..."), else 0."""
    m = re.match(r"\W*(?:waarom|wat|wanneer|hoe|stand|status|nu|oorzaak|reden)\b[^:.;]{0,25}:\s*", low_text)
    return m.end() if m else 0


# a figure corrected in one breath: "het was 80, het wordt nu 60", "Het plan was 80 plaatsen; dat wordt nu 60"
_CORRECTION = re.compile(r"\b(?:was|waren)\s+(?:\w+\s+)?(\d+)(?:\s+(?:plaatsen|plekken|opvangplaatsen|opvangplekken))?"
                         r"\s*[,;:]\s*(?:(?:maar|en)\s+)?(?:het|dat|dit|dat aantal|het aantal)?\s*(?:wordt|worden|is|zijn)\s+"
                         r"(?:nu\s+|inmiddels\s+|daarom\s+)?(\d+)\b")
# the municipality confirms a figure of the letter: "is juist", "klopt", "bevestigen wij" (not "klopt niet")
_CONFIRMED = re.compile(r"\b(?:is|zijn) (?:juist|correct)\b(?! ?niet)|\bklop(?:t|pen)\b(?! niet)(?!\s+\w+\s+niet)|"
                        r"\bbevestig(?:en)? (?:wij|we|ik)\b")
# "Afhankelijk van de indeling biedt deze locatie ...": a capacity that depends on what is still to be decided
_HYPOTHETICAL_SITE = re.compile(r"(?:afhankelijk van|naar gelang|al naar gelang|bij (?:volledige|maximale) benutting)\b"
                                r"[^.;]*\b(?:(?:deze|die|dit|de|het) (?:locatie|gebouw|pand|terrein|voorziening)|daar)\b")


def _site_subject(text: str, low: str) -> bool:
    """A clause opened by the name of a site rather than of a municipality ("De Bongerd biedt plaats aan 52",
    "In totaal biedt Bleiswijk-Noord 150 plaatsen"): the site is the one the text was about."""
    start = text.lower().find(low.strip()[:30]) if low.strip() else -1
    clause = text[start:] if start >= 0 else text
    if re.match(r"\s*(?:de\s+)?(?:eerste\s+|tweede\s+|derde\s+|laatste\s+)?(?:deel)?fase\b(?:\s+\w+)?\s+"
                r"(?:biedt|bieden|heeft|omvat|omvatten|telt)\b", clause, re.I):
        return True  # "Fase 1 omvat 90 plaatsen": a phase is a site of the plan the text is about
    m = re.match(r"\s*(?:In totaal\s+|Samen\s+)?((?:De |Het )?[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*)\s+"
                 r"(?:biedt|bieden|heeft|omvat|telt)\b", clause)
    if not m:
        m = re.match(r"\s*In totaal biedt ((?:De |Het )?[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*)\b", clause)
    if not m:
        return False
    name = m.group(1)
    words = name.split()
    # "Enkhuizen Enkhuizen biedt 64 plaatsen": a heading with the municipality's name before its own sentence
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        name = " ".join(words[half:])
    return name not in _vocab()["site_stop"][0] and not _directory().lookup(name)


@lru_cache(maxsize=4096)
def _is_municipality(word: str) -> bool:
    """A municipality's name ("Venlo telt 355 plaatsen") is no site of its own."""
    return bool(_directory().lookup(word))


@lru_cache(maxsize=1)
def _directory():  # noqa: ANN202 - parsers.gemeenten.Directory
    from parsers.gemeenten import load_directory
    return load_directory()


def _conditional_span(low: str) -> list[tuple[int, int]]:
    """Character spans of conditional subclauses ("indien ... niet opnieuw beroep wordt ingesteld,")."""
    out = []
    for m in re.finditer(r"\b(indien|als|mits|tenzij|wanneer|zodra)\b|,\s*(waar\w*|die|dat)\b", low):
        end = low.find(",", m.end())
        out.append((m.start(), end if end >= 0 else len(low)))
    return out


_REMAINS_OPEN = re.compile(r"\bblijf(?:t|en)\b(?:\s+\S+){0,3}?\s+(?:bestaan|open|beschikbaar)\b")
_DECISION_POINT = re.compile(r"\W*(?:\d+\W+)?(?:in te stemmen met|te besluiten tot|"
                             r"vast te stellen)\b")
_YOUR_LETTER_SAYS = re.compile(r"\buw (?:brief|overzicht|tabel|bericht)\b[^.;:]{0,40}?\b(?:noemt|vermeldt|spreekt van|"
                               r"gaat uit van|telt|rekent met)\b[^.;:]{0,40}$")
_STILL_THEN = re.compile(r"\W*(?:per|op)\s+\d{1,2}\s+[a-z]+\s+20\d\d\b[^.;]*\b(?:ving|vingen|waren|was|boden|bood|"
                         r"hadden|had|telden|telde)\s+(?:\w+\s+)?nog\b")
# a row that sums up: "Totaal | 237 | 147", "Gerealiseerd | 300 | 28 | 328", "Totaal in voorbereiding | 100 | 8 | 108"
_TOTAL_ROW = re.compile(r"\s*\|?\s*(?:totaal|total|samen)\b", re.I)
_STATUS_SUMMARY = r"(?:totaal\s+)?(gerealiseerd|in gebruik|in voorbereiding|gepland)"
_SUMMARY_ROW = re.compile(r"\s*(?:" + _STATUS_SUMMARY + r"|totaal\w*(?: \w+){0,3})\s*")
_PLAN_NOUN = re.compile(r"\b(?:uitbreiding|nieuwbouw|nieuwe locatie|fase\s+\w+|in voorbereiding|gepland|beoogd\w*)\b")
# "Daarmee vervalt de geplande opening van 150 plaatsen": a plan that falls; places still without a site
_PLAN_FALLS = re.compile(r"\b(?:vervalt|vervallen|verviel|vervielen|komt te vervallen|gaat niet door|gaan niet door)\b"
                         r"[^.;]{0,20}\b(?:de|het)\s+(?:geplande|beoogde|voorgenomen|voorziene)\b")
_NO_SITE_YET = re.compile(r"\b(?:nog\s+)?geen\s+(?:\w+\s+)?(?:locatie|plek|pand|gebouw|terrein)\b|"
                          r"\b(?:locatie|plek|pand|gebouw|terrein)\b[^.;]{0,30}\bniet\s+(?:gevonden|beschikbaar)\b")
_GOES_AS_PLANNED = re.compile(r"\b\w*(?:procedure|procedures|planning|proces|traject|bouw|alles|project|realisatie)\b"
                              r"[^.;]{0,40}\bverlo(?:opt|pen)\b|\bverlo(?:opt|pen)\s+(?:volgens|goed|voorspoedig|zoals|"
                              r"naar wens|zonder)\b|\b(?:zonder vertraging|voorspoedig|goed|volgens plan(?:ning)?)\s+"
                              r"verlo(?:opt|pen)\b")
_TASK_VERBS = {"heeft", "hebben", "is", "bedraagt", "omvat", "telt"}
_MAY = {"kan", "kunnen", "kon", "konden", "mag", "mogen"}
# a modal of capacity: "kan plaats bieden aan", "kunnen ruimte bieden voor", "kan onderdak geven aan"
_CAN_HOLD = re.compile(r"\b(?:kan|kunnen)\s+(?:\w+\s+){0,3}?(?:plaats|plek|ruimte|onderdak)\s+(?:bieden|geven)\b")
# "in overleg met het COA" beside an act is the manner of it; "zijn in overleg (met ...)", "in overleg over" are talks
_IN_CONSULTATION = re.compile(r"\bin (?:nauw |goed )?overleg met\b")
_IN_TALKS = re.compile(r"\b(?:zijn|is|zitten|zit|blijven|blijft|gaan|gaat|treden|nog)\s+(?:\S+\s+){0,3}?in (?:nauw |goed )?overleg\b|"
                       r"\bin (?:nauw |goed )?overleg\b[^.;]{0,60}\b(?:over|om te|of)\b")
_WEAK_EXPLORE = {"gesprek", "gesprekken", "overleg", "mogelijkheid", "mogelijkheden", "alternatief", "alternatieve",
                 "alternatieven"}
_FUTURE_DATE = re.compile(r"\b(per|uiterlijk|vanaf|in|eind|begin|medio|voor|rond)\s+(\d{1,2}[-\s]\w+[-\s])?"
                          r"(20\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                          r"december|het (eerste|tweede|derde|vierde) (kwartaal|halfjaar)|q[1-4]|de zomer|het najaar)\b|"
                          r"\bbinnen\s+(?:\w+\s+)?(?:maanden|maand|weken)\s+na\b")  # "binnen vijf maanden na het besluit"
# the mail's own date while a message is read: "per 1 juni 2026 zijn 1.412 plaatsen in gebruik" in a letter of
# June is a count on a day gone by, not a moment ahead (read_places sets it; the sentence cache keys on it)
_REF_DAY: ContextVar[date | None] = ContextVar("places_ref_day", default=None)
_DAY_IN_TEXT = re.compile(r"\b(?:per|vanaf|op|sinds)\s+(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|"
                          r"september|oktober|november|december)\s+(20\d\d)\b")


_PAST_YEAR = re.compile(r"\b(?:in|sinds|tot|vanaf|eind|begin|medio|(?:in )?(?:het )?(?:voorjaar|najaar|zomer) (?:van)?)\s+"
                        r"(20\d\d)\b(?:\s+en\s+(20\d\d))?")


# a site that opened, or places that were offered, in a year gone by ("opende", "bood", "teruggebracht naar")
_OPENED_THEN = re.compile(r"\b(?:opende|openden|ging open|gingen open|bood|boden|ving|vingen|teruggebracht|richtte|richtten|"
                          r"afgebouwd|verbleven|woonden|stond|stonden|gevestigd|functioneerde|functioneerden|"
                          r"gefunctioneerd|gesloopt|werden opgevangen|werd opgevangen)\b")


def _in_past_year(low: str) -> bool:
    """A year before the mail's ("in 2016 opende", "in 2022 en 2023 bood"), told without any "sinds": history."""
    ref = _REF_DAY.get()
    m = _PAST_YEAR.search(low)
    if ref is None or not m or m.group(0).startswith("sinds"):
        return False
    return int(m.group(2) or m.group(1)) < ref.year


_DONE_IN_MONTH = re.compile(r"\b(?:is|zijn)\b[^.;]*\b(?:geopend|gestart|opgeleverd|geplaatst|in gebruik genomen|"
                            r"betrokken|opengegaan)\b")
_UNTIL_LEAD = re.compile(r"\b(?:tot|t/m|tot en met)\s+(?:uiterlijk\s+|ten minste\s+|minimaal\s+)?$")


def _ahead(low: str) -> bool:
    """A date ahead in the clause ("per 1 januari 2027", "in het najaar"), not a named day on or before the mail's."""
    # "in gebruik (tijdelijk tot medio 2032)", "blijft open tot 1 juli": the end of what stands now, not a moment ahead
    m = next((f for f in _FUTURE_DATE.finditer(low) if not _UNTIL_LEAD.search(low[max(0, f.start() - 24):f.start()])),
             None)
    if not m:
        return False
    ref = _REF_DAY.get()
    year = re.search(r"20\d\d", low[m.start():m.end() + 5])  # "in juni 2033": the year after the month
    if ref is not None and year and int(year.group(0)) < ref.year:
        return False  # "in 2016 opende het azc met 600 plaatsen": history
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", m.group(0)) if w in MONTHS), None)
    if ref is not None and year and month and (int(year.group(0)), month) < (ref.year, ref.month) \
            and not _DAY_IN_TEXT.match(low, m.start()):
        return False  # "is in februari 2034 geopend" in a mail of April 2034: a month gone by
    if not year and _DONE_IN_MONTH.search(low) and not re.search(r"\b(?:zal|zullen|wordt|worden|verwacht\w*)\b", low):
        return False  # "is in juni een woonvorm geopend met 12 bedden": a month gone by, told in the perfect
    # the day of the moment found ("laten weten op 15 februari dat het azc per 1 juli sluit": 1 July), else the first
    day = _DAY_IN_TEXT.match(low, m.start()) or _DAY_IN_TEXT.search(low)
    if ref is not None and day:
        try:
            return date(int(day.group(3)), MONTHS[day.group(2)], int(day.group(1))) > ref
        except ValueError:
            return True
    return True


# "Per 1 juli 2029 waren 120 plaatsen gerealiseerd": a count as of a day, told in the past tense
# "Op 1 september 2036 waren er 412 plaatsen in gebruik" in a mail of October: the count on a recent day, told in the
# past tense as a peildatum is, not history
_COUNT_DAY = re.compile(r"\W*(?:op|per)\s+(\d{1,2})\s+([a-z]+)\s+(20\d\d)\s+(?:waren|was|hadden|had|telde|telden)\b")


def _recent_count(low: str) -> bool:
    m = _COUNT_DAY.match(low)
    ref = _REF_DAY.get()
    if m is None or ref is None or m.group(2) not in MONTHS:
        return False
    try:
        day = date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return False
    return 0 <= (ref - day).days <= 120


_AS_OF = re.compile(r"\W*(?:per|stand per|peildatum)\s+\d{1,2}\s+[a-z]+\s+20\d\d\b")
_NOW_DATE = re.compile(r"\b(sinds|peildatum|stand per|op dit moment|momenteel|thans|inmiddels)\b")


def _pos_of(cues: list[tuple[int, str]], word: str, k: int) -> int:
    return min((c for c, w in cues if w == word), key=lambda c: abs(c - k), default=k)


_LOST_IN_SENTENCE = re.compile(r"weggevallen|vervallen|vielen|verloren|gesloten|vallen\b.*\bweg\b")
_PARTICIPLE = re.compile(r"\b(?:ge|aange|inge|opge|uitge|vastge|toege|voorge|afge|overge|doorge|terugge)[a-zë]{3,}(?:d|t|en)\b"
                         r"|\b(?:ingestemd|besloten|bepaald|verleend|ontvangen|gekozen|besproken|verkocht|vernietigd|bereikt|"
                         r"verkregen|verworven|ondertekend|herkregen)\b")


# "Het reguliere deel is met 150 plaatsen in het azc volledig ingevuld": the part of the task met with these places
_FILLED_BY = re.compile(r"\b(?:is|zijn|wordt|worden)\s+(?:nu\s+|al\s+|inmiddels\s+)?met\s+(?:ruim\s+|circa\s+)?$")
_FILLED_AFTER = re.compile(r"[\d.]+\s+[^.;]{0,90}?\b(?:(?:volledig|wel|al|geheel)\s+)?(?:ingevuld|gerealiseerd)\b")
# "in een woning in Buitenpost; de woning is aangekocht en wordt verbouwd": the site named again in the next clause,
# with what is done to it
_SITE_AGAIN = re.compile(r";\s*(?:de|het|deze|dit)\s+(woning|pand|gebouw|locatie|kantoorgebouw|terrein|paviljoen|"
                         r"units|woonunits|schoolgebouw|school)\b([^.;]{0,80})")
_SITE_PLANNED = re.compile(r"\b(?:aangekocht|gekocht|gehuurd|wordt verbouwd|worden verbouwd|wordt gebouwd|in aanbouw|"
                           r"wordt ingericht|vergunning (?:is )?(?:verleend|aangevraagd))\b")
_SITE_IN_USE = re.compile(r"\b(?:is|zijn) (?:nu |al )?(?:in gebruik|bewoond|bezet)\b")


def _site_taken_up(low: str, at: int) -> tuple[str, str] | None:
    """The role of a figure whose site the next clause names again with what is done to it."""
    m = _SITE_AGAIN.search(low, at)
    if m is None or not re.search(r"\b" + m.group(1) + r"\b", low[at:m.start()]):
        return None
    if _SITE_IN_USE.search(m.group(2)):
        return "realised", m.group(1)
    if _SITE_PLANNED.search(m.group(2)):
        return "planned", m.group(1)
    return None


def _fallback_role(s: Sentence) -> str:
    if s.section in ("steps", "timeline"):
        return "planned"
    if s.section == "status":
        return "realised"
    return "other"


# ---------------------------------------------------------------------------------------------- zero

_ZERO = re.compile(r"\b(?:nog\s+)?(?:geen|nul)\s+(?:(?:enkele|van\s+beide\s+\w+|\w+)\s+){0,3}?"
                   r"(?:asiel)?(?:opvang)?(?:plekken|plaatsen|opvangplek|opvanglocatie|opvanglocaties|pl(?=\.|\s|$)|plk|"
                   r"asielzoekers\s+meer|opvang\s+aan\s+asielzoekers|opvang|"
                   r"asielzoekers\s+(?:meer\s+)?(?:opgevangen|gehuisvest|ondergebracht))\b", re.I)


_ZERO_HOST = re.compile(r"\b(?:vangt|vangen)\b(?:\s+\S+){0,4}?\s+(?:nog\s+)?geen\s+(?:asielzoekers|vluchtelingen)\b"
                        r"(?!\s+meer\s+(?:na|vanaf))|"
                        # "Asielopvangplekken in de zin van de Spreidingswet heeft Landsmeer op dit moment niet."
                        r"^\W*(?:asiel)?(?:opvang)?(?:plekken|plaatsen)\b[^.;]{0,60}\b(?:heeft|hebben)\s+[\w' -]+?\s+"
                        r"(?:op dit moment|momenteel|nu|thans|nog|daarnaast|verder|echter|dus)\s+niet\b|"
                        # "Asielopvangplekken in de zin van de Spreidingswet zijn er in Drimmelen op dit moment nog niet."
                        r"^\W*(?:asiel)?(?:opvang)?(?:plekken|plaatsen)\b[^.;]{0,60}\bzijn\s+er\s+[^.;]{0,40}?"
                        r"(?:op dit moment|momenteel|nu|thans|nog)\s+(?:nog\s+)?niet\b|"
                        # "... en dat daarvan nog niets is gerealiseerd"
                        r"\bnog (?:niets|geen enkele (?:plaats|plek)) (?:is |zijn )?gerealiseerd\b|"
                        # "Op dit moment beschikt de gemeente nog niet over een asielopvanglocatie."
                        r"\b(?:beschikt|beschikken)\b[^.;,]{0,40}?\bnog\s+niet\s+over\s+(?:een\s+)?(?:eigen\s+)?"
                        r"(?:asiel)?(?:opvanglocatie|opvangplekken|opvangplaatsen|opvang|azc)\b|"
                        # "Waar buurgemeente Purmerend 400 opvangplekken biedt, heeft Waterland er op dit moment geen."
                        r"\b(?:opvang)?(?:plekken|plaatsen)\b[^.;]{0,60},\s*(?:heeft|hebben)\s+[\w' -]+?\s+er\s+"
                        r"(?:op dit moment|momenteel|nu|thans|nog)\s+geen\s*[.;]")


# "In gebruik: reg. 0 / amv 0.", "Asielopvang: 0 plaatsen": a status label whose figures are all nought
_ZERO_LABEL = re.compile(r"\W*(?:in gebruik|gerealiseerd|asielopvang|stand(?: van zaken)?(?: per [\d/-]+)?|nu)\s*:\s*"
                         r"(?:(?:reg\.?|regulier|amv|totaal)?\s*0\s*(?:pl\.?|plaatsen|plekken)?\s*(?:[/,+]|en)?\s*)+\.?\s*$")


def _zero(sents: list[Sentence]) -> tuple[bool, str]:
    for s in sents:
        if _ZERO_LABEL.fullmatch(s.text.lower()):
            return True, s.text
        if _ZERO_HOST.search(s.text.lower()) and not re.search(r"\b(zal|zullen|na|vanaf|toen)\b", s.text.lower()):
            return True, s.text  # "Op dit moment vangt Bunnik nog geen asielzoekers op"
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
                    re.search(r"\b(toen|waren|was|had|hadden)\b", low) and not re.search(r"\btot (nu|op heden)\b", low)):
                continue  # "toen waren er nog geen plekken": history
            return True, s.text
    return False, ""


# ---------------------------------------------------------------------------------------------- totals

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
        out.append(m)
        i += 1
    return out


_ADDITIVE = re.compile(r"\s*(?:daarnaast|verder|bovendien|tevens|ook|en daarnaast)\b", re.I)


def _additive(m: PlaceMention) -> bool:
    """A sentence opened by "Daarnaast" / "Verder" names places besides those before, not the same ones."""
    return bool(_ADDITIVE.match(m.text)) or m.cue in ("resteren", "resteert")  # what remains after a loss


def _different_site(a: PlaceMention, b: PlaceMention) -> bool:
    """Both name a site and no name is shared ("Bollenhof" and "Bollenhof-gebouw" are one)."""
    if not (a.sites and b.sites) or a.sites & b.sites:
        return False
    stems = {x.split("-")[0].lower() for x in a.sites}
    return not any(x.split("-")[0].lower() in stems for x in b.sites)


_ADDED = re.compile(r"\b(?:opnieuw|nogmaals|nog eens|eveneens|ook)\s+(?:\w+\s+)?$")


def _other_phase(a: PlaceMention, b: PlaceMention) -> bool:
    pa = {x for x in a.sites if x.startswith("fase ")}
    pb = {x for x in b.sites if x.startswith("fase ")}
    return bool(pa and pb and not pa & pb)


_PHASE_WORDS = re.compile(r"\bfasen?\b|\beerste\b|\btweede\b|\bderde\b|\bdeel\b|\bresterende\b|\boverige\b")


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


_TOTAL_LINE = re.compile(r"\W*(?:totaal|in totaal|samen|opgeteld)\b", re.I)
# "In voorbereiding: 32 plaatsen." under a table of sites: the table's sum, said as a label line
_LABEL_TOTAL = re.compile(r"\W*(?:in voorbereiding|gepland|in gebruik|gerealiseerd)\s*(?::|zijn|is)\s*(?:er\s+)?[\d.]+\s+"
                          r"(?:\w+\s+)?"
                          r"(?:plaatsen|plekken)\W*$", re.I)


def _add_up(ms: list[PlaceMention]) -> int | None:
    """Sum over sites and phases, each figure once, a stated total over its parts."""
    if not ms:
        return None
    whole = [m for m in ms if not m.part]
    for i, m in enumerate(whole):  # "180 plekken ... Fase 1 (90 plekken) ... Fase 2 (90 plekken)": parts of the 180
        later = [k for k in whole[i + 1:] if k.value != m.value]
        if len(later) >= 2 and all(_PHASE_WORDS.search(k.text.lower()) for k in later) \
                and _parts_of(m.value * m.each, [k.value * k.each for k in later]):
            for k in ms:
                k.part = k is not m
            return m.value * m.each
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
        if re.search(r"\bde eerste\s+$", m.text[max(0, m.pos - 12):m.pos].lower()) \
                and any(k.value > m.value and k.sent < m.sent for k in seen):
            m.part = True  # "de eerste 60 plekken" of a location of 120 named before: a phase of it
            continue
        same = [k for k in kept if k.value * k.each == m.value * m.each]  # "15 units, elk voor 4" is 60 too
        if same and (_ADDED.search(m.text[max(0, m.pos - 20):m.pos].lower()) or _other_phase(m, same[0])):
            kept.append(m)  # "fase 2 omvat opnieuw 40 plaatsen": another 40
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
        if len(kept) >= 3 and m.value == others:
            for k in kept:
                k.part = k is not m
            return m.value
    return sum(values)


# "40 plaatsen in gebruik en daarnaast wonen 6 minderjarigen in een woning": people housed besides those places
_BESIDES = re.compile(r"\b(?:daarnaast|bovendien|verder|tevens|ook nog|elders)\b")


_SAME_SITE_AGAIN = re.compile(r"\W*(?:de|deze|die|het)\s+(?:locatie|opvanglocatie|opvang|azc|gebouw|pand|hotel)\b", re.I)


# "biedt de AMV-woonvoorziening plaats aan 20 jongeren": a capacity told in persons, not the occupancy of another
_CAPACITY_IN_PERSONS = re.compile(r"\b(?:plaats|ruimte)\s+(?:aan|voor)\s+(?:maximaal\s+|ten hoogste\s+)?$")
# "de 5 AMV-plekken die in de units zijn opgenomen": places counted within a figure named elsewhere
_INCLUDED_IN = re.compile(r"\s+[\w-]+\s+die\s+(?:al\s+)?(?:in|bij)\s+(?:de|het|deze|die)\s+[\w-]+(?:\s+[\w-]+)?\s+"
                          r"(?:zijn|is|worden|wordt)\s+(?:opgenomen|inbegrepen|meegeteld|meegerekend)\b", re.I)
_RESIDE_THERE = re.compile(r"\b(?:verblijven|verblijft|wonen|woont)\s+(?:\S+\s+){0,2}?(?:daar|hier|er|op (?:die|deze) "
                           r"locatie)\b|\b(?:daar|hier)\s+(?:verblijven|verblijft|wonen|woont)\b")


def _table_and_text(a: PlaceMention, b: PlaceMention) -> bool:
    """One figure from a table row, the other from a sentence: the text telling of a row ("Het noodpaviljoen met
    24 plaatsen is in gebruik tot ..." below "Noodpaviljoen Wilhelminaplein | 24 | in gebruik")."""
    return (a.cue in ("tabel", "kolom")) != (b.cue in ("tabel", "kolom"))


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


# ---------------------------------------------------------------------------------------------- table

_COUNT_HEADER = re.compile(r"gerealiseerd|in gebruik|voorbereiding|taak|opgave|regulier|amv|totaal|plaatsen|plekken|"
                           r"tekort|aantal|capaciteit")


# header cells that name or date something rather than count it ("Locatie in voorbereiding", "Verwacht gereed")
_NAMING_HEADER = re.compile(r"locatie|adres|gereed|verwacht|planning|opmerking|toelichting|stand van zaken|status")


def _table(rows: list[str]) -> dict[str, int]:
    """Figures from a status table row "Totaal | 250 | 95 | 155" under a header row."""
    lines = [ln for ln in rows if "|" in ln]
    header: list[str] | None = None
    out: dict[str, int] = {}
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
        if header and cells and cells[0].startswith("totaal"):
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


# ---------------------------------------------------------------------------------------------- entry

_MAY_COUNT = re.compile(r"\d|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|"
                        r"tachtig|honderd", re.I)


@lru_cache(maxsize=8192)
def _sentence_mentions(text: str, source: str, section: str, context: str | None,
                       ref: date | None = None) -> tuple[PlaceMention, ...]:
    """The mentions of one sentence as `_mentions_in` reads them (it reads only these values of the sentence, and
    the role its predecessor gives), remembered: repeated text is read once. Callers get copies (`_copy`), since
    adding up marks the mentions."""
    return tuple(_mentions_in(Sentence(text, source, section), 0, context))


def sentence_cache_clear() -> None:
    _sentence_mentions.cache_clear()
    _lead_role.cache_clear()


def _copy(m: PlaceMention, sent: int) -> PlaceMention:
    out = object.__new__(PlaceMention)
    out.__dict__.update(m.__dict__)
    out.sent = sent
    return out


def read_places(sents: list[Sentence], ref: date | None = None, own: tuple[str, ...] = ()) -> PlacesReading:
    """All place mentions of the municipality's own sentences, and the realised / planned totals; `ref` is the
    mail's date (a day named on or before it is no moment ahead); `own` the municipalities the mail is written
    for (figures of another municipality named right before them are that municipality's, not theirs)."""
    token = _REF_DAY.set(ref)
    try:
        return _read_places(sents, ref, own)
    finally:
        _REF_DAY.reset(token)


@lru_cache(maxsize=1)
def _municipality_names() -> re.Pattern[str]:
    """Every official municipality name and alias, as written (capitalised), longest first."""
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(_all_names(), key=len, reverse=True))
                      + r")(?![\w-])")


def _per_municipality(mentions: list[PlaceMention], sents: list[Sentence], own: tuple[str, ...]) -> None:
    """A mail written for several municipalities gives each its own lines ("Hillegom (uw kenmerk ...): 22 pl. in
    gebruik", "Teylingen: 64 pl. in gebruik"): the municipality a line opens with is where its figures stand, so
    that figures of different municipalities add up."""
    if len(own) < 2:
        return
    for m in mentions:
        opening = sents[m.sent].text[:40]
        found = [n for n in own if re.match(r"\W*(?:in\s+)?" + re.escape(n) + r"\b", opening, re.I)]
        if len(found) == 1:
            m.sites = m.sites | {found[0]}


@lru_cache(maxsize=256)
def _own_names(own: tuple[str, ...]) -> frozenset[str]:
    """The official names of `own` and their aliases, as _municipality_names finds them."""
    gemeenten = [_directory().by_name(g) for g in own]
    return frozenset(own) | {a for g in gemeenten if g is not None for a in g.aliases}


_ROAD_TO = re.compile(r"\b(?:[Ww]eg|[Ss]traatweg|[Rr]ijksweg|[Dd]ijk|[Ll]aan|[Ss]traat|[Pp]ad)\s+(?:naar|op|van)\s+$")


def _names_in(text: str) -> list[str]:
    """The municipality names in `text`, in order; not one that ends a road's name ("de Weg naar Laren")."""
    return [m.group(1) for m in _municipality_names().finditer(text)
            if not _ROAD_TO.search(text[max(0, m.start() - 20):m.start()])
            and not re.match(r"\s+en\s+[A-Z]", text[m.end():])]  # "Beek en Donk" is a village, not Beek


def _others_named(text: str, own: tuple[str, ...]) -> bool:
    """The text names a municipality and none of `own` ("Hengelo (380 plaatsen) en Almelo (420)")."""
    if not own:
        return False
    found = set(_names_in(text))
    return bool(found) and not (found & _own_names(own))


def _other_municipalities(mentions: list[PlaceMention], own: tuple[str, ...]) -> None:
    """A figure right after another municipality's name in its clause is that municipality's."""
    for m in mentions:
        if m.role not in ("realised", "planned", "lost") or m.cue in ("tabel", "kolom"):
            continue
        lo = max(m.text.rfind(c, 0, m.pos) for c in ".;:")
        window = m.text[lo + 1:m.pos]
        last = _names_in(window)[-1:]
        # "Zoeterwoude betaalt mee aan de opvanglocatie in Leiden, die nu ruim 600 asielzoekers opvangt": the name
        # nearest before the figure is whose it is
        if _others_named(window, own) or (own and last and not set(last) & _own_names(own)
                                          and re.search(r"\b(?:in|te|van|bij)\s+$", window[:window.rfind(last[0])])):
            m.role, m.status, m.cue = "other", "andere gemeente", "elders"


_SUMMED = re.compile(r"\b(?:daarmee|samen|gezamenlijk|in totaal|opgeteld|dus)\b")


def _sum_of_those_in_use(mentions: list[PlaceMention]) -> None:
    """ "Hillegom biedt 40 plaatsen ... Teylingen vangt 65 asielzoekers op. Gezamenlijk realiseren de drie gemeenten
    daarmee 105 plaatsen": a figure said to sum up, equal to the figures in use before it, is their total."""
    for m in mentions:
        if m.role != "planned" or not _SUMMED.search(m.text.lower()):
            continue
        before = [o for o in mentions if o.role == "realised" and o.sent < m.sent and not o.part]
        if len(before) >= 2 and sum(o.value for o in before) == m.value:
            m.role, m.status, m.total = "realised", "in gebruik", True


def _columns_where_the_text_is_silent(mentions: list[PlaceMention]) -> None:
    """A table that states its figures only by its header's columns sums up what the text says: its figures
    count only for a role that no sentence gives."""
    for role, status in (("realised", "in gebruik"), ("planned", "gepland")):
        if any(m.role == role and m.status == status and m.cue != "kolom" and " | " not in m.text for m in mentions):
            for m in mentions:
                if m.role == role and m.cue == "kolom":
                    m.role, m.status = "other", "tabel"


# a line after a phase's figures saying it is lived in: "Opgeleverd in september 2035 en sindsdien volledig in gebruik"
_IN_USE_SINCE = re.compile(r"\b(?:sindsdien|inmiddels|al|nu|thans)\s+(?:\w+\s+){0,2}?(?:in gebruik|bewoond|bezet)\b")


def _in_use_said_after(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A phase or section figure without a cue of its own ("Fase 1: 60 plaatsen (regulier).") is in use when the
    next sentence, without figures, says so ("Opgeleverd in september 2035 en sindsdien volledig in gebruik.")."""
    for m in mentions:
        if m.cue not in ("fase", "sectie") or m.role not in ("planned", "other") or m.sent + 1 >= len(sents):
            continue
        nxt = sents[m.sent + 1]
        low = nxt.text.lower()
        if nxt.source != sents[m.sent].source or any(o.sent == m.sent + 1 for o in mentions) \
                or not _IN_USE_SINCE.search(low) or _ahead(low) or re.search(r"\b(?:zal|zullen|gaat|gaan|nog niet)\b", low):
            continue
        m.role, m.status, m.cue = "realised", "in gebruik", "zin erna"


def _read_places(sents: list[Sentence], ref: date | None, own: tuple[str, ...] = ()) -> PlacesReading:
    mentions: list[PlaceMention] = []
    columns: tuple[str, ...] = ()  # the header row of the table being read
    for i, s in enumerate(sents):
        row = " | " in s.text
        if row and not any(re.fullmatch(r"[\d.,\s()+~-]+|\s*(?:[–—-]|n\.?v\.?t\.?|nvt)\s*", c, re.I)
                           or re.match(r"\s*\d[\d.]*\s+\(", c) for c in s.text.split("|")):
            # a header row: no cell is a figure ("Gerealiseerd per 1-6-2030 | Gepland (locatie Breukelen)"), nor
            # a figure with a remark ("in gebruik | 120 (telt niet mee voor de Spreidingswet)"), nor an empty value ("–")
            columns = _header_columns(s.text)
            lead = _lead_role(sents[i - 1].text) if i and sents[i - 1].source == s.source else None
            if columns and lead in ("realised", "planned"):
                columns = (*columns, "lead:" + lead)  # "Locaties in gebruik (peildatum ...)" above the header
        elif row and not columns and i and sents[i - 1].source == s.source and " | " not in sents[i - 1].text \
                and (loose := _loose_header(sents[i - 1].text)):
            columns = _header_columns(loose)
        elif not row or (i and sents[i - 1].source != s.source):
            columns = ()
        if not _MAY_COUNT.search(s.text) or s.text.lstrip().startswith(">"):
            continue  # ... or a line of the ministry's letter quoted between the answers ("> Regulier | 120 | 0")
        context = "cols:" + "|".join(columns) if row and columns else _context(mentions, sents, i)
        found = _sentence_mentions(s.text, s.source, s.section, context, ref)
        if found:
            mentions += [_copy(m, i) for m in found]
    _without_a_site(mentions)
    _parts_on_the_next_line(mentions, sents)
    _no_cue_from_neighbours(mentions, sents)
    _in_use_said_after(mentions, sents)
    _site_named_before(mentions, sents)
    _per_municipality(mentions, sents, own)
    _rejected_after(mentions, sents)
    _alternatives_offered(mentions, sents)
    _whole_before_what_remains(mentions)
    _left_after_a_loss_ahead(mentions, sents)
    _total_with_a_part_in_use(mentions)
    _whole_split_later(mentions)
    _own_share_of_a_whole(mentions)
    _fell_through(mentions, sents)
    _dropped_since_an_earlier_mail(mentions, sents)
    _named_again(mentions)
    _other_municipalities(mentions, own)
    _other_schemes(mentions, sents)
    _sum_of_those_in_use(mentions)
    _columns_where_the_text_is_silent(mentions)
    _lost_are_earlier_figures(mentions)
    _superseded_reports(mentions, sents)
    _chosen_within_range(mentions)
    table = _table([s.text for s in sents])
    _said_not_to_count(mentions, sents)
    _not_the_municipalitys(mentions)
    _extended_to(mentions)
    _capacity_where_none_are_in_use(mentions, sents, own)
    realised_ms = [m for m in mentions if m.role == "realised"]
    realised = table.get("realised")
    if realised is None:
        realised = _realised(realised_ms)
    zero, zero_text = _zero([x for x in sents if not _others_named(x.text, own)]) if realised is None else (False, "")
    if realised is None and zero:
        realised = 0
        mentions.append(PlaceMention(0, "realised", status="geen opvangplekken", cue="geen", text=zero_text,
                                     counted="realised"))
    if realised is None:
        going = [m for m in mentions if m.role == "lost" and m.status == "vervalt"]
        realised = _realised(going)
        realised_ms = going
    elif "realised" not in table:
        realised, realised_ms = _with_places_still_to_go(realised, realised_ms, mentions)
    planned_ms = [m for m in mentions if m.role == "planned" and m.status == "gepland"]
    planned = table.get("planned")
    if planned is None:
        planned = _planned(planned_ms)
    if planned is None:
        planned, planned_ms = _remainder_planned(mentions, sents)
    for m in realised_ms:
        if not m.part:
            m.counted = "realised"
    for m in planned_ms:
        if not m.part:
            m.counted = "planned"
    return PlacesReading(realised, planned, mentions)


def _with_places_still_to_go(realised: int, realised_ms: list[PlaceMention], mentions: list[PlaceMention]
                             ) -> tuple[int, list[PlaceMention]]:
    """Places that will be lost later are in use now (SCHEMA): "de locatie met 200 plaatsen sluit per 1 februari;
    in Zuidwolde blijven 25 AMV-plaatsen in gebruik" is 225 now. A figure to be lost that is smaller than a figure
    in use and not at another site is part of it ("680 in gebruik; 300 verdwijnen per 31 december")."""
    kept = [m for m in realised_ms if not m.part]
    top = max((m.value for m in kept), default=0)
    extra: list[PlaceMention] = []
    for g in mentions:
        if g.role != "lost" or g.status != "vervalt" or g.part:
            continue
        elsewhere = bool(g.sites) and all(r.sites and not (g.sites & r.sites) for r in kept)
        # a definite figure at a site of its own, not named before ("Per 1 januari vervallen de 80 plaatsen in het
        # klooster in Born", beside the azc in use)
        own_site = elsewhere and bool(kept) and not any(o.value == g.value and o.sent < g.sent for o in mentions)
        if (g.definite and not own_site) or any(e.value == g.value for e in extra) or g.value == realised \
                or any(r.value == g.value for r in realised_ms):
            continue  # "de 60 plekken vallen weg", "deze 120 plaatsen": the places named before
        if any(r.total and re.match(r"\W*samen met\b", r.text.lower())
               and r.value - sum(p.value for p in realised_ms if p.part and p.sent == r.sent) == g.value for r in kept):
            continue  # "Samen met de 40 plekken in Hoogezand komt onze realisatie uit op 150": the 110 are in it
        if g.value > top or elsewhere:
            extra.append(g)
    return realised + sum(g.value for g in extra), realised_ms + extra


# a sentence that goes on about the site named before it: "Het college heeft hiervoor een principebesluit genomen"
_POINTS_BACK = re.compile(r"\b(?:hier|daar)(?:voor|over|mee|bij|in|aan|op|toe)\b")


def _context(mentions: list[PlaceMention], sents: list[Sentence], i: int, back: int = 1) -> str | None:
    """The role the sentence before sentence i gives the site it is about: its last figure's role, else its cue
    words ("de aannemer is met de bouw begonnen": planned); when that sentence, without figures, says nothing of
    a role, the one before it ("... het zorgcentrum aan het COA aangeboden. Het college heeft hiervoor een
    principebesluit genomen. Het gebouw biedt ruimte aan honderd personen.")."""
    if i == 0 or sents[i - 1].source != sents[i].source:
        return None
    role = _context_of(mentions, sents, i)
    if role is None and back and i >= 2 and not any(m.sent == i - 1 for m in mentions) \
            and _POINTS_BACK.search(sents[i - 1].text.lower()):
        return _context(mentions, sents, i - 1, back - 1)
    return role


def _context_of(mentions: list[PlaceMention], sents: list[Sentence], i: int) -> str | None:
    prev = [m.role for m in mentions if m.sent == i - 1 and m.role in ("realised", "planned")]
    if prev:
        return prev[-1]
    if any(m.sent == i - 1 and m.role == "lost" and m.status == "vervallen" for m in mentions):
        return "lost_past"  # "per 1 november zijn de 120 plekken op het schip vervallen. Er resteren 45 ..."
    if re.search(r"\b(?:verkennen|verkent|onderzoeken|onderzoekt|bekijken|bekijkt)\b", sents[i - 1].text.lower()) \
            and not re.search(r"\d", sents[i - 1].text):
        return "exploring"  # "Wij verkennen nu een locatie aan de Oude Bommelseweg."
    if not any(m.sent == i - 1 for m in mentions) and any(_is(t, "lost_past") for t in _tokens(sents[i - 1].text)) \
            and not re.search(r"\b(?:wordt|worden|zal|zullen|gaat|gaan)\b", sents[i - 1].text.lower()):
        return "lost_past"  # "Per 1 juni 2030 is de opvang in het voormalige stadhuis beëindigd."
    return _lead_role(sents[i - 1].text)


# "Eerder meldden wij aan de regietafel dat wij 120 plaatsen hebben. Dat zijn er inmiddels 80": a figure reported
# before, and a figure in use said after it
_REPORTED_BEFORE = re.compile(r"\b(?:eerder|destijds|vorige keer|tot nu toe)\b[^.;]{0,40}\b(?:meldden|meldde|schreven|"
                              r"schreef|noemden|noemde|gaven|berichtten|rapporteerden)\b|\b(?:meldden|schreven|noemden|"
                              r"berichtten|rapporteerden) (?:wij|we)\b[^.;]{0,40}\b(?:eerder|destijds)\b|"
                              r"\bin (?:onze|ons) (?:vorige|eerdere) (?:brief|reactie|bericht|mail)\b|"
                              r"\b(?:wij|we) (?:meldden|schreven|noemden|berichtten|rapporteerden|gaven)\b[^.;]{0,20}?"
                              r"\b(?:toen|eerder|destijds)\b|"
                              r"\bin (?:onze|ons) (?:brief|reactie|bericht|mail|e-mail|verslag) van \d")
_NOW_IT_IS = re.compile(r"\b(?:inmiddels|nu|thans|gebleken|blijkt|bleek|bijgesteld|slechts|maar)\b")
# "Dat aantal was onjuist", "Dit cijfer klopt niet": the figure said before is corrected
_SAID_WRONG = re.compile(r"^\W*(?:dat|dit|die|deze|het genoemde)\s+(?:aantal|cijfer|getal|cijfers|aantallen)\s+"
                         r"(?:was|is|waren|zijn|klopt|klopten|klopte)\s+(?:\w+\s+)?(?:onjuist|niet juist|fout|niet correct|"
                         r"incorrect|verkeerd|niet)\b")


# others' words: a rumour, what a party or residents said, a question asked (not the municipality's statement)
_HEARSAY = re.compile(r"\b(?:gehoord dat|het gerucht|geruchten|zoals op (?:facebook|sociale media|internet)|"
                      r"volgens (?:de |het )?(?:fractie|oppositie|omwonenden|inwoners|bewoners|actiegroep|actiecomité|"
                      r"buurtbewoners|petitie|facebook|sociale media))\b")
_DENIED_FIGURE = re.compile(r"\b(?:van|over)\s+(?:die\s+|deze\s+)?([\d.]+)\s+[\w-]+\s+(?:is|was)\s+(?:geen|nooit)\s+sprake\b")


def _not_the_municipalitys(mentions: list[PlaceMention]) -> None:
    """A figure in a question ("Klopt het dat er 300 bij komen?"), in hearsay ("heeft van inwoners gehoord dat er
    300 komen"), or one a later sentence denies ("Van 300 asielzoekers is geen sprake") is no count of places."""
    denied = {int(d.group(1).replace(".", "")) for m in mentions for d in _DENIED_FIGURE.finditer(m.text.lower())
              if d.group(1).replace(".", "").isdigit()}
    for m in mentions:
        if m.role not in ("realised", "planned", "lost"):
            continue
        if m.text.rstrip().endswith("?") or _HEARSAY.search(m.text.lower()) or m.value in denied:
            m.role, m.status, m.cue, m.counted = "other", "niet van de gemeente", "vraag of gerucht", ""


_THAT_DOES_NOT_COUNT = re.compile(r"\W*(?:die|deze|dat|dit|de|het)\s+(?:\w+\s+){0,2}?(?:tel(?:t|len)\s+(?:\w+\s+)?niet mee|"
                                  r"vall(?:t|en)\s+(?:niet onder|buiten))\b")


def _said_not_to_count(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """"... crisisnoodopvang voor 50 personen. Deze 50 plekken tellen niet mee voor de Spreidingswet": the figure
    named before does not count either."""
    for n in mentions:
        if not re.search(r"\btel(?:t|len) niet mee\b|\bvallen (?:niet|buiten)\b.{0,30}\bspreidingswet\b", n.text.lower()):
            continue
        if n.role in ("realised", "planned", "lost") and re.search(r"\btelt niet mee\b", n.text[n.pos:].lower()):
            # "Heeg, noodopvang (40 bedden) – sluit op 1 maart en telt niet mee voor de taak": this figure itself
            n.role, n.status, n.cue, n.counted = "other", "telt niet mee", "telt niet mee", ""
        for m in mentions:
            if m.value == n.value and m.sent < n.sent and m.role in ("realised", "planned"):
                m.role, m.status, m.cue, m.counted = "other", "telt niet mee", "telt niet mee", ""
    for i, s in enumerate(sents):
        if i and _THAT_DOES_NOT_COUNT.match(s.text.lower()) and s.source == sents[i - 1].source \
                and not any(m.sent == i for m in mentions):
            # "Daarnaast vangen wij 90 mensen op in crisisnoodopvang. Die opvang telt niet mee voor de taak."
            before = [m for m in mentions if m.sent == i - 1 and m.role in ("realised", "planned")]
            if before:
                m = before[-1]
                m.role, m.status, m.cue, m.counted = "other", "telt niet mee", "telt niet mee", ""


def _extended_to(mentions: list[PlaceMention]) -> None:
    """"De locatie (80 plekken) ... uit te breiden tot 120 plekken": the places to come are the 40 beyond those in
    use, when one figure in use is said before."""
    now = [m for m in mentions if m.role == "realised" and not m.part]
    values = {m.value for m in now}
    for m in mentions:
        if m.role != "planned" or m.status != "gepland" or len(values) != 1:
            continue
        if re.search(r"\buit(?:te)?\s*(?:te\s+)?breid\w*\s+(?:tot|naar)\s+(?:in totaal\s+)?$", m.text[:m.pos].lower()) \
                and any(r.sent < m.sent for r in now) and next(iter(values)) < m.value:
            m.value, m.status, m.cue = m.value - next(iter(values)), "gepland", "uitbreiding tot"


_CAPACITY_CUES = frozenset({"biedt", "bieden", "omvat", "omvatten", "ruimte voor", "ruimte aan", "plaats voor",
                            "plaats aan", "capaciteit"})


_NONE_IN_USE = re.compile(r"\bnog geen (?:asiel)?(?:opvang)?(?:plekken|plaatsen)\b|\bnog geen (?:asielzoekers|vluchtelingen)"
                          r" (?:opgevangen|op te vangen)\b")


def _capacity_where_none_are_in_use(mentions: list[PlaceMention], sents: list[Sentence], own: tuple[str, ...]) -> None:
    """"Het kloostercomplex biedt plaats aan 140 mensen ... Op dit moment zijn er nog geen opvangplekken": when the
    mail says none are in use, a site's capacity told in the present tense is the capacity of a site to come."""
    told = [m for m in mentions if m.role == "realised"]
    if not told or len(own) > 1 or any(m.cue not in _CAPACITY_CUES or _NOW_WORDS.search(m.text.lower())
                                       for m in told):
        return  # "Deventer biedt op dit moment 220 plekken": now
    none = [x.text for x in sents if _NONE_IN_USE.search(x.text.lower()) and not _others_named(x.text, own)
            and not re.search(r"\b(?:regulier\w*|amv|minderjarig\w*|motie|meer)\b", x.text.lower())]
    if none and not set(none) & {m.text for m in told}:  # not "A biedt 40; B heeft nog geen"
        for m in told:
            m.role, m.status, m.cue = "planned", "gepland", "nog geen plekken in gebruik"


def _chosen_within_range(mentions: list[PlaceMention]) -> None:
    """A range ("ruimte aan 100 tot 150 personen") and, in another sentence, a figure inside it ("afgesproken dat er
    120 plaatsen komen"): the figure is what was chosen, the range's upper bound is not added."""
    for m in mentions:
        if m.lower is None or m.role not in ("planned", "capacity", "realised"):
            continue
        if any(n is not m and n.role in ("planned", "realised") and n.lower is None and n.sent != m.sent
               and m.lower <= n.value < m.value for n in mentions):
            m.role, m.status, m.cue, m.counted = "other", "bandbreedte", "gekozen aantal erbinnen", ""


def _superseded_reports(mentions: list[PlaceMention], sents: list[Sentence] | None = None) -> None:
    """A figure in use that the mail says it reported before, with a figure in use said in a later sentence: the
    later one is the count now. A figure reported before that the next sentence calls wrong is no count at all."""
    for m in mentions:
        if m.role == "planned" and m.status == "gepland" and _REPORTED_BEFORE.search(m.text.lower()) and any(
                n.role == "planned" and n.status == "gepland" and 0 < n.sent - m.sent <= 2 and n.value != m.value
                and not _REPORTED_BEFORE.search(n.text.lower()) and _NOW_IT_IS.search(n.text.lower()) for n in mentions):
            # "In onze mail van 2 mei noemden wij 120 plekken in voorbereiding. Inmiddels is gebleken dat het pand
            # slechts ruimte biedt voor 96 plekken": the plan as it is now
            m.role, m.status, m.cue, m.counted = "quoted", "eerder gemeld", "eerder gemeld", ""
            continue
        if sents and m.role in ("realised", "planned") and _REPORTED_BEFORE.search(m.text.lower()) \
                and m.sent + 1 < len(sents) and _SAID_WRONG.search(sents[m.sent + 1].text.lower()):
            m.role, m.status, m.cue, m.counted = "quoted", "onjuist", "onjuist", ""
            continue
        if m.role != "realised" or not _REPORTED_BEFORE.search(m.text.lower()):
            continue
        if any(n.role == "realised" and n.sent > m.sent and not _REPORTED_BEFORE.search(n.text.lower())
               for n in mentions):
            m.role, m.status, m.counted = "quoted", "eerder gemeld", ""


def _lost_are_earlier_figures(mentions: list[PlaceMention]) -> None:
    """"... de opvanglocatie met 150 plaatsen is gehuurd ... De 150 plaatsen vallen daarmee weg": a figure named
    again as lost is the same places. Still to be lost: they are in use now; lost already: not places now."""
    for lost in mentions:
        if lost.role != "lost" or not lost.definite:
            continue
        for m in mentions:
            if m.sent >= lost.sent or m.value != lost.value or m.role not in ("planned", "realised") \
                    or _different_site(m, lost):
                continue
            if lost.status == "vervalt":
                m.role, m.status, m.cue = "realised", "in gebruik", "vervalt later"
            else:
                m.role, m.status, m.cue = "other", "vervallen", "later vervallen"


_REST_BACK = re.compile(r"\b(?:de|die|deze)\s+(?:resterende|overige|ontbrekende)\s+(?:\w+\s+)?(?:plekken|plaatsen)\b", re.I)


def _remainder_planned(mentions: list[PlaceMention], sents: list[Sentence]) -> tuple[int | None, list[PlaceMention]]:
    """"De overige 180 plekken zijn nog niet gerealiseerd ... Wij verwachten de resterende plekken op te leveren":
    the remainder of the task becomes planned when a later sentence plans "de resterende plekken" without a figure."""
    for m in mentions:
        if m.status != "rest van de taak":
            continue
        for s in sents[m.sent + 1:]:
            if _REST_BACK.search(s.text) and _lead_role(s.text) == "planned" \
                    and not re.search(r"\b(geen|niet)\b", s.text.lower()):
                m.role, m.status, m.cue = "planned", "gepland", "de resterende plekken"
                return m.value * m.each, [m]
    return None, []


_NO_MOMENT = re.compile(r"\bgeen\s+(?:\w+\s+)?(?:termijn|planning|datum|tijdpad)\b|\bniet\s+(?:te\s+)?(?:zeggen|aangeven|noemen)\b")
_BACK_TO_SITE = re.compile(r"\s*(?:deze|die|dit|de|het)\s+(?:[\w-]+\s+)?(?:voorziening|woonvoorziening|locatie|"
                           r"opvanglocatie|gebouw|pand|azc|hotel|woning|villa|school|kazerne|complex)\b", re.I)
_NAME = re.compile(r"(?<=\s)[A-Z][\w'-]{2,}(?:\s+[A-Z][\w'-]+)*")


def _site_named_before(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A sentence that points back at a site ("Deze voorziening heeft 16 plekken") is about the site the sentence
    before names ("... aan de Molenvliet een woonvoorziening ingericht"): it takes that site's name."""
    stop = _vocab()["site_stop"][0]
    for m in mentions:
        if m.sites or not m.sent or sents[m.sent - 1].source != sents[m.sent].source \
                or not _BACK_TO_SITE.match(sents[m.sent].text) \
                or any(o.value == m.value and o.sent < m.sent for o in mentions):
            continue  # a figure named before is more likely the same places again
        names = {n for n in _NAME.findall(sents[m.sent - 1].text) if n not in stop and n.lower() not in _MONTHS
                 and n.upper() not in ("COA", "AMV", "IBT")}
        if names:
            m.sites = frozenset(names)


_REJECTED = re.compile(r"\b(?:dit|dat|het|deze|die)\s+(?:raads)?(?:voorstel|plan|initiatief|besluit|locatievoorstel|aanbod|"
                       r"pand|gebouw)\b"
                       r"[^.;]{0,80}?\b(?:verworpen|afgewezen|weggestemd|ingetrokken|van tafel|gaat niet door|"
                       r"niet doorgegaan|afgeblazen|gesneuveld|niet aangenomen)\b|"
                       # "Het COA heeft laten weten dat de hal na onderzoek niet geschikt is"
                       r"\b(?:de|het|dit|deze|die)\s+(?:hal|sporthal|pand|gebouw|locatie|terrein|perceel|kavel)\b"
                       r"[^.;]{0,60}?\b(?:niet geschikt|ongeschikt|afgevallen|afgewezen)\b")


def _named_again(mentions: list[PlaceMention]) -> None:
    """"Samen met de 24 AMV-plaatsen komt Heemstede dan uit op 134": a planned figure that names places already in
    use again (definite, the same value, realised before) is those places, not new ones."""
    for m in mentions:
        if m.role == "planned" and m.definite and re.match(r"\W*samen met (?:de|het|onze)\s+$", m.text[:m.pos].lower()):
            later = [o for o in mentions if o.sent == m.sent and o.pos > m.pos and o.role == "realised"
                     and o.value > m.value]
            if later:  # "Samen met de 40 plekken in Hoogezand komt onze huidige realisatie uit op 150": a part of it
                m.role, m.status, m.cue = "realised", "in gebruik", "samen met"
                continue
        if m.role == "planned" and m.definite \
                and (re.search(r"\bsamen met (?:de|het|onze)\s+$", m.text[max(0, m.pos - 20):m.pos].lower())
                     # "Met de 18 AMV-plekken en de circa 70 reguliere plekken komen wij dan op 88"
                     or re.match(r"\W*(?:en\s+)?met (?:de|het|onze)\s+$", m.text[:m.pos].lower())) \
                and any(o.value == m.value and o.sent < m.sent and o.role == "realised" and o.group == m.group
                        for o in mentions):
            m.role, m.status, m.cue = "other", "herhaling", "eerder in gebruik"
        elif m.role == "realised" and (_planned_named_again(m, mentions) or _site_in_brackets_again(m, mentions)):
            m.role, m.status, m.cue = "planned", "herhaling", "eerder gepland"


def _planned_named_again(m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """"Met die 132 plekken ... voldoen wij aan de taak": the planned places named before, not places in use."""
    return m.definite and m.cue not in ("in gebruik", "gerealiseerd") \
        and bool(re.search(r"\bmet (?:die|deze|de)\s+$", m.text[max(0, m.pos - 12):m.pos].lower())) \
        and any(o.value == m.value and o.sent < m.sent and o.role == "planned" and o.status == "gepland"
                for o in mentions)


def _site_in_brackets_again(m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """"Op 20 augustus is een nieuwe aannemer gecontracteerd voor Gendringen (60 plaatsen)": the site's places in
    brackets, named as planned before; the verb is about the works, the places are still to come."""
    return bool(m.sites) and m.cue not in _IN_USE_CUES and bool(re.search(r"\(\s*$", m.text[:m.pos])) \
        and any(o.value == m.value and o.sent < m.sent and o.role == "planned" and o.sites & m.sites
                for o in mentions)


_IN_USE_CUES = frozenset({"in gebruik", "gerealiseerd", "bewoond", "open", "opgeleverd", "in gebruik genomen",
                          "operationeel", "in bedrijf"})


def _dropped_since_an_earlier_mail(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A plan in the municipality's own earlier mail quoted below ("Voor de Merwedehal zijn 250 plekken in
    voorbereiding") that the new text says fell through ("Het plan voor de Merwedehal (250 plekken) is komen te
    vervallen") is gone too."""
    gone = {m.value for m in mentions if sents[m.sent].source == "body" and m.role in ("planned", "other")
            and m.status in ("ingetrokken", "vervallen")}
    for m in mentions:
        if m.value in gone and m.role == "planned" and sents[m.sent].source.startswith("quote") \
                and m.status not in ("ingetrokken", "vervallen"):
            m.status, m.cue = "vervallen", "vervallen volgens de nieuwe tekst"


def _fell_through(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A plan the sentence says could not go ahead ("Een locatie voor 130 plekken in Workum kon niet doorgaan") is
    no longer planned, unless the same places are named again later ("de 60 plekken" moved to another site)."""
    for m in mentions:
        if m.role == "planned" and m.status == "gepland" and _PLAN_FELL_THROUGH.search(sents[m.sent].text.lower()) \
                and not any(o.value == m.value and o.sent > m.sent and o.definite for o in mentions):
            m.status = "vervallen"


def _rejected_after(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A plan the next sentence says was rejected ("Het college deed een voorstel voor 150 plaatsen. In de
    raadsvergadering van 26 maart is dit voorstel verworpen."): its places are no longer planned."""
    for m in mentions:
        if m.role != "planned" or m.sent + 1 >= len(sents) or sents[m.sent + 1].source != sents[m.sent].source:
            continue
        if _REJECTED.search(sents[m.sent + 1].text.lower()):
            m.role, m.status, m.cue = "other", "vervallen", "verworpen"


_COUNTED_FOR_US = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:worden|wordt|zijn|is)?\s*(?:toegerekend|meegeteld|gerekend)\b|"
                             r"\s+(?:[\w-]+\s+){0,6}?(?:tellen|telt)\s+mee\b")


def _after_waarvan(m: PlaceMention) -> str | None:
    """The lower-case text after a figure that follows "waarvan" ("200 plaatsen, waarvan 90 al in gebruik"), else None."""
    low = m.text.lower()
    figure = re.match(r"[\w.]+", low[m.pos:])
    if not m.pos or figure is None or not re.search(r"\bwaarvan\s*$", low[:m.pos]):
        return None
    return low[m.pos + figure.end():]


def _whole_of(m: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The last larger realised or planned figure before m in its sentence: the whole a "waarvan" part is of."""
    whole = [o for o in mentions if o.sent == m.sent and o.pos < m.pos and o.value > m.value
             and o.role in ("realised", "planned")]
    return whole[-1] if whole else None


def _own_share_of_a_whole(mentions: list[PlaceMention]) -> None:
    """"De locatie biedt 250 plaatsen, waarvan 125 aan de taak van Pijnacker-Nootdorp worden toegerekend": the share
    counted for the municipality is its figure; the whole is the shared site's."""
    for m in mentions:
        rest = _after_waarvan(m) if m.part else None
        if rest is None or not _COUNTED_FOR_US.match(rest) \
                or not re.match(r"[^.;]{0,60}\b(?:taak|ons|onze|wij|we)\b|[^.;]{0,60}\baan\b", rest):
            continue
        if re.match(r"[^.;]{0,80}\ben\s+[\d.]+\s+(?:\w+\s+)?aan\b", rest):
            continue  # "waarvan 60 worden toegerekend aan Heiloo en 30 aan Castricum": split among those it names
        w = _whole_of(m, mentions)
        if w is not None:
            m.role, m.status, m.cue, m.part = w.role, w.status, "toegerekend", False
            w.role, w.status, w.cue = "other", "gedeelde locatie", "toegerekend"


_ALREADY_IN_USE = re.compile(r"\s+(?:al|nu|inmiddels|reeds)\s+(?:in gebruik|gerealiseerd|beschikbaar|bewoond)\b")


def _total_with_a_part_in_use(mentions: list[PlaceMention]) -> None:
    """"In totaal gaat het om 200 plaatsen, waarvan 90 al in gebruik zijn": the 90 are in use, the 200 are the
    whole plan (in use and to come), not places in use."""
    for m in mentions:
        rest = _after_waarvan(m)
        w = _whole_of(m, mentions) if rest is not None and _ALREADY_IN_USE.match(rest) else None
        if w is not None:
            m.role, m.status, m.cue, m.part = "realised", "in gebruik", "waarvan al in gebruik", False
            w.role, w.status, w.cue = "other", "totaal", "waarvan al in gebruik"


def _parts_on_the_next_line(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """"in gebruik: 45" above "reg. 41 / amv 4": a line of groups and figures only that adds up to the one figure of
    the line before is its parts, not more places."""
    by_sent: dict[int, list[PlaceMention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for k, line in by_sent.items():
        before = by_sent.get(k - 1, [])
        if len(line) >= 2 and len(before) == 1 and before[0].role in ("realised", "planned") \
                and _FIGURES_ONLY.fullmatch(sents[k].text.lower()) and sum(m.value for m in line) == before[0].value:
            for m in line:
                m.role, m.status, m.cue = "other", "deel van totaal", "regel ervoor"


def _without_a_site(mentions: list[PlaceMention]) -> None:
    """"Voor de laatste 24 plaatsen hebben wij nog geen locatie: ...": places still without a site, in the clause
    that names them, are no plan (what is left of the task)."""
    for m in mentions:
        if m.role != "planned" or m.status not in ("gepland", ""):
            continue
        low = m.text.lower()
        start = max(low.rfind(c, 0, m.pos) for c in ":;.") + 1
        ends = [e for e in (low.find(c, m.pos) for c in ":;") if e >= 0]
        clause = low[start:min(ends) if ends else len(low)]
        no_site = _NO_SITE_YET.search(clause)
        if no_site and not re.search(r"\b(?:wel|maar|inmiddels|gevonden)\b", clause):
            m.role, m.status, m.cue = "other", "geen locatie", no_site.group(0)


# what follows a figure for another scheme: "420 plaatsen aan ontheemden uit Oekraïne", "30 plekken voor statushouders"
_FOR_OTHERS = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:aan|voor)\s+(?:[\w-]+\s+){0,2}?"
                         r"(oekra\w*|ontheemd\w*|statushouder\w*|arbeidsmigrant\w*|vergunninghouder\w*)")
_WORD = re.compile(r"\S+")


def _other_schemes(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """People counted in a sentence about another scheme are not asylum places: "vangt Ermelo Oekraïense ontheemden
    op; op dit moment verblijven daar 210 mensen", "ruim boven de taakstelling statushouders gehuisvest (96 personen)"."""
    for m in mentions:
        low = sents[m.sent].text.lower()
        other = _NOT_ASYLUM.search(low)
        if m.persons and m.role in ("realised", "planned") and other \
                and not re.search(r"asielzoeker|\bamv\b|minderjarig|\bcoa\b", low):
            m.role, m.status, m.cue = "other", "andere regeling", other.group(0)
            continue
        # "Gemeentelijke opvang Oekraïne: 140 plaatsen": a label line naming another scheme
        label = re.match(r"\W*([^:|]{3,60}):\s*", low)
        if label and m.pos >= label.end() and m.role in ("realised", "planned") \
                and (named := _NOT_ASYLUM.search(label.group(1))) and not re.search(r"asiel|\bcoa\b|\bamv\b", label.group(1)):
            m.role, m.status, m.cue = "other", "andere regeling", named.group(0)
            continue
        # "420 plaatsen aan ontheemden uit Oekraïne", "30 plekken voor statushouders": places of another scheme
        figure = _WORD.match(low, m.pos)
        meant = _FOR_OTHERS.match(low, figure.end()) if figure and m.role in ("realised", "planned") else None
        if meant:
            m.role, m.status, m.cue = "other", "andere regeling", meant.group(1)


def _whole_split_later(mentions: list[PlaceMention]) -> None:
    """"Op deze locatie worden in totaal 150 plaatsen gerealiseerd. Van de 150 plaatsen zijn er 50 in gebruik; de
    overige 100 volgen in september": the plan's figure named again as a whole split into places in use and to come
    is the whole, not places still to come besides its parts."""
    for w in mentions:
        if w.status != "geheel":
            continue
        parts = [m for m in mentions if m.sent == w.sent and m.pos > w.pos and not m.part
                 and m.role in ("realised", "planned")]
        if not any(m.role == "realised" for m in parts) or sum(m.value for m in parts) != w.value:
            continue
        for m in mentions:
            if m.role == "planned" and m.value == w.value and w.sent - 3 <= m.sent < w.sent and not m.part:
                m.role, m.status, m.cue = "other", "totaal", "gesplitst in delen"


_REMAIN = re.compile(r"\b(?:resteren|resteert)\b")
# "Na het vervallen van de noodopvang resteren 265 plekken": what will be left once a loss still ahead has come
_AFTER_THE_LOSS = re.compile(r"\W*na\s+(?:het|de)\s+(?:vervallen|sluiting|sluiten|beëindiging|afloop|wegvallen|vertrek|"
                             r"opheffing|verkoop|ontruiming)\b(?![^.;]{0,80}\b(?:nu|inmiddels|op dit moment|thans)\b)")


_LOSS_AHEAD = re.compile(r"\b(?:eindigt|eindigen|vervalt|vervallen|sluit|sluiten|stopt|stoppen|loopt)\b")


_A_DAY = re.compile(r"\b(?:op|per|vanaf|met ingang van)\s+(\d{1,2})\s+([a-z]+)(?:\s+(20\d\d))?\b")


def _day_ahead(low: str) -> bool:
    """A day named in the sentence ("de huur eindigt op 1 oktober 2034") after the mail's date."""
    ref = _REF_DAY.get()
    for d in _A_DAY.finditer(low):
        if d.group(2) not in MONTHS or ref is None:
            continue
        try:
            day = date(int(d.group(3) or ref.year), MONTHS[d.group(2)], int(d.group(1)))
        except ValueError:
            continue
        if day > ref:
            return True
    return False


def _left_after_a_loss_ahead(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """The count after a loss a sentence before says is still to come ("de huur eindigt op 1 oktober 2034") is a
    future figure; after a loss that has happened it is the count now."""
    for m in mentions:
        if m.role != "realised" or not _AFTER_THE_LOSS.match(m.text.lower()) or not _REMAIN.search(m.text.lower()):
            continue
        before = [sents[j].text.lower() for j in range(max(0, m.sent - 3), m.sent)]
        if any(_LOSS_AHEAD.search(t) and _day_ahead(t) for t in before):
            m.role, m.status, m.cue = "other", "na verlies", "resteren na verlies"


_OF_THE_WHOLE = re.compile(r"\bvan de ([\d.]+)\s")
# what such a part is: in use, ready or still to come ("zijn er 50 sinds 1 april in gebruik"), not a share set aside
# for a group ("Van de 64 plaatsen zijn er 5 bestemd voor AMV")
_PART_STATUS = re.compile(r"[^,;:]{0,40}?\b(?:in gebruik|beschikbaar|bewoond|bezet|gereed|klaar|opgeleverd|volgen|volgt|"
                          r"komen|komt)\b")
# a whole named first, its parts after with the noun left out: "Van de 150 plaatsen zijn er 50 ...; de overige 100 ..."
_PART_OF_WHOLE = re.compile(r"(?:^|[,;:]\s*)van\s+(?:de|het|onze|deze)\s+[\d.]+\s+[\w-]+\s+(?:zijn|is|staan|worden)\s+"
                            r"(?:er\s+)?(?:nu\s+|inmiddels\s+|al\s+)?(?:[^.;]*;\s*(?:de|het)\s+(?:overige|resterende|andere)\s+)?$")
_TASK_WORDS = re.compile(r"\b(?:taak|taakstelling|opgave|tekort|te realiseren|nog te)\b")


def _whole_before_what_remains(mentions: list[PlaceMention]) -> None:
    """"Van de 65 plaatsen op de locatie resteren er daardoor 25", "resteren er nog 45 van de 80 plaatsen": what is
    left in use of a whole (not the rest of the task: "van de taak resteren nog 40 plaatsen")."""
    by_sent: dict[int, list[PlaceMention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for ms in by_sent.values():
        low = ms[0].text.lower()
        if not _REMAIN.search(low) or _TASK_WORDS.search(low):
            continue
        wholes = {w.start(1) for w in _OF_THE_WHOLE.finditer(low)}
        left = [m for m in ms if m.pos not in wholes and m.role in ("realised", "task")]
        if not left or not wholes:  # "Vanaf die datum resteren er 120 plekken": no whole named, the rest of the task
            continue
        for m in ms:
            if m.pos in wholes and m.role in ("realised", "other"):
                m.role, m.status, m.cue = "other", "was", "van de ... resteren"
        o = left[-1]
        o.role, o.status, o.cue = "realised", "in gebruik", "resteren"


# several sites offered side by side: "heeft Dongen het COA drie locaties aangeboden: een perceel voor 150 ..."
_SITES_OFFERED = re.compile(r"\b(?:twee|drie|vier|vijf|enkele|meerdere|verschillende|een aantal)\s+(?:\w+\s+)?"
                            r"(?:locaties|panden|terreinen|gebouwen|percelen|kavels|opties)\b[^.;]{0,40}?\baangeboden\b|"
                            r"\baangeboden\b[^.;]{0,20}?\b(?:twee|drie|vier|vijf|enkele|meerdere|verschillende)\s+"
                            r"(?:\w+\s+)?(?:locaties|panden|terreinen|gebouwen|percelen|kavels|opties)\b")


def _alternatives_offered(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """Sites offered to the COA as alternatives, one still to be chosen: options, not places in preparation."""
    for m in mentions:
        if m.role == "planned" and _SITES_OFFERED.search(sents[m.sent].text.lower()):
            m.role, m.status, m.cue = "exploring", "verkenning", "aangeboden als keuze"


_DECIDED_TO = r"\b(?:besloten|ingestemd)\b(?:(?!\bniet\b)[^.;])*\b(?:te huren|aan te kopen|te kopen|te realiseren|in te richten)\b"
_MAKING_WORDS = "verbouwing|aanvraag|krediet|gestart|bouw|ingebruikname|oplevering"
# the next sentence says a bare site line is in the making ("De omgevingsvergunning is aangevraagd")
_IN_THE_MAKING = re.compile(r"vergunning|\b(?:" + _MAKING_WORDS + r")\b|" + _DECIDED_TO)
# ... or the rest of its own sentence does ("80 plaatsen; omgevingsvergunning verleend, oplevering Q1 2028"), as words
_IN_THE_MAKING_HERE = re.compile(r"\b(?:(?:omgevings)?vergunning|" + _MAKING_WORDS + r")\b|" + _DECIDED_TO)


# what a figure named before was, when it is gone: a plan voted down or dropped, a figure of the past
_GONE_BEFORE = frozenset({"verleden", "vervallen", "achterhaald", "bijeenkomst", "elders", "andere gemeente",
                          "geen locatie"})


def _no_cue_from_neighbours(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A bare list line ("Woongebouw in Zegveld: 30 plekken.") takes the role of the list it is in."""
    for m in mentions:
        if m.cue != "sectie":
            continue
        opening = _MOMENT_CELL.match(sents[m.sent].text.lower().lstrip("-•* "))
        if opening and _moment_ahead(opening.group(0)) and m.pos > opening.end():
            m.role, m.status, m.cue = "planned", "gepland", "planning"  # "tweede kwartaal 2029 - Oost: 64 plaatsen"
            continue
        if sents[m.sent].bullet or _FIGURES_ONLY.fullmatch(sents[m.sent].text.lower()):
            # a list item, or a line of groups and figures only ("regulier 12 AMV 2") under "Realisatie per 1-12:"
            lead = m.sent - 1
            while lead >= 0 and (sents[lead].bullet or _FIGURES_ONLY.fullmatch(sents[lead].text.lower())):
                lead -= 1  # (the list's lines before it: "reg. 35" / "amv 6" typed line by line)
            role = _lead_role(sents[lead].text) if lead >= 0 and sents[lead].text.rstrip().endswith(":") else None
            if role:
                m.role, m.status, m.cue = role, "gepland" if role == "planned" else "in gebruik", "opsomming"
                continue
        prev = [o for o in mentions if o.sent == m.sent - 1 and o.cue not in ("sectie", "")]
        listed = len(sents[m.sent].text) < 90 and re.match(r"^[^.]{0,70}:\s*\d", sents[m.sent].text)
        if prev and listed and sents[m.sent].bullet == sents[m.sent - 1].bullet:
            m.role, m.status, m.cue = prev[-1].role, prev[-1].status, "lijst"
            continue
        own = sents[m.sent].text.lower()
        if " | " in own:  # "Moordrechtse Tiendweg | in gebruik | 60 pl. | –": the status cell, as a column
            cells = [c.strip() for c in own.split("|")]
            if any(c.startswith((*_IN_USE_CELL, "open")) for c in cells):
                m.role, m.status, m.cue = "realised", "in gebruik", "kolom"
                continue
            if any(_GONE_CELL.search(c) for c in cells):
                m.role, m.status, m.cue = "other", "vervallen", "kolom"
                continue
            if any(_STATUS_CELL.search(c) for c in cells):
                m.role, m.status, m.cue = "planned", "gepland", "kolom"
                continue
        if not _EARLIER_PLAN.search(own) and not _NO_SITE_YET.search(own):
            # "De Lier, Hoogwerf: 80 plaatsen; omgevingsvergunning verleend", or the next sentence says it (not of
            # "Voor de laatste 85 plaatsen is nog geen locatie gevonden": the next sentence is about another site)
            nxt = sents[m.sent + 1].text.lower() if m.sent + 1 < len(sents) else ""
            if not _NOT_ASYLUM.search(own) and (_IN_THE_MAKING_HERE.search(own, m.pos) or _IN_THE_MAKING.search(nxt)):
                m.role, m.status, m.cue = "planned", "gepland", "volgende zin"
        if m.cue == "sectie":
            # a figure with no cue of its own named before in a role that does not count ("met ruimte voor 150",
            # a plan voted down; later "honderdvijftig mensen ... is niet in verhouding"): the same figure again
            before = [o for o in mentions if o.sent < m.sent and o.value == m.value and o.cue not in ("sectie", "")]
            # ("Voor de laatste 24 plaatsen gaan wij uit van eind 2038" after those 24 were said to have no site yet
            # and to be searched for)
            if before and all((o.role == "other" and o.status in _GONE_BEFORE) or o.status == "verkenning"
                              for o in before) and any(o.role == "other" for o in before):
                m.role, m.status, m.cue = before[-1].role, before[-1].status, "eerder genoemd"
        if m.role == "planned" and not m.status:
            m.status = "gepland"
        if m.role == "realised" and not m.status:
            m.status = "in gebruik"


def find_places(sents: list[Sentence], timeline: list[Sentence] | None = None) -> dict[str, int | None]:
    """{"realised": n|None, "planned": n|None} from the municipality's own sentences."""
    return read_places(sents).places
