"""Reasons (SCHEMA categories) why the task is not met, per sentence, from data/rules.json."""
from __future__ import annotations

import re
from functools import lru_cache

from parsers import meaning
from parsers.meaning import Clause
from parsers.model import REASONS
from parsers.nlp import LowerRule, any_of, load_rules


@lru_cache(maxsize=1)
def _rules() -> dict[str, LowerRule]:
    """One alternation per category: a sentence gives the reason when any of its patterns matches."""
    raw = load_rules("rules.json")["reasons"]
    return {k: any_of(v) for k, v in raw.items() if k in REASONS}


# "er is geen bezwaar ingediend": the word right after "geen" is denied, not stated
_DENIED = re.compile(r"\bgeen\s+(?:enkele?\s+)?$")
_OBJECTION_WORD = re.compile(r"\b(?:bezwa|beroep|zienswijze|rechter|rechtbank|raad van state|voorlopige voorziening)\w*")
# residents who lodge an objection or appeal (the act itself), and what says more than that of the neighbourhood
_LEGAL_ACT = re.compile(r"\b(?:omwonenden|bewoners|buurtbewoners|inwoners|omwonende|stichting)\b[^.;]{0,80}\b(?:beroep|bezwaar|"
                        r"bezwaarschriften|zienswijzen|hoger beroep|voorlopige voorziening)\b|"
                        r"\b(?:bezwaar|bezwaren|beroep|bezwaarschriften)\s+(?:\w+\s+){0,2}?(?:van|door)\s+(?:\w+\s+)?"
                        r"(?:omwonenden|bewoners|buurtbewoners|omwonende)\b")
_OPPOSITION_MORE = re.compile(r"\b(?:protest\w*|petitie\w*|verzet|weerstand|boos|boze|onrust|zorgen|vrezen|vrees|demonstr\w*|"
                              r"handtekeningen|actiegroep\w*|actiecomit\w*|insprekers|massaal|draagvlak|onvrede|woede|"
                              r"spandoeken|bewonersavond\w*|inloopavond\w*)\b")
_PROCEDURE_STARTS = re.compile(r"\b(?:starten|start|begint|beginnen)\b[^.;]{0,40}\b\w*procedure\b|"
                               r"\b\w*procedure\b[^.;]{0,20}\b(?:starten|start|begint|beginnen)\b")
_HOLDS_UP = re.compile(r"\b(?:duurt|duurde|langer|vertraging|vertraagd|wachten|wacht|nog niet|loopt nog|pas|zienswijzen|"
                       r"bezwaar|beroep)\b")
_COURT = re.compile(r"rechtbank|raad van state|vernietigd|geschorst|beroep|bestuursrechtspraak", re.I)
_MAY_OBJECT = re.compile(r"\b(?:als|indien|wanneer|mocht|mochten)\b[^.;]{0,60}\b(?:bezwaar|beroep|rechter|schorst|"
                         r"vernietigt)|\b(?:kunnen|kan)\b[^.;]{0,120}\b(?:bezwaar (?:en beroep )?(?:maken|instellen)|"
                         r"beroep instellen|voorlopige voorziening)|\bschort\b[^.;]{0,40}\bniet op\b|"
                         # "Een bezwaarprocedure ... kunnen wij niet uitsluiten": a risk, not what holds places up
                         r"\bniet\s+(?:uit\s+te\s+sluiten|uitsluiten)\b|\b(?:kan|kunnen)\s+niet\s+(?:worden\s+)?uitgesloten\b|"
                         # "Tegen de omgevingsvergunning staan bezwaar en beroep open": the legal remedy, not a case
                         r"\b(?:staan|staat)\s+(?:\w+\s+){0,3}open\b(?![^.;]{0,30}\bingesteld)", re.I)
