"""The role of a figure (realised, planned, task, lost, ...) from the cues around it in its clause."""
from __future__ import annotations

import re
from functools import lru_cache

from parsers.dates import find_time_expressions
from parsers.gemeenten import load_directory
from parsers.places.cues import (
    _A_SITE_HOPED,
    _ADJUSTED_TO,
    _AFTER_WORKS,
    _AS_OF,
    _AS_OF_DAY,
    _BACK_TO_TOPIC,
    _BECAME,
    _BRACKETS,
    _CAN_HOLD,
    _CAN_HOUSE,
    _CONCERNS,
    _CONFIRMED,
    _DECISION_POINT,
    _DONE,
    _EARLIER_PLAN,
    _ELSEWHERE,
    _FILLED_AFTER,
    _FILLED_BY,
    _FILLED_WITH,
    _GOES_AS_PLANNED,
    _HOPE_WORDS,
    _HYPOTHETICAL_SITE,
    _IN_CONSULTATION,
    _IN_PREPARATION_AFTER,
    _IN_PROGRESS,
    _IN_TALKS,
    _IN_WORKS,
    _LABEL_LINE,
    _LEFT_OVER,
    _LOST_IN_SENTENCE,
    _MAY,
    _MAYBE_ROOM,
    _MEETS_WITH,
    _NEW_SITE,
    _NO_DECISION_YET,
    _NOT_AHEAD,
    _NOW_DATE,
    _NOW_WORDS,
    _OBLIGATION,
    _OPENED_PAST,
    _OPENED_THEN,
    _PARTICIPLE,
    _PHASE,
    _PHASE_NO,
    _PLAN_FALLS,
    _PLAN_TITLE,
    _PLANNED_LABELS,
    _PURPOSE_SPAN,
    _REF_DAY,
    _REMAINS_OPEN,
    _REPORTED,
    _RESULT,
    _RUN_BY,
    _SEARCH_OVER,
    _SITE_CAPACITY_LEAD,
    _SITE_NOUNS,
    _STATUS_LABEL,
    _STILL_THEN,
    _TAKEN_INTO_USE,
    _TASK_VERBS,
    _THEN_AFTER_NOW,
    _THERE_ARE,
    _UNTIL_THEN,
    _WEAK_EXPLORE,
    _WERE_HOUSED,
    _YOUR_LETTER_SAYS,
    _ahead,
    _arrow_end_with_site,
    _capacity_role,
    _capacity_words,
    _clause_bounds,
    _colon_clause,
    _conditional_span,
    _count_before_arrow,
    _end_state,
    _fallback_role,
    _figure_slots,
    _in_past_year,
    _is_municipality,
    _label_end,
    _nearest,
    _nearest_own,
    _pos_of,
    _recent_count,
    _role_cues,
    _site_taken_up,
    _withdrawn_elsewhere,
    _works_delayed,
)
from parsers.places.words import _COMPARATIVE, _MONTHS, PlaceMention, _is, _Tok, _tokens, _vocab, lemma
from parsers.segments import Sentence

# an investigation that is over: "Uit onderzoek is gebleken dat ...", "na bouwkundig onderzoek bleek"
_FOUND_OUT = re.compile(r"\bonderzoek\w*\b[^.;]{0,40}\b(?:is gebleken|gebleken|bleek|blijkt|uitgewezen|wees uit|"
                        r"heeft uitgewezen|laat zien|liet zien)\b|\b(?:gebleken|bleek|blijkt)\b[^.;]{0,20}\bonderzoek\w*\b")
# "Resteert de locatie Broekhorn met 80 reguliere plekken": a site that remains (after a loss), in use
_SITE_REMAINS = re.compile(r"\brest(?:eert|eren)\s+(?:(?:nog|op dit moment|nu|thans|momenteel|alleen)\s+)*(?:de|het)\s+"
                           r"(?:[\w-]+\s+)?(?:locatie|opvanglocatie|opvang|azc|pand|gebouw|voorziening|woonvoorziening|"
                           r"locaties|panden)\b")
# "405 plekken die de wettelijke taak vraagt": the figure the task names, said after it
# a figure named as the task itself: "de 78 plaatsen van onze taak" (not "... van onze taak zijn in gebruik")
_OF_THE_TASK = re.compile(r"[\d.]+\s+(?:opvang)?(?:plaatsen|plekken)\s+(?:uit|van)\s+(?:de|onze|ons|haar|zijn)\s+"
                          r"(?:wettelijke\s+)?(?:taak|taakstelling|opgave)\b"
                          r"(?![^.;]{0,40}\b(?:gerealiseerd|ingevuld|in gebruik|gehaald|klaar|bezet|beschikbaar|"
                          r"opgevangen|gevonden)\b)")
# "de wet vraagt 212 plekken van ons", "het Rijk verwacht van ons 140 plaatsen": what the law asks, the task
_LAW_ASKS = re.compile(r"\b(?:de\s+)?(?:spreidingswet|wet|het rijk|rijk|de minister|minister|het ministerie)\s+"
                       r"(?:vraagt|vroeg|verlangt|eist|verwacht|legt)\s+(?:(?:van|aan)\s+(?:ons|de gemeente|\w+)\s+)?"
                       r"(?:(?:in\s+totaal|totaal|ons|een\s+taak\s+van)\s+)?$")
