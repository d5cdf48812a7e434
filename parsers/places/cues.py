"""The cues around a figure in its clause: lemmas, clause bounds, and the tests a role is decided by."""
from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date
from functools import lru_cache

from parsers.dates import MONTHS
from parsers.nlp import load_rules
from parsers.places.words import _CLAUSE_SPLIT, PlaceMention, _Tok, _vocab
from parsers.segments import Sentence

_MONEY_NOUNS = frozenset({"budget", "bedrag", "krediet", "middelen", "geld", "subsidie", "vergoeding", "begroting"})


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
        if t.low == "bevonden" and k and toks[k - 1].low in ("geschikt", "ongeschikt", "goed", "passend", "voldoende"):
            continue  # "het pand geschouwd en geschikt bevonden voor 104 plaatsen": judged, not where places are
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
_DONE = re.compile(r"\b(?:(?:heeft|hebben)\b(?:\s+\S+){0,12}?\s+(?=ingericht|gerealiseerd|geopend|opgeleverd|in gebruik)|"
                   # "Op 8 januari is daar een AMV-woning met 16 plaatsen bij gekomen": added, so in use now
                   r"(?:is|zijn)\b(?:\s+\S+){0,12}?\s+(?=bij\s*gekomen))"
                   r"(ingericht|gerealiseerd|geopend|opgeleverd|in gebruik genomen|bij\s*gekomen)\b")
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
_ELSEWHERE = re.compile(r"^\W*regionaal\b|\b(?:(?:sub)?regio|provincie|buurgemeente|buurgemeenten|omliggende gemeenten|andere gemeenten|"
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
                        # "Kampen voldoet dan volledig: 80 + 190 = 270 regulier en 16 AMV": the sums after the colon
                        r"\bvoldo(?:et|en)\b(?:\s+\w+){0,3}?\s+(?:volledig|geheel|helemaal)\s*:[^.;]*|"
                        # "Het totaal van 450 plaatsen verwachten wij eind 2041 te bereiken": the count the plans reach
                        r"\b(?:totaal|aantal)\s+van\b[^.;]{0,40}\bte\s+(?:bereiken|halen)\b|"
                        # "Daarmee hebben wij 270 plaatsen, gelijk aan de taak": what the plans bring the count to
                        r"\b(?:gelijk\s+aan|precies)\s+(?:de|onze|haar|zijn)\s+(?:wettelijke\s+)?(?:taak|taakstelling|opgave)\b|"
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
# (every figure the letter's verb governs: "gaat uit van een wettelijke taak van 339 plaatsen en een realisatie van 118",
# until the writer's own words begin: "maar", "wij", "inmiddels", "nu")
_YOUR_LETTER_SAYS = re.compile(r"\buw (?:brief|overzicht|tabel|bericht)\b[^.;:]{0,40}?\b(?:noemt|vermeldt|spreekt van|"
                               r"gaat uit van|telt|rekent met)\b"
                               r"(?:(?!\b(?:maar|terwijl|wij|we|inmiddels|nu|echter|thans|momenteel)\b)[^.;:]){0,120}$")
_STILL_THEN = re.compile(r"\W*(?:per|op)\s+\d{1,2}\s+[a-z]+\s+20\d\d\b[^.;]*\b(?:ving|vingen|waren|was|boden|bood|"
                         r"hadden|had|telden|telde)\s+(?:\w+\s+)?nog\b")
# a row that sums up: "Totaal | 237 | 147", "Gerealiseerd | 300 | 28 | 328", "Totaal in voorbereiding | 100 | 8 | 108"
_TOTAL_ROW = re.compile(r"\s*\|?\s*(?:totaal|total|samen)\b", re.I)
_STATUS_SUMMARY = r"(?:totaal\s+)?(gerealiseerd|in gebruik|in voorbereiding|gepland)"
_SUMMARY_ROW = re.compile(r"\s*(?:" + _STATUS_SUMMARY + r"|totaal\w*(?: \w+){0,3})\s*")
_PLAN_NOUN = re.compile(r"\b(?:uitbreiding|nieuwbouw|nieuwe locatie|fase\s+\w+|in voorbereiding|gepland|beoogd\w*)\b")
# "Daarmee vervalt de geplande opening van 150 plaatsen": a plan that falls; places still without a site
_PLAN_FALLS = re.compile(r"\b(?:vervalt|vervallen|verviel|vervielen|komt te vervallen|gaat niet door|gaan niet door)\b"
                         r"[^.;]{0,20}\b(?:de|het)\s+(?:geplande|beoogde|voorgenomen|voorziene)\b|"
                         # "De eerder beoogde locatie in Helvoirt (120 plaatsen) is in maart vervallen"
                         r"\b(?:de|het)\s+(?:eerder\s+)?(?:geplande|beoogde|voorgenomen|voorziene)\b[^.;]{0,80}?"
                         r"\b(?:is|zijn)\b[^.;]{0,30}?\b(?:vervallen|afgevallen|weggevallen|komen te vervallen)\b")
_NO_SITE_YET = re.compile(r"\b(?:nog\s+)?geen\s+(?:\w+\s+)?(?:locatie|plek|pand|gebouw|terrein)\b|"
                          r"\b(?:locatie|plek|pand|gebouw|terrein)\b[^.;]{0,30}\bniet\s+(?:gevonden|beschikbaar|bekend)\b|"
                          r"\b(?:locatie|plek|pand|gebouw|terrein)\s+(?:is\s+)?(?:nog\s+)?onbekend\b")
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
_FUTURE_DATE = re.compile(r"\b(per|uiterlijk|vanaf|in|eind|begin|medio|half|halverwege|voor|rond)\s+(\d{1,2}[-\s]\w+[-\s])?"
                          r"(20\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                          r"december|het (eerste|tweede|derde|vierde) (kwartaal|halfjaar)|q[1-4]|de zomer|het najaar|"
                          r"het voorjaar|de winter|['’‘`]\d\d)\b|"
                          r"\bna\s+(?:de\s+zomer|het\s+najaar|de\s+winter|het\s+voorjaar)(?:vakantie)?\b|"  # "na de zomer van 2040"
                          # "93 plk Crailo, open dec 2040": a site's opening, the month shortened
                          r"\b(?:open|klaar|gereed|opl\.?|oplevering)\s+(?:per\s+|in\s+)?(?:jan|feb|mrt|apr|mei|jun|jul|aug|sept?|"
                          r"okt|nov|dec)[a-z]*\.?\s+20\d\d\b|"
                          r"\bbinnen\s+(?:\w+\s+)?(?:maanden|maand|weken)\s+(?:na|daarna)\b|"  # "binnen vijf maanden na het besluit"
                          r"\bna\s+(?:het|de)\s+nieuwe\s+(?:besluit|raadsbesluit|uitspraak|vergunning)\b|"  # what is still to come
                          r"\b[qh][1-4]\s*(?:['’‘`]\d\d|20\d\d)\b")  # "80 pl. in gebruik Q2 '39"
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


_DAY_MONTH_AHEAD = re.compile(r"\b(?:per|vanaf|uiterlijk|op)\s+(\d{1,2})[/-](\d{1,2})\b(?![/-]\d)")


def _ahead(low: str) -> bool:
    """A date ahead in the clause ("per 1 januari 2027", "in het najaar"), not a named day on or before the mail's."""
    # "in gebruik (tijdelijk tot medio 2032)", "blijft open tot 1 juli": the end of what stands now, not a moment ahead
    m = next((f for f in _FUTURE_DATE.finditer(low) if not _UNTIL_LEAD.search(low[max(0, f.start() - 24):f.start()])),
             None)
    ref = _REF_DAY.get()
    if not m and ref is not None and (dm := _DAY_MONTH_AHEAD.search(low)):
        try:  # "open per 1/8" in a mail of July: the day and month without a year, ahead of the mail or not
            return date(ref.year, int(dm.group(2)), int(dm.group(1))) > ref
        except ValueError:
            return False
    if not m:
        return False
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


# "regulier 34 -> 64 per 1/9 (units Oostpolder, in aanbouw)", "AMV 0 -> 6": a line that opens with its group and
# gives the count now before an arrow
_GROUP_NOW = re.compile(r"(?:^|\n)\W*(?:regulier|reguliere|reg\.?|amv)\s*:?\s*$")
_ARROW_NEXT = re.compile(r"\s*(?:(?:opvang)?(?:plaatsen|plekken)|pl\.?)?\s*(?:-+>|→|=>)")
# ... the figure the arrow leads to is where the line ends, when the line names the site's progress after it
_ARROW_AFTER_NOW = re.compile(r"(?:^|[.;:]\s|\n)\W*(?:nu\s*:?|regulier|reguliere|reg\.?|amv)\s*:?\s*(?:nog\s+)?\d+\s*"
                             r"(?:(?:opvang)?(?:plaatsen|plekken)|pl\.?)?\s*(?:-+>|→|=>)\s*$")
_SITE_PROGRESS = re.compile(r"[^\n]{0,60}?\b(?:in aanbouw|in voorbereiding|gekocht|aangekocht|vergund|vergunning (?:verleend|"
                           r"aangevraagd|staat|rond)|verbouw\w*|besteld|geplaatst|gebouwd|bouw (?:loopt|gestart)|gestart|"
                           r"raad\s+(?:\d{1,2}[-/]\d{1,2}\s+)?akkoord)\b")


def _count_before_arrow(low_before: str, text: str, end: int) -> bool:
    """"regulier 34 -> 64 ...": the figure ending at `end` is a group's count now, an arrow after it (`low_before`: the
    lower-cased text before the figure)."""
    return bool(_GROUP_NOW.search(low_before) and _ARROW_NEXT.match(text, end))


def _arrow_end_with_site(low_before: str, low: str, end: int) -> bool:
    """"... 34 -> 64 per 1/9 (units Oostpolder, in aanbouw)": the figure ending at `end` is where an arrow from the
    count now leads, the site under way named after it (`low`: the lower-cased text)."""
    return bool(_ARROW_AFTER_NOW.search(low_before) and _SITE_PROGRESS.match(low, end))


# "Eerder meldden wij 150 plekken ... zijn dat er nu 90": what a figure said before became
_BECAME = re.compile(r"\b(?:zijn|worden)\s+dat\s+er\s+(?:nu\s+|inmiddels\s+|nog\s+)?$")
# "NU 30, NA HORNWEG-NOORD 80", "nu 12, straks 25": the figure after the count now is the end state
_THEN_AFTER_NOW = re.compile(r"(?:^|[.;:]\s|\n)\W*nu\s*:?\s*(?:nog\s+)?\d+[^.;]{0,30}?,\s*(?:straks|daarna|dan|"
                            r"na\s+[\w-]+(?:[\s-][\w-]+)?)\s*:?\s*$")