_PLANNED_ONLY = re.compile(r"realisatie van|grondslag|geplande|beoogde|in voorbereiding", re.I)
# the COA as a partner, recipient or yardstick ("de overeenkomst met het COA", "aangeboden aan het COA", "voldeed
# niet aan de eisen van het COA", "voor het COA te exploiteren") is not the party that holds the places up
_COA = re.compile(r"\bcoa\b(?!-)")
_COA_PARTNER = re.compile(r"\b(?:met|aan|tussen|voor|(?:eisen|voorwaarden|normen|criteria|wensen) van) (?:het |de )?coa\b(?!-)")
# "Zolang het beroep loopt, wil het COA niet bouwen": the appeal holds the places up, the COA waits for it
_WHILE_PROCEDURE = re.compile(r"\bzolang\b[^.;]{0,80}\b(?:bezwa|beroep|procedure|vergunning|rechter|uitspraak)")
_COA_WAITS = re.compile(r"\bwacht|afhankelijk|\bhangt\b|\bhangen\b|uitsluitsel")


# a short insertion in brackets ("De locatie (150 plaatsen) sluit per 1 april") cuts the clause around it in two
_INSERTION = re.compile(r"\s*\([^()]{0,80}\)")


# a case considered: a clause of condition, then the main clause with its verb first ("Als X, kijken wij ..."); unlike
# elements._CONDITION_FIRST not "mits"/"zodra" (a condition of a plan) and never "als gevolg van" (a cause)
_CASE_CONSIDERED = re.compile(r"\W*(?:als|indien|wanneer|mocht|mochten|ingeval)\s+(?!gevolg\b)[^,;:]{3,140},\s*"
                              r"(?=(?:dan\s+)?\w+\s+(?:wij|we|het|de|er|ik|zij|ze|dat|dit|u|onze|ons|hij)\b)")


# a cause denied beside the one that holds: "niet door X (of door Y), maar door Z" (not "niet alleen door X maar ook")
_NOT_THIS_BUT = re.compile(r"\bniet\s+(?!alleen\b|enkel\b|slechts\b|uitsluitend\b)(?:zozeer\s+)?(?:door|doordat|vanwege|"
                           r"omdat|aan|het gevolg van|te wijten aan)\b[^.;]{0,200}?(?=\bmaar\b)", re.I)


def sentence_reasons(sentence: str, cls: list[Clause] | None = None) -> list[str]:
    """The reason categories one sentence states (in SCHEMA order): wording rules and clause-level meaning rules.
    An insertion in brackets is read on its own and the sentence without it. A condition that opens the sentence
    ("Als die woning niet geschikt blijkt, kijken wij naar ...") is a case considered, not a cause: only the main
    clause after it is read."""
    denied = _NOT_THIS_BUT.search(sentence)
    if denied:  # "Dat komt niet door bezwaar van omwonenden, maar door het faillissement van de exploitant"
        return sentence_reasons(sentence[:denied.start()] + sentence[denied.end():])
    cond = _CASE_CONSIDERED.match(sentence.lower())
    if cond:
        found = _reasons(sentence[cond.end():], None)
        if _MAY_OBJECT.search(sentence):  # "Als er beroep wordt ingesteld, kan dat de ingebruikname vertragen"
            found = [r for r in found if r != "objection_procedure"]
        return found
    if "(" in sentence:
        inserts = _INSERTION.findall(sentence)
        if inserts:
            found = set(_reasons(_INSERTION.sub("", sentence), None))
            neighbours = bool(_NEIGHBOUR.search(sentence.lower()))
            for part in inserts:
                if neighbours and not _FIRST_PERSON.search(part.lower()):
                    continue  # "Anders dan in sommige buurgemeenten (in X liepen plannen vast op verzet) ..."
                found.update(_reasons(part.strip()[1:-1], None))
            return [r for r in REASONS if r in found]
    return _reasons(sentence, cls)


# "In buurgemeente Capelle werd een plan weggestemd": another municipality's setback, told without "wij"
_NEIGHBOUR = re.compile(r"\b(?:buurgemeenten?|naburige gemeenten?|omliggende gemeenten|andere gemeenten|"
                        r"buurtgemeenten?)\b")
# "Volledigheidshalve merken wij op dat in de buurgemeente ...": the writer frames another's news, it is not about us
_FRAME = re.compile(r"\b(?:merken|melden|wijzen|vermelden|noemen|geven) (?:wij|we) (?:u )?(?:er )?(?:nog )?(?:op|aan)?\b")
_FIRST_PERSON = re.compile(r"\b(?:wij|we|ons|onze|ik|mijn)\b")
# a planning line "juli-augustus 2028: vergunningprocedure" names a step to come, not a cause
_PLANNING_LINE = re.compile(r"^\s*(?:(?:begin|medio|eind|half)\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|"
                            r"september|oktober|november|december|q[1-4]|\d{4}|(?:eerste|tweede|derde|vierde) kwartaal)"
                            r"[^:.;]{0,30}:")