# "het resterende deel van de taak", "de rest van de opgave": what is not there yet
_REST_OF_TASK = re.compile(r"\b(?:(?:het|de)\s+)?(?:resterende|overige|ontbrekende)\s+(?:deel|gedeelte|plaatsen|plekken)\b|"
                           r"\b(?:de|het)\s+rest(?:ant)?\s+van\s+(?:de|onze|het)\s+(?:taak|opgave|taakstelling)\b")
# "75 plk opgeleverd 1/6 en in gebruik": delivered and lived in (not "en in gebruik genomen worden")
_DONE_AND_IN_USE = re.compile(r"\ben\s+(?:nu\s+|inmiddels\s+|ook\s+|direct\s+|meteen\s+)?(?:in gebruik|bewoond|bezet)\b"
                              r"(?!\s+(?:genomen|te nemen|worden|gaan|komen))")
_TASK_AFTER = re.compile(r"[\d.]+\s+(?:[\w-]+\s+){0,2}?die\s+(?:(?:de|onze|ons|haar|zijn)\s+(?:wettelijke\s+)?"
                         r"(?:taak|taakstelling|opgave)\b|"
                         # "de 640 plaatsen die de Spreidingswet van de stad vraagt": what the law asks
                         r"(?:de\s+)?(?:spreidingswet|wet|het rijk|de minister)\b[^.;,]{0,30}?\b(?:vraagt|verlangt|"
                         r"voorschrijft|oplegt|eist)\b)")
_STILL_LIVED_IN = re.compile(r"\b(?:nu|momenteel|thans)\s+(?:nog\s+)?(?:bewoond|bezet|in gebruik)\b")
_NOT_YET_LIVED_IN = re.compile(r"\bnog niet (?:bewoond|bezet|in gebruik)\b|\bnog geen bewoners\b|\bnog leeg\b")
# "de units ... zijn gebouwd maar worden nog niet bewoond": finished, not yet lived in (SCHEMA: to come)
_BUILT = re.compile(r"\b(?:gebouwd|geplaatst|opgeleverd|klaar|gereed|afgebouwd)\b")
_STATUS_CELL = re.compile(r"in gebruik|bewoond|bezet|in aanbouw|in voorbereiding|voorbereiding|gepland|vergunning|"
                          r"raadsbesluit|collegebesluit|bestemmingsplan|omgevingsplan|\bbouw\b|bouwstart|aanbesteding|in procedure|"
                          r"verbouwing|oplevering|verkenning|onderzoek|vervallen|ingetrokken|gesloten|afgevallen|"
                          r"instemming|voorbehoud|raadsvoorstel|besluitvorming|aangewezen|aangekocht|gehuurd")


_ZERO_NOW = re.compile(r"(?:\b(?:nu|thans|momenteel|op dit moment|current(?:ly)?|now)\s*:?|\bstand\b[^:;]{0,20}:)\s*$")
# "Nu 96 reg. + 12 amv.", "momenteel: 40 pl. en 6 amv": a verbless line of figures after "nu"
# a verbless run of figures and group words up to the figure: "r 45, amv 0, samen "
_FIGURES_TAIL = r"\s*(?:(?:\d+|r|reg\.?|regulier\w*|amv|samen|totaal|dus|nu|=|[+,/&]|en|pl\.?|plekken|plaatsen)\s*)*$"
_FIGURES_NOW = re.compile(r"\W*(?:stand\s+|(?:regulier\w*|reg\.?|amv)\s+)?(?:nu|thans|momenteel|op dit moment|current(?:ly)?|now)"
                          r"\s*:?" + _FIGURES_TAIL)  # ("stand nu 0 regulier 0 amv", "regulier nu: 80")
# a lease, contract or permit that is not renewed: "kan per 1 september niet worden verlengd", "de eigenaar verlengt niet"
# "plaatsen" the verb, not the noun: "plaatsen wij 80 units", "wij plaatsen daar units"
_WE_PLACE = re.compile(r"\bplaatsen\s+(?:wij|we)\b|\b(?:wij|we)\s+plaatsen\s+(?!voor\b|in gebruik\b)")
_NOT_RENEWED = re.compile(r"\b(?:huur\w*|contract\w*|\w*overeenkomst\w*|\w*vergunning\w*|pacht\w*|eigenaar|verhuurder)\b"
                          r"[^.;]{0,120}?(?:\bniet\s+(?:meer\s+)?(?:(?:kan|kunnen|zal|zullen|wordt|worden|te|wil|willen)\s+){0,2}"
                          r"verleng(?:d|en)\b|\bverleng(?:t|en)\s+(?:\w+\s+){0,3}?niet\b)")
# "we staan nog op 0", "Epe staat momenteel op 12": where the count stands
_STANDS_AT = re.compile(r"\b(?:staan|staat|zitten|zit)\s+(?:(?:nu|nog|momenteel|inmiddels|al|dus|op dit moment)\s+)*op"
                        + _FIGURES_TAIL)