# "De gemeentelijke kosten worden gedekt uit de rijksvergoeding": money that is there
_COVERED = re.compile(r"\b(?:kosten|uitgaven|investering)\b[^.;]{0,40}\b(?:worden|zijn|is|wordt)\s+(?:volledig\s+)?"
                      r"(?:gedekt|vergoed|gefinancierd|betaald)\b")


# a cause named to say it no longer holds ("De bezwaren spelen niet meer", "Van lokaal verzet is geen sprake",
# "geld is dus niet het probleem", "die procedure ligt achter ons")
_SOLVED = re.compile(r"\b(?:spelen|speelt|speelde|speelden) (?:nu |inmiddels |dan ook |daarbij )?(?:niet|geen rol) meer\b|"
                     r"\b(?:spelen|speelt) (?:hierbij |daarbij |hier |daar |overigens )*geen rol\b|"  # "Geld speelt hierbij geen rol"
                     r"\bontbreekt het\b[^.;:]{0,40}\bniet\b|"  # "Aan draagvlak ontbreekt het niet"
                     r"\b(?:zijn|is) (?:inmiddels |nu |al )*(?:volledig |geheel )?vervangen\b|"  # lost places since replaced
                     r"\bzodat\b[^.;]{0,60}\bniet\s+(?:\w+\s+)?(?:verloren\s+gaan|vervallen|verdwijnen|wegvallen)\b|"  # kept
                     # what others say or said before, not the cause now: "In de media werd gesuggereerd dat ...", "In de
                     # regio wordt vaak netcongestie genoemd als oorzaak", "Eerder noemden wij de financiering als knelpunt"
                     r"\b(?:werd|wordt|werden|worden)\s+(?:\w+\s+){0,2}?(?:gesuggereerd|beweerd|gespeculeerd|gesteld dat)\b|"
                     r"\b(?:wordt|worden)\s+(?:vaak|regelmatig|soms)\s+(?:\w+\s+){0,3}?genoemd\b|"
                     r"\b(?:noemden|noemde)\s+(?:wij|we)\b[^.;]{0,60}\bals\s+(?:knelpunt|probleem|oorzaak)\b|"
                     r"\b(?:heeft|hebben)\s+(?:de\s+planning|het\s+project|de\s+bouw|ons)\s+niet\s+vertraagd\b|"
                     r"\b(?:is|was) (?:er )?(?:[\w-]+ ){0,3}?geen sprake\b|"
                     r"\b(?:is|zijn) (?:nu |inmiddels |weer )*(?:geluwd|verdwenen|voorbij|van de baan|weggenomen)\b|"
                     r"\bzonder dat (?:er )?(?:[\w-]+ )?(?:bezwaar|beroep|bezwaren)\b|"
                     # "een planning die uitgaat van een procedure zonder vertraging door bezwaar en beroep": assumed away
                     r"\bzonder (?:\w+ )?(?:vertraging|uitstel|oponthoud) (?:door|als gevolg van|vanwege|wegens) "
                     r"(?:\w+ )?(?:bezwaar|beroep|bezwaren|procedures?)\b|"
                     r"\bgeen (?:verzet|weerstand|onrust|bezwaren|protest) meer\b|\bgeen sprake (?:meer )?van\b|"
                     r"\b(?:is|zijn|vormt|vormen|was) (?:dus |daarmee |inmiddels |nu |ook )?(?:niet|geen) (?:meer )?(?:het |een )?"
                     r"(?:probleem|belemmering|knelpunt|obstakel)\b|\b(?:ligt|liggen) (?:nu |inmiddels )?achter (?:de rug|ons)\b|"
                     # "Geld is ook geen punt meer", "dat is geen issue meer"
                     r"\b(?:is|zijn|vormt|vormen) (?:dus |ook |daarmee |inmiddels |nu )*geen (?:punt|issue|probleem|knelpunt|"
                     r"belemmering) meer\b|"
                     r"\bachter de rug\b|\b(?:raakt|raken) (?:onze? [\w-]+ |ons )niet\b|"
                     # "Het ligt niet aan het geld", "Aan geld of aan de raad lag het dus niet", "heeft niets te maken met"
                     r"\b(?:ligt|lag|zit|zat)\s+(?:het\s+)?(?:dus\s+|echter\s+|overigens\s+|ook\s+|zeker\s+)?niet\s+aan\b|"
                     r"\baan\b[^.;:]{0,60}\b(?:ligt|lag|zit|zat)\s+het\s+(?:dus\s+|echter\s+|overigens\s+|ook\s+)?niet\b|"
                     r"\bspeelt\b[^.;:]{0,40}\bgeen rol\b|\bniets te maken met\b|"
                     # a procedure that is over: "het enige bezwaarschrift is in juni ingetrokken", "dat verzoek is afgewezen"
                     # (the clause's own subject: not "de vertraging kwam door bezwaar, bezwaar is in nov ongegrond verklaard")
                     r"(?:^|[;:]\s*)\W*(?:(?:dat|die|dit|deze|het|de|ook\s+de|het\s+enige)\s+)?"
                     r"(?:bezwaarprocedure|bezwaar|bezwaarschrift|bezwaren|verzoek|beroep)\b[^.;:]{0,60}\b(?:is|zijn|werd|werden)\s+"
                     r"(?:(?:in|op|per)\s+(?:\d+\s+)?\w+(?:\s+\d{4})?\s+|inmiddels\s+|al\s+|ook\s+)*(?:afgerond|ingetrokken|afgewezen|"
                     r"ongegrond verklaard)\b", re.I)
# the parts of a sentence a denial speaks for: "...; geld is dus niet het probleem" takes back the part before it
_PARTS_KEPT = re.compile(r"(;|:|,? maar |,? wel )")
_BACK_TO_IT = re.compile(r"^\W*(?:dat|die|dit|deze|het)\s+(?:\w+\s+){0,2}?(?:verzoek|bezwaar|bezwaarschrift|beroep|"
                         r"procedure|bezwaarprocedure|beroepsprocedure)\b", re.I)
_CONCLUDES = re.compile(r"^\W*(?:\w+ ){0,3}(?:dus|daarmee|daarom)\b", re.I)


def _reasons(sentence: str, cls: list[Clause] | None) -> list[str]:
    if _SOLVED.search(sentence):
        pieces = _PARTS_KEPT.split(sentence)  # [part, separator, part, ...]
        parts, solved = [], []
        for j in range(0, len(pieces), 2):
            if not pieces[j].strip():
                continue
            # the part after a colon explains the part before it: "De bezwaren spelen niet meer: de Raad van State
            # heeft uitspraak gedaan" denies both
            after_colon = j and pieces[j - 1] == ":" and bool(solved) and solved[-1]
            parts.append(pieces[j])
            solved.append(bool(_SOLVED.search(pieces[j])) or bool(after_colon))
        found_parts = [_stated(p, None) for p in parts]
        kept: set[str] = set()
        for i, rs in enumerate(found_parts):
            if solved[i]:
                continue
            if i + 1 < len(parts) and solved[i + 1] and not found_parts[i + 1] \
                    and (_CONCLUDES.search(parts[i + 1]) or _BACK_TO_IT.search(parts[i + 1])):
                continue  # "...; geld is dus niet het probleem", "...; dat verzoek is op 2 augustus afgewezen"
            kept.update(rs)
        return [r for r in REASONS if r in kept]
    return _stated(sentence, cls)