# "Tholen 0 plekken", "stand zutphen nu r 40 amv 0": a municipality's name, then its figures, no verb
_NAMED_LEAD = re.compile(r"(?:.*\bstand\s+|^)\W*([A-Za-z][\w'-]+(?:[ -][A-Za-z][\w'-]+){0,2}?)\s+(?:heeft\s+)?"
                         r"(?:nu\s+|momenteel\s+)?(?::\s*)?" + _FIGURES_TAIL, re.I)


# a line led by what is being done: "Wat we wel doen: 53 plekken op de voormalige camping", "Volgende stap: ..."
_WHAT_WE_DO = re.compile(r"\W*(?:wat\s+(?:we|wij)\s+(?:wel\s+|nu\s+|wel\s+nu\s+)?(?:doen|gaan doen)|volgende\s+stap(?:pen)?|"
                         r"plan(?:nen)?|next\s+steps?)\s*:")


# a line that leads its places to their moment with an arrow: "... -> Q3 2040", "-> bewoning per 1 december 2040"
# ... or with the word of its opening: "afspraak rond, ingang Q3", "in gebruik half 2041"
_ARROW_TAIL = re.compile(r"(?:->|→|=>|\b(?:ingang|open|bewoning|gereed|klaar|oplevering|opl\.|in gebruik)\b)\s*([^>→,;]{2,50})$")


def _moment_after(tail: str) -> bool:
    """The arrow's end names a moment after the mail's day."""
    ref = _REF_DAY.get()
    if ref is None:
        return False
    if (q := re.fullmatch(r"\s*q([1-4])\W*", tail)) is not None:
        return ref.month <= 3 * int(q.group(1))  # "ingang Q3" in a mail of May: this year's third quarter
    return any(e.value and e.start > (ref.year, ref.month, ref.day) for e in find_time_expressions(tail, ref))


def _named_count(before: str) -> bool:
    """The text before a figure is a municipality's name (and figures): "Tholen 0 plekken", "stand zutphen nu r 40"."""
    lead = _NAMED_LEAD.match(before)
    if lead is None:
        return False
    return bool(load_directory().lookup(lead.group(1)))


# "Daarmee realiseren wij 380 van de 474": what the count told before comes to (with "van de" after the figure)
_SO_FAR_REALISED = re.compile(r"\b(?:daarmee|hiermee|zo)\s+(?:(?:wij|we|realiseren|realiseert)\s+)*$")
_SHARE_OF_TASK = re.compile(r"\b(?:deel|rest|helft|gedeelte)\s+van\s+(?:de|onze|het|haar)\s+(?:wettelijke\s+)?"
                            r"(?:opgave|taak|taakstelling)\s*,?\s*$")
_FILLED_IN_BY_PLAN = re.compile(r"^[\d.]+\s+[^.;]{0,40}?\b(?:vullen|vult)\s+(?:wij|we|de gemeente|het college)\s+in\b|"
                                r"^[\d.]+\s+[^.;]{0,40}?\b(?:realiseren|bouwen|komen)\s+(?:wij|we|er)\b")
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


def _is_modifier(word: str) -> bool:
    return word in ("ongeveer", "circa", "ca", "ca.", "ruim", "bijna", "zo'n", "maximaal")


def _group(toks: list[_Tok], i: int, unit: int | None) -> str:
    """regulier / amv / total from the words between the number and its unit ("20 AMV-plekken", "31 plekken voor
    alleenstaande minderjarigen"); in "140 reguliere en 20 AMV-plekken" the unit belongs to the last number only."""
    own: list[_Tok] = [toks[i - 1]] if i and toks[i - 1].low in ("regulier", "amv") else []
    if i > 1 and toks[i - 1].low == "." and toks[i - 2].low == "reg":
        own = [toks[i - 2]]  # "reg. 35"
    if i and toks[i - 1].low in ("r", "reg") and (i == 1 or not toks[i - 2].text[:1].isupper() or toks[i - 2].low == "stand"):
        return "regulier"  # "nu r 40 amv 0", "reg 35": the group's letter before its figure
    if i > 1 and toks[i - 1].low in ("|", ":") and toks[i - 2].low in ("regulier", "reguliere", "amv"):
        # a table row: "Woongroep Rijksweg | AMV | 12 | in gebruik"; a list line "AMV: 51 plaatsen"; the label names
        # the group whatever follows ("Regulier: 140   AMV: 12")
        return "amv" if toks[i - 2].low == "amv" else "regulier"
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
    if re.match(r"\W*(?:nog\s+)?niet\s+(?:\w+\s+)?(?:gerealiseerd|in gebruik|beschikbaar|klaar|gereed)\b[^.;]{0,30}:?\s*$", low):
        return "planned"  # "Nog niet gerealiseerd zijn:" above the places still to come
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


# an intention or promise with a verb of housing: "willen we 18 AMV-plekken onderbrengen", "zullen 40 mensen wonen"
_HOUSING_VERBS = frozenset({"onderbrengen", "opvangen", "huisvesten", "wonen", "verblijven", "vangen", "bieden", "vangt",
                            "huisvest", "woont", "verblijft"})