def _stated(sentence: str, cls: list[Clause] | None) -> list[str]:
    found = []
    low = sentence.lower()
    if (_NEIGHBOUR.search(low) and not _FIRST_PERSON.search(_FRAME.sub(" ", low))) or _PLANNING_LINE.match(low):
        return []
    denied = _DENIED.search
    for reason, rule in _rules().items():
        for m in rule.finditer_lower(low):
            if not denied(low, 0, m.start()):
                found.append(reason)
                break
    fired = meaning.fire("reasons", sentence, cls)
    ids = {r.id for r, _ in fired}
    for r, _ in fired:
        # Nidos (the COA of the minors) short of staff is a dependency on it; a care provider of its own is other
        if r.id == "guardian_capacity" and "guardian_capacity_nidos" in ids:
            continue
        if r.label not in found:
            found.append(r.label)
    if "local_opposition" not in found and _many_views(low):
        found.append("local_opposition")
    if "finance" in found and _COVERED.search(low) and not re.search(r"\b(?:niet|geen|tekort|te duur|onvoldoende)\b", low):
        found.remove("finance")
    # "Als de raad instemt, starten de verbouwing en de vergunningprocedure direct daarna": a procedure to come is a
    # step of the plan, not what holds the places up
    if "permit_procedure" in found and _PROCEDURE_STARTS.search(low) and not _HOLDS_UP.search(low):
        found.remove("permit_procedure")
    # a plan change annulled in court is the court case, not a permit procedure
    if "permit_procedure" in found and "objection_procedure" in found and _COURT.search(sentence):
        found.remove("permit_procedure")
    # an objection that may come ("belanghebbenden kunnen bezwaar maken", "als er beroep wordt ingesteld") is a
    # risk or the legal remedy of a notice, not what holds the places up
    if "objection_procedure" in found and _MAY_OBJECT.search(sentence):
        found.remove("objection_procedure")
    # places that were only planned and fall away are not lost places
    if "places_lost" in found and _PLANNED_ONLY.search(sentence):
        found.remove("places_lost")
    # the COA's own money holds it back: a dependency on the COA, not the municipality's finance
    if "finance" in found and re.search(r"\bcoa\b[^.;]{0,80}\b(?:eigen\s+)?financi(?:ële|ele|en|ën)\b", low):
        found.remove("finance")
        if "coa_dependency" not in found:
            found.append("coa_dependency")
    if "coa_dependency" in found and (_coa_only_partner(low) or _WHILE_PROCEDURE.search(low)):
        found.remove("coa_dependency")
    # "Tegen het ontwerp zijn geen zienswijzen ingediend, zodat wij ook geen beroepsprocedure verwachten"
    if "objection_procedure" in found:
        words = list(_OBJECTION_WORD.finditer(low))
        if words and all(denied(low, 0, m.start()) for m in words):
            found.remove("objection_procedure")
    # neighbours who go to court are the objection procedure; opposition is more than the legal remedy
    if "local_opposition" in found and "objection_procedure" in found and _LEGAL_ACT.search(low) \
            and not _OPPOSITION_MORE.search(low):
        found.remove("local_opposition")
    return [r for r in REASONS if r in found]  # in SCHEMA order (the COA may have come in for finance)


# "Tegen de locatie zijn 143 zienswijzen ingediend", "een groot aantal zienswijzen van omwonenden"
_VIEWS = re.compile(r"\b(?:(?:ruim|bijna|meer dan|circa|ongeveer|zo'n)\s+)?(\d[\d.]*)\s+zienswijzen\b|"
                    r"\b(?:veel|tal van|honderden|tientallen|vele|(?:een\s+)?(?:groot|flink|fors)\s+aantal)\s+zienswijzen\b")
_MANY_VIEWS = 50  # a handful of zienswijzen is the procedure at work; dozens upon dozens are the neighbourhood against it


def _many_views(low: str) -> bool:
    """So many zienswijzen against a site that they are opposition, not only a step of the procedure."""
    for m in _VIEWS.finditer(low):
        if m.group(1) is None:  # "veel zienswijzen" alone is the procedure; "... van omwonenden" is the neighbours
            if re.search(r"\b(?:omwonenden|buurtbewoners|bewoners|inwoners|de buurt)\b", low):
                return True
        elif int(m.group(1).replace(".", "")) >= _MANY_VIEWS:
            return True
    return False


def _coa_only_partner(low: str) -> bool:
    """Every mention of the COA in the sentence is a partner, recipient or yardstick, and nobody waits for it."""
    partner = {m.end() for m in _COA_PARTNER.finditer(low)}
    return bool(partner) and all(m.end() in partner for m in _COA.finditer(low)) and not _COA_WAITS.search(low)


def order(reasons: set[str]) -> list[str]:
    return [r for r in REASONS if r in reasons]