_INTENT = re.compile(r"\b(?:willen|wil|zullen|zal|gaan|gaat)\b")
_POINTS_THERE = re.compile(r"\W*(?:daar|hier|ook daar)\b")
_IN_ALL_AFTER = re.compile(r"[\d.]+\s+(?:(?:opvang)?(?:plekken|plaatsen)\s+)?in\s+totaal\b")
# a plus that opens a line or follows an arrow: places to come beside those there ("Stand: 64/178 → +80 units ...")
_INCREMENT_LEAD = re.compile(r"(?:^|[.;:,→>]|\n)\s*[\w' -]{0,20}?\+$")
_ALL_MET = re.compile(r"\bvoldo(?:et|en)\b[^.;]{0,40}\btaak\b")
_THEN_LEAD = re.compile(r"\W*(?:dan|daarna|daarmee|na|vanaf|met de (?:oplevering|opening|ingebruikname|afronding))\b")
_PLAN_LIES_SINCE = re.compile(r"\W*(?:het|dit|ons|een)\s+(?:[\w-]+\s+)?(?:plan|bouwplan|voorstel|ontwerp)\b[^.;:]{0,60}?"
                              r"\b(?:ligt|liggen|bestaat|bestaan)\s+(?:er\s+)?(?:al\s+)?sinds\b")
_IN_USE_SINCE = re.compile(r"\bsindsdien\s+(?:\w+\s+)?(?:in gebruik|bewoond|open)\b")
_PROJECT_SUBJECT = re.compile(r"\W*(?:het|dit|ons|een|de|deze)\s+(?:[\w-]+\s+)?(?:project|plan|bouwplan|ontwerp|"
                              r"voorstel|nieuwbouwproject|bouwproject|schetsontwerp|raadsvoorstel)\b")
_SITE_PERMITTED = re.compile(r"\b(?:is|zijn|werd|werden)\s+(?:[\w-]+\s+){1,8}?vergund\b")
_SHOULD_HAVE_OPENED = re.compile(r"\b(?:locatie|pand|gebouw|azc|units|woonunits|paviljoens?|opvanglocatie|voorziening|"
                                 r"plaatsen|plekken)\b"
                                 r"[^.;]{0,60}\bhad(?:den)?\b[^.;]{0,40}\b(?:open|in gebruik|klaar|gereed|opgeleverd)\b"
                                 r"[^.;]{0,15}\bmoeten\b")
# a site still to be named or found: "een locatie aanwijzen waar ...", "een geschikt pand te vinden voor ..."
_SITE_TO_FIND = re.compile(r"\been\s+(?:\w+\s+)?(?:locatie|opvanglocatie|plek|pand|terrein|gebouw)\s+(?:te\s+)?"
                           r"(?:aanwijzen|aan\s+te\s+wijzen|vinden|zoeken|kiezen)\b")
# terse replies: "Nu 12 plaatsen, straks 25", "NU 30, NA HORNWEG-NOORD 80" (the figure after the count now is the end state)
# ... "Klaar: 80 (Horsterweg)": the places finished; "nu 420 -> 596 in Q3 2040": the count before the arrow
_NOW_BARE = re.compile(r"(?:^|[.;,:]\s|\n)\W*(?:nu\s*:?|(?:klaar|gereed)\s*:)\s*(?:nog\s+(?:steeds\s+)?)?$")
_NOW_BARE_END = re.compile(r"\s*(?:(?:opvang)?(?:plaatsen|plekken)|pl\.?|reg\.?|amv)?\s*(?:[,;.(]|-+>|→|=>|$)")


_STATUS_CUES = ("realised", "planned", "lost", "lost_past", "exploring", "withdrawn", "task", "remainder", "capacity",
                "capacity_np")


def _roles(toks: list[_Tok], mentions: list[PlaceMention], s: Sentence, context: str | None = None) -> None:
    """Give each mention its role and status from the cues of its clause."""
    text = s.text
    low_text = text.lower()
    vocab = _vocab()
    months = _MONTHS
    site_stop = vocab["site_stop"][0]
    late_site = bool(_SHOULD_HAVE_OPENED.search(low_text))  # "De locatie (80 plekken) had ... open moeten gaan"
    bounds = _clause_bounds(text)
    for ci, (lo, hi) in enumerate(bounds):
        ctoks = [t for t in toks if lo <= t.start < hi]
        ms = [m for m in mentions if lo <= m.pos < hi]
        if not ms:
            continue
        low = low_text[lo:hi]
        cues = _role_cues(ctoks, low, lo)
        if not any(cues[k] for k in _STATUS_CUES) and ci + 1 < len(bounds) \
                and re.fullmatch(r"\s[-–]\s", text[hi:bounds[ci + 1][0]]) \
                and not any(bounds[ci + 1][0] <= m.pos < bounds[ci + 1][1] for m in mentions):
            # "Riel-Noord: 91 plk incl. 11 AMV – ontwerp-bp ter inzage": a site's figure, its status after a dash
            hi = bounds[ci + 1][1]
            ctoks = [t for t in toks if lo <= t.start < hi]
            low = low_text[lo:hi]
            cues = _role_cues(ctoks, low, lo)
        elif not any(cues[k] for k in _STATUS_CUES) and ci and text[bounds[ci - 1][1]:lo].strip() == ";" \
                and re.match(r"\s*(?:daar|hier|er)\s+(?:zijn|is|staan|verblijven|wonen)\b", low):
            # "vangt op dit moment asielzoekers op in het voormalige archief; daar zijn 100 reguliere plaatsen": the
            # clause before says what the places there are
            lo = bounds[ci - 1][0]
            ctoks = [t for t in toks if lo <= t.start < hi]
            low = low_text[lo:hi]
            cues = _role_cues(ctoks, low, lo)
        idx = {id(t): k for k, t in enumerate(ctoks)}
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
        if (find := _SITE_TO_FIND.search(low_text[:hi])) and find.start() < ms[0].pos:
            # "wil volgend jaar een locatie aanwijzen waar ongeveer 80 asielzoekers kunnen wonen": no site chosen yet
            cues["exploring"].append((0, "nog aan te wijzen"))
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
                and not [w for c, w in cues["future"] if not (w in ("wordt", "worden") and _RUN_BY.search(low))
                         and not done.start(1) <= ctoks[c].start - lo < done.end(1)]:  # ("bij gekomen": done, no plan)
            # "heeft de gemeente 12 plekken ingericht": finished work, in use now
            at = next((k for k, t in enumerate(ctoks) if t.start - lo >= done.start(1)), len(ctoks) - 1)
            cues["planned"] = [(k, w) for k, w in cues["planned"]
                               if k != at and not done.start(1) <= ctoks[k].start - lo < done.end(1)]
            cues["realised"].append((at, done.group(1)))
        elif _TAKEN_INTO_USE.search(low):  # "is weer in gebruik genomen": in use now
            cues["planned"] = [(k, w) for k, w in cues["planned"] if w not in ("in gebruik nemen", "weer")]
            cues["future"] = [(k, w) for k, w in cues["future"] if w not in ("weer",)]
        if re.search(r"vergunning\b[^.;]{0,50}\b(?:afloopt|verloopt|vervalt|eindigt|loopt af)\b|"
                     r"\bvergunning\s+(?:geldig\s+)?tot\s+(?:en\s+met\s+)?(?:\d{1,2}\s+\w+\s+)?\d{4}\b", low):
            # "staat op grond met een tijdelijke omgevingsvergunning die op 31 december afloopt": a site standing now
            cues["planned"] = [(k, w) for k, w in cues["planned"] if "vergunning" not in w]
        if "weg vrij" in low or re.search(r"\bweg\s+te\s+werken\b|\bweggewerkt\b", low):
            # "Met dit besluit is de weg vrij voor 149 opvangplekken": the way is clear, nothing gone; "de achterstand
            # in de huisvesting van statushouders (38 personen) weg te werken": a backlog cleared, no places lost
            cues["lost"] = [(k, w) for k, w in cues["lost"] if w != "weg"]
        if re.search(r"overeenkomst|contract|convenant|akkoord", low):  # "een overeenkomst gesloten" is no loss
            cues["lost"] = [(k, w) for k, w in cues["lost"] if ctoks[k].lem != "sluiten"]
            cues["lost_past"] = [(k, w) for k, w in cues["lost_past"] if w != "gesloten"]
        if (ended := _NOT_RENEWED.search(low)) and not cues["lost"]:
            # "het huurcontract voor paviljoen C, met 120 plaatsen, kan niet worden verlengd": places that go
            at = next((k for k, t in enumerate(ctoks) if t.start - lo >= ended.start()), len(ctoks) - 1)
            cues["lost"].append((at, "niet verlengd"))
        left = _LEFT_OVER.search(low)
        if left:  # "Daarmee blijven alleen de 36 reguliere plaatsen over": what remains is in use
            at = next((k for k, t in enumerate(ctoks) if t.start - lo >= left.start()), 0)
            cues["realised"].append((at, left.group(0).split()[0]))
            cues["planned"] = [(k, w) for k, w in cues["planned"] if w not in ("paviljoen", "paviljoens", "units")]
        if (placing := _WE_PLACE.search(low)) and not cues["realised"]:
            # "plaatsen wij op het terrein 80 tweepersoonsunits, samen 160 plaatsen": the verb, units to be placed
            at = next((k for k, t in enumerate(ctoks) if t.start - lo >= placing.start()), 0)
            cues["planned"].append((at, "plaatsen wij"))
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
        if elsewhere and re.search(r"\b(?:ons |zijn |haar )?aandeel\b", low):
            elsewhere = None  # "regio-locatie Wormerveer (aandeel OZ 25 pl.)": the municipality's own share
        if elsewhere and re.search(r"\d+\s*(?:[\w.-]+\s+)?voor\s+(?:de\s+gemeente\s+)?[A-Z][\w'-]+", text[lo:hi]):
            elsewhere = None  # "in de regio is afgesproken dat Ede 30 plk voor Renswoude realiseert": a share for one
        for m in ms:
            m.sites = sites
            if label and not m.role:  # "in gebruik: 30 reguliere plekken ... en 6 AMV-plekken": the label decides
                m.role = "planned" if label.group(1) in _PLANNED_LABELS else "realised"
                m.cue = label.group(1)
                if m.role == "realised" and _BUILT.search(low_text) and _NOT_YET_LIVED_IN.search(low_text):
                    m.role, m.status = "planned", "gepland"  # "Stand: de units ... zijn gebouwd maar worden nog niet
                    # bewoond": finished, not yet lived in
            m.site = ", ".join(sorted(sites))[:80]
            k = next(idx[id(t)] for t in ctoks if t.start == m.pos)
            if cues["quoted"] and _CONFIRMED.search(low_text) and re.search(r"realisatie|gerealiseerd|in gebruik",
                                                                             low_text):
                # "De in uw brief genoemde realisatie van 60 plaatsen is juist": the municipality says it itself
                m.role, m.status, m.cue = "realised", "in gebruik", _CONFIRMED.search(low_text).group(0)
                continue
            quoted = [(c, w) for c, w in cues["quoted"]
                      if not (":" in low[ctoks[c].start - lo:m.pos - lo] and _NOW_WORDS.search(low[low.rfind(":", 0, m.pos - lo):]))
                      # "(AMV Schijndel sinds 15/10 open, zat nog niet in uw cijfers)": what the letter did not hold
                      and not re.search(r"\b(?:niet|geen)\s+(?:\w+\s+)?$", low[:ctoks[c].start - lo])]
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
            if _TASK_AFTER.match(low_text, m.pos):
                m.role, m.status, m.cue = "task", "taak", "die het rijk vraagt"  # "uit op de 190 plaatsen die het
                continue  # Rijk van haar vraagt": the task, whatever verb stands before it
            if re.search(r"(?<![\d.])\d+\s+van\s+$", low_text[max(0, m.pos - 12):m.pos]) \
                    and re.search(r"\bvan\s+\d", low_text[max(0, m.pos - 12):m.pos + 2]):
                m.role, m.status, m.cue = "task", "taak", "van de taak"  # "AMV: 0 van 16 plekken": the 16 is the task
                continue
            if re.search(r"\balle\s+$", low_text[max(0, m.pos - 6):m.pos]) and _ALL_MET.search(low_text) \
                    and not (cues["lost"] or cues["lost_past"]) and not re.search(r"\bniet\s+(?:meer\s+)?aan\b", low_text) \
                    and (_ahead(low_text) or _THEN_LEAD.match(low_text)):
                m.role, m.status, m.cue = "task", "eindstand", "alle ... voldoet dan"  # "Dan zijn alle 246 plaatsen
                continue  # beschikbaar en voldoet Barneveld aan de taak": where the plans end, not places besides them
            if re.search(r"\bvoor de rest,?\s+$", low_text[max(0, m.pos - 16):m.pos]) \
                    and re.search(r"\b(?:locatie|terrein|pand|gebouw)\b", low_text):
                m.role, m.status, m.cue = "planned", "gepland", "voor de rest"  # "Voor de rest, 166 plekken, hebben
                continue  # we de locatie aan de Europaweg-Zuid": the rest of the task has its site
            if _PLAN_LIES_SINCE.match(low_text) and m.role in ("", "realised"):
                m.role, m.status, m.cue = "planned", "gepland", "het plan ligt er"  # "Het plan voor de Zanddonkweg
                continue  # ligt er al sinds 2038: 36 units ..., samen 144 plaatsen": a plan that waits, nothing in use
            if re.search(r"(?:^|[.;:→>]\s*|\s)\+$", low_text[max(0, m.pos - 3):m.pos]) \
                    and not (cues["realised"] or cues["lost"] or cues["lost_past"] or cues["exploring"]) \
                    and _INCREMENT_LEAD.search(low_text[:m.pos]):
                m.role, m.status, m.cue = "planned", "gepland", "erbij"  # "+34 AMV kwv Haaren → Q1", "+56 units X"
                continue
            if _LAW_ASKS.search(low_text[max(0, m.pos - 80):m.pos]):
                m.role, m.status, m.cue = "task", "taak", "de wet vraagt"  # "de wet vraagt 212 plekken van ons"
                continue
            if _NOW_BARE.search(low_text[:m.pos]) and _NOW_BARE_END.match(low_text, m.pos + len(str(m.value))):
                m.role, m.status, m.cue = "realised", "in gebruik", "nu"  # "nu 12, straks 25", "Nu: 45."
                continue
            if _count_before_arrow(low_text[:m.pos], low_text, m.pos + len(str(m.value))):
                m.role, m.status, m.cue = "realised", "in gebruik", "nu"  # "regulier 34 -> 64 per 1/9 (in aanbouw)"
                continue
            if _arrow_end_with_site(low_text[:m.pos], low_text, m.pos + len(str(m.value))):
                m.role, m.status, m.cue = "task", "eindstand", "straks"  # "... -> 64 per 1/9 (units, in aanbouw)": where
                continue  # the line ends once the site it names is done
            if not m.role and _IN_USE_SINCE.search(low) and not cues["lost"] and not cues["lost_past"] \
                    and not cues["exploring"] and not _ahead(low):
                # "Fase 1 - 150 plekken ...: opgeleverd op 1 juli 2039 en sindsdien in gebruik": in use since then
                m.role, m.status, m.cue = "realised", "in gebruik", "sindsdien in gebruik"
                continue
            if re.search(r"\btot\s+$", low_text[max(0, m.pos - 8):m.pos]) and _IN_ALL_AFTER.match(low_text, m.pos):
                m.role, m.status, m.cue = "task", "eindstand", "tot ... in totaal"  # "uitbreiding met 100 plekken,
                continue  # tot 350 plekken in totaal": where the extension ends, not places besides it
            became = _BECAME.search(low_text[:m.pos])
            if became and re.search(r"\bna\b", low_text[:m.pos]) and not re.search(r"\b(?:nu|inmiddels)\b", low_text[:m.pos]):
                m.role, m.status, m.cue = "task", "eindstand", "na ... zijn dat er"  # "Na de uitbreiding zijn dat er
                continue  # 460", "na 1 november zijn dat er 14": where it ends, not places besides those named
            if became and not cues["realised"] and context != "realised":
                m.role, m.status, m.cue = "planned", "gepland", "zijn dat er nu"  # "Eerder meldden wij 150 plekken.
                continue  # ... zijn dat er nu 90": what the plan became
            if _THEN_AFTER_NOW.search(low_text[:m.pos]):
                m.role, m.status, m.cue = "task", "eindstand", "straks"  # "nu 30, na Hornweg-Noord 80": where it ends
                continue
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
                if _REST_OF_TASK.search(low[:m.pos - lo]) and not _NOW_WORDS.search(low):
                    m.role, m.status, m.cue = "planned", "gepland", "rest ingevuld met"  # "Het resterende deel van
                    continue  # de taak vullen wij in met 120 plaatsen in tijdelijke woonunits": how the rest is planned
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
                and not any(_is(t, "planned") or _is(t, "realised") for t in between) \
                and not _NOW_WORDS.search(" ".join(t.low for t in between))  # ("taak van 245 plaatsen en biedt op
            # dit moment 260 plaatsen": what stands now beside the task)
            if task_before and not m.role and chosen and re.search(r"\brest van de (?:opgave|taak)\b|\bresterende\b",
                                                                    low[:m.pos - lo]):
                m.role, m.status, m.cue = "planned", "gepland", "gekozen"  # "Voor de rest van de opgave, 107 plaatsen,
                continue  # heeft het college gekozen voor het voormalige schoolgebouw": a site chosen for it
            if late_site and not cues["lost"] and not cues["lost_past"] \
                    and not cues["exploring"] and not [w for _, w in cues["withdrawn"] if w not in ("had", "hadden")]:
                # "De locatie in Workum (80 plekken) had dit najaar open moeten gaan": a site late, still to come
                m.role, m.status, m.cue = "planned", "gepland", "had open moeten"
                continue
            if task_before and not m.role and _SHARE_OF_TASK.search(low[:m.pos - lo]) \
                    and _FILLED_IN_BY_PLAN.search(low[m.pos - lo:]) and not cues["now_strong"]:
                # "Het grootste deel van de opgave, 124 reguliere plaatsen, vullen wij in op het terrein ..., in twee
                # fasen": the share of the task a plan fills in
                m.role, m.status, m.cue = "planned", "gepland", "deel van de opgave ingevuld"
                continue
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
            elif best is None and context in ("lost_past", "lost") and _BACK_TO_TOPIC.match(low):
                # "Per 1 juni is de opvang in het stadhuis beëindigd. Het ging om 120 plekken."; "... per 1 februari
                # 2040 stopt. Het gaat om 45 reguliere plaatsen": the places that go
                m.role, m.status, m.cue = "lost", "vervallen" if context == "lost_past" else "vervalt", "zin ervoor"
                continue
            elif best is None and _COME_ABOUT.search(low) and "tekort" not in low:
                m.role, m.cue = "planned", "ontstaan"  # "zodat in totaal 96 opvangplaatsen ontstaan"
            elif best is None and _FORESEEN.search(low):
                m.role, m.cue = "planned", "voorzien"  # "op de nieuwe locatie zijn 150 plaatsen voorzien"
            elif best is None and phase:
                m.role, m.cue = "planned", "fase"  # "Fase 2 (90 plekken): derde kwartaal van 2027."
            elif best is None and re.match(r"\W*(?:huidige\s+|actuele\s+)?(?:stand|status)(?: van zaken)?\b"
                                           r"(?:[^:.;]|\.(?=\w|\s)){0,40}:" + _FIGURES_TAIL, low_text[:m.pos]):
                m.role, m.cue = "realised", "stand"  # "Stand Waalre: 0 plekken.", "Stand is ongewijzigd t.o.v. ...: 0",
                # "Stand Heemstede: r 45, amv 0, samen 45 plekken"
            elif best is None and _STANDS_AT.search(low_text[:m.pos]) and not cues["future"] and not _ahead(low):
                m.role, m.cue = "realised", "staan op"  # "we staan nog op 0 (regulier en amv)"
            elif best is None and _named_count(text[:m.pos]) and not cues["future"] and not _ahead(low):
                m.role, m.cue = "realised", "gemeente nu"  # "Tholen 0 plekken.", "stand zutphen nu r 40 amv 0"
            elif best is None and (tail := _ARROW_TAIL.search(low_text)) and tail.start() > m.pos \
                    and _moment_after(tail.group(1)):
                m.role, m.cue = "planned", "pijl"  # "7 amv-plekken in kleinschalige woonvorm ... -> Q3 2040": to come,
                # "AMV 6: samen met Tilburg ..., afspraak rond, ingang Q3"
            elif best is None and re.match(r"\W*(?:(?:regulier\w*|reg\.?|r|amv)\s+)?$", low_text[:m.pos]) \
                    and re.match(r"\d+\s*(?:plekken|plaatsen|pl\.?|plk)?\s*[(/]\s*(?:taak|opgave)\s+\d", low_text[m.pos:]):
                m.role, m.cue = "realised", "tegen taak"  # "regulier 30 (taak 120)", "0 plekken / taak 94": the count
                # against its task
            elif best is None and _WHAT_WE_DO.match(low_text) and not cues["now_strong"]:
                m.role, m.cue = "planned", "wat we doen"  # "Wat we wel doen: 53 plekken op de voormalige camping"
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
            if m.role == "planned" and m.cue in ("opgeleverd", "gerealiseerd", "geplaatst", "gebouwd", "ingericht") \
                    and _DONE_AND_IN_USE.search(low[m.pos - lo:]) and not cues["future"]:
                m.role, m.status, m.cue = "realised", "in gebruik", "opgeleverd en in gebruik"  # "75 plk opgeleverd
                continue  # 1/6 en in gebruik": delivered and lived in
            if m.role == "planned" and m.cue in ("realiseren", "realiseert") and not cues["future"] \
                    and _SO_FAR_REALISED.search(low[:m.pos - lo]) and re.match(r"[\d.]+\s+van\s+de\s+[\d.]+", low[m.pos - lo:]):
                m.role, m.status, m.cue = "realised", "in gebruik", "daarmee van de taak"  # "Daarmee realiseren wij 380
                continue  # van de 474 reguliere plekken": how far the count so far goes
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
            if m.role == "realised" and (aux or _AFTER_WORKS.search(low)) and m.cue != "gerealiseerd" \
                    and not _STILL_LIVED_IN.search(low):  # ("de 20 plekken daar (nu nog bewoond) vervallen dan")
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
            if m.role == "realised" and (m.cue in ("telt", "heeft", "biedt", "hebben", "omvat", "stand")
                                         or _BUILT.search(low_text)) \
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
                    # Develweg nog niet beschikbaar zijn, komt doordat ...": places still to come
                    if cues["exploring"]:  # "Voor de 7 amv-plekken zijn we in gesprek met Nidos, een locatie is er
                        m.status, m.cue = "verkenning", cues["exploring"][0][1]  # nog niet": talks, no site yet
                    continue
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
            if m.role == "realised" and (m.cue in _capacity_words() or m.cue in ("er is", "er zijn", "is er", "zijn er")) \
                    and (maybe := next((w for _, w in cues["exploring"] if w in _MAYBE_ROOM), None)):
                m.role, m.status, m.cue = "planned", "verkenning", maybe  # "een kantoorgebouw dat mogelijk ruimte
                continue  # biedt aan 80 personen", "er is mogelijk ruimte voor zo'n 60": a building in view, what it might hold
            if m.role == "realised" and re.search(r"\bstraks\b", low) and not cues["now_strong"] \
                    and m.cue in ("wonen", "woont", "verblijven", "verblijft", "vangt", "vangen", "opgevangen"):
                m.role, m.status = "planned", "gepland"  # "Daar wonen straks 110 asielzoekers": to come
            if m.role == "realised" and m.cue in _HOUSING_VERBS and re.search(r"\b(?:kunnen|kan)\b", low) \
                    and cues["exploring"]:
                m.role, m.status = "planned", "verkenning"  # "Wij verkennen ... een kantoorpand, waar mogelijk 50 à 60
                continue  # mensen kunnen wonen": what a building looked into might hold
            if m.role == "realised" and m.cue in _HOUSING_VERBS and (_INTENT.search(low) or _ahead(low)) \
                    and not cues["now_strong"]:
                m.role, m.status = "planned", "gepland"  # "Daar willen we ook de 18 AMV-plekken onderbrengen", "Goes
                # vangt vanaf begin 2041 200 asielzoekers op": to come
                if context == "exploring" and _POINTS_THERE.match(low):
                    m.status = "verkenning"  # ... at the building still being looked into, the sentence before
                continue
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
            if rest and m.sites and not m.persons and _SITE_PERMITTED.search(low) and not cues["exploring"]:
                # "Voor de resterende 118 plekken is een tijdelijk woongebouw aan de Katwijkseweg vergund": a site
                # chosen and permitted for the rest of the task
                m.role, m.status, m.cue = "planned", "gepland", "vergund"
                continue
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
            if m.role == "realised" and m.cue in ("omvat", "omvatten", "bevat", "bevatten") and _PROJECT_SUBJECT.match(low_text):
                # "Het project omvat 312 wooneenheden, waarvan 174 opvangplekken voor het COA": what a plan holds
                m.role, m.status = "planned", "gepland"
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


_NO_MOMENT = re.compile(r"\bgeen\s+(?:\w+\s+)?(?:termijn|planning|datum|tijdpad)\b|\bniet\s+(?:te\s+)?(?:zeggen|aangeven|noemen)\b")
